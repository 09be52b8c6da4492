package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Properties;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;

class CoverageIntervalsTest {
    private static final Count X = Count.of(1505);
    private static final Estimate N = Estimate.of(25_000, 20_000, 30_000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
    private static final CoverageOptions DEFAULTS = CoverageOptions.defaults();

    @Test
    void pointIsCountOverEstimate() {
        // hand: 1505 / 25000 = 0.0602
        assertThat(CoverageIntervals.point(X, N)).isCloseTo(0.0602, within(1e-12));
    }

    @Test
    void plausibleBounds() {
        // hand: 1505 / 30000 = 0.0501667, 1505 / 20000 = 0.07525
        Interval ci = CoverageIntervals.plausibleBounds(X, N);

        assertThat(ci.lower()).isCloseTo(0.0501667, within(1e-7));
        assertThat(ci.upper()).isCloseTo(0.07525, within(1e-12));
        assertThat(ci.method()).isEqualTo(IntervalMethod.PLAUSIBLE_BOUNDS);
        assertThat(ci.confidenceLevel()).isEmpty();
    }

    @Test
    void deltaLogPoisson() {
        // hand: σ = ln(30000/20000) / (2 · 1.959964) = 0.405465 / 3.919928 = 0.103437, σ² = 0.0106992;
        // Var(X)/X² = 1/1505 = 0.000664452; Var(log C) = 0.0113636, sd = 0.106600; z · sd = 0.208933;
        // exp(−0.208933) = 0.811450, exp(0.208933) = 1.232362;
        // C = 0.0602 -> [0.0602 · 0.811450, 0.0602 · 1.232362] = [0.048849, 0.074188]
        Interval ci = CoverageIntervals.deltaLog(X, N, DEFAULTS);

        assertThat(ci.lower()).isCloseTo(0.048849, within(1e-6));
        assertThat(ci.upper()).isCloseTo(0.074188, within(1e-6));
        assertThat(ci.method()).isEqualTo(IntervalMethod.DELTA_LOG);
        assertThat(ci.confidenceLevel()).hasValue(0.95);
    }

    @Test
    void deltaLogExactNumeratorIsTheLogNormalQuantiles() {
        // hand: with Var(X) = 0, z · sd = z · σ = ln(1.5)/2 exactly, so the bounds are C / sqrt(1.5) and
        // C · sqrt(1.5): 0.0602 / 1.224745 = 0.049153, 0.0602 · 1.224745 = 0.073730
        Interval ci = CoverageIntervals.deltaLog(X, N, DEFAULTS.withNumerator(CountModel.EXACT));

        assertThat(ci.lower()).isCloseTo(0.0602 / Math.sqrt(1.5), within(1e-12));
        assertThat(ci.upper()).isCloseTo(0.0602 * Math.sqrt(1.5), within(1e-12));
    }

    @Test
    void monteCarloExactNumeratorMatchesLogNormalQuantiles() {
        // Independent: with X exact and N log-normal with median 25000 and 95 % interval [20000, 30000]... on the
        // log scale, C = X/N is log-normal and its 2.5 % and 97.5 % quantiles are C / sqrt(1.5) and C · sqrt(1.5)
        // (hand, as above). Monte Carlo error of a 2.5 % quantile from 10,000 draws: sqrt(0.025 · 0.975 / 10000) /
        // φ(1.96) = 0.027 σ ≈ 0.3 % relative; tolerance 1 % relative.
        Interval ci = CoverageIntervals.monteCarlo(X, N, DEFAULTS.withNumerator(CountModel.EXACT));

        assertThat(ci.lower()).isCloseTo(0.049153, within(0.01 * 0.049153));
        assertThat(ci.upper()).isCloseTo(0.073730, within(0.01 * 0.073730));
        assertThat(ci.method()).isEqualTo(IntervalMethod.MONTE_CARLO);
        assertThat(ci.confidenceLevel()).hasValue(0.95);
        assertThat(ci.seed()).hasValue(CoverageOptions.DEFAULT_SEED);
        assertThat(ci.draws()).hasValue(10_000);
    }

    @Test
    void monteCarloIsReproducibleFromItsSeed() {
        CoverageOptions options = DEFAULTS.withSeed(42).withDraws(5_000);

        Interval first = CoverageIntervals.monteCarlo(X, N, options);
        Interval again = CoverageIntervals.monteCarlo(X, N, options);
        Interval other = CoverageIntervals.monteCarlo(X, N, options.withSeed(43));

        assertThat(again).isEqualTo(first);
        assertThat(Double.doubleToRawLongBits(again.lower())).isEqualTo(Double.doubleToRawLongBits(first.lower()));
        assertThat(other).isNotEqualTo(first);
        assertThat(first.seed()).hasValue(42L);
        assertThat(first.draws()).hasValue(5_000);
    }

    @Test
    void monteCarloWithZeroCountIsZero() {
        // Poisson(0) is always 0, so every draw of C is 0.
        Interval ci = CoverageIntervals.monteCarlo(Count.of(0), N, DEFAULTS);

        assertThat(ci.lower()).isEqualTo(0.0);
        assertThat(ci.upper()).isEqualTo(0.0);
    }

    @Test
    void notComputableInputsAreRejectedWithTheirValue() {
        Estimate noRange = Estimate.of(25_000);
        Estimate zero = Estimate.of(0, 0, 10, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        Estimate zeroLow = Estimate.of(100, 0, 200, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);

        assertThatIllegalArgumentException().isThrownBy(() -> CoverageIntervals.plausibleBounds(X, noRange))
                .withMessageStartingWith("Denominator has no range");
        assertThatIllegalArgumentException().isThrownBy(() -> CoverageIntervals.monteCarlo(X, noRange, DEFAULTS))
                .withMessageStartingWith("Denominator has no range");
        assertThatIllegalArgumentException().isThrownBy(() -> CoverageIntervals.deltaLog(X, zero, DEFAULTS))
                .withMessage("Denominator is not strictly positive: 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> CoverageIntervals.point(X, zero))
                .withMessage("Denominator is not strictly positive: 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> CoverageIntervals.deltaLog(X, zeroLow, DEFAULTS))
                .withMessage("Denominator range low is not strictly positive: 0.0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CoverageIntervals.deltaLog(Count.of(0), N, DEFAULTS))
                .withMessageStartingWith("Numerator is zero");
        assertThatNullPointerException().isThrownBy(() -> CoverageIntervals.deltaLog(null, N, DEFAULTS))
                .withMessage("numerator");
        assertThatNullPointerException().isThrownBy(() -> CoverageIntervals.monteCarlo(X, N, null))
                .withMessage("options");
    }

    /** 1,000 generated inputs from a fixed seed: x in 0..1e6, N in 100..1e7 with a range around it. */
    static Stream<Arguments> generated() {
        SplittableRandom random = new SplittableRandom(7L);
        return Stream.generate(() -> {
            double n = Math.exp(random.nextDouble(Math.log(100), Math.log(1e7)));
            double low = n * random.nextDouble(0.3, 1.0);
            double high = n * random.nextDouble(1.0, 3.0);
            long x = random.nextLong(0, (long) (2 * n) + 1);
            return Arguments.of(x, n, low, high);
        }).limit(1000);
    }

    @Tag("property")
    @Test
    void intervalsSurroundThePointAndBehaveMonotonically() {
        Properties.forAll(generated(), a -> intervalsSurroundThePointAndBehaveMonotonicallyCase((long) a[0], (double) a[1], (double) a[2], (double) a[3]));
    }

    private static void intervalsSurroundThePointAndBehaveMonotonicallyCase(long x, double n, double low, double high) {
        Count count = Count.of(x);
        Estimate estimate = Estimate.of(n, low, high, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        double c = x / n;
        Interval bounds = CoverageIntervals.plausibleBounds(count, estimate);

        // lower <= point <= upper (the point of N lies in its range)
        assertThat(bounds.lower()).isLessThanOrEqualTo(c * (1 + 1e-12));
        assertThat(bounds.upper()).isGreaterThanOrEqualTo(c * (1 - 1e-12));
        // A narrower range of N (half-way towards the point) gives nested bounds.
        Estimate narrower = Estimate.of(n, (low + n) / 2, (high + n) / 2, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        Interval inner = CoverageIntervals.plausibleBounds(count, narrower);
        assertThat(inner.lower()).isGreaterThanOrEqualTo(bounds.lower());
        assertThat(inner.upper()).isLessThanOrEqualTo(bounds.upper());
        // Monotone in N: scaling N up by 10 % scales bounds down.
        Estimate bigger = Estimate.of(n * 1.1, low * 1.1, high * 1.1, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        assertThat(CoverageIntervals.plausibleBounds(count, bigger).upper()).isLessThanOrEqualTo(bounds.upper());
        if (x >= 1) {
            Interval delta = CoverageIntervals.deltaLog(count, estimate, DEFAULTS);
            assertThat(delta.lower()).isLessThanOrEqualTo(c);
            assertThat(delta.upper()).isGreaterThanOrEqualTo(c);
            // Monotone in X (true for x >= z²/4 ≈ 0.96 at level 0.95) and in N.
            Interval more = CoverageIntervals.deltaLog(Count.of(x + 1), estimate, DEFAULTS);
            assertThat(more.lower()).isGreaterThan(delta.lower());
            assertThat(more.upper()).isGreaterThan(delta.upper());
            Interval fewer = CoverageIntervals.deltaLog(count, bigger, DEFAULTS);
            assertThat(fewer.upper()).isLessThan(delta.upper());
            // Narrower N range, narrower delta interval.
            Interval narrowerDelta = CoverageIntervals.deltaLog(count, narrower, DEFAULTS);
            assertThat(narrowerDelta.upper() - narrowerDelta.lower())
                    .isLessThanOrEqualTo(delta.upper() - delta.lower());
        }
    }

    /** 300 generated inputs with large counts and narrow ranges (at most ± 10 %), from a fixed seed. */
    static Stream<Arguments> narrow() {
        SplittableRandom random = new SplittableRandom(11L);
        return Stream.generate(() -> {
            double n = Math.exp(random.nextDouble(Math.log(1e4), Math.log(1e7)));
            double spread = random.nextDouble(0.0, 0.1);
            long x = random.nextLong(2_000, Math.max(2_001, (long) n));
            return Arguments.of(x, n, spread, random.nextLong());
        }).limit(300);
    }

    @Tag("property")
    @Test
    void monteCarloConvergesToDeltaForNarrowRanges() {
        Properties.forAll(narrow(), a -> monteCarloConvergesToDeltaForNarrowRangesCase((long) a[0], (double) a[1], (double) a[2], (long) a[3]));
    }

    private static void monteCarloConvergesToDeltaForNarrowRangesCase(long x, double n, double spread, long seed) {
        Count count = Count.of(x);
        Estimate estimate = Estimate.of(n, n / (1 + spread), n * (1 + spread), IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        Interval delta = CoverageIntervals.deltaLog(count, estimate, DEFAULTS);
        Interval mc = CoverageIntervals.monteCarlo(count, estimate, DEFAULTS.withSeed(seed));

        // With x >= 2000 Poisson(x) is close to normal and log C close to normal, so the delta interval is nearly
        // exact. Monte Carlo error of each bound ≈ 0.027 sd (see above), the width is 3.92 sd: tolerance 5 % of
        // the delta interval's width (about 7 Monte Carlo standard errors).
        double tolerance = 0.05 * (delta.upper() - delta.lower());
        assertThat(mc.lower()).isCloseTo(delta.lower(), within(tolerance));
        assertThat(mc.upper()).isCloseTo(delta.upper(), within(tolerance));
        double c = x / n;
        assertThat(mc.lower()).isLessThanOrEqualTo(c);
        assertThat(mc.upper()).isGreaterThanOrEqualTo(c);
    }
}
