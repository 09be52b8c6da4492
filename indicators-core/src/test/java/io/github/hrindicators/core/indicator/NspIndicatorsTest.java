package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Rate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NspIndicatorsTest {

    private static IndicatorResult perPwid(long syringes, double pwid) {
        return StandardIndicators.NEEDLES_SYRINGES_PER_PWID.evaluate(Dataset.of(
                count(Measure.NEEDLES_SYRINGES_DISTRIBUTED, syringes, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, pwid, "2016")), AREA, 2016).get(0);
    }

    @Test
    void needlesSyringesPerPwid() {
        // hand: 3,775,000 / 25,000 = 151 per PWID per year (the order of Kyrgyzstan's reported 2011 value)
        IndicatorResult r = perPwid(3_775_000, 25000);
        assertThat(((Rate) r.value().orElseThrow()).perPersonPerYear()).isCloseTo(151.0, within(1e-9));
        assertThat(r.level()).hasValue(CoverageLevel.MEDIUM);
        assertThat(r.definition().unit()).isEqualTo(ResultUnit.PER_PERSON_PER_YEAR);
        // UNAIDS 2025 "> 200": 200 - 151 = 49 short; needs floor(200 × 25000) + 1 - 3,775,000 = 1,225,001 more
        TargetGap unaids = r.gaps().get(0);
        assertThat(unaids.gap()).isCloseTo(49, within(1e-9));
        assertThat(unaids.additionalNumerator()).hasValue(1_225_001);
        // GHSS-hep 2030 300: 300 × 25000 - 3,775,000 = 3,725,000 more
        assertThat(r.gaps().get(2).additionalNumerator()).hasValue(3_725_000);
    }

    @ParameterizedTest
    @CsvSource({
        // syringes, pwid, level, unconfirmed-threshold warning expected (the 100 cut-off decides levels <= 200)
        "99, 1, LOW, true", "100, 1, MEDIUM, true", "200, 1, MEDIUM, true", "201, 1, HIGH, false"})
    void bandsAndTheUnconfirmedCutOff(long syringes, double pwid, CoverageLevel level, boolean warned) {
        IndicatorResult r = perPwid(syringes, pwid);
        assertThat(r.level()).hasValue(level);
        assertThat(r.hasWarning(WarningCode.UNCONFIRMED_THRESHOLD)).isEqualTo(warned);
    }

    @Test
    void exactlyTwoHundredMeetsGhssButNotUnaids2025() {
        IndicatorResult r = perPwid(200, 1);
        assertThat(r.gaps()).extracting(TargetGap::met).containsExactly(false, true, false);
    }

    @Test
    void ratesAboveOneAreNotAnInconsistency() {
        IndicatorResult r = perPwid(500, 1);
        assertThat(r.status()).isEqualTo(IndicatorResult.Status.COMPUTED);
        assertThat(r.hasWarning(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR)).isFalse();
    }

    @Test
    void nspReachHasNoBandsByDefaultButAcceptsConfiguredOnes() {
        Dataset d = Dataset.of(count(Measure.NSP_CLIENTS, 7000, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016"));
        IndicatorResult r = StandardIndicators.NSP_REACH.evaluate(d, AREA, 2016).get(0);
        // hand: 7000 / 25000 = 0.28
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.28, within(1e-12));
        assertThat(r.level()).isEmpty();
        assertThat(r.gaps()).isEmpty();
        IndicatorResult banded = StandardIndicators.NSP_REACH.withDefinition(StandardIndicators.NSP_REACH.definition()
                .withBands(StandardIndicators.NSP_REACH_UNCONFIRMED_BANDS)).evaluate(d, AREA, 2016).get(0);
        assertThat(banded.level()).hasValue(CoverageLevel.MEDIUM);
        assertThat(banded.hasWarning(WarningCode.UNCONFIRMED_THRESHOLD)).isTrue();
    }

    @Test
    void missingSyringeCountIsNotComputable() {
        IndicatorResult r = StandardIndicators.NEEDLES_SYRINGES_PER_PWID.evaluate(Dataset.of(
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013")), AREA, 2016).get(0);
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(r.reason().orElseThrow().message()).contains("needles_syringes_distributed");
    }
}
