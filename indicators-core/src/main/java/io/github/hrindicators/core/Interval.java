package io.github.hrindicators.core;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * An uncertainty interval [lower, upper] in the unit of the value it belongs to, with the {@link IntervalMethod}
 * that produced it, and where applicable its confidence level (such as 0.95: a <em>confidence level</em>, never an
 * error rate, everywhere in this library) and, for Monte Carlo intervals, the seed and number of draws that
 * reproduce it bit for bit.
 *
 * <p>Interval bounds are not clamped: a coverage whose upper plausible bound exceeds 100 % keeps it, and the
 * indicator reports a warning.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Interval {
    private final double lower;
    private final double upper;
    private final IntervalMethod method;
    private final OptionalDouble confidenceLevel;
    private final OptionalLong seed;
    private final OptionalInt draws;

    private Interval(double lower, double upper, IntervalMethod method, OptionalDouble confidenceLevel,
            OptionalLong seed, OptionalInt draws) {
        this.lower = lower;
        this.upper = upper;
        this.method = method;
        this.confidenceLevel = confidenceLevel;
        this.seed = seed;
        this.draws = draws;
    }

    /**
     * Obtains an interval, with the confidence level its method states (a published 95 % confidence interval has
     * level 0.95) or none (plausible bounds).
     *
     * @param lower the lower bound, finite
     * @param upper the upper bound, finite and {@code >= lower}
     * @param method how it was obtained
     * @return the interval
     * @throws IllegalArgumentException if a bound is not finite or {@code lower > upper}
     * @throws NullPointerException if {@code method} is null
     */
    public static Interval of(double lower, double upper, IntervalMethod method) {
        Checks.finite(lower, "Interval lower");
        Checks.finite(upper, "Interval upper");
        Objects.requireNonNull(method, "method");
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("Interval lower is above upper: " + lower + " > " + upper);
        }
        return new Interval(lower, upper, method, method.statedLevel(), OptionalLong.empty(), OptionalInt.empty());
    }

    /**
     * Obtains an interval with a confidence level.
     *
     * @param lower the lower bound, finite
     * @param upper the upper bound, finite and {@code >= lower}
     * @param method how it was obtained
     * @param confidenceLevel the confidence level, strictly between 0 and 1 (0.95 for a 95 % interval)
     * @return the interval
     * @throws IllegalArgumentException if a bound is not finite, {@code lower > upper} or the level is not in (0, 1)
     * @throws NullPointerException if {@code method} is null
     */
    public static Interval of(double lower, double upper, IntervalMethod method, double confidenceLevel) {
        return of(lower, upper, method).withConfidenceLevel(confidenceLevel);
    }

    /**
     * A copy with a confidence level.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the interval
     * @throws IllegalArgumentException if the level is not in (0, 1)
     */
    public Interval withConfidenceLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Confidence level is not strictly between 0 and 1: " + level);
        }
        return new Interval(lower, upper, method, OptionalDouble.of(level), seed, draws);
    }

    /**
     * A copy recording the seed and number of draws of a Monte Carlo interval.
     *
     * @param newSeed the seed of the random generator
     * @param newDraws the number of draws, {@code > 0}
     * @return the interval
     * @throws IllegalArgumentException if {@code newDraws <= 0}
     */
    public Interval withMonteCarlo(long newSeed, int newDraws) {
        if (newDraws <= 0) {
            throw new IllegalArgumentException("Number of draws is not strictly positive: " + newDraws);
        }
        return new Interval(lower, upper, method, confidenceLevel, OptionalLong.of(newSeed), OptionalInt.of(newDraws));
    }

    /**
     * A copy in another unit: both bounds multiplied by a factor, the method, level, seed and draws kept (a ratio's
     * interval per 1,000 people is its interval per person × 1000).
     *
     * @param factor the factor, finite and {@code > 0}
     * @return the interval; this one for a factor of 1
     * @throws IllegalArgumentException if the factor is not a finite number {@code > 0}
     */
    public Interval scaled(double factor) {
        if (!(factor > 0 && factor < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("Interval scale factor is not a finite number > 0: " + factor);
        }
        return factor == 1 ? this : new Interval(lower * factor, upper * factor, method, confidenceLevel, seed, draws);
    }

    /**
     * The lower bound.
     *
     * @return the lower bound
     */
    public double lower() {
        return lower;
    }

    /**
     * The upper bound.
     *
     * @return the upper bound
     */
    public double upper() {
        return upper;
    }

    /**
     * How the interval was obtained.
     *
     * @return the method
     */
    public IntervalMethod method() {
        return method;
    }

    /**
     * The confidence level (0.95 for a 95 % interval), where the method has one.
     *
     * @return the level, or empty
     */
    public OptionalDouble confidenceLevel() {
        return confidenceLevel;
    }

    /**
     * The seed of a Monte Carlo interval.
     *
     * @return the seed, or empty
     */
    public OptionalLong seed() {
        return seed;
    }

    /**
     * The number of draws of a Monte Carlo interval.
     *
     * @return the number of draws, or empty
     */
    public OptionalInt draws() {
        return draws;
    }

    /**
     * The confidence level the interval maths treat this interval as having: its own level, or 0.95 for an interval
     * without one (published plausible bounds, a minimum-maximum or an unspecified range are taken as central 95 %
     * intervals when an uncertainty is propagated, as UNAIDS' plausibility bounds are).
     *
     * @return the level, strictly between 0 and 1
     */
    public double levelOrDefault() {
        return confidenceLevel.orElse(0.95);
    }

    /**
     * Whether a value lies within the interval, ends included.
     *
     * @param value the value
     * @return true if {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Interval o
                && Double.compare(o.lower, lower) == 0
                && Double.compare(o.upper, upper) == 0
                && o.method == method
                && o.confidenceLevel.equals(confidenceLevel)
                && o.seed.equals(seed)
                && o.draws.equals(draws);
    }

    @Override
    public int hashCode() {
        return Objects.hash(lower, upper, method, confidenceLevel, seed, draws);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[").append(lower).append(", ").append(upper).append("] ")
                .append(method.label());
        confidenceLevel.ifPresent(l -> b.append(", level ").append(l));
        seed.ifPresent(s -> b.append(", seed ").append(s));
        draws.ifPresent(d -> b.append(", ").append(d).append(" draws"));
        return b.toString();
    }
}
