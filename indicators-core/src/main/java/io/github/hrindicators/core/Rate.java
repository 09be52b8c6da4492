package io.github.hrindicators.core;

/**
 * An amount per person per year, such as needles-syringes distributed per PWID per year.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rate implements Quantity, Comparable<Rate> {
    private final double perPersonPerYear;

    private Rate(double perPersonPerYear) {
        this.perPersonPerYear = perPersonPerYear;
    }

    /**
     * Obtains a rate.
     *
     * @param value the amount per person per year, finite and {@code >= 0}
     * @return the rate
     * @throws IllegalArgumentException if {@code value} is negative, NaN or infinite
     */
    public static Rate perPersonPerYear(double value) {
        return new Rate(Checks.nonNegative(value, "Rate"));
    }

    /**
     * The amount per person per year.
     *
     * @return the value, finite and {@code >= 0}
     */
    public double perPersonPerYear() {
        return perPersonPerYear;
    }

    @Override
    public QuantityKind kind() {
        return QuantityKind.RATE;
    }

    @Override
    public double doubleValue() {
        return perPersonPerYear;
    }

    @Override
    public int compareTo(Rate other) {
        return Double.compare(perPersonPerYear, other.perPersonPerYear);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Rate other && Double.compare(other.perPersonPerYear, perPersonPerYear) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(perPersonPerYear);
    }

    @Override
    public String toString() {
        return perPersonPerYear + " per person per year";
    }
}
