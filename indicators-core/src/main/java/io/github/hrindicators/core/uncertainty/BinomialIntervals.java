package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.Interval;
import java.util.Objects;

/**
 * Confidence intervals for a binomial proportion p = x / n, such as the share of a respondent-driven sample who
 * tested HIV-positive or who received a needle-syringe in the last month, by any {@link BinomialMethod}.
 *
 * <p>Symbols: x successes and n trials, whole numbers with 0 &le; x &le; n and n &ge; 1; p̂ = x / n;
 * z = Φ⁻¹(1 − (1 − level)/2) for the two-sided confidence level (0.95 gives z = 1.959964). The formulas are given on
 * each {@link BinomialMethod} constant; primary source Brown, Cai &amp; DasGupta, Statistical Science 16(2), 2001,
 * pp. 101-133; secondary Apache Commons Statistics {@code BinomialConfidenceInterval} and R
 * {@code binom::binom.confint}.
 *
 * <p><b>Survey designs.</b> For a sample with design effect deff &ge; 1 (respondent-driven sampling typically has
 * deff 2 to 4), the interval is computed for the effective sample size n_eff = n / deff and effective successes
 * x_eff = p̂ · n_eff, which keeps p̂ unchanged and widens the interval (Kish 1965, section 8.2; Korn &amp; Graubard
 * 1998). x_eff and n_eff are generally not whole numbers; every method here accepts that. Where the size N of the
 * population sampled is known, the finite-population correction (N − n)/(N − 1) scales the variance as well:
 * n_eff = n / deff · (N − 1) / (N − n) ({@link SurveyDesign}; Cochran 1977, section 3.2).
 *
 * <p><b>Counts beyond {@code int}.</b> Commons Statistics' {@code BinomialConfidenceInterval} takes {@code int}
 * counts. This class computes the formulas itself in {@code long} and {@code double} arithmetic, using Apache Commons
 * Statistics and Commons Numbers only for the normal and Beta quantiles, so any n up to {@link Long#MAX_VALUE} is
 * accepted (beyond 2⁵³ the counts are rounded to the nearest {@code double}).
 *
 * <p><b>Accuracy.</b> The Clopper-Pearson and Jeffreys bounds are Beta quantiles solved to full double precision;
 * the upper one is found from its upper-tail probability α/2, so 1 − α/2 is never rounded. They agree with SciPy's
 * {@code scipy.stats.beta.ppf}, itself checked against mpmath at 50 digits, to within 1e-14.
 *
 * <p><b>Bounds.</b> Every interval lies within [0, 1]: Clopper-Pearson and Jeffreys have lower 0 when x = 0 and
 * upper 1 when x = n by definition; Wilson has them by algebra and they are set exactly to avoid rounding; Wald and
 * Agresti-Coull (both forms) can overshoot and are clipped to [0, 1], the standard convention (Agresti &amp; Coull 1998, p. 122).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BinomialIntervals {
    private BinomialIntervals() {
    }

    /**
     * The 95 % Wilson score interval for x of n.
     *
     * @param successes the number of successes x, {@code 0 <= x <= n}
     * @param trials the number of trials n, {@code >= 1}
     * @return the interval, within [0, 1], with method {@code WILSON} and confidence level 0.95
     * @throws IllegalArgumentException if {@code trials <= 0} (not computable), {@code successes < 0} or
     *     {@code successes > trials}
     */
    public static Interval interval(long successes, long trials) {
        return interval(successes, trials, BinomialMethod.WILSON, 0.95);
    }

    /**
     * The interval for x of n by the given method and confidence level, for a simple random sample.
     *
     * @param successes the number of successes x, {@code 0 <= x <= n}
     * @param trials the number of trials n, {@code >= 1}
     * @param method the interval method
     * @param confidenceLevel the confidence level, strictly between 0 and 1 (0.95 for a 95 % interval)
     * @return the interval, within [0, 1], carrying the matching {@link io.github.hrindicators.core.IntervalMethod}
     *     and the confidence level
     * @throws IllegalArgumentException if {@code trials <= 0} (not computable), {@code successes < 0},
     *     {@code successes > trials}, or the level is not in (0, 1)
     * @throws NullPointerException if {@code method} is null
     */
    public static Interval interval(long successes, long trials, BinomialMethod method, double confidenceLevel) {
        return interval(successes, trials, 1.0, method, confidenceLevel);
    }

    /**
     * The interval for x of n from a survey with a design effect: computed for n_eff = n / deff and
     * x_eff = (x / n) · n_eff.
     *
     * @param successes the number of successes x, {@code 0 <= x <= n}
     * @param trials the number of trials n, {@code >= 1}
     * @param designEffect the design effect deff, finite and {@code >= 1} (1 for a simple random sample)
     * @param method the interval method
     * @param confidenceLevel the confidence level, strictly between 0 and 1 (0.95 for a 95 % interval)
     * @return the interval, within [0, 1], carrying the matching {@link io.github.hrindicators.core.IntervalMethod}
     *     and the confidence level
     * @throws IllegalArgumentException if {@code trials <= 0} (not computable), {@code successes < 0},
     *     {@code successes > trials}, the design effect is not a finite number {@code >= 1}, or the level is not in
     *     (0, 1)
     * @throws NullPointerException if {@code method} is null
     */
    public static Interval interval(long successes, long trials, double designEffect, BinomialMethod method,
            double confidenceLevel) {
        checkDesignEffect(designEffect);
        return interval(successes, trials, SurveyDesign.simpleRandomSample().withDesignEffect(designEffect), method,
                confidenceLevel);
    }

    /**
     * The interval for x of n from a survey with a design effect and, where the population size N is known, the
     * finite-population correction: computed for the effective sample size
     * n_eff = n / deff · (N − 1) / (N − n) and x_eff = (x / n) · n_eff (see {@link SurveyDesign} for the
     * variance this matches and its sources). A census (n = N) has the point as its interval, [p̂, p̂].
     *
     * @param successes the number of successes x, {@code 0 <= x <= n}
     * @param trials the number of trials n, {@code 1 <= n <= N}
     * @param design the design effect and population size
     * @param method the interval method
     * @param confidenceLevel the confidence level, strictly between 0 and 1 (0.95 for a 95 % interval)
     * @return the interval, within [0, 1], carrying the matching {@link io.github.hrindicators.core.IntervalMethod}
     *     and the confidence level
     * @throws IllegalArgumentException if {@code trials <= 0} (not computable), {@code successes < 0},
     *     {@code successes > trials}, n is above the design's population size, or the level is not in (0, 1)
     * @throws NullPointerException if {@code design} or {@code method} is null
     */
    public static Interval interval(long successes, long trials, SurveyDesign design, BinomialMethod method,
            double confidenceLevel) {
        checkCounts(successes, trials);
        Objects.requireNonNull(design, "design");
        Objects.requireNonNull(method, "method");
        Distributions.level(confidenceLevel);
        double n = design.effectiveSampleSize(trials);
        if (Double.isInfinite(n)) {
            double p = (double) successes / trials;
            return Interval.of(p, p, method.intervalMethod(), confidenceLevel);
        }
        double x = successes == trials ? n : (double) successes / trials * n;
        double[] b = bounds(x, n, successes == 0, successes == trials, method,
                Distributions.zTwoSided(confidenceLevel), confidenceLevel);
        return Interval.of(b[0], b[1], method.intervalMethod(), confidenceLevel);
    }

    /**
     * Checks x of n.
     *
     * @param successes x
     * @param trials n
     * @throws IllegalArgumentException unless {@code 0 <= x <= n} and {@code n >= 1}
     */
    static void checkCounts(long successes, long trials) {
        if (trials <= 0) {
            throw new IllegalArgumentException("Number of trials is not strictly positive: " + trials);
        }
        if (successes < 0) {
            throw new IllegalArgumentException("Number of successes is negative: " + successes);
        }
        if (successes > trials) {
            throw new IllegalArgumentException(
                    "Number of successes is above the number of trials: " + successes + " > " + trials);
        }
    }

    /**
     * Checks a design effect.
     *
     * @param designEffect deff
     * @throws IllegalArgumentException unless deff is finite and {@code >= 1}
     */
    static void checkDesignEffect(double designEffect) {
        if (!(designEffect >= 1 && designEffect < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Design effect is not a finite number >= 1: " + designEffect);
        }
    }

    private static double[] bounds(double x, double n, boolean none, boolean all, BinomialMethod method, double z,
            double level) {
        double lower;
        double upper;
        switch (method) {
            case WILSON: {
                double z2 = z * z;
                double centre = (x + z2 / 2) / (n + z2);
                double half = z / (n + z2) * Math.sqrt(x * (n - x) / n + z2 / 4);
                lower = centre - half;
                upper = centre + half;
                break;
            }
            case CLOPPER_PEARSON: {
                double alpha = 1 - level;
                lower = none ? 0 : Distributions.betaQuantile(alpha / 2, x, n - x + 1);
                upper = all ? 1 : Distributions.betaUpperQuantile(alpha / 2, x + 1, n - x);
                break;
            }
            case JEFFREYS: {
                double alpha = 1 - level;
                lower = none ? 0 : Distributions.betaQuantile(alpha / 2, x + 0.5, n - x + 0.5);
                upper = all ? 1 : Distributions.betaUpperQuantile(alpha / 2, x + 0.5, n - x + 0.5);
                break;
            }
            case AGRESTI_COULL: {
                double z2 = z * z;
                double nTilde = n + z2;
                double pTilde = (x + z2 / 2) / nTilde;
                double half = z * Math.sqrt(pTilde * (1 - pTilde) / nTilde);
                lower = pTilde - half;
                upper = pTilde + half;
                break;
            }
            case AGRESTI_COULL_PLUS_FOUR: {
                double pTilde = (x + 2) / (n + 4);
                double half = z * Math.sqrt(pTilde * (1 - pTilde) / (n + 4));
                lower = pTilde - half;
                upper = pTilde + half;
                break;
            }
            case WALD: {
                double p = x / n;
                double half = z * Math.sqrt(p * (1 - p) / n);
                lower = p - half;
                upper = p + half;
                break;
            }
            default:
                throw new AssertionError(method);
        }
        // Clip to [0, 1] (needed for Wald and Agresti-Coull, a no-op up to rounding otherwise), and set the ends
        // exactly at x = 0 and x = n: every method has lower 0 at x = 0 and upper 1 at x = n, by definition
        // (Clopper-Pearson, Jeffreys), by algebra (Wilson) or after clipping (Agresti-Coull, plus four, Wald).
        lower = none ? 0 : Math.max(0, lower);
        upper = all ? 1 : Math.min(1, upper);
        return new double[] {lower, Math.max(lower, upper)};
    }
}
