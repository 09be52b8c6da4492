package io.github.hrindicators.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An estimated number of people, such as a PWID population size or the number of people living with HIV, with
 * an optional {@link Range} saying how uncertain it is ("8,500 (6,300–11,000), plausible bounds").
 *
 * <p>The point may lie outside its range: published figures sometimes do, and such a figure is reported as
 * suspicious ({@link #isPointWithinRange()}) rather than refused. The point may be negative only where it is a
 * difference (an undiagnosed estimate below zero signals inconsistent data); {@link Observation} requires
 * population figures to be non-negative.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Estimate implements Quantity {
    private final double point;
    private final Optional<Range> range;

    private Estimate(double point, Optional<Range> range) {
        this.point = point;
        this.range = range;
    }

    /**
     * Obtains an estimate without a range.
     *
     * @param point the point estimate, finite
     * @return the estimate
     * @throws IllegalArgumentException if {@code point} is not finite
     */
    public static Estimate of(double point) {
        return new Estimate(Checks.finite(point, "Estimate point"), Optional.empty());
    }

    /**
     * Obtains an estimate with a range.
     *
     * @param point the point estimate, finite
     * @param low the lower end of the range, finite
     * @param high the upper end of the range, finite and {@code >= low}
     * @param kind what the range is
     * @return the estimate
     * @throws IllegalArgumentException if a number is not finite or {@code low > high}
     * @throws NullPointerException if {@code kind} is null
     */
    public static Estimate of(double point, double low, double high, RangeKind kind) {
        return of(point, Range.of(low, high, kind));
    }

    /**
     * Obtains an estimate with a range.
     *
     * @param point the point estimate, finite
     * @param range the range
     * @return the estimate
     * @throws IllegalArgumentException if {@code point} is not finite
     * @throws NullPointerException if {@code range} is null
     */
    public static Estimate of(double point, Range range) {
        Objects.requireNonNull(range, "range");
        return new Estimate(Checks.finite(point, "Estimate point"), Optional.of(range));
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
     * The range, if the source gives one.
     *
     * @return the range, or empty
     */
    public Optional<Range> range() {
        return range;
    }

    /**
     * Whether the point lies within the range; true when there is no range.
     *
     * @return false only if a range is present and excludes the point
     */
    public boolean isPointWithinRange() {
        return range.map(r -> r.contains(point)).orElse(true);
    }

    /**
     * The lower end of the range, or the point when there is no range.
     *
     * @return the lower end
     */
    public double lowOrPoint() {
        return range.isPresent() ? range.get().low() : point; // no boxing: called once per figure read
    }

    /**
     * The upper end of the range, or the point when there is no range.
     *
     * @return the upper end
     */
    public double highOrPoint() {
        return range.isPresent() ? range.get().high() : point;
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
        return obj instanceof Estimate other && Double.compare(other.point, point) == 0 && other.range.equals(range);
    }

    @Override
    public int hashCode() {
        return Objects.hash(point, range);
    }

    @Override
    public String toString() {
        return range.map(r -> point + " " + r).orElse(Double.toString(point));
    }
}
