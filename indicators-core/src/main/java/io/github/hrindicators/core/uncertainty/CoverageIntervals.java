package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Intervals for a coverage C = X / N, where X is a count (people on OST, people on ART) and N an estimated
 * population size with a range (point, low, high), such as a PWID size estimate "25,000 (20,000–30,000)".
 *
 * <p>Symbols: x &ge; 0 the count; N̂ &gt; 0 the point and [N_low, N_high] with N_low &gt; 0 the range of N;
 * Ĉ = x / N̂ the point coverage; z = Φ⁻¹(1 − (1 − level)/2).
 *
 * <ul>
 * <li><b>Plausible bounds</b> {@code [x / N_high, x / N_low]}: the coverage at the ends of N's range, no
 * probability statement ({@link IntervalMethod#PLAUSIBLE_BOUNDS}).</li>
 * <li><b>Delta method on the log scale</b>: {@code Var(log C) ≈ Var(X)/X² + Var(N)/N²}, with
 * {@code Var(X)/X² = 1/x} for a Poisson count and 0 for an exact one ({@link CountModel}), and
 * {@code Var(N)/N² ≈ Var(log N) = σ²} from the log-normal rule below. Interval {@code Ĉ · exp(±z · sd)} with
 * {@code sd = sqrt(Var(log C))} ({@link IntervalMethod#DELTA_LOG}). Source: the delta method for a ratio, Rice,
 * "Mathematical Statistics and Data Analysis", 3rd ed., 2007, section 4.6; secondary Oehlert, The American
 * Statistician 46(1), 1992.</li>
 * <li><b>Monte Carlo</b>: for each draw, N from the log-normal below and X from Poisson(x) (or X = x if exact),
 * C = X / N; the interval is the (1 − level)/2 and (1 + level)/2 percentiles of the draws, by linear interpolation
 * between order statistics (Hyndman &amp; Fan 1996, definition 7, R's default {@code quantile} type 7)
 * ({@link IntervalMethod#MONTE_CARLO}). The generator is a new {@link SplittableRandom} per call, seeded from the
 * options; the returned interval reports the seed and the number of draws, and the same inputs and seed give the
 * same interval bit for bit. Poisson draws are exact (see the package-private sampler: Knuth below mean 10, Hörmann's
 * PTRS above).</li>
 * </ul>
 *
 * <p><b>Log-normal rule for N.</b> N's interval is treated as the central interval, at its level
 * ({@link io.github.hrindicators.core.Interval#levelOrDefault()}: 95 % when its method states none, as for plausible
 * bounds), of a log-normal distribution with median N̂: {@code σ = (ln N_high − ln N_low) / (2 · z)}, with
 * {@code z = 1.959964} at 95 %, and {@code log N ~ Normal(ln N̂, σ²)}. Using the point as the
 * median (rather than the geometric mean of the range) keeps the Monte Carlo median at Ĉ; when the range is not
 * symmetric on the log scale around N̂ this differs from fitting both ends.
 *
 * <p><b>Not computable.</b> Inputs without a result raise {@link IllegalArgumentException} naming the rule and the
 * value: N̂ &le; 0, N without a range, N_low &le; 0, and for the log-scale delta method x = 0. A missing X cannot
 * be passed (no nulls): the caller reports it as not computable before calling.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CoverageIntervals {
    private CoverageIntervals() {
    }

    /**
     * The point coverage x / N̂.
     *
     * @param numerator the count X
     * @param denominator the estimate N, point {@code > 0}
     * @return x / N̂
     * @throws IllegalArgumentException if the point of N is not strictly positive
     * @throws NullPointerException if an argument is null
     */
    public static double point(Count numerator, Estimate denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        return numerator.value() / positivePoint(denominator);
    }

    /**
     * Plausible bounds {@code [x / N_high, x / N_low]}.
     *
     * @param numerator the count X
     * @param denominator the estimate N, point {@code > 0}, with a range whose low end is {@code > 0}
     * @return the interval, method {@link IntervalMethod#PLAUSIBLE_BOUNDS}, without a confidence level
     * @throws IllegalArgumentException if N's point is not strictly positive, N has no range, or N_low is not
     *     strictly positive
     * @throws NullPointerException if an argument is null
     */
    public static Interval plausibleBounds(Count numerator, Estimate denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Interval range = positiveRange(denominator);
        double x = numerator.value();
        return Interval.of(x / range.upper(), x / range.lower(), IntervalMethod.PLAUSIBLE_BOUNDS);
    }

    /**
     * The delta-method interval on the log scale, {@code Ĉ · exp(±z · sqrt(Var(X)/x² + σ²))}.
     *
     * @param numerator the count X, {@code >= 1}
     * @param denominator the estimate N, point {@code > 0}, with a range whose low end is {@code > 0}
     * @param options the confidence level and the numerator model; draws and seed are not used
     * @return the interval, method {@link IntervalMethod#DELTA_LOG}, with the confidence level
     * @throws IllegalArgumentException if x = 0 (log C undefined), N's point is not strictly positive, N has no
     *     range, or N_low is not strictly positive
     * @throws NullPointerException if an argument is null
     */
    public static Interval deltaLog(Count numerator, Estimate denominator, CoverageOptions options) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(options, "options");
        double sigma = logSigma(positiveRange(denominator));
        long x = numerator.value();
        if (x == 0) {
            throw new IllegalArgumentException(
                    "Numerator is zero: the log-scale delta method needs a count of at least 1: " + x);
        }
        double varLogX = options.numerator() == CountModel.POISSON ? 1.0 / x : 0.0;
        double sd = Math.sqrt(varLogX + sigma * sigma);
        double z = Distributions.zTwoSided(options.confidenceLevel());
        double c = x / denominator.point();
        return Interval.of(c * Math.exp(-z * sd), c * Math.exp(z * sd), IntervalMethod.DELTA_LOG,
                options.confidenceLevel());
    }

    /**
     * The Monte Carlo interval: percentiles of X / N over {@code options.draws()} draws seeded by
     * {@code options.seed()}.
     *
     * @param numerator the count X
     * @param denominator the estimate N, point {@code > 0}, with a range whose low end is {@code > 0}
     * @param options the confidence level, numerator model, number of draws and seed
     * @return the interval, method {@link IntervalMethod#MONTE_CARLO}, with the confidence level, seed and draws
     * @throws IllegalArgumentException if N's point is not strictly positive, N has no range, or N_low is not
     *     strictly positive
     * @throws NullPointerException if an argument is null
     */
    public static Interval monteCarlo(Count numerator, Estimate denominator, CoverageOptions options) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(options, "options");
        double sigma = logSigma(positiveRange(denominator));
        double median = denominator.point();
        long x = numerator.value();
        boolean poisson = options.numerator() == CountModel.POISSON;
        PoissonSampler sampler = new PoissonSampler(x);
        SplittableRandom random = new SplittableRandom(options.seed());
        double[] draws = new double[options.draws()];
        for (int i = 0; i < draws.length; i++) {
            double n = median * Math.exp(sigma * random.nextGaussian());
            double count = poisson ? sampler.next(random) : x;
            draws[i] = count / n;
        }
        double level = options.confidenceLevel();
        return Interval.of(percentile(draws, (1 - level) / 2), percentile(draws, (1 + level) / 2),
                IntervalMethod.MONTE_CARLO, level).withMonteCarlo(options.seed(), draws.length);
    }

    /**
     * σ of the log-normal whose central interval of the range's level ({@link Interval#levelOrDefault()}: 95 %
     * unless the range states another) is the range: {@code (ln high − ln low) / (2 · z)}, z = 1.959964 at 95 %.
     *
     * @param range an interval with {@code lower > 0}
     * @return σ, {@code >= 0}
     */
    static double logSigma(Interval range) {
        double level = range.levelOrDefault();
        double z = level == 0.95 ? Distributions.Z_95 : Distributions.zTwoSided(level);
        return (Math.log(range.upper()) - Math.log(range.lower())) / (2 * z);
    }

    /**
     * The p-quantile of values by linear interpolation between order statistics (Hyndman &amp; Fan type 7):
     * h = (n − 1)p, Q = v₍⌊h⌋₎ + (h − ⌊h⌋)(v₍⌊h⌋+1₎ − v₍⌊h⌋₎), v₍k₎ the k-th smallest (from 0). The two order
     * statistics are found by selection in linear expected time, not by sorting; the values are reordered.
     *
     * @param values the values, at least one, no NaN; reordered in place
     * @param p the probability, in [0, 1]
     * @return the quantile
     */
    static double percentile(double[] values, double p) {
        double h = (values.length - 1) * p;
        int i = (int) Math.floor(h);
        if (i >= values.length - 1) {
            return select(values, values.length - 1);
        }
        double low = select(values, i);
        double next = values[i + 1];
        for (int j = i + 2; j < values.length; j++) {
            next = Math.min(next, values[j]);
        }
        return low + (h - i) * (next - low);
    }

    /**
     * The k-th smallest value (from 0), by quickselect with a median-of-three pivot; afterwards every value before
     * index k is at most it and every value after at least it.
     */
    private static double select(double[] a, int k) {
        int lo = 0;
        int hi = a.length - 1;
        while (hi > lo) {
            int mid = (lo + hi) >>> 1;
            double pivot = Math.max(Math.min(a[lo], a[mid]), Math.min(Math.max(a[lo], a[mid]), a[hi]));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    private static double positivePoint(Estimate denominator) {
        double point = denominator.point();
        if (!(point > 0)) {
            throw new IllegalArgumentException("Denominator is not strictly positive: " + point);
        }
        return point;
    }

    private static Interval positiveRange(Estimate denominator) {
        Objects.requireNonNull(denominator, "denominator");
        positivePoint(denominator);
        Interval range = denominator.interval().orElseThrow(() -> new IllegalArgumentException(
                "Denominator has no range, so its uncertainty is unknown: " + denominator));
        if (!(range.lower() > 0)) {
            throw new IllegalArgumentException("Denominator range low is not strictly positive: " + range.lower());
        }
        return range;
    }
}
