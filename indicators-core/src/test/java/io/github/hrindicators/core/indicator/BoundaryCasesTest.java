package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static io.github.hrindicators.core.indicator.Figures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The boundaries the formulas depend on, each pinned by a case on it: a ratio of exactly 1, a bound of exactly
 * 100 %, a difference of exactly 0, a zero numerator, and the alternatives and mixed years every indicator reports.
 */
class BoundaryCasesTest {

    private static Observation other(Observation o) {
        return Observation.of(o.measure(), o.value(), o.period(), o.area(), Figures.OTHER_SOURCE);
    }

    private static long warnings(IndicatorResult r, WarningCode code) {
        return r.warnings().stream().filter(w -> w.code() == code).count();
    }

    @Test
    void coverageOfExactlyOneIsComputedAndHigh() {
        // hand: 500 / 500 = 1.0 -> 100 %, high; 501 / 500 would be above 1 and not computable
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 500, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 500, "2016")), AREA, 2016).get(0);
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isEqualTo(1.0);
        assertThat(r.level()).hasValue(CoverageLevel.HIGH);
        IndicatorResult above = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 501, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 500, "2016")), AREA, 2016).get(0);
        assertThat(above.status()).isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE);
    }

    @Test
    void upperBoundOfExactlyOneIsNotWarned() {
        // hand: 400 / 400 = 1.0 exactly at the low end of the range: no bound above 100 %
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 400, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 500, 400, 600, "2016")), AREA, 2016).get(0);
        assertThat(r.interval().orElseThrow().upper()).isEqualTo(1.0);
        assertThat(r.hasWarning(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR)).isFalse();
    }

    @Test
    void zeroNumeratorHasBoundsAndMonteCarloButNoLogScaleInterval() {
        // log(0 / N) is undefined, so the delta method on the log scale does not apply; 0 / N bounds are [0, 0]
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 0, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 500, 400, 600, "2016")), AREA, 2016).get(0);
        assertThat(r.intervals()).extracting(i -> i.method())
                .containsExactly(IntervalMethod.PLAUSIBLE_BOUNDS, IntervalMethod.MONTE_CARLO);
        assertThat(r.interval().orElseThrow().upper()).isZero();
    }

    @Test
    void differenceOfExactlyZeroIsNotNegative() {
        // hand: 6402 - 6402 = 0; range 6402 - 6402 = 0 to 7000 - 6402 = 598
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(
                count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016"),
                estimate(Measure.PLHIV_ESTIMATE, 6402, 6402, 7000, "2016")), AREA, 2016).get(0);
        assertThat(((Estimate) r.value().orElseThrow()).point()).isZero();
        assertThat(r.interval().orElseThrow().lower()).isZero();
        assertThat(r.hasWarning(WarningCode.NEGATIVE_DIFFERENCE)).isFalse();
    }

    @Test
    void negativePointAndLowEndGiveOneWarningNotTwo() {
        // hand: 6000 - 6402 = -402; low end 5000 - 6402 = -1402: the point's warning covers both
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(
                count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016"),
                estimate(Measure.PLHIV_ESTIMATE, 6000, 5000, 7000, "2016")), AREA, 2016).get(0);
        assertThat(warnings(r, WarningCode.NEGATIVE_DIFFERENCE)).isEqualTo(1);
        assertThat(r.interval().orElseThrow().lower()).isEqualTo(-1402);
    }

    @Test
    void unconfirmedCutOffsAreWarnedOnlyWhereTheyDecideTheLevel() {
        IndicatorDefinition banded = StandardIndicators.NSP_REACH.definition()
                .withBands(StandardIndicators.NSP_REACH_UNCONFIRMED_BANDS);
        // bands 20 % / 60 %, both unconfirmed. 10 %: only the 20 % cut decides; 70 %: only the 60 % cut;
        // 20 % and 60 % (in the medium band): both cuts decide
        assertThat(reachWarnings(banded, 1000)).isEqualTo(1);
        assertThat(reachWarnings(banded, 7000)).isEqualTo(1);
        assertThat(reachWarnings(banded, 2000)).isEqualTo(2);
        assertThat(reachWarnings(banded, 6000)).isEqualTo(2);
    }

    private static long reachWarnings(IndicatorDefinition definition, long clients) {
        IndicatorResult r = StandardIndicators.NSP_REACH.withDefinition(definition).evaluate(Dataset.of(
                count(Measure.NSP_CLIENTS, clients, "2016"), estimate(Measure.PWID_POPULATION_SIZE, 10000, "2016")),
                AREA, 2016).get(0);
        return warnings(r, WarningCode.UNCONFIRMED_THRESHOLD);
    }

    @Test
    void alternativesAreListedByValueAndPeriod() {
        Observation a = estimate(Measure.PWID_POPULATION_SIZE, 18934, "2010");
        Observation b = other(estimate(Measure.PWID_POPULATION_SIZE, 44000, "2008-2010"));
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 1000, "2010"),
                a, b), AREA, 2010).get(0);
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.ALTERNATIVE_INPUTS).singleElement()
                .satisfies(w -> assertThat(w.message()).isEqualTo("2 figures for pwid_population_size from "
                        + "different sources or dates (44000, 2008-2010; 18934, 2010): one result per alternative, "
                        + "none chosen silently"));
    }

    @Test
    void alternativeNumeratorsAreWarned() {
        Observation a = count(Measure.OST_CLIENTS, 1000, "2016");
        List<IndicatorResult> rs = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(a,
                other(count(Measure.OST_CLIENTS, 1100, "2016")), estimate(Measure.PWID_POPULATION_SIZE, 25000,
                        "2016")), AREA, 2016);
        assertThat(rs).hasSize(2).allSatisfy(r -> assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue());
    }

    @Test
    void stocksAtDifferentDatesPairWhenNeitherHasAPartner() {
        // 2417 injecting on 1 March, 4417 registered on 1 September, nothing else in 2012: the only pair is used
        // (hand: 2417 / 4417 = 0.547204) and flagged as dates apart would be by the user reading the inputs
        List<IndicatorResult> rs = StandardIndicators.PWID_SHARE_OF_HIV_CASES.evaluate(Dataset.of(
                count(Measure.REGISTERED_HIV_CUMULATIVE, 4417, "2012-09-01"),
                count(Measure.REGISTERED_HIV_CUMULATIVE_INJECTING, 2417, "2012-03-01")), AREA, 2012);
        assertThat(rs).hasSize(1);
        assertThat(((Proportion) rs.get(0).value().orElseThrow()).toFraction()).isCloseTo(0.547204, within(1e-6));
    }

    @Test
    void onlySubgroupsWithTheNumeratorAreEvaluated() {
        List<IndicatorResult> rs = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 10, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 100, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 50, "2016").withSubgroup(Subgroup.of(Setting.PRISON))),
                AREA, 2016);
        assertThat(rs).singleElement().satisfies(r -> assertThat(r.subgroup()).isEqualTo(Subgroup.TOTAL));
    }

    @Test
    void partEqualToWholeIsAHundredPercent() {
        IndicatorResult r = StandardIndicators.PWID_SHARE_OF_HIV_CASES.evaluate(Dataset.of(
                count(Measure.NEW_HIV_DIAGNOSES, 50, "2016"), count(Measure.NEW_HIV_DIAGNOSES_INJECTING, 50, "2016")),
                AREA, 2016).get(0);
        assertThat(r.value()).hasValue(Proportion.ofFraction(1.0));
    }

    @Test
    void caseSharesReportAlternativesAndSpans() {
        // figures of a span covering the year (2015-2016) are used for it, not flagged as another year
        Observation total = count(Measure.NEW_HIV_DIAGNOSES, 720, "2016");
        List<IndicatorResult> counted = StandardIndicators.PWID_SHARE_OF_HIV_CASES.evaluate(Dataset.of(total, other(
                count(Measure.NEW_HIV_DIAGNOSES, 700, "2016")), count(Measure.NEW_HIV_DIAGNOSES_INJECTING, 200,
                        "2015-2016"),
                count(Measure.NEW_HIV_DIAGNOSES_KNOWN_ROUTE, 650, "2016"),
                other(count(Measure.NEW_HIV_DIAGNOSES_KNOWN_ROUTE, 640, "2016"))), AREA, 2016);
        // 2 totals × 1 injecting (all cases) + 1 injecting × 2 known-route counts
        assertThat(counted).hasSize(4).allSatisfy(r -> {
            assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue();
            assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isFalse();
        });
        List<IndicatorResult> shared = StandardIndicators.PWID_SHARE_OF_HIV_CASES.evaluate(Dataset.of(
                percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 32.4, "2015-2016"),
                other(percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 30, "2015-2016"))), AREA, 2016);
        assertThat(shared).hasSize(2).allSatisfy(r -> {
            assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue();
            assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isFalse();
        });
        List<IndicatorResult> sharedWithTotals = StandardIndicators.PWID_SHARE_OF_HIV_CASES.evaluate(Dataset.of(total,
                other(count(Measure.NEW_HIV_DIAGNOSES, 700, "2016")),
                percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 32.4, "2015-2016")), AREA, 2016);
        assertThat(sharedWithTotals).hasSize(2).allSatisfy(r -> {
            assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue();
            assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isFalse();
        });
    }

    @Test
    void undiagnosedReportsAlternativesAndMixedYears() {
        List<IndicatorResult> rs = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(
                count(Measure.REGISTERED_HIV_ALIVE, 6000, "2016"), estimate(Measure.PLHIV_ESTIMATE, 8500, "2015"),
                other(estimate(Measure.PLHIV_ESTIMATE, 8100, "2015"))), AREA, 2016);
        assertThat(rs).hasSize(2).allSatisfy(r -> {
            assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue();
            assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isTrue();
        });
        List<IndicatorResult> diagnosedAlternatives = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(
                count(Measure.REGISTERED_HIV_ALIVE, 6000, "2016"), other(count(Measure.REGISTERED_HIV_ALIVE, 6100,
                        "2016")), estimate(Measure.PLHIV_ESTIMATE, 8500, "2016")), AREA, 2016);
        assertThat(diagnosedAlternatives).hasSize(2)
                .allSatisfy(r -> assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue());
    }

    @Test
    void pwidUndiagnosedCarriesARangeFromEitherInput() {
        Observation diagnosed = count(Measure.REGISTERED_HIV_ALIVE_INJECTING, 100, "2016");
        // hand: prevalence range only: 1000 × [0.08, 0.12] - 100 = [-20, 20]; point 1000 × 0.10 - 100 = 0
        IndicatorResult prevalenceRange = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(Dataset.of(diagnosed,
                estimate(Measure.PWID_POPULATION_SIZE, 1000, "2016"),
                percent(Measure.HIV_PREVALENCE_PWID, 10, 8, 12, "2016")), AREA, 2016).get(0);
        assertThat(prevalenceRange.interval().orElseThrow().lower()).isCloseTo(-20, within(1e-9));
        assertThat(prevalenceRange.interval().orElseThrow().upper()).isCloseTo(20, within(1e-9));
        // hand: size range only: [800, 1200] × 0.10 - 100 = [-20, 20]
        IndicatorResult sizeRange = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(Dataset.of(diagnosed,
                estimate(Measure.PWID_POPULATION_SIZE, 1000, 800, 1200, "2016"),
                percent(Measure.HIV_PREVALENCE_PWID, 10, "2016")), AREA, 2016).get(0);
        assertThat(sizeRange.interval().orElseThrow().lower()).isCloseTo(-20, within(1e-9));
        assertThat(sizeRange.interval().orElseThrow().upper()).isCloseTo(20, within(1e-9));
        // two size estimates: one result each, both warned
        List<IndicatorResult> alternatives = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(Dataset.of(diagnosed,
                estimate(Measure.PWID_POPULATION_SIZE, 1000, "2016"),
                other(estimate(Measure.PWID_POPULATION_SIZE, 1200, "2016")),
                percent(Measure.HIV_PREVALENCE_PWID, 10, "2016")), AREA, 2016);
        assertThat(alternatives).hasSize(2)
                .allSatisfy(r -> assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue());
    }

    @Test
    void settingsAndSelectorsDescribeThemselves() {
        assertThat(InputSelector.withHorizon(3)).hasToString("InputSelector[horizon 3 years]");
        EvaluationSettings s = EvaluationSettings.defaults().withSelector(InputSelector.withHorizon(2));
        assertThat(s.selector().horizonYears()).isEqualTo(2);
        assertThat(s.toString()).contains("horizon 2 years").contains("20261123");
        assertThat(Catalogue.standard().indicators()).extracting(i -> i.definition().id()).contains("ost_coverage",
                "needles_syringes_per_pwid", "nsp_reach", "pwid_share_hiv_cases", "undiagnosed_hiv", "first_95",
                "undiagnosed_hiv_pwid");
    }

    @Test
    void confirmedBandsAndZeroLowerCut() {
        CoverageBands bands = CoverageBands.confirmed(0, 0.5, "s");
        assertThat(bands.lowerCut()).isZero();
        assertThat(bands.level(0)).isEqualTo(CoverageLevel.MEDIUM);
        assertThat(Count.of(0).toEstimate()).isEqualTo(Estimate.of(0));
        assertThat(ReferencePeriod.ofYear(2016).coversYear(2016)).isTrue();
    }
}
