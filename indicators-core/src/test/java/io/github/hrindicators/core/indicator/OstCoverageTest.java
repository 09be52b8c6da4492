package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
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

class OstCoverageTest {
    private static final Indicator OST = StandardIndicators.OST_COVERAGE;

    private static List<IndicatorResult> run(Observation... obs) {
        return OST.evaluate(Dataset.of(obs), AREA, 2016);
    }

    private static double fraction(IndicatorResult r) {
        return ((Proportion) r.value().orElseThrow()).toFraction();
    }

    @Test
    void kyrgyzCoverageWithPwidProxy() {
        // hand: 1505 / 25000 = 0.0602 -> 6.02 %, below 20 % -> low
        List<IndicatorResult> rs = run(count(Measure.OST_CLIENTS, 1505, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013"));
        assertThat(rs).hasSize(1);
        IndicatorResult r = rs.get(0);
        assertThat(r.status()).isEqualTo(IndicatorResult.Status.COMPUTED);
        assertThat(fraction(r)).isCloseTo(0.0602, within(1e-12));
        assertThat(r.level()).hasValue(CoverageLevel.LOW);
        assertThat(r.numerator()).hasValue(Count.of(1505));
        assertThat(r.denominator()).hasValue(Estimate.of(25000));
        assertThat(r.interval()).isEmpty();
        assertThat(r.variant().code()).isEqualTo("pwid_size_proxy");
        assertThat(r.hasWarning(WarningCode.PROXY_DENOMINATOR)).isTrue();
        assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isTrue();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("2013").contains("2016"));
        assertThat(r.gaps()).extracting(g -> g.target().id()).containsExactly("unaids-registry-older", "unaids-2025");
        assertThat(r.definition().version()).isEqualTo(StandardIndicators.VERSION);
        assertThat(r.inputs()).extracting(InputUsed::label)
                .containsExactly("numerator: ost_clients", "denominator: pwid_population_size");
        assertThat(r.inputs().get(0).sources()).containsExactly(Figures.SOURCE);
        assertThat(r.period()).isEqualTo(ReferencePeriod.ofYear(2016));
    }

    @Test
    void plausibleBoundsFromTheDenominatorRange() {
        // hand: 1505 / 30000 = 0.0501667; 1505 / 20000 = 0.07525
        IndicatorResult r = run(count(Measure.OST_CLIENTS, 1505, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 25000, 20000, 30000, "2016")).get(0);
        assertThat(r.interval().orElseThrow().lower()).isCloseTo(0.0501667, within(1e-7));
        assertThat(r.interval().orElseThrow().upper()).isCloseTo(0.07525, within(1e-12));
        assertThat(r.interval().orElseThrow().method()).isEqualTo(IntervalMethod.PLAUSIBLE_BOUNDS);
        // hand, delta method on the log scale with the range read as a log-normal 95 % interval:
        // sigma_N = ln(30000 / 20000) / (2 × 1.959964) = 0.103437; Var(log C) = 1/1505 + 0.103437^2 = 0.0113637;
        // half-width 1.959964 × sqrt(0.0113637) = 0.208934; 0.0602 × exp(-0.208934) = 0.048849,
        // 0.0602 × exp(0.208934) = 0.074188
        assertThat(r.intervals()).extracting(i -> i.method()).containsExactly(IntervalMethod.PLAUSIBLE_BOUNDS,
                IntervalMethod.DELTA_LOG, IntervalMethod.MONTE_CARLO);
        assertThat(r.intervals().get(1).lower()).isCloseTo(0.048849, within(1e-6));
        assertThat(r.intervals().get(1).upper()).isCloseTo(0.074188, within(1e-6));
        assertThat(r.intervals().get(1).confidenceLevel()).hasValue(0.95);
        // Monte Carlo: same seed as the settings, and close to the delta interval (within 0.001)
        assertThat(r.intervals().get(2).seed())
                .hasValue(io.github.hrindicators.core.uncertainty.CoverageOptions.DEFAULT_SEED);
        assertThat(r.intervals().get(2).lower()).isCloseTo(0.048849, within(1e-3));
        assertThat(r.intervals().get(2).upper()).isCloseTo(0.074188, within(1e-3));
        assertThat(r.hasWarning(WarningCode.PROXY_DENOMINATOR)).isFalse();
        assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isFalse();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void monteCarloIsReproducibleFromItsSeedAndChangesWithIt() {
        Dataset d = Dataset.of(count(Measure.OST_CLIENTS, 1505, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 25000, 20000, 30000, "2016"));
        EvaluationSettings seeded = EvaluationSettings.defaults().withUncertainty(
                io.github.hrindicators.core.uncertainty.CoverageOptions.defaults().withSeed(42));
        IndicatorResult a = OST.evaluate(d, AREA, 2016, seeded).get(0);
        IndicatorResult b = OST.evaluate(d, AREA, 2016, seeded).get(0);
        IndicatorResult c = OST.evaluate(d, AREA, 2016).get(0);
        assertThat(a.intervals().get(2)).isEqualTo(b.intervals().get(2));
        assertThat(a.intervals().get(2).seed()).hasValue(42L);
        assertThat(a.intervals().get(2).lower()).isNotEqualTo(c.intervals().get(2).lower());
    }

    @Test
    void bothDenominatorsGiveTwoLabelledResults() {
        List<IndicatorResult> rs = run(count(Measure.OST_CLIENTS, 1000, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 4000, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 5000, "2016"));
        // hand: 1000 / 4000 = 0.25 (medium); 1000 / 5000 = 0.20 (medium, boundary)
        assertThat(rs).extracting(IndicatorResult::variantLabel)
                .containsExactly("denominator: opioid-dependent PWID", "denominator: PWID size (proxy)");
        assertThat(fraction(rs.get(0))).isCloseTo(0.25, within(1e-12));
        assertThat(fraction(rs.get(1))).isCloseTo(0.20, within(1e-12));
        assertThat(rs).allSatisfy(r -> assertThat(r.level()).hasValue(CoverageLevel.MEDIUM));
    }

    @Test
    void highCoverageMeetsTheTargets() {
        // hand: 2600 / 5000 = 0.52 > 0.40 high; meets 40 % and 50 %
        IndicatorResult r = run(count(Measure.OST_CLIENTS, 2600, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 5000, "2016")).get(0);
        assertThat(r.level()).hasValue(CoverageLevel.HIGH);
        assertThat(r.gaps()).allSatisfy(g -> {
            assertThat(g.met()).isTrue();
            assertThat(g.additionalNumerator()).isEmpty();
        });
        assertThat(r.gaps().get(1).gap()).isCloseTo(-0.02, within(1e-12));
    }

    @Test
    void zeroDenominatorIsNotComputable() {
        IndicatorResult r = run(count(Measure.OST_CLIENTS, 10, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 0, "2016")).get(0);
        assertThat(r.status()).isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE);
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.ZERO_DENOMINATOR);
        assertThat(r.value()).isEmpty();
        assertThat(r.level()).isEmpty();
        assertThat(r.gaps()).isEmpty();
        assertThat(r.inputs()).hasSize(2);
    }

    @Test
    void numeratorAboveDenominatorIsNotComputableAndSaysSo() {
        // hand: 1505 / 1200 = 1.254 -> 125.42 %
        IndicatorResult r = run(count(Measure.OST_CLIENTS, 1505, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 1200, "2016")).get(0);
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR);
        assertThat(r.reason().orElseThrow().message()).contains("1505").contains("1200").contains("125.42 %");
    }

    @Test
    void upperBoundAboveOneIsKeptAndWarned() {
        // hand: 900 / 1000 = 0.9; bounds 900 / 1200 = 0.75, 900 / 800 = 1.125
        IndicatorResult r = run(count(Measure.OST_CLIENTS, 900, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 1000, 800, 1200, "2016")).get(0);
        assertThat(fraction(r)).isCloseTo(0.9, within(1e-12));
        assertThat(r.interval().orElseThrow().upper()).isCloseTo(1.125, within(1e-12));
        assertThat(r.hasWarning(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR)).isTrue();
    }

    @Test
    void denominatorRangeReachingZeroGivesNoInterval() {
        IndicatorResult r = run(count(Measure.OST_CLIENTS, 10, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 100, 0, 200, "2016")).get(0);
        assertThat(r.interval()).isEmpty();
        assertThat(r.hasWarning(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR)).isTrue();
        assertThat(fraction(r)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void rangeExcludingItsPointIsWarned() {
        IndicatorResult r = run(count(Measure.OST_CLIENTS, 100, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 1000, 1100, 1300, "2016")).get(0);
        assertThat(r.hasWarning(WarningCode.RANGE_EXCLUDES_POINT)).isTrue();
        assertThat(r.status()).isEqualTo(IndicatorResult.Status.COMPUTED);
    }

    @Test
    void missingInputsAreNamed() {
        IndicatorResult noDen = run(count(Measure.OST_CLIENTS, 1505, "2016")).get(0);
        assertThat(noDen.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(noDen.reason().orElseThrow().message()).contains("opioid_dependent_pwid_size")
                .contains("pwid_population_size").contains("Testland").contains("2016 (population estimates: up to 5 years earlier)");

        IndicatorResult noNum = run(estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")).get(0);
        assertThat(noNum.reason().orElseThrow().message()).contains("ost_clients");

        IndicatorResult none = OST.evaluate(Dataset.of(), AREA, 2016).get(0);
        assertThat(none.status()).isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE);
    }

    @Test
    void eachSubgroupIsEvaluatedWithItsOwnDenominator() {
        Observation prison = count(Measure.OST_CLIENTS, 450, "2016-2017").withSubgroup(Subgroup.of(Setting.PRISON));
        Observation prisonPwid = estimate(Measure.PWID_POPULATION_SIZE, 3000, "2016")
                .withSubgroup(Subgroup.of(Setting.PRISON));
        List<IndicatorResult> rs = run(count(Measure.OST_CLIENTS, 1505, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016"), prison, prisonPwid);
        assertThat(rs).hasSize(2);
        assertThat(rs.get(0).subgroup()).isEqualTo(Subgroup.TOTAL);
        assertThat(rs.get(1).subgroup()).isEqualTo(Subgroup.of(Setting.PRISON));
        // hand: 450 / 3000 = 0.15
        assertThat(fraction(rs.get(1))).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void alternativeDenominatorsEachGetAResult() {
        Observation a = estimate(Measure.PWID_POPULATION_SIZE, 18934, "2010");
        Observation b = Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(44000, 40000, 48000,
                IntervalMethod.PUBLISHED_UNSPECIFIED), ReferencePeriod.ofYears(2008, 2010), AREA, Figures.OTHER_SOURCE);
        List<IndicatorResult> rs = OST.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 1000, "2010"), a, b), AREA,
                2010);
        assertThat(rs).hasSize(2);
        assertThat(rs).allSatisfy(r -> assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue());
        assertThat(rs).extracting(IndicatorResult::variantLabel).anySatisfy(v -> assertThat(v).contains("18934"))
                .anySatisfy(v -> assertThat(v).contains("44000"));
    }

    @Test
    void customDefinitionChangesTargetsAndVersion() {
        IndicatorDefinition custom = StandardIndicators.OST_COVERAGE.definition()
                .withTargets(List.of(StandardIndicators.OST_TARGET_UNAIDS_2025)).withVersion("local-1");
        IndicatorResult r = StandardIndicators.OST_COVERAGE.withDefinition(custom).evaluate(Dataset.of(count(Measure.OST_CLIENTS, 10, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 100, "2016")), AREA, 2016).get(0);
        assertThat(r.gaps()).hasSize(1);
        assertThat(r.definition().version()).isEqualTo("local-1");
        IndicatorResult unbanded = StandardIndicators.OST_COVERAGE.withDefinition(custom.withoutBands()).evaluate(Dataset.of(
                count(Measure.OST_CLIENTS, 10, "2016"), estimate(Measure.PWID_POPULATION_SIZE, 100, "2016")), AREA,
                2016).get(0);
        assertThat(unbanded.level()).isEmpty();
    }
}
