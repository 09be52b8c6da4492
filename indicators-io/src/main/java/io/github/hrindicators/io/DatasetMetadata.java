package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import java.util.Objects;
import java.util.Optional;

/**
 * What a JSON data file says about its figures as a whole: title, description, licence and a default area for
 * figures that name none. A CSV file carries no metadata ({@link #EMPTY}).
 *
 * @param title a title, or empty
 * @param description a description, or empty
 * @param licence the licence of the figures as collected (such as {@code CC-BY-4.0}), or empty
 * @param defaultArea the area of figures that name none, or empty
 */
public record DatasetMetadata(Optional<String> title, Optional<String> description, Optional<String> licence,
        Optional<Area> defaultArea) {

    /** No metadata. */
    public static final DatasetMetadata EMPTY =
            new DatasetMetadata(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the components and removes blank text.
     *
     * @param title as in the record description
     * @param description as in the record description
     * @param licence as in the record description
     * @param defaultArea as in the record description
     * @throws NullPointerException if a component is null
     */
    public DatasetMetadata {
        title = nonBlank(Objects.requireNonNull(title, "title"));
        description = nonBlank(Objects.requireNonNull(description, "description"));
        licence = nonBlank(Objects.requireNonNull(licence, "licence"));
        Objects.requireNonNull(defaultArea, "defaultArea");
    }

    private static Optional<String> nonBlank(Optional<String> text) {
        return text.map(String::strip).filter(s -> !s.isEmpty());
    }
}
