package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The java block of this module's README, run on the Kyrgyz figures and the example mapping. */
class ReadmeTest {
    @Test
    void usageExampleRuns(@TempDir Path dir) throws Exception {
        Files.copy(Kyrgyz.MAPPING, dir.resolve("kyrgyzstan-dhis2-mapping.csv"));
        Dataset figures = Kyrgyz.figures();
        List<IndicatorResult> results = Kyrgyz.results2016();

        Mapping mapping = Mapping.read(dir.resolve("kyrgyzstan-dhis2-mapping.csv"), Catalogue.standard());
        Dhis2Export export = Dhis2Export.of(mapping, results, figures.observations());
        try (Writer w = Files.newBufferedWriter(dir.resolve("values.json"))) {
            export.writeDataValueSets(w, Optional.of("HRI_PWID"), Optional.empty()); // POST /api/dataValueSets
        }
        export.unmapped().forEach(u -> System.out.println(u.what() + ": " + u.reason())); // nothing dropped silently
        Dhis2Import.Imported back = Dhis2Import.of(mapping, Catalogue.standard(), "hmis.example.kg")
                .read(dir.resolve("values.json"));                                      // the same figures again
        Bundle reports = FhirExport.bundle(Catalogue.standard().indicators(), results); // MeasureReports + Measures
        String json = FhirExport.json(reports);

        assertThat(export.unmapped()).isNotEmpty();
        assertThat(back.figures().size() + back.reported().size()).isPositive();
        assertThat(json).contains("\"resourceType\": \"MeasureReport\"");
    }
}
