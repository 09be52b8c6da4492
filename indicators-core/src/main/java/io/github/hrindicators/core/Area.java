package io.github.hrindicators.core;

/**
 * A geographic area a figure refers to: a country ("Kyrgyzstan"), a city ("Бишкек" or "Bishkek") or a region.
 * Names are compared exactly, after stripping surrounding white space.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Area implements Comparable<Area> {
    private final String name;

    private Area(String name) {
        this.name = name;
    }

    /**
     * Obtains an area by name.
     *
     * @param name the name, not blank; surrounding white space is removed
     * @return the area
     * @throws IllegalArgumentException if the name is blank
     * @throws NullPointerException if the name is null
     */
    public static Area of(String name) {
        return new Area(Checks.nonBlank(name, "Area name"));
    }

    /**
     * The name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    @Override
    public int compareTo(Area other) {
        return name.compareTo(other.name);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Area other && other.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
