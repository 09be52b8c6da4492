package io.github.hrindicators.core;

import java.util.Objects;

/**
 * A closed range [low, high] with a statement of what it is ({@link RangeKind}), in the unit of the value it
 * belongs to.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Range {
    private final double low;
    private final double high;
    private final RangeKind kind;

    private Range(double low, double high, RangeKind kind) {
        this.low = low;
        this.high = high;
        this.kind = kind;
    }

    /**
     * Obtains a range.
     *
     * @param low the lower end, finite
     * @param high the upper end, finite and {@code >= low}
     * @param kind what the range is
     * @return the range
     * @throws IllegalArgumentException if an end is not finite or {@code low > high}
     * @throws NullPointerException if {@code kind} is null
     */
    public static Range of(double low, double high, RangeKind kind) {
        Checks.finite(low, "Range low");
        Checks.finite(high, "Range high");
        Objects.requireNonNull(kind, "kind");
        if (!(low <= high)) {
            throw new IllegalArgumentException("Range low is above high: " + low + " > " + high);
        }
        return new Range(low, high, kind);
    }

    /**
     * The lower end.
     *
     * @return the lower end
     */
    public double low() {
        return low;
    }

    /**
     * The upper end.
     *
     * @return the upper end
     */
    public double high() {
        return high;
    }

    /**
     * What the range is.
     *
     * @return the kind
     */
    public RangeKind kind() {
        return kind;
    }

    /**
     * Whether a value lies within this range, ends included.
     *
     * @param value the value
     * @return true if {@code low <= value <= high}
     */
    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Range other
                && Double.compare(other.low, low) == 0
                && Double.compare(other.high, high) == 0
                && other.kind == kind;
    }

    @Override
    public int hashCode() {
        return Objects.hash(low, high, kind);
    }

    @Override
    public String toString() {
        return "[" + low + ", " + high + "] (" + kind.label() + ")";
    }
}
