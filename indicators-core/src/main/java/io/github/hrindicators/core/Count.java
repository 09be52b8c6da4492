package io.github.hrindicators.core;

import java.util.Objects;

/**
 * A whole, non-negative number of people or items: people on OST at a census date, needles-syringes distributed
 * in a year, registered HIV cases.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Count implements Quantity, Comparable<Count> {
    private final long value;

    private Count(long value) {
        this.value = value;
    }

    /**
     * Obtains a count.
     *
     * @param value the number of people or items, {@code >= 0}
     * @return the count
     * @throws IllegalArgumentException if {@code value < 0}
     */
    public static Count of(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("Count is negative: " + value);
        }
        return new Count(value);
    }

    /**
     * Parses the text produced by {@link #toString()}, a plain whole number such as {@code 6402}.
     *
     * @param text the text
     * @return the count
     * @throws IllegalArgumentException if the text is not a non-negative whole number
     * @throws NullPointerException if {@code text} is null
     */
    public static Count parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        try {
            return of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Count is not a whole number: '" + s + "'", e);
        }
    }

    /**
     * The number of people or items.
     *
     * @return the count, {@code >= 0}
     */
    public long value() {
        return value;
    }

    /**
     * This count as an estimate without a range, for arithmetic with estimates.
     *
     * @return an estimate whose point is this count
     */
    public Estimate toEstimate() {
        return Estimate.of(value);
    }

    @Override
    public QuantityKind kind() {
        return QuantityKind.COUNT;
    }

    @Override
    public double doubleValue() {
        return value;
    }

    @Override
    public int compareTo(Count other) {
        return Long.compare(value, other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Count other && other.value == value;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
