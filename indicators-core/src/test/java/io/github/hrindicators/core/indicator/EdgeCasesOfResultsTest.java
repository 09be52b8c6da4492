package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Limits and warnings of results not covered by the per-indicator tests: each at the exact edge. */
class EdgeCasesOfResultsTest {

    private static List<String> warnings(IndicatorResult r) {
        return r.warnings().stream().map(w -> w.code() + " " + w.message()).toList();
    }

    @Test
    void everyoneRegisteredHasDiedLeavesZeroAlive() {
        // hand: alive derived 100 - 100 = 0; undiagnosed 500 - 0 = 500
        Dataset d = Dataset.of(count(Measure.REGISTERED_HIV_CUMULATIVE, 100, "2016-10-01"),
                count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 100, "2016-10-01"),
                estimate(Measure.PLHIV_ESTIMATE, 500, "2016"));
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(d, AREA, 2016).get(0);
        assertThat(r.value().orElseThrow().doubleValue()).isEqualTo(500);
        assertThat(r.inputs()).filteredOn(InputUsed::isDerived).singleElement()
                .satisfies(i -> assertThat(i.derivation()).hasValue("100 − 100 = 0"));
    }

    @Test
    void undiagnosedWarnsOnlyWhenTheLowEndFallsBelowZero() {
        // hand: PLHIV 8500 (6402-11000) - 6402 registered alive: low end exactly 0, no warning
        Dataset atZero = Dataset.of(count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016"),
                estimate(Measure.PLHIV_ESTIMATE, 8500, 6402, 11000, "2016"));
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(atZero, AREA, 2016).get(0);
        assertThat(r.interval().orElseThrow().lower()).isEqualTo(0);
        assertThat(r.hasWarning(WarningCode.NEGATIVE_DIFFERENCE)).isFalse();
        // hand: PLHIV 6402 (6000-7000) - 6402: point exactly 0, low end -402 -> warned
        Dataset pointZero = Dataset.of(count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016"),
                estimate(Measure.PLHIV_ESTIMATE, 6402, 6000, 7000, "2016"));
        IndicatorResult z = StandardIndicators.UNDIAGNOSED_HIV.evaluate(pointZero, AREA, 2016).get(0);
        assertThat(z.value().orElseThrow().doubleValue()).isEqualTo(0);
        assertThat(warnings(z)).containsExactly("NEGATIVE_DIFFERENCE The low end of the estimated PLHIV range 6000 "
                + "is below the people registered alive 6402: lower bound -402");
    }

    @Test
    void alternativeDesignEffectsAreNamedInTheVariant() {
        Observation other = Observation.of(Measure.HIV_SURVEY_DESIGN_EFFECT, io.github.hrindicators.core.Estimate.of(3),
                ReferencePeriod.ofYear(2016), AREA, Figures.OTHER_SOURCE);
        List<IndicatorResult> rs = StandardIndicators.HIV_PREVALENCE_PWID.evaluate(Dataset.of(
                count(Measure.HIV_POSITIVE_PWID_SURVEY, 50, "2016"), count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"),
                estimate(Measure.HIV_SURVEY_DESIGN_EFFECT, 2, "2016"), other), AREA, 2016);
        assertThat(rs).extracting(IndicatorResult::variantLabel).containsExactly(
                "survey sample [hiv_survey_design_effect 2, 2016]", "survey sample [hiv_survey_design_effect 3, 2016]");
    }

    @Test
    void triangulationKeepsASpanCommonToAllItsInputs() {
        Dataset d = Dataset.of(Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 25000, "2012-2013", Kyrgyz.UNODC_2006),
                Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 27000, "2012-2013", Kyrgyz.RESAD),
                Kyrgyz.count(Measure.OST_CLIENTS, 1000, "2013", Kyrgyz.LIBERMAN_2024));
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(d, Kyrgyz.KG, 2013,
                EvaluationSettings.defaults().withConflictPolicy(ConflictPolicy.triangulate())).get(0);
        // hand: median of 25000 and 27000 = 26000; 1000 / 26000 = 0.038462
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(1000.0 / 26000, within(1e-12));
        assertThat(r.inputs().get(r.inputs().size() - 1).period()).isEqualTo(ReferencePeriod.ofYears(2012, 2013));
    }

    @Test
    void publishedSharesCarryTheirAlternativesRangesAndUnconfirmedCuts() {
        // 28 % with a range 30-37 % that excludes it, and 30 % from another source; ART bands 25 % / 75 % unconfirmed
        Observation other = Observation.of(Measure.ART_COVERAGE_SHARE_PLHIV, Proportion.ofPercent(30),
                ReferencePeriod.ofYear(2016), AREA, Figures.OTHER_SOURCE);
        Dataset d = Dataset.of(Figures.percent(Measure.ART_COVERAGE_SHARE_PLHIV, 28, 30, 37, "2016"), other);
        List<IndicatorResult> rs = StandardIndicators.ART_COVERAGE.withDefinition(StandardIndicators.ART_COVERAGE.definition()
                .withBands(StandardIndicators.ART_UNCONFIRMED_BANDS)).evaluate(d, AREA, 2016);
        assertThat(rs).hasSize(2).allSatisfy(r -> assertThat(warnings(r))
                .anyMatch(w -> w.startsWith("ALTERNATIVE_INPUTS 2 figures for art_coverage_share_plhiv from"))
                .anyMatch(w -> w.startsWith("UNCONFIRMED_THRESHOLD The lower cut-off 0.25 ")));
        assertThat(warnings(rs.get(0))).anyMatch(w -> w.startsWith("RANGE_EXCLUDES_POINT The range of "
                + "art_coverage_share_plhiv (2016) excludes its point"));
        assertThat(warnings(rs.get(1))).noneMatch(w -> w.startsWith("RANGE_EXCLUDES_POINT"));
        assertThat(rs.get(0).value()).hasValue(Proportion.ofPercent(28, 30, 37, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95));
    }

    @Test
    void ratioIndicatorsReadEveryDenominatorOption() {
        assertThat(StandardIndicators.OST_COVERAGE.inputMeasures()).contains(Measure.OST_CLIENTS,
                Measure.OPIOID_DEPENDENT_PWID_SIZE, Measure.PWID_POPULATION_SIZE);
        assertThat(StandardIndicators.ART_COVERAGE.inputMeasures()).contains(Measure.ART_CLIENTS, Measure.PLHIV_ESTIMATE,
                Measure.ART_COVERAGE_SHARE_PLHIV);
    }

    @Test
    void aSeriesOfOneYearIsAllowedAndItsListsAreReadOnly() {
        Dataset d = Dataset.of(count(Measure.OST_CLIENTS, 1505, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016"));
        List<IndicatorResult> one = StandardIndicators.OST_COVERAGE.evaluateSeries(d, AREA, 2016, 2016,
                EvaluationSettings.defaults());
        assertThat(one).isNotEmpty().allSatisfy(r -> assertThat(r.period()).isEqualTo(ReferencePeriod.ofYear(2016)));
        SortedMap<Integer, List<IndicatorResult>> all = Catalogue.standard().evaluateSeries(d, AREA, 2016, 2016,
                EvaluationSettings.defaults());
        assertThat(all.keySet()).containsExactly(2016);
        assertThatThrownBy(() -> all.get(2016).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> StandardIndicators.OST_COVERAGE.evaluateSeries(d, AREA, 2016, 2015,
                EvaluationSettings.defaults())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Series ends before it starts: 2016 to 2015");
    }
    @Test
    void undiagnosedPwidSaysHowItsDiagnosedCountWasChosen() {
        // two counts of diagnosed PWID; the policy keeps source A's 3000: 25000 × 14 % = 3500, 3500 - 3000 = 500
        Observation other = Observation.of(Measure.REGISTERED_HIV_ALIVE_INJECTING,
                io.github.hrindicators.core.Count.of(3200), ReferencePeriod.ofYear(2016), AREA, Figures.OTHER_SOURCE);
        Dataset d = Dataset.of(count(Measure.REGISTERED_HIV_ALIVE_INJECTING, 3000, "2016"), other,
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016"),
                Figures.percent(Measure.HIV_PREVALENCE_PWID, 14, "2016"));
        List<IndicatorResult> rs = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(d, AREA, 2016,
                EvaluationSettings.defaults().withConflictPolicy(ConflictPolicy.preferSource("source a")));
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).value().orElseThrow().doubleValue()).isCloseTo(500, within(1e-9));
        assertThat(warnings(rs.get(0))).anyMatch(w -> w.startsWith("CONFLICT_RESOLVED ") && w.contains("3200"));
    }
}
