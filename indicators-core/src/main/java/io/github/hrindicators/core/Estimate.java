package io.github.hrindicators.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An estimated number of people, such as a PWID population size or the number of people living with HIV, with
 * an optional {@link Interval} saying how uncertain it is and how that was obtained ("8,500 (6,300–11,000), published plausible bounds").
 *
 * <p>The point may lie outside its interval: published figures sometimes do, and such a figure is reported as
 * suspicious ({@link #isPointWithinInterval()}) rather than refused. The point may be negative only where it is a
 * difference (an undiagnosed estimate below zero signals inconsistent data); {@link Observation} requires
 * population figures to be non-negative.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Estimate implements Quantity {
    private final double point;
    private final Optional<Interval> interval;

    private Estimate(double point, Optional<Interval> interval) {
        this.point = point;
        this.interval = interval;
    }

    /**
     * Obtains an estimate without an interval.
     *
     * @param point the point estimate, finite
     * @return the estimate
     * @throws IllegalArgumentException if {@code point} is not finite
     */
    public static Estimate of(double point) {
        return new Estimate(Checks.finite(point, "Estimate point"), Optional.empty());
    }

    /**
     * Obtains an estimate with an interval.
     *
     * @param point the point estimate, finite
     * @param low the lower end of the interval, finite
     * @param high the upper end of the interval, finite and {@code >= low}
     * @param method how the interval was obtained, such as {@link IntervalMethod#PUBLISHED_PLAUSIBLE_BOUNDS}
     * @return the estimate
     * @throws IllegalArgumentException if a number is not finite or {@code low > high}
     * @throws NullPointerException if {@code method} is null
     */
    public static Estimate of(double point, double low, double high, IntervalMethod method) {
        return of(point, Interval.of(low, high, method));
    }

    /**
     * Obtains an estimate with an interval.
     *
     * @param point the point estimate, finite
     * @param interval the interval
     * @return the estimate
     * @throws IllegalArgumentException if {@code point} is not finite
     * @throws NullPointerException if {@code interval} is null
     */
    public static Estimate of(double point, Interval interval) {
        Objects.requireNonNull(interval, "interval");
        return new Estimate(Checks.finite(point, "Estimate point"), Optional.of(interval));
    }

    /**
     * The point estimate.
     *
     * @return the point, finite
     */
    public double point() {
        return point;
    }

    /**
     * The interval, if the source gives one or it was computed.
     *
     * @return the interval, or empty
     */
    public Optional<Interval> interval() {
        return interval;
    }

    /**
     * Whether the point lies within the interval; true when there is none.
     *
     * @return false only if an interval is present and excludes the point
     */
    public boolean isPointWithinInterval() {
        return interval.map(r -> r.contains(point)).orElse(true);
    }

    /**
     * The lower end of the interval, or the point when there is none.
     *
     * @return the lower end
     */
    public double lowOrPoint() {
        return interval.isPresent() ? interval.get().lower() : point; // no boxing: called once per figure read
    }

    /**
     * The upper end of the interval, or the point when there is none.
     *
     * @return the upper end
     */
    public double highOrPoint() {
        return interval.isPresent() ? interval.get().upper() : point;
    }

    @Override
    public QuantityKind kind() {
        return QuantityKind.ESTIMATE;
    }

    @Override
    public double doubleValue() {
        return point;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Estimate other && Double.compare(other.point, point) == 0 && other.interval.equals(interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(point, interval);
    }

    @Override
    public String toString() {
        return interval.map(r -> point + " " + r).orElse(Double.toString(point));
    }
}
