package io.github.hrindicators.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named set of non-overlapping {@link AgeBand}s, ordered by age, by which an indicator is disaggregated. Schemes
 * are data: a programme can define its own with {@link #of(String, List)}. Ages outside every band (children, say,
 * in a scheme starting at 15) belong to no band.
 *
 * <p>Two schemes of the WHO <i>Consolidated guidelines on person-centred HIV strategic information</i> (2022) for
 * key populations are ready-made: {@link #WHO_UNDER_25} ({@code <25}, {@code 25+}) and {@link #WHO_FINE}
 * ({@code 15-19}, {@code 20-24}, {@code 25-49}, {@code 50+}).
 *
 * @param name the scheme's name
 * @param bands the bands, in ascending order, none overlapping another
 */
public record AgeScheme(String name, List<AgeBand> bands) {
    /** Younger than 25, and 25 or older. */
    public static final AgeScheme WHO_UNDER_25 = of("WHO <25 / 25+", List.of(AgeBand.under(25), AgeBand.atLeast(25)));

    /** 15-19, 20-24, 25-49 and 50+. */
    public static final AgeScheme WHO_FINE = of("WHO 15-19 / 20-24 / 25-49 / 50+",
            List.of(AgeBand.of(15, 19), AgeBand.of(20, 24), AgeBand.of(25, 49), AgeBand.atLeast(50)));

    /**
     * Validates the scheme and copies the list.
     *
     * @param name as in the record description
     * @param bands as in the record description
     * @throws IllegalArgumentException if the name is blank, there is no band, or the bands are not in ascending
     *     order without overlap
     * @throws NullPointerException if an argument or element is null
     */
    public AgeScheme {
        if (Objects.requireNonNull(name, "name").isBlank()) {
            throw new IllegalArgumentException("Age scheme name is blank");
        }
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("Age scheme has no band: " + name);
        }
        for (int i = 1; i < bands.size(); i++) {
            AgeBand before = bands.get(i - 1);
            AgeBand band = bands.get(i);
            if (before.overlaps(band) || before.compareTo(band) > 0) {
                throw new IllegalArgumentException("Age bands of " + name + " are not in ascending order without "
                        + "overlap: " + before + " then " + band);
            }
        }
    }

    /**
     * Obtains a scheme.
     *
     * @param name the name
     * @param bands the bands, ascending, none overlapping another
     * @return the scheme
     * @throws IllegalArgumentException as the record's constructor
     */
    public static AgeScheme of(String name, List<AgeBand> bands) {
        return new AgeScheme(name, bands);
    }

    /**
     * The band an age falls in.
     *
     * @param age the age in completed years
     * @return the band, or empty if no band holds the age
     */
    public Optional<AgeBand> bandOf(int age) {
        for (AgeBand b : bands) {
            if (b.contains(age)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
