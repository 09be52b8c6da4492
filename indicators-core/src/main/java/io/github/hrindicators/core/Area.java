package io.github.hrindicators.core;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A geographic area a figure refers to: a country ("Kyrgyzstan"), a city ("Бишкек" or "Bishkek") or a region, with
 * an optional code (such as a DHIS2 organisation unit code or an ISO 3166 code) and an optional parent area (the
 * country of a region). Names and codes are compared exactly, after stripping surrounding white space; two areas are
 * equal when their names, codes and parents are equal.
 *
 * <p>The parent lets counts of sub-national areas be summed to their parent and checked against the parent's own
 * published figure ({@link AreaSum}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Area implements Comparable<Area> {
    private static final Comparator<Area> ORDER = Comparator.comparing(Area::name)
            .thenComparing(a -> a.code.orElse(""))
            .thenComparing(a -> a.parent.orElse(null), Comparator.nullsFirst(Comparator.<Area>naturalOrder()));

    private final String name;
    private final Optional<String> code;
    private final Optional<Area> parent;
    private final int hash;

    private Area(String name, Optional<String> code, Optional<Area> parent) {
        this.name = name;
        this.code = code;
        this.parent = parent;
        this.hash = Objects.hash(name, code, parent);
    }

    /**
     * Obtains an area by name, without code or parent.
     *
     * @param name the name, not blank; surrounding white space is removed
     * @return the area
     * @throws IllegalArgumentException if the name is blank
     * @throws NullPointerException if the name is null
     */
    public static Area of(String name) {
        return new Area(Checks.nonBlank(name, "Area name"), Optional.empty(), Optional.empty());
    }

    /**
     * A copy with a code.
     *
     * @param newCode the code, not blank; surrounding white space is removed
     * @return the area
     * @throws IllegalArgumentException if the code is blank
     * @throws NullPointerException if the code is null
     */
    public Area withCode(String newCode) {
        return new Area(name, Optional.of(Checks.nonBlank(newCode, "Area code")), parent);
    }

    /**
     * A copy within a parent area.
     *
     * @param newParent the parent
     * @return the area
     * @throws IllegalArgumentException if the parent is this area or lies within it
     * @throws NullPointerException if the parent is null
     */
    public Area withParent(Area newParent) {
        Objects.requireNonNull(newParent, "parent");
        if (newParent.equals(this) || newParent.isWithin(this)) {
            throw new IllegalArgumentException("Area " + name + " cannot lie within itself: parent " + newParent);
        }
        return new Area(name, code, Optional.of(newParent));
    }

    /**
     * The name.
     *
     * @return the name, never blank
     */
    public String name() {
        return name;
    }

    /**
     * The code.
     *
     * @return the code, or empty
     */
    public Optional<String> code() {
        return code;
    }

    /**
     * The parent area.
     *
     * @return the parent, or empty for a top-level area
     */
    public Optional<Area> parent() {
        return parent;
    }

    /**
     * Whether this area lies, directly or further down, within another.
     *
     * @param ancestor the other area
     * @return true if {@code ancestor} is this area's parent, or its parent's parent, and so on
     * @throws NullPointerException if {@code ancestor} is null
     */
    public boolean isWithin(Area ancestor) {
        Objects.requireNonNull(ancestor, "ancestor");
        for (Optional<Area> p = parent; p.isPresent(); p = p.get().parent) {
            if (p.get().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(Area other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Area other && other.hash == hash && other.name.equals(name) && other.code.equals(code)
                && other.parent.equals(parent);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * The name, the form people read.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
