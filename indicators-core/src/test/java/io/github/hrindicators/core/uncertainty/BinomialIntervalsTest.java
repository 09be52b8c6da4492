package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BinomialIntervalsTest {

    @ParameterizedTest(name = "{0} {1}/{2} at {3}")
    @CsvSource({
        // statsmodels proportion_confint(0, 10, alpha=0.05, method='wilson') -> (0.0, 0.27753)
        "WILSON,           0, 10, 0.95, 0.0,      0.27753",
        // R binom::binom.confint(5, 10, methods='wilson') -> 0.2365931 0.7634069
        "WILSON,           5, 10, 0.95, 0.236593, 0.763407",
        // hand, 90 %: z = 1.644854, z² = 2.705543; centre = (5 + 1.352772)/12.705543 = 0.5;
        // half = 1.644854/12.705543 · sqrt(2.5 + 0.676386) = 0.129459 · 1.782242 = 0.230728 -> [0.269272, 0.730728]
        "WILSON,           5, 10, 0.90, 0.269272, 0.730728",
        // hand: x = n = 10, centre = 11.920729/13.841459 = 0.861234, half = 0.141601 · 0.979982 = 0.138767
        // -> [0.722467, 1]
        "WILSON,          10, 10, 0.95, 0.722467, 1.0",
        // R binom.test(5, 10)$conf.int -> 0.1870860 0.8129140
        "CLOPPER_PEARSON,  5, 10, 0.95, 0.187086, 0.812914",
        // hand: x = 0 -> lower 0; upper = 1 − 0.025^(1/10) = 1 − exp(ln 0.025 / 10) = 1 − exp(−0.368888) = 0.308497
        "CLOPPER_PEARSON,  0, 10, 0.95, 0.0,      0.308497",
        // hand, by symmetry of the x = 0 case: lower = 0.025^(1/10) = 0.691503, upper 1
        "CLOPPER_PEARSON, 10, 10, 0.95, 0.691503, 1.0",
        // scipy.stats.beta.ppf([0.025, 0.975], 5.5, 5.5) -> 0.223529, 0.776471; R binom.confint(5,10,'bayes')
        "JEFFREYS,         5, 10, 0.95, 0.223529, 0.776471",
        // scipy.stats.beta.ppf(0.975, 0.5, 10.5) -> 0.217196; lower 0 at x = 0 (Brown, Cai & DasGupta 2001, 4.1.2)
        "JEFFREYS,         0, 10, 0.95, 0.0,      0.217196",
        // hand: ñ = 13.841459, p̃ = 0.5, half = 1.959964 · sqrt(0.25 / 13.841459) = 1.959964 · 0.134395 = 0.263409
        // -> [0.236591, 0.763409]; statsmodels proportion_confint(5, 10, method='agresti_coull') -> (0.2366, 0.7634)
        "AGRESTI_COULL,    5, 10, 0.95, 0.236591, 0.763409",
        // hand: x = 0: p̃ = 1.920729/13.841459 = 0.138767, half = 1.959964 · sqrt(0.138767·0.861233/13.841459)
        // = 1.959964 · 0.092920 = 0.182121 -> [−0.043355 clipped to 0, 0.320887]
        "AGRESTI_COULL,    0, 10, 0.95, 0.0,      0.320887",
        // hand: p̂ = 0.5, half = 1.959964 · sqrt(0.025) = 1.959964 · 0.158114 = 0.309898 -> [0.190102, 0.809898]
        "WALD,             5, 10, 0.95, 0.190102, 0.809898",
        // hand: p̂ = 0.1, half = 1.959964 · sqrt(0.009) = 0.185939 -> [−0.085939 clipped to 0, 0.285939]
        "WALD,             1, 10, 0.95, 0.0,      0.285939",
    })
    void knownValues(BinomialMethod method, long x, long n, double level, double lower, double upper) {
        Interval ci = BinomialIntervals.interval(x, n, method, level);

        // Tolerance 1e-5 (the sources give 5 to 7 significant digits).
        assertThat(ci.lower()).isCloseTo(lower, within(1e-5));
        assertThat(ci.upper()).isCloseTo(upper, within(1e-5));
        assertThat(ci.method()).isEqualTo(method.intervalMethod());
        assertThat(ci.confidenceLevel()).hasValue(level);
    }

    @Test
    void defaultIsWilson95() {
        // statsmodels proportion_confint(0, 10, method='wilson') -> (0, 0.27753)
        Interval ci = BinomialIntervals.interval(0, 10);

        assertThat(ci.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(ci.confidenceLevel()).hasValue(0.95);
        assertThat(ci.lower()).isEqualTo(0.0);
        assertThat(ci.upper()).isCloseTo(0.27753, within(1e-5));
    }

    @Test
    void designEffectUsesEffectiveSampleSize() {
        // x = 50, n = 100, deff = 2 -> n_eff = 50, x_eff = 25. Hand (Wilson 25 of 50): z² = 3.841459,
        // centre = 26.920729/53.841459 = 0.5, half = 1.959964/53.841459 · sqrt(12.5 + 0.960365)
        // = 0.0364025 · 3.668836 = 0.133555 -> [0.366445, 0.633555]; R binom.confint(25, 50, 'wilson') agrees.
        Interval ci = BinomialIntervals.interval(50, 100, 2.0, BinomialMethod.WILSON, 0.95);

        assertThat(ci.lower()).isCloseTo(0.366445, within(1e-5));
        assertThat(ci.upper()).isCloseTo(0.633555, within(1e-5));
    }

    @Test
    void designEffectWithNonIntegerEffectiveCounts() {
        // x = 3, n = 10, deff = 1.25 -> n_eff = 8, x_eff = 2.4 (not a whole number). Clopper-Pearson:
        // scipy.stats.beta.ppf(0.025, 2.4, 6.6) = 0.050707 and beta.ppf(0.975, 3.4, 5.6) = 0.694675.
        Interval ci = BinomialIntervals.interval(3, 10, 1.25, BinomialMethod.CLOPPER_PEARSON, 0.95);

        assertThat(ci.lower()).isCloseTo(0.050707, within(1e-5));
        assertThat(ci.upper()).isCloseTo(0.694675, within(1e-5));
    }

    @Test
    void countsBeyondIntRange() {
        // x = 3e9 of n = 6e9 (both above Integer.MAX_VALUE). Hand: Wilson ≈ Wald for such n,
        // half = 1.959964 · sqrt(0.25 / 6e9) = 1.265151e-5 -> [0.5 − 1.265151e-5, 0.5 + 1.265151e-5].
        Interval ci = BinomialIntervals.interval(3_000_000_000L, 6_000_000_000L);

        assertThat(ci.lower()).isCloseTo(0.5 - 1.265151e-5, within(1e-10));
        assertThat(ci.upper()).isCloseTo(0.5 + 1.265151e-5, within(1e-10));
    }

    @Test
    void rejectsNotComputableAndInvalidCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(0, 0))
                .withMessage("Number of trials is not strictly positive: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(11, 10))
                .withMessage("Number of successes is above the number of trials: 11 > 10");
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(-1, 10))
                .withMessage("Number of successes is negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(1, -10))
                .withMessage("Number of trials is not strictly positive: -10");
    }

    @ParameterizedTest
    @CsvSource({"0.0", "1.0", "-0.5", "1.5", "NaN", "Infinity"})
    void rejectsLevelsOutsideZeroOne(double level) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(5, 10, BinomialMethod.WILSON, level))
                .withMessageStartingWith("Confidence level is not strictly between 0 and 1");
    }

    @ParameterizedTest
    @CsvSource({"0.99", "0.0", "-1", "NaN", "Infinity"})
    void rejectsDesignEffectsBelowOneOrNotFinite(double deff) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(5, 10, deff, BinomialMethod.WILSON, 0.95))
                .withMessageStartingWith("Design effect is not a finite number >= 1");
    }

    @Test
    void rejectsNullMethod() {
        assertThatNullPointerException().isThrownBy(() -> BinomialIntervals.interval(5, 10, null, 0.95))
                .withMessage("method");
    }

    /** 1,000 generated cases from a fixed seed: n in 1..5000 (and some huge), x in 0..n, any method. */
    static Stream<Arguments> generated() {
        SplittableRandom random = new SplittableRandom(20261123L);
        BinomialMethod[] methods = BinomialMethod.values();
        return Stream.generate(() -> {
            long n = random.nextInt(10) == 0 ? random.nextLong(1, 1L << 40) : random.nextLong(1, 5001);
            long x = random.nextInt(8) == 0 ? (random.nextBoolean() ? 0 : n) : random.nextLong(0, n + 1);
            double deff = random.nextBoolean() ? 1.0 : 1 + random.nextDouble() * 4;
            double level = 0.8 + random.nextDouble() * 0.199;
            return Arguments.of(x, n, deff, methods[random.nextInt(methods.length)], level);
        }).limit(1000);
    }

    @Tag("property")
    @ParameterizedTest
    @MethodSource("generated")
    void boundsWithinUnitAndAroundEstimate(long x, long n, double deff, BinomialMethod method, double level) {
        Interval ci = BinomialIntervals.interval(x, n, deff, method, level);
        double p = (double) x / n;

        // Invariants (Brown, Cai & DasGupta 2001): 0 <= lower <= p̂ <= upper <= 1, lower 0 at x = 0, upper 1 at x = n.
        assertThat(ci.lower()).isBetween(0.0, p + 1e-12);
        assertThat(ci.upper()).isBetween(p - 1e-12, 1.0);
        if (x == 0) {
            assertThat(ci.lower()).isEqualTo(0.0);
        }
        if (x == n) {
            assertThat(ci.upper()).isEqualTo(1.0);
        }
        // A higher level never gives a narrower interval.
        Interval wider = BinomialIntervals.interval(x, n, deff, method, Math.min(0.9999, level + 0.0005));
        assertThat(wider.upper() - wider.lower()).isGreaterThanOrEqualTo(ci.upper() - ci.lower() - 1e-12);
    }
}
