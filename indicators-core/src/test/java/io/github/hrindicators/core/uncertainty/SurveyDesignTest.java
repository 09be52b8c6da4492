package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyDesignTest {
    private static final SurveyDesign DEFF_2 = SurveyDesign.simpleRandomSample().withDesignEffect(2);

    @Test
    void effectiveSampleSizeWithBothCorrections() {
        // hand: n = 400, deff 2, N = 1000: (N − n)/(N − 1) = 600/999 = 0.600601; n_eff = 400 / 2 × 999 / 600 = 333
        SurveyDesign d = DEFF_2.withPopulationSize(1000);
        assertThat(d.finitePopulationFactor(400)).isCloseTo(600.0 / 999, within(1e-15));
        assertThat(d.effectiveSampleSize(400)).isCloseTo(333, within(1e-12));
        assertThat(d.isCorrected()).isTrue();
        assertThat(d.describe(400)).isEqualTo("design effect 2; finite-population correction N = 1000, "
                + "(N − n)/(N − 1) = 0.600601; effective sample size 333 of n = 400");
    }

    @Test
    void withoutCorrectionsTheSampleIsItsOwnSize() {
        SurveyDesign srs = SurveyDesign.simpleRandomSample();
        assertThat(srs.effectiveSampleSize(400)).isEqualTo(400);
        assertThat(srs.finitePopulationFactor(400)).isEqualTo(1);
        assertThat(srs.isCorrected()).isFalse();
        assertThat(srs.describe(400)).isEqualTo("no design effect; effective sample size 400 of n = 400");
        // hand: deff 2 alone halves it
        assertThat(DEFF_2.effectiveSampleSize(400)).isEqualTo(200);
        assertThat(srs.withPopulationSize(25_000).isCorrected()).isTrue();
    }

    @Test
    void aCensusHasNoSamplingError() {
        SurveyDesign census = SurveyDesign.simpleRandomSample().withPopulationSize(400);
        assertThat(census.finitePopulationFactor(400)).isZero();
        assertThat(census.effectiveSampleSize(400)).isInfinite();
        assertThat(census.describe(400)).endsWith("a census (n = N): no sampling error");
        // hand: 50 / 400 = 0.125, with no spread
        Interval i = BinomialIntervals.interval(50, 400, census, BinomialMethod.WILSON, 0.95);
        assertThat(i.lower()).isEqualTo(0.125);
        assertThat(i.upper()).isEqualTo(0.125);
        assertThat(i.method()).isEqualTo(IntervalMethod.WILSON);
    }

    @Test
    void aSampleAboveThePopulationOrEmptyIsRefused() {
        SurveyDesign d = SurveyDesign.simpleRandomSample().withPopulationSize(300);
        assertThatIllegalArgumentException().isThrownBy(() -> d.effectiveSampleSize(400))
                .withMessage("Sample size 400 is above the population size 300 of the finite-population correction");
        assertThatIllegalArgumentException().isThrownBy(() -> d.finitePopulationFactor(0))
                .withMessage("Sample size is not strictly positive: 0");
        assertThatIllegalArgumentException().isThrownBy(
                () -> BinomialIntervals.interval(50, 400, d, BinomialMethod.WILSON, 0.95));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void populationSizeIsAtLeastOne(long size) {
        assertThatIllegalArgumentException().isThrownBy(() -> SurveyDesign.simpleRandomSample()
                .withPopulationSize(size)).withMessageContaining(Long.toString(size));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.99, Double.NaN, Double.POSITIVE_INFINITY})
    void designEffectIsAtLeastOne(double deff) {
        assertThatIllegalArgumentException().isThrownBy(() -> SurveyDesign.simpleRandomSample()
                .withDesignEffect(deff));
    }

    @Test
    void valueSemantics() {
        SurveyDesign a = DEFF_2.withPopulationSize(1000);
        SurveyDesign same = SurveyDesign.simpleRandomSample().withPopulationSize(1000).withDesignEffect(2);
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).hasToString("SurveyDesign[deff 2, N 1000]");
        assertThat(a).isNotEqualTo(DEFF_2).isNotEqualTo(DEFF_2.withPopulationSize(1001))
                .isNotEqualTo(a.withDesignEffect(2.5)).isNotEqualTo(null);
        assertThat(DEFF_2.hashCode()).isNotEqualTo(a.hashCode());
        assertThat(DEFF_2.withDesignEffect(1.5)).hasToString("SurveyDesign[deff 1.5]");
        assertThatNullPointerException().isThrownBy(
                () -> BinomialIntervals.interval(1, 2, (SurveyDesign) null, BinomialMethod.WILSON, 0.95));
    }

    @Test
    void finitePopulationCorrectionNarrowsTheWilsonInterval() {
        // x = 50 of n = 400, deff 2, N = 1000 -> n_eff = 333, x_eff = 0.125 × 333 = 41.625. R 4.2.2:
        // z <- qnorm(.975); x <- 41.625; n <- 333; (x + z^2/2)/(n + z^2) + c(-1, 1) * z/(n + z^2) *
        // sqrt(x*(n - x)/n + z^2/4) -> 0.09370078842 0.16485247615
        Interval fpc = BinomialIntervals.interval(50, 400, DEFF_2.withPopulationSize(1000), BinomialMethod.WILSON,
                0.95);
        assertThat(fpc.lower()).isCloseTo(0.09370078842, within(1e-10));
        assertThat(fpc.upper()).isCloseTo(0.16485247615, within(1e-10));
        // the design effect alone (n_eff = 200, x_eff = 25): wider, as BinomialIntervalsTest derives by hand
        Interval deffOnly = BinomialIntervals.interval(50, 400, DEFF_2, BinomialMethod.WILSON, 0.95);
        assertThat(deffOnly.lower()).isLessThan(fpc.lower());
        assertThat(deffOnly.upper()).isGreaterThan(fpc.upper());
        // N = 25,000: n_eff = 200 × 24999/24600 = 203.2439; R 4.2.2 as above -> 0.08637878282 0.17753380906
        Interval large = BinomialIntervals.interval(50, 400, DEFF_2.withPopulationSize(25_000),
                BinomialMethod.WILSON, 0.95);
        assertThat(large.lower()).isCloseTo(0.08637878282, within(1e-10));
        assertThat(large.upper()).isCloseTo(0.17753380906, within(1e-10));
    }
}
