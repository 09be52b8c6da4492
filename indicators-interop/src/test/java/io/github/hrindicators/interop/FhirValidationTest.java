package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.Indicator;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every MeasureReport and Measure the module makes, through HAPI FHIR's validator against the base R4 profiles:
 * zero errors. Tagged {@code validator}: the validator takes seconds to start in each JVM, so PIT leaves these tests
 * out (the field-by-field tests of {@link FhirExportTest} kill the mutants); {@code mvn verify} runs them.
 */
@Tag("validator")
class FhirValidationTest {
    @Test
    void everyKyrgyzMeasureReportAndMeasureValidatesWithoutErrors() {
        Bundle b = FhirExport.bundle(Catalogue.standard().indicators(), Kyrgyz.results2016());
        assertThat(b.getEntry()).hasSizeGreaterThan(10);
        List<String> errors = new ArrayList<>();
        for (Bundle.BundleEntryComponent e : b.getEntry()) {
            errors.addAll(FhirValidation.errors(e.getResource()));
        }
        errors.addAll(FhirValidation.errors(b));
        assertThat(errors).isEmpty();
        // Every computed result is reported: the two published HIV prevalences among PWID for 2016 (14.3 %, 12.4 %)
        // and the two undiagnosed-PWID estimates each get a report.
        long computed = Kyrgyz.results2016().stream().filter(r -> r.value().isPresent()).count();
        assertThat(b.getEntry()).filteredOn(e -> e.getResource() instanceof MeasureReport).hasSize((int) computed);
        assertThat(b.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .contains("hiv-prevalence-pwid-published-2016", "hiv-prevalence-pwid-published-2016-alt-2");
    }

    @Test
    void thePublishedExtensionDefinitionsValidate() {
        for (String name : List.of("interval", "population-value")) {
            StructureDefinition sd = FhirValidation.structureDefinition(name);
            assertThat(sd.getUrl()).isEqualTo(FhirExport.BASE + "/StructureDefinition/" + name);
            assertThat(FhirValidation.errors(sd)).isEmpty();
        }
    }

    @Test
    void strataAndEveryMeasureValidate() {
        List<String> errors = new ArrayList<>(FhirValidation.errors(FhirExport.measureReport(
                FhirExportTest.byGender())));
        errors.addAll(FhirValidation.errors(FhirExport.measureReport(List.of(Small.ostCoverage()))));
        for (Indicator i : Catalogue.standard().indicators()) {
            errors.addAll(FhirValidation.errors(FhirExport.measure(i)));
        }
        assertThat(errors).isEmpty();
    }
}
