package io.github.hrindicators.core.uncertainty;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Population size estimation for the denominators of coverage indicators: multiplier (benchmark), two-source
 * capture-recapture and triangulation. Each returns a {@link SizeEstimate} carrying the estimate with its range,
 * the interval behind it, the method's name and the inputs used.
 *
 * <p><b>Multiplier / benchmark.</b> M people in a programme count during a reference period; a survey finds x of
 * n respondents (design effect deff &ge; 1) reporting contact with the programme in the same period; p̂ = x / n and
 * N̂ = M / p̂. Delta method: SE(p̂) = sqrt(p̂(1 − p̂) / n_eff) with n_eff = n / deff, SE(N̂) ≈ M · SE(p̂) / p̂²,
 * interval N̂ ± z · SE(N̂), not truncated ({@link IntervalMethod#DELTA}). Inverted interval (safer, as p̂ near 0
 * makes N skewed): [M / P_upper, M / P_lower] from a {@link BinomialIntervals} interval of p
 * ({@link IntervalMethod#INVERTED}). Source: UNAIDS/WHO Working Group, "Guidelines on estimating the size of
 * populations most at risk to HIV", 2010, section 4.2; secondary: Johnston et al., "Estimating the size of hidden
 * populations using respondent-driven sampling data", Journal of Urban Health 83, 2006.
 *
 * <p><b>Two-source capture-recapture.</b> n1 people in the first source, n2 in the second, m in both, with
 * 0 &le; m &le; min(n1, n2). Lincoln-Petersen N̂ = n1·n2/m (m &ge; 1), Var = n1·n2·(n1 − m)(n2 − m)/m³; Chapman
 * N̂ = (n1 + 1)(n2 + 1)/(m + 1) − 1, Var = (n1 + 1)(n2 + 1)(n1 − m)(n2 − m) / ((m + 1)²(m + 2)), less biased and
 * defined at m = 0. Interval: normal approximation N̂ ± z · sqrt(Var), not truncated; it is poor when m is small
 * (say below 20) and its lower end can fall below the n1 + n2 − m people actually seen ({@link IntervalMethod#DELTA}).
 * Assumes a closed population, independent sources, equal catchability and exact matching. Source: Seber, "The
 * Estimation of Animal Abundance", 2nd ed., 1982, section 3.1.1 (pp. 59-60); Chapman, Univ. California Publ.
 * Statist. 1, 1951; secondary: the UNAIDS/WHO 2010 guidelines, section 4.3. The log-based alternative
 * {@link #chapmanLogNormal(long, long, long, double)} (Chao, Biometrics 43, 1987, p. 785) treats the number never
 * seen, f0 = N̂ − r with r = n1 + n2 − m, as log-normal: with C = exp(z · sqrt(ln(1 + Var / f0²))) the interval is
 * [r + f0 / C, r + f0 · C], asymmetric and never below r ({@link IntervalMethod#DELTA_LOG}).
 *
 * <p><b>Triangulation.</b> Several estimates of the same population, year and area (the caller's responsibility):
 * the point is the median of their points (the mean of the two middle ones for an even number) and the range is
 * [min, max] of their points ({@link IntervalMethod#TRIANGULATION}); each input is
 * kept, with its method and source, as a component. The inputs' own ranges are not used.
 *
 * <p><b>Intervals.</b> The {@link Estimate} carries the computed {@link Interval} itself, with its method and
 * confidence level, so that it can serve as the denominator of a coverage with its uncertainty.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SizeEstimates {
    private SizeEstimates() {
    }

    /**
     * Multiplier estimate N̂ = M / p̂ with the delta-method interval N̂ ± z · M · SE(p̂) / p̂².
     *
     * @param benchmark the programme count M
     * @param reporting the number x of survey respondents reporting contact, {@code 1 <= x <= n}
     * @param respondents the number n of survey respondents, {@code >= 1}
     * @param designEffect the survey's design effect deff, finite and {@code >= 1}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "multiplier"}, inputs M, x, n, deff
     * @throws IllegalArgumentException if {@code x = 0} (p̂ = 0, N̂ not computable), the counts are invalid (see
     *     {@link BinomialIntervals#interval(long, long, double, BinomialMethod, double)}), the design effect is
     *     below 1 or not finite, or the level is not in (0, 1)
     * @throws NullPointerException if {@code benchmark} is null
     */
    public static SizeEstimate multiplierDelta(Count benchmark, long reporting, long respondents,
            double designEffect, double confidenceLevel) {
        double m = checkMultiplier(benchmark, reporting, respondents, designEffect, confidenceLevel);
        double p = (double) reporting / respondents;
        double sePoint = Math.sqrt(p * (1 - p) / (respondents / designEffect));
        double n = m / p;
        double half = Distributions.zTwoSided(confidenceLevel) * m * sePoint / (p * p);
        Interval interval = Interval.of(n - half, n + half, IntervalMethod.DELTA, confidenceLevel);
        return result(n, interval, "multiplier", multiplierInputs(m, reporting, respondents, designEffect));
    }

    /**
     * Multiplier estimate N̂ = M / p̂ with the interval [M / P_upper, M / P_lower] inverted from a binomial
     * interval of p.
     *
     * @param benchmark the programme count M
     * @param reporting the number x of survey respondents reporting contact, {@code 1 <= x <= n}
     * @param respondents the number n of survey respondents, {@code >= 1}
     * @param designEffect the survey's design effect deff, finite and {@code >= 1}
     * @param method the binomial interval method for p (Wilson is the usual choice)
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "multiplier"}, inputs M, x, n, deff
     * @throws IllegalArgumentException if {@code x = 0} (p̂ = 0), the lower end of p's interval is 0 (only possible
     *     with {@link BinomialMethod#WALD} or {@link BinomialMethod#AGRESTI_COULL} for small x; N's upper end is
     *     then not computable), the counts are invalid, the design effect is below 1 or not finite, or the level is
     *     not in (0, 1)
     * @throws NullPointerException if {@code benchmark} or {@code method} is null
     */
    public static SizeEstimate multiplierInverted(Count benchmark, long reporting, long respondents,
            double designEffect, BinomialMethod method, double confidenceLevel) {
        double m = checkMultiplier(benchmark, reporting, respondents, designEffect, confidenceLevel);
        Interval p = BinomialIntervals.interval(reporting, respondents, designEffect, method, confidenceLevel);
        if (!(p.lower() > 0)) {
            throw new IllegalArgumentException("Lower end of the survey proportion's " + method
                    + " interval is 0, so the size's upper end is infinite: " + reporting + " of " + respondents);
        }
        Interval interval = Interval.of(m / p.upper(), m / p.lower(), IntervalMethod.INVERTED, confidenceLevel);
        double n = m / ((double) reporting / respondents);
        return result(n, interval, "multiplier", multiplierInputs(m, reporting, respondents, designEffect));
    }

    /**
     * Lincoln-Petersen estimate N̂ = n1·n2/m with the normal-approximation interval N̂ ± z · sqrt(Var).
     *
     * @param first the number n1 in the first source, {@code >= 0}
     * @param second the number n2 in the second source, {@code >= 0}
     * @param both the number m in both sources, {@code 1 <= m <= min(n1, n2)}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "Lincoln-Petersen capture-recapture"}, inputs n1, n2, m
     * @throws IllegalArgumentException if a count is negative, {@code m = 0} (not computable),
     *     {@code m > min(n1, n2)} or the level is not in (0, 1)
     */
    public static SizeEstimate lincolnPetersen(long first, long second, long both, double confidenceLevel) {
        checkCaptureRecapture(first, second, both, confidenceLevel);
        if (both == 0) {
            throw new IllegalArgumentException("Lincoln-Petersen needs at least one person in both sources: m = 0"
                    + " (use Chapman)");
        }
        double n1 = first;
        double n2 = second;
        double m = both;
        double n = n1 * n2 / m;
        double variance = n1 * n2 * (n1 - m) * (n2 - m) / (m * m * m);
        return captureRecapture(n, variance, confidenceLevel, "Lincoln-Petersen capture-recapture", n1, n2, m);
    }

    /**
     * Chapman estimate N̂ = (n1 + 1)(n2 + 1)/(m + 1) − 1 with the normal-approximation interval N̂ ± z · sqrt(Var).
     *
     * @param first the number n1 in the first source, {@code >= 0}
     * @param second the number n2 in the second source, {@code >= 0}
     * @param both the number m in both sources, {@code 0 <= m <= min(n1, n2)}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "Chapman capture-recapture"}, inputs n1, n2, m
     * @throws IllegalArgumentException if a count is negative, {@code m > min(n1, n2)} or the level is not in (0, 1)
     */
    public static SizeEstimate chapman(long first, long second, long both, double confidenceLevel) {
        checkCaptureRecapture(first, second, both, confidenceLevel);
        double n1 = first;
        double n2 = second;
        double m = both;
        return captureRecapture(chapmanPoint(n1, n2, m), chapmanVariance(n1, n2, m), confidenceLevel,
                "Chapman capture-recapture", n1, n2, m);
    }

    /**
     * Chapman estimate with Chao's log-normal interval [r + f0 / C, r + f0 · C], where r = n1 + n2 − m people were
     * seen, f0 = N̂ − r = (n1 − m)(n2 − m)/(m + 1) were not, and C = exp(z · sqrt(ln(1 + Var / f0²))). When f0 = 0
     * (one source contains the other) the interval is [r, r].
     *
     * @param first the number n1 in the first source, {@code >= 0}
     * @param second the number n2 in the second source, {@code >= 0}
     * @param both the number m in both sources, {@code 0 <= m <= min(n1, n2)}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "Chapman capture-recapture, log-normal interval"}, inputs n1, n2, m
     * @throws IllegalArgumentException if a count is negative, {@code m > min(n1, n2)} or the level is not in (0, 1)
     */
    public static SizeEstimate chapmanLogNormal(long first, long second, long both, double confidenceLevel) {
        checkCaptureRecapture(first, second, both, confidenceLevel);
        double n1 = first;
        double n2 = second;
        double m = both;
        double seen = n1 + n2 - m;
        double unseen = (n1 - m) * (n2 - m) / (m + 1);
        double c = unseen > 0 ? Math.exp(Distributions.zTwoSided(confidenceLevel)
                * Math.sqrt(Math.log1p(chapmanVariance(n1, n2, m) / (unseen * unseen)))) : 1;
        Interval interval = Interval.of(seen + unseen / c, seen + unseen * c, IntervalMethod.DELTA_LOG,
                confidenceLevel);
        return result(chapmanPoint(n1, n2, m), interval, "Chapman capture-recapture, log-normal interval",
                captureInputs(n1, n2, m));
    }

    /**
     * Triangulates several estimates of the same population, year and area: median point, [min, max] range.
     *
     * @param estimates at least two estimates
     * @return the size estimate, method {@code "triangulation"}, with the estimates as components and their points
     *     as inputs
     * @throws IllegalArgumentException if fewer than two estimates are given
     * @throws NullPointerException if the list or an element is null
     */
    public static SizeEstimate triangulate(List<SizeEstimate> estimates) {
        List<SizeEstimate> all = List.copyOf(Objects.requireNonNull(estimates, "estimates"));
        if (all.size() < 2) {
            throw new IllegalArgumentException("Triangulation needs at least two estimates: " + all.size());
        }
        double[] points = all.stream().mapToDouble(e -> e.estimate().point()).toArray();
        List<SizeEstimate.Input> inputs = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            inputs.add(new SizeEstimate.Input("N" + (i + 1) + " (" + all.get(i).method() + ")", points[i]));
        }
        Arrays.sort(points);
        int k = points.length / 2;
        double median = points.length % 2 == 1 ? points[k] : (points[k - 1] + points[k]) / 2;
        Interval interval = Interval.of(points[0], points[points.length - 1], IntervalMethod.TRIANGULATION);
        Estimate estimate = Estimate.of(median, interval);
        return new SizeEstimate(estimate, Optional.of(interval), "triangulation", inputs, all, Optional.empty());
    }

    private static double checkMultiplier(Count benchmark, long reporting, long respondents, double designEffect,
            double confidenceLevel) {
        Objects.requireNonNull(benchmark, "benchmark");
        BinomialIntervals.checkCounts(reporting, respondents);
        BinomialIntervals.checkDesignEffect(designEffect);
        Distributions.level(confidenceLevel);
        if (reporting == 0) {
            throw new IllegalArgumentException(
                    "No survey respondent reports contact, so M / p is not computable: 0 of " + respondents);
        }
        return benchmark.value();
    }

    private static List<SizeEstimate.Input> multiplierInputs(double m, long reporting, long respondents,
            double designEffect) {
        return List.of(new SizeEstimate.Input("M", m), new SizeEstimate.Input("x", reporting),
                new SizeEstimate.Input("n", respondents), new SizeEstimate.Input("deff", designEffect));
    }

    private static void checkCaptureRecapture(long first, long second, long both, double confidenceLevel) {
        if (first < 0 || second < 0 || both < 0) {
            throw new IllegalArgumentException("Capture-recapture counts are negative: n1 = " + first + ", n2 = "
                    + second + ", m = " + both);
        }
        if (both > Math.min(first, second)) {
            throw new IllegalArgumentException("Number in both sources is above the smaller source: m = " + both
                    + " > min(n1 = " + first + ", n2 = " + second + ")");
        }
        Distributions.level(confidenceLevel);
    }

    private static double chapmanPoint(double n1, double n2, double m) {
        return (n1 + 1) * (n2 + 1) / (m + 1) - 1;
    }

    private static double chapmanVariance(double n1, double n2, double m) {
        return (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2));
    }

    private static List<SizeEstimate.Input> captureInputs(double n1, double n2, double m) {
        return List.of(new SizeEstimate.Input("n1", n1), new SizeEstimate.Input("n2", n2),
                new SizeEstimate.Input("m", m));
    }

    private static SizeEstimate captureRecapture(double n, double variance, double level, String method,
            double n1, double n2, double m) {
        double half = Distributions.zTwoSided(level) * Math.sqrt(variance);
        Interval interval = Interval.of(n - half, n + half, IntervalMethod.DELTA, level);
        return result(n, interval, method, captureInputs(n1, n2, m));
    }

    private static SizeEstimate result(double point, Interval interval, String method,
            List<SizeEstimate.Input> inputs) {
        Estimate estimate = Estimate.of(point, interval);
        return new SizeEstimate(estimate, Optional.of(interval), method, inputs, List.of(), Optional.empty());
    }
}
