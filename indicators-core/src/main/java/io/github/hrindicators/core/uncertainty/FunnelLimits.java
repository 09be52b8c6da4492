package io.github.hrindicators.core.uncertainty;

import java.util.Arrays;
import java.util.Objects;

/**
 * Control limits of a funnel plot, for comparing areas' proportions (the HIV prevalence among PWID by city, the OST
 * coverage by region) with a reference value θ: an area whose proportion x/n lies outside the limits for its n
 * differs from θ by more than chance at that level. Source: Spiegelhalter, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24, 2005, pp. 1185-1202 (appendix A.1.1 for exact binomial limits, section
 * 3.3 for overdispersion); the 95 % and 99.8 % levels are those of PHE's Fingertips funnel plots (PHEindicatormethods).
 *
 * <ul>
 *   <li>{@link #exactBinomial}: with Y ~ Binomial(n, θ), r_p the smallest r with P(Y &le; r) &ge; p and
 *   α = (P(Y &le; r_p) − p) / (P(Y = r_p)), the limit for tail p is (r_p − α)/n, interpolated so that the limits
 *   are smooth in n. Lower limit at p = (1 − level)/2, upper at 1 − p, clipped to [0, 1] (the lower one can fall
 *   just below 0 when P(Y = 0) exceeds p).</li>
 *   <li>{@link #normal}: θ ± z·sqrt(φ·θ(1 − θ)/n), with φ = 1 for the plain normal approximation or an
 *   overdispersion factor from {@link #overdispersion} (Spiegelhalter's multiplicative model), clipped to [0, 1]
 *   as proportions cannot leave it.</li>
 * </ul>
 *
 * <p>Assumptions: θ is fixed (not estimated from the areas compared, or with many areas), the areas are
 * independent, and, without the overdispersion factor, their true proportions all equal θ.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunnelLimits {
    private FunnelLimits() {
    }

    /**
     * Where an area's proportion lies against the limits.
     */
    public enum Position {
        /** Below the lower limit. */
        BELOW,
        /** Within the limits (on a limit counts as within). */
        WITHIN,
        /** Above the upper limit. */
        ABOVE
    }

    /**
     * The control limits for one denominator, as fractions.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @param trials the denominator n
     * @param lower the lower limit, in [0, 1]
     * @param upper the upper limit, in [lower, 1]
     * @param confidenceLevel the level, such as 0.95 or 0.998
     */
    public record Limits(long trials, double lower, double upper, double confidenceLevel) {
        /**
         * Where x of n lies.
         *
         * @param successes x, {@code 0 <= x <= n}
         * @return the position
         * @throws IllegalArgumentException if x is negative or above n
         */
        public Position position(long successes) {
            BinomialIntervals.checkCounts(successes, trials);
            double p = (double) successes / trials;
            return p < lower ? Position.BELOW : p > upper ? Position.ABOVE : Position.WITHIN;
        }
    }

    /**
     * Exact binomial limits with Spiegelhalter's interpolation.
     *
     * @param target the reference proportion θ, strictly between 0 and 1
     * @param trials the denominator n, from 1 to 2^31 − 1
     * @param confidenceLevel the level, strictly between 0 and 1
     * @return the limits
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Limits exactBinomial(double target, long trials, double confidenceLevel) {
        check(target, trials, confidenceLevel);
        if (trials > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Exact binomial limits are computed for denominators up to "
                    + Integer.MAX_VALUE + ": " + trials);
        }
        int n = (int) trials;
        double tail = (1 - confidenceLevel) / 2;
        return new Limits(trials, Math.max(0, limit(tail, n, target)), Math.min(1, limit(1 - tail, n, target)),
                confidenceLevel);
    }

    private static double limit(double p, int n, double target) {
        int r = Distributions.binomialQuantile(p, n, target);
        double atR = Distributions.binomialAtMost(r, n, target);
        double belowR = r == 0 ? 0 : Distributions.binomialAtMost(r - 1, n, target);
        double alpha = (atR - p) / (atR - belowR);
        return (r - alpha) / n;
    }

    /**
     * Normal-approximation limits θ ± z·sqrt(φ·θ(1 − θ)/n), clipped to [0, 1].
     *
     * @param target the reference proportion θ, strictly between 0 and 1
     * @param trials the denominator n, {@code >= 1}
     * @param confidenceLevel the level, strictly between 0 and 1
     * @param overdispersion φ, finite and {@code >= 1} (1 when there is none)
     * @return the limits
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Limits normal(double target, long trials, double confidenceLevel, double overdispersion) {
        check(target, trials, confidenceLevel);
        if (!(overdispersion >= 1 && overdispersion < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Overdispersion factor is not a finite number >= 1: "
                    + overdispersion);
        }
        double half = Distributions.zTwoSided(confidenceLevel)
                * Math.sqrt(overdispersion * target * (1 - target) / trials);
        return new Limits(trials, Math.max(0, target - half), Math.min(1, target + half), confidenceLevel);
    }

    /**
     * Spiegelhalter's (2005, section 3.3) multiplicative overdispersion factor: with z_i = (p_i − θ)/sqrt(θ(1 − θ)/n_i)
     * for each of I areas, the z_i Winsorised at their 10th and 90th percentiles (the values below the 10th set to
     * it, those above the 90th to it; percentiles by linear interpolation, R's type 7), φ̂ = Σ z_i² / I. The factor
     * to use is max(1, φ̂); Spiegelhalter accepts overdispersion when I·φ̂ exceeds the upper 95 % point of χ² with
     * I − 1 degrees of freedom, so the caller should report φ̂ with that test.
     *
     * @param target θ, strictly between 0 and 1
     * @param successes x_i of each area
     * @param trials n_i of each area, same length, each {@code >= 1}
     * @return φ̂ (may be below 1)
     * @throws IllegalArgumentException if there are fewer than two areas, the arrays differ in length, or a count
     *     or θ is out of range
     * @throws NullPointerException if an array is null
     */
    public static double overdispersion(double target, long[] successes, long[] trials) {
        Objects.requireNonNull(successes, "successes");
        Objects.requireNonNull(trials, "trials");
        if (successes.length != trials.length || successes.length < 2) {
            throw new IllegalArgumentException("Overdispersion needs x and n for at least two areas: "
                    + successes.length + " and " + trials.length + " values");
        }
        check(target, 1, 0.5);
        double[] z = new double[successes.length];
        for (int i = 0; i < z.length; i++) {
            BinomialIntervals.checkCounts(successes[i], trials[i]);
            z[i] = ((double) successes[i] / trials[i] - target) / Math.sqrt(target * (1 - target) / trials[i]);
        }
        double[] sorted = z.clone();
        Arrays.sort(sorted);
        double low = quantile(sorted, 0.1);
        double high = quantile(sorted, 0.9);
        double sum = 0;
        for (double v : z) {
            double w = Math.min(high, Math.max(low, v));
            sum += w * w;
        }
        return sum / z.length;
    }

    /** R's type-7 quantile of sorted values. */
    private static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int i = (int) Math.floor(h);
        return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    private static void check(double target, long trials, double confidenceLevel) {
        if (!(target > 0 && target < 1)) {
            throw new IllegalArgumentException("Reference proportion is not strictly between 0 and 1: " + target);
        }
        if (trials < 1) {
            throw new IllegalArgumentException("Denominator is not at least 1: " + trials);
        }
        Distributions.level(confidenceLevel);
    }
}
