package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import java.util.Objects;

/**
 * Two different areas, in their natural order, that share clients: the overlap that keeps sub-national counts of
 * unique clients from adding up to the national count.
 *
 * @param first the first area in {@link Area}'s order
 * @param second the second area, after {@code first}
 */
public record AreaPair(Area first, Area second) implements Comparable<AreaPair> {
    /**
     * Validates the pair.
     *
     * @param first as in the record description
     * @param second as in the record description
     * @throws IllegalArgumentException if {@code first} is not before {@code second} in {@link Area}'s order
     * @throws NullPointerException if an argument is null
     */
    public AreaPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.compareTo(second) >= 0) {
            throw new IllegalArgumentException("Areas of a pair are not two areas in order: " + first + ", " + second);
        }
    }

    /**
     * The pair of two different areas, ordered.
     *
     * @param a an area
     * @param b another area
     * @return the pair
     * @throws IllegalArgumentException if the areas are equal
     * @throws NullPointerException if an argument is null
     */
    public static AreaPair of(Area a, Area b) {
        return a.compareTo(b) <= 0 ? new AreaPair(a, b) : new AreaPair(b, a);
    }

    @Override
    public int compareTo(AreaPair other) {
        int c = first.compareTo(other.first);
        return c != 0 ? c : second.compareTo(other.second);
    }

    @Override
    public String toString() {
        return first + " & " + second;
    }
}
