package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.StandardIndicators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Measure.MeasureGroupPopulationComponent;
import org.hl7.fhir.r4.model.MeasureReport;
import org.hl7.fhir.r4.model.MeasureReport.MeasureReportGroupComponent;
import org.hl7.fhir.r4.model.MeasureReport.StratifierGroupComponent;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.Test;

class FhirExportTest {

    /**
     * Field by field, against FHIR R4's MeasureReport: OST coverage in Kyrgyzstan, 2016 = 1505 / 25000 = 6.02 %
     * (hand); the denominator is an estimate, so its size is in the population-value extension; the indicator has
     * targets (40 %, 50 %), so a higher score is better.
     */
    @Test
    void ostCoverageReportCarriesEveryField() {
        MeasureReport mr = FhirExport.measureReport(List.of(Small.ostCoverage()));
        assertThat(mr.getStatus()).isEqualTo(MeasureReport.MeasureReportStatus.COMPLETE);
        assertThat(mr.getType()).isEqualTo(MeasureReport.MeasureReportType.SUMMARY);
        assertThat(mr.getMeasure()).isEqualTo("https://hrindicators.github.io/fhir/Measure/ost-coverage");
        assertThat(mr.getSubject().getDisplay()).isEqualTo("Kyrgyzstan");
        assertThat(mr.getSubject().getIdentifier().getValue()).isEqualTo("Kyrgyzstan");
        assertThat(mr.getPeriod().getStartElement().getValueAsString()).startsWith("2016-01-01");
        assertThat(mr.getPeriod().getEndElement().getValueAsString()).startsWith("2016-12-31");
        assertThat(mr.getImprovementNotation().getCodingFirstRep().getCode()).isEqualTo("increase");
        MeasureReportGroupComponent g = mr.getGroupFirstRep();
        assertThat(g.getCode().getText()).isEqualTo("pwid_size_proxy: denominator: PWID size (proxy)");
        assertThat(g.getPopulation()).hasSize(2);
        assertThat(g.getPopulation().get(0).getCode().getCodingFirstRep().getCode()).isEqualTo("numerator");
        assertThat(g.getPopulation().get(0).getCount()).isEqualTo(1505);
        assertThat(g.getPopulation().get(1).getCode().getCodingFirstRep().getCode()).isEqualTo("denominator");
        assertThat(g.getPopulation().get(1).hasCount()).isFalse();
        assertThat(((DecimalType) g.getPopulation().get(1).getExtensionByUrl(FhirExport.POPULATION_VALUE)
                .getValue()).getValue()).isEqualByComparingTo("25000");
        assertThat(g.getMeasureScore().getValue()).isEqualByComparingTo("6.02");
        assertThat(g.getMeasureScore().getCode()).isEqualTo("%");
        assertThat(g.getMeasureScore().getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(g.getExtensionsByUrl(FhirExport.INTERVAL)).isEmpty();
    }

    /**
     * First 95 in Kyrgyzstan, 2016: 6402 registered alive / 8500 estimated PLHIV (6300 to 11000); the plausible
     * bounds are 6402 / 11000 = 58.2 % and 6402 / 6300 = 101.619... % (hand), carried in the interval extension.
     */
    @Test
    void intervalsGoInTheProjectExtension() {
        IndicatorResult first95 = Kyrgyz.results2016().stream().filter(r -> r.definition().id().equals("first_95")
                && r.value().isPresent()).findFirst().orElseThrow();
        MeasureReport mr = FhirExport.measureReport(List.of(first95));
        List<Extension> intervals = mr.getGroupFirstRep().getExtensionsByUrl(FhirExport.INTERVAL);
        assertThat(intervals).hasSize(first95.intervals().size());
        assertThat(intervals).extracting(x -> x.getExtensionByUrl("method").getValue().primitiveValue())
                .containsExactlyElementsOf(first95.intervals().stream().map(x -> x.method().code()).toList());
        Extension i = intervals.get(0);
        assertThat(i.getExtensionByUrl("method").getValue().primitiveValue()).isEqualTo("plausible_bounds");
        assertThat(((DecimalType) i.getExtensionByUrl("lower").getValue()).getValue().doubleValue())
                .isCloseTo(58.2, within(1e-9));
        assertThat(((DecimalType) i.getExtensionByUrl("upper").getValue()).getValue().doubleValue())
                .isCloseTo(640200.0 / 6300, within(1e-9));
        assertThat(mr.getGroupFirstRep().getMeasureScore().getValue().doubleValue())
                .isCloseTo(640200.0 / 8500, within(1e-9));
    }

    /** Synthetic figures: NSP clients 700 of 10,000 PWID, by gender 70 of 1,000 women and 630 of 9,000 men. */
    @Test
    void subgroupsBecomeStrataOfAStratifier() {
        List<IndicatorResult> results = byGender();
        assertThat(results).hasSize(3);
        MeasureReport mr = FhirExport.measureReport(results);
        MeasureReportGroupComponent g = mr.getGroupFirstRep();
        assertThat(g.getMeasureScore().getValue()).isEqualByComparingTo("7");
        assertThat(g.getStratifier()).singleElement().satisfies(s -> {
            assertThat(s.getCodeFirstRep().getText()).isEqualTo("gender");
            assertThat(s.getStratum()).extracting(x -> x.getValue().getText()).containsExactlyInAnyOrder("female",
                    "male");
            for (StratifierGroupComponent stratum : s.getStratum()) {
                assertThat(stratum.getMeasureScore().getValue()).isEqualByComparingTo("7");
                assertThat(stratum.getPopulation().get(0).getCount()).isIn(70, 630);
            }
        });
    }

    /** The NSP reach results of the synthetic figures above: total, women, men. */
    static List<IndicatorResult> byGender() {
        List<Observation> figures = new ArrayList<>();
        long[][] rows = {{700, 10000}, {70, 1000}, {630, 9000}};
        Subgroup[] groups = {Subgroup.TOTAL, Subgroup.TOTAL.withGender(Gender.FEMALE),
            Subgroup.TOTAL.withGender(Gender.MALE)};
        for (int k = 0; k < 3; k++) {
            figures.add(Observation.of(Measure.NSP_CLIENTS, Count.of(rows[k][0]), ReferencePeriod.ofYear(2020),
                    Small.KG, Small.S).withSubgroup(groups[k]));
            figures.add(Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(rows[k][1]),
                    ReferencePeriod.ofYear(2020), Small.KG, Small.S).withSubgroup(groups[k]));
        }
        return StandardIndicators.NSP_REACH.evaluate(Dataset.of(figures), Small.KG, 2020);
    }

    @Test
    void aMeasureDescribesItsIndicator() {
        org.hl7.fhir.r4.model.Measure m = FhirExport.measure(StandardIndicators.OST_COVERAGE);
        assertThat(m.getIdElement().getIdPart()).isEqualTo("ost-coverage");
        assertThat(m.getUrl()).isEqualTo("https://hrindicators.github.io/fhir/Measure/ost-coverage");
        assertThat(m.getVersion()).isEqualTo("1.0");
        assertThat(m.getName()).isEqualTo("OstCoverage");
        assertThat(m.getTitle()).isEqualTo("OST coverage");
        assertThat(m.getScoring().getCodingFirstRep().getCode()).isEqualTo("proportion");
        List<MeasureGroupPopulationComponent> pops = m.getGroupFirstRep().getPopulation();
        assertThat(pops).extracting(p -> p.getCode().getCodingFirstRep().getCode()).containsExactly("numerator",
                "denominator");
        assertThat(pops.get(0).getDescription()).isEqualTo(StandardIndicators.OST_COVERAGE.definition().numerator());
        assertThat(m.getRelatedArtifact()).extracting(a -> a.getCitation())
                .containsExactlyElementsOf(StandardIndicators.OST_COVERAGE.definition().sources());
        assertThat(FhirExport.measure(StandardIndicators.UNDIAGNOSED_HIV).getScoring().getCodingFirstRep()
                .getCode()).isEqualTo("continuous-variable");
        assertThat(FhirExport.measure(StandardIndicators.UNDIAGNOSED_HIV).hasImprovementNotation()).isFalse();
    }

    @Test
    void mixedOrUncomputedResultsAreRefused() {
        IndicatorResult ost = Small.ostCoverage();
        IndicatorResult other = Kyrgyz.results2016().stream().filter(r -> r.definition().id().equals("nsp_reach")
                && r.value().isPresent()).findFirst().orElseThrow();
        assertThatThrownBy(() -> FhirExport.measureReport(List.of(ost, other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one indicator, variant");
        assertThatThrownBy(() -> FhirExport.measureReport(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FhirExport.measureReport(List.of(ost, ost)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Two totals");
        IndicatorResult none = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(Small.figures().get(0)), Small.KG,
                2016).get(0);
        assertThatThrownBy(() -> FhirExport.measureReport(List.of(none)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not computed");
    }

    @Test
    void longIdsStayWithinFhirsLimit() {
        IndicatorResult r = Small.ostCoverage();
        assertThat(FhirExport.reportId(r, "")).isEqualTo("ost-coverage-pwid-size-proxy-2016");
        // 34 + 36 characters: the variant gives way to a hash of its code
        String longer = FhirExport.reportId(r, "-" + "x".repeat(35));
        assertThat(longer).hasSize(62).matches("ost-coverage-[0-9a-f]{8}-2016-x{35}");
    }

    @Test
    void jsonIsFhirJson() {
        String json = FhirExport.json(FhirExport.measureReport(List.of(Small.ostCoverage())));
        assertThat(json).contains("\"resourceType\": \"MeasureReport\"").contains("\"value\": 6.02");
        assertThat(new BigDecimal("6.02")).isEqualByComparingTo("6.020");
    }
}
