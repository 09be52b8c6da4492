package io.github.hrindicators.examples;

import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.interop.Dhis2Export;
import io.github.hrindicators.interop.FhirExport;
import io.github.hrindicators.interop.Mapping;
import io.github.hrindicators.interop.Unmapped;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The Kyrgyz results of 2016 and the bundled figures, exported through the example mapping
 * ({@value #MAPPING}: data element codes made up for the example, {@code HRI_…}, and the org unit {@code KG}; a
 * ministry replaces them with its DHIS2 instance's codes) to a DHIS2 dataValueSets payload, DHIS2's CSV, an ADX
 * message and a FHIR R4 Bundle of MeasureReports, in the folder given as the first argument ({@code kyrgyz-export}
 * by default); prints what it wrote and what it left out, with the reason.
 */
public final class KyrgyzExport {
    /** The example mapping, a resource beside the figures. */
    public static final String MAPPING = "kyrgyzstan-dhis2-mapping.csv";

    private KyrgyzExport() {
    }

    /**
     * The example mapping.
     *
     * @return the mapping
     */
    public static Mapping mapping() {
        try (Reader in = new InputStreamReader(KyrgyzExport.class.getResourceAsStream(MAPPING),
                StandardCharsets.UTF_8)) {
            return Mapping.read(in, MAPPING, Catalogue.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the four files.
     *
     * @param args the output folder, optional
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "kyrgyz-export"));
        List<IndicatorResult> results = KyrgyzSeedExample.results().stream()
                .filter(r -> r.value().isPresent()).toList();
        List<Observation> figures = KyrgyzDataset.load().observations();
        Dhis2Export export = Dhis2Export.of(mapping(), results, figures);
        try (Writer w = Files.newBufferedWriter(folder.resolve("kyrgyzstan-datavaluesets.json"))) {
            export.writeDataValueSets(w, Optional.of("HRI_PWID"), Optional.of(LocalDate.of(2016, 12, 31)));
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("kyrgyzstan-datavalues.csv"))) {
            export.writeCsv(w);
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve("kyrgyzstan-adx.xml"))) {
            export.writeAdx(w, "HRI_PWID", Instant.now());
        }
        Files.writeString(folder.resolve("kyrgyzstan-measurereports.json"),
                FhirExport.json(FhirExport.bundle(Catalogue.standard().indicators(), results)) + "\n");
        System.out.println(results.size() + " computed results of 2016 and " + figures.size() + " figures: "
                + export.values().size() + " DHIS2 data values, written with the FHIR Bundle to " + folder);
        System.out.println(export.unmapped().size() + " not exported:");
        for (Unmapped u : export.unmapped()) {
            System.out.println("  " + u);
        }
    }
}
