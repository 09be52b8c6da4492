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
import java.util.OptionalDouble;
import java.util.function.IntPredicate;

/**
 * Population size estimation for the denominators of coverage indicators: multiplier (benchmark), two-source
 * capture-recapture and triangulation. Each returns a {@link SizeEstimate} carrying the estimate with its range,
 * the interval behind it, the standard error where the method has one, the method's name and the inputs used.
 *
 * <p><b>Multiplier / benchmark.</b> M people in a programme count during a reference period; a survey finds x of
 * n respondents (design effect deff &ge; 1) reporting contact with the programme in the same period; p̂ = x / n and
 * N̂ = M / p̂. Delta method: SE(p̂) = sqrt(p̂(1 − p̂) / n_eff) with n_eff = n / deff, SE(N̂) ≈ M · SE(p̂) / p̂²,
 * interval N̂ ± z · SE(N̂), not truncated ({@link IntervalMethod#DELTA}). Inverted interval (safer, as p̂ near 0
 * makes N skewed): [M / P_upper, M / P_lower] from a {@link BinomialIntervals} interval of p
 * ({@link IntervalMethod#INVERTED}). SE(N̂) is the standard error of both forms. Source: UNAIDS/WHO Working Group, "Guidelines on estimating the size of
 * populations most at risk to HIV", 2010, section 4.2; secondary: Johnston et al., "Estimating the size of hidden
 * populations using respondent-driven sampling data", Journal of Urban Health 83, 2006.
 *
 * <p><b>Two-source capture-recapture.</b> n1 people in the first source, n2 in the second, m in both, with
 * 0 &le; m &le; min(n1, n2): {@link #twoSource(CaptureRecaptureEstimator, CaptureRecaptureInterval, long, long, long,
 * double)} with the Lincoln-Petersen, Chapman or Bailey estimator ({@link CaptureRecaptureEstimator}, each with
 * Seber's and Ricker's variance) and a normal, log-normal, exact Poisson or exact hypergeometric interval
 * ({@link CaptureRecaptureInterval}); {@link #lincolnPetersen}, {@link #chapman} and {@link #chapmanLogNormal} are
 * shortcuts. All assume a closed population, independent sources, equal catchability and exact matching. Source:
 * Seber, "The Estimation of Animal Abundance", 2nd ed., 1982, section 3.1.1; Chapman, Univ. California Publ.
 * Statist. 1, 1951; Ricker, Bull. Fish. Res. Board Can. 191, 1975; secondary: the UNAIDS/WHO 2010 guidelines,
 * section 4.3. Three or more sources: {@link MultipleSources}.
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
        double n = m / p;
        double se = deltaStandardError(m, p, respondents, designEffect);
        double half = Distributions.zTwoSided(confidenceLevel) * se;
        Interval interval = Interval.of(n - half, n + half, IntervalMethod.DELTA, confidenceLevel);
        return result(n, interval, se, "multiplier", multiplierInputs(m, reporting, respondents, designEffect));
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
     *     with {@link BinomialMethod#WALD} or either Agresti-Coull form for small x; N's upper end is
     *     then not computable), the counts are invalid, the design effect is below 1 or not finite, or the level is
     *     not in (0, 1)
     * @throws NullPointerException if {@code benchmark} or {@code method} is null
     */
    public static SizeEstimate multiplierInverted(Count benchmark, long reporting, long respondents,
            double designEffect, BinomialMethod method, double confidenceLevel) {
        double m = checkMultiplier(benchmark, reporting, respondents, designEffect, confidenceLevel);
        Interval ci = BinomialIntervals.interval(reporting, respondents, designEffect, method, confidenceLevel);
        if (!(ci.lower() > 0)) {
            throw new IllegalArgumentException("Lower end of the survey proportion's " + method
                    + " interval is 0, so the size's upper end is infinite: " + reporting + " of " + respondents);
        }
        Interval interval = Interval.of(m / ci.upper(), m / ci.lower(), IntervalMethod.INVERTED, confidenceLevel);
        double p = (double) reporting / respondents;
        return result(m / p, interval, deltaStandardError(m, p, respondents, designEffect), "multiplier",
                multiplierInputs(m, reporting, respondents, designEffect));
    }

    /**
     * Lincoln-Petersen estimate N̂ = n1·n2/m with the normal interval N̂ ± z·SE, Seber's variance: the same as
     * {@code twoSource(LINCOLN_PETERSEN, NORMAL_SEBER, ...)}.
     *
     * @param first the number n1 in the first source, {@code >= 0}
     * @param second the number n2 in the second source, {@code >= 0}
     * @param both the number m in both sources, {@code 1 <= m <= min(n1, n2)}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "Lincoln-Petersen capture-recapture, normal interval, Seber's
     *     variance"}, inputs n1, n2, m
     * @throws IllegalArgumentException if a count is negative, {@code m = 0} (not computable),
     *     {@code m > min(n1, n2)} or the level is not in (0, 1)
     */
    public static SizeEstimate lincolnPetersen(long first, long second, long both, double confidenceLevel) {
        return twoSource(CaptureRecaptureEstimator.LINCOLN_PETERSEN, CaptureRecaptureInterval.NORMAL_SEBER, first,
                second, both, confidenceLevel);
    }

    /**
     * Chapman estimate N̂ = (n1 + 1)(n2 + 1)/(m + 1) − 1 with the normal interval N̂ ± z·SE, Seber's variance: the
     * same as {@code twoSource(CHAPMAN, NORMAL_SEBER, ...)}.
     *
     * @param first the number n1 in the first source, {@code >= 0}
     * @param second the number n2 in the second source, {@code >= 0}
     * @param both the number m in both sources, {@code 0 <= m <= min(n1, n2)}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "Chapman capture-recapture, normal interval, Seber's variance"},
     *     inputs n1, n2, m
     * @throws IllegalArgumentException if a count is negative, {@code m > min(n1, n2)} or the level is not in (0, 1)
     */
    public static SizeEstimate chapman(long first, long second, long both, double confidenceLevel) {
        return twoSource(CaptureRecaptureEstimator.CHAPMAN, CaptureRecaptureInterval.NORMAL_SEBER, first, second,
                both, confidenceLevel);
    }

    /**
     * Chapman estimate with Chao's log-normal interval [r + f0 / C, r + f0 · C], where r = n1 + n2 − m people were
     * seen, f0 = N̂ − r = (n1 − m)(n2 − m)/(m + 1) were not, and C = exp(z · sqrt(ln(1 + Var / f0²))): the same as
     * {@code twoSource(CHAPMAN, LOG_NORMAL, ...)}. When f0 = 0 (one source contains the other) the interval is
     * [r, r].
     *
     * @param first the number n1 in the first source, {@code >= 0}
     * @param second the number n2 in the second source, {@code >= 0}
     * @param both the number m in both sources, {@code 0 <= m <= min(n1, n2)}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "Chapman capture-recapture, log-normal interval"}, inputs n1, n2, m
     * @throws IllegalArgumentException if a count is negative, {@code m > min(n1, n2)} or the level is not in (0, 1)
     */
    public static SizeEstimate chapmanLogNormal(long first, long second, long both, double confidenceLevel) {
        return twoSource(CaptureRecaptureEstimator.CHAPMAN, CaptureRecaptureInterval.LOG_NORMAL, first, second, both,
                confidenceLevel);
    }

    /**
     * Two-source capture-recapture with a chosen estimator and interval. The standard error is the square root of
     * Ricker's variance for {@link CaptureRecaptureInterval#NORMAL_RICKER} and of Seber's otherwise.
     *
     * @param estimator the point estimator
     * @param intervalKind the interval
     * @param first the number n1 in the first source, {@code >= 0}
     * @param second the number n2 in the second source, {@code >= 0}
     * @param both the number m in both sources, {@code 0 <= m <= min(n1, n2)}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method "<i>estimator</i> capture-recapture, <i>interval</i>" (such as
     *     {@code "Bailey capture-recapture, exact Poisson interval"}), inputs n1, n2, m
     * @throws IllegalArgumentException if a count is negative, {@code m > min(n1, n2)}, the level is not in (0, 1),
     *     or {@code m = 0} where the estimator or interval needs an overlap (Lincoln-Petersen; the exact
     *     hypergeometric interval), or N̂ is below the r people seen for the log-normal interval (Bailey's
     *     estimator when n1 = m &lt; n2)
     * @throws NullPointerException if {@code estimator} or {@code intervalKind} is null
     */
    public static SizeEstimate twoSource(CaptureRecaptureEstimator estimator, CaptureRecaptureInterval intervalKind,
            long first, long second, long both, double confidenceLevel) {
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(intervalKind, "intervalKind");
        checkCaptureRecapture(first, second, both, confidenceLevel);
        if (both == 0 && estimator == CaptureRecaptureEstimator.LINCOLN_PETERSEN) {
            throw new IllegalArgumentException("Lincoln-Petersen needs at least one person in both sources: m = 0"
                    + " (use Chapman or Bailey)");
        }
        double n1 = first;
        double n2 = second;
        double m = both;
        double n = estimator.point(n1, n2, m);
        double variance = intervalKind == CaptureRecaptureInterval.NORMAL_RICKER ? estimator.rickerVariance(n1, n2, m)
                : estimator.seberVariance(n1, n2, m);
        double z = Distributions.zTwoSided(confidenceLevel);
        double alpha = 1 - confidenceLevel;
        double seen = n1 + n2 - m;
        double[] bounds = switch (intervalKind) {
            case NORMAL_SEBER, NORMAL_RICKER -> new double[] {n - z * Math.sqrt(variance), n + z * Math.sqrt(variance)};
            case LOG_NORMAL -> logNormal(estimator, n, seen, variance, z);
            case EXACT_POISSON -> {
                double low = both == 0 ? 0 : Distributions.gammaQuantile(alpha / 2, m);
                double high = Distributions.gammaUpperQuantile(alpha / 2, m + 1);
                yield new double[] {estimator.fromOverlap(n1, n2, high), estimator.fromOverlap(n1, n2, low)};
            }
            case EXACT_HYPERGEOMETRIC -> hypergeometric(first, second, both, alpha);
        };
        Interval interval = Interval.of(bounds[0], bounds[1], intervalKind.intervalMethod(), confidenceLevel);
        return new SizeEstimate(Estimate.of(n, interval), Optional.of(interval), OptionalDouble.of(Math.sqrt(variance)),
                estimator.label() + " capture-recapture, " + intervalKind.label(), captureInputs(n1, n2, m), List.of(),
                Optional.empty());
    }

    private static double[] logNormal(CaptureRecaptureEstimator estimator, double n, double seen, double variance,
            double z) {
        double unseen = n - seen;
        if (unseen < 0) {
            throw new IllegalArgumentException("The log-normal interval needs an estimate of at least the " + seen
                    + " people seen, but " + estimator.label() + " gives " + n);
        }
        double c = unseen > 0 ? Math.exp(z * Math.sqrt(Math.log1p(variance / (unseen * unseen)))) : 1;
        return new double[] {seen + unseen / c, seen + unseen * c};
    }

    /** Inverts the exact hypergeometric test on m; counts up to 2^31 − 1 people. */
    private static double[] hypergeometric(long first, long second, long both, double alpha) {
        if (both == 0) {
            throw new IllegalArgumentException("The exact hypergeometric interval needs at least one person in both"
                    + " sources (with m = 0 no size is too large): m = 0");
        }
        long seen = first + second - both;
        if (seen > Integer.MAX_VALUE / 4) {
            throw new IllegalArgumentException("The exact hypergeometric interval is computed for up to "
                    + Integer.MAX_VALUE / 4 + " people seen: " + seen);
        }
        int n1 = (int) first;
        int n2 = (int) second;
        int m = (int) both;
        int r = (int) seen;
        // P(M <= m | N) grows with N: the lower end is the smallest N >= r where it reaches alpha / 2.
        int lower = smallest(r, big -> Distributions.hypergeometricAtMost(m, big, n1, n2) >= alpha / 2);
        // P(M >= m | N) falls with N: the upper end is the last N before it drops below alpha / 2.
        int upper = smallest(lower, big -> Distributions.hypergeometricAtLeast(m, big, n1, n2) < alpha / 2) - 1;
        return new double[] {lower, upper};
    }

    /** The smallest whole number from {@code from} at which a condition that stays true once true holds. */
    private static int smallest(int from, IntPredicate condition) {
        if (condition.test(from)) {
            return from;
        }
        long low = from;
        long high = Math.max(2L * from, from + 1L);
        while (!condition.test((int) Math.min(high, Integer.MAX_VALUE))) {
            if (high >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("The exact hypergeometric interval's upper end is above "
                        + Integer.MAX_VALUE + " people");
            }
            low = high;
            high = Math.min(2 * high, Integer.MAX_VALUE);
        }
        while (high - low > 1) {
            long mid = (low + high) >>> 1;
            if (condition.test((int) mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return (int) high;
    }

    /**
     * Network scale-up: Killworth's maximum likelihood estimator with known-population calibration of the
     * respondents' network sizes (Killworth, Johnsen, McCarty, Shelley &amp; Bernard, Social Networks 20, 1998;
     * Killworth, McCarty, Bernard, Shelley &amp; Johnsen, Evaluation Review 22(2), 1998), from summed answers: each of
     * the respondents says how many people they know in each of K populations of known size N_k and in the hidden
     * population. With y_k the answers about population k summed over respondents and y_H those about the hidden
     * one, the summed network size is Σ d̂_i = N · Σ_k y_k / Σ_k N_k and N̂_H = N · y_H / Σ d̂_i, which is
     * {@code killworth(model = "MLE")} of the R package networkscaleup. Standard error under Killworth's binomial
     * model, SE = sqrt(N̂_H (N − N̂_H) / Σ d̂_i), with the interval N̂_H ± z·SE ({@link IntervalMethod#DELTA}); it
     * treats the network sizes as known and so understates the uncertainty. Assumptions: respondents know the
     * hidden population's members as they know anyone (no barrier or transmission error), networks are random
     * mixes of the population, and answers are accurate.
     *
     * @param totalPopulation the population N the respondents are drawn from, {@code >= 1}
     * @param knownSizes the sizes N_k of the known populations, each {@code >= 1}, at least one
     * @param knownAnswers the answers y_k about each known population summed over respondents, {@code >= 0}, same
     *     length, not all 0
     * @param hiddenAnswers the answers y_H about the hidden population summed over respondents, {@code >= 0}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, method {@code "network scale-up (Killworth)"}, inputs N, the summed network size,
     *     y_H
     * @throws IllegalArgumentException if a count is out of range, the arrays differ in length or are empty, the
     *     known answers are all 0 (no network size), the known populations add up to more than N, or the level is
     *     not in (0, 1)
     * @throws NullPointerException if an array is null
     */
    public static SizeEstimate networkScaleUp(long totalPopulation, long[] knownSizes, long[] knownAnswers,
            long hiddenAnswers, double confidenceLevel) {
        Objects.requireNonNull(knownSizes, "knownSizes");
        Objects.requireNonNull(knownAnswers, "knownAnswers");
        Distributions.level(confidenceLevel);
        if (knownSizes.length == 0 || knownSizes.length != knownAnswers.length) {
            throw new IllegalArgumentException("Network scale-up needs the size of and the answers about at least one"
                    + " known population: " + knownSizes.length + " sizes and " + knownAnswers.length + " answers");
        }
        if (totalPopulation < 1 || hiddenAnswers < 0 || Arrays.stream(knownSizes).anyMatch(k -> k < 1)
                || Arrays.stream(knownAnswers).anyMatch(k -> k < 0)) {
            throw new IllegalArgumentException("Network scale-up counts out of range: N = " + totalPopulation
                    + ", known sizes " + Arrays.toString(knownSizes) + ", answers " + Arrays.toString(knownAnswers)
                    + ", hidden " + hiddenAnswers + " (N and sizes at least 1, answers at least 0)");
        }
        double sizes = Arrays.stream(knownSizes).asDoubleStream().sum();
        double answers = Arrays.stream(knownAnswers).asDoubleStream().sum();
        if (sizes > totalPopulation) {
            throw new IllegalArgumentException("The known populations add up to " + (long) sizes + ", more than the"
                    + " population of " + totalPopulation);
        }
        if (answers == 0) {
            throw new IllegalArgumentException("Nobody reports knowing anyone in the known populations, so the"
                    + " network sizes are 0");
        }
        double n = totalPopulation;
        double network = n * answers / sizes;
        double hidden = n * hiddenAnswers / network;
        double se = Math.sqrt(hidden * Math.max(0, n - hidden) / network);
        double half = Distributions.zTwoSided(confidenceLevel) * se;
        Interval interval = Interval.of(hidden - half, hidden + half, IntervalMethod.DELTA, confidenceLevel);
        return result(hidden, interval, se, "network scale-up (Killworth)", List.of(
                new SizeEstimate.Input("N", n), new SizeEstimate.Input("summed network size", network),
                new SizeEstimate.Input("y_H", hiddenAnswers)));
    }

    /**
     * Network scale-up from respondent-level answers: as
     * {@link #networkScaleUp(long, long[], long[], long, double) the summed form} on the answers summed over
     * respondents, which is what Killworth's maximum likelihood estimator uses (each respondent's network size is
     * d̂_i = N · Σ_k y_ik / Σ_k N_k, and the d̂_i add up to the summed network size). Every answer is checked where
     * it is, so that a bad one is named by respondent and population.
     *
     * @param totalPopulation the population N the respondents are drawn from, {@code >= 1}
     * @param knownSizes the sizes N_k of the known populations, each {@code >= 1}, at least one
     * @param knownAnswers for each respondent i, the number y_ik of people they know in each known population k, in
     *     the order of {@code knownSizes}, each {@code >= 0}; at least one respondent
     * @param hiddenAnswers for each respondent, in the same order, the number of people they know in the hidden
     *     population, each {@code >= 0}
     * @param confidenceLevel the confidence level, strictly between 0 and 1
     * @return the size estimate, as the summed form's
     * @throws IllegalArgumentException if there is no respondent, the respondents' rows differ in number from the
     *     hidden answers or in length from the known sizes, an answer is negative, or the summed form refuses the
     *     sums
     * @throws NullPointerException if an array or a row is null
     */
    public static SizeEstimate networkScaleUp(long totalPopulation, long[] knownSizes, long[][] knownAnswers,
            long[] hiddenAnswers, double confidenceLevel) {
        Objects.requireNonNull(knownSizes, "knownSizes");
        Objects.requireNonNull(knownAnswers, "knownAnswers");
        Objects.requireNonNull(hiddenAnswers, "hiddenAnswers");
        if (knownAnswers.length == 0 || knownAnswers.length != hiddenAnswers.length) {
            throw new IllegalArgumentException("Network scale-up needs each respondent's answers about the known and"
                    + " the hidden populations: " + knownAnswers.length + " rows of known answers and "
                    + hiddenAnswers.length + " hidden answers");
        }
        long[] sums = new long[knownSizes.length];
        long hidden = 0;
        for (int i = 0; i < knownAnswers.length; i++) {
            long[] row = Objects.requireNonNull(knownAnswers[i], "knownAnswers row");
            if (row.length != knownSizes.length) {
                throw new IllegalArgumentException("Respondent " + (i + 1) + " has " + row.length + " answers about "
                        + "known populations, not " + knownSizes.length + " (one per known size)");
            }
            for (int k = 0; k < row.length; k++) {
                if (row[k] < 0) {
                    throw new IllegalArgumentException("Respondent " + (i + 1) + " knows " + row[k] + " people in "
                            + "known population " + (k + 1) + "; an answer is a count, at least 0");
                }
                sums[k] = Math.addExact(sums[k], row[k]);
            }
            if (hiddenAnswers[i] < 0) {
                throw new IllegalArgumentException("Respondent " + (i + 1) + " knows " + hiddenAnswers[i] + " people"
                        + " in the hidden population; an answer is a count, at least 0");
            }
            hidden = Math.addExact(hidden, hiddenAnswers[i]);
        }
        return networkScaleUp(totalPopulation, knownSizes, sums, hidden, confidenceLevel);
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
        return new SizeEstimate(estimate, Optional.of(interval), OptionalDouble.empty(), "triangulation", inputs, all,
                Optional.empty());
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

    /** Delta method: SE(N̂) = M · SE(p̂) / p̂² with SE(p̂) = sqrt(p̂(1 − p̂) / (n / deff)). */
    private static double deltaStandardError(double m, double p, long respondents, double designEffect) {
        return m * Math.sqrt(p * (1 - p) / (respondents / designEffect)) / (p * p);
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

    private static List<SizeEstimate.Input> captureInputs(double n1, double n2, double m) {
        return List.of(new SizeEstimate.Input("n1", n1), new SizeEstimate.Input("n2", n2),
                new SizeEstimate.Input("m", m));
    }

    private static SizeEstimate result(double point, Interval interval, double standardError, String method,
            List<SizeEstimate.Input> inputs) {
        Estimate estimate = Estimate.of(point, interval);
        return new SizeEstimate(estimate, Optional.of(interval), OptionalDouble.of(standardError), method, inputs,
                List.of(), Optional.empty());
    }
}
