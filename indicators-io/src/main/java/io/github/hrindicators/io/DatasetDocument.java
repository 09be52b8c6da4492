package io.github.hrindicators.io;

import io.github.hrindicators.core.Dataset;
import java.util.Objects;

/**
 * A dataset together with what its file says about it.
 *
 * @param metadata the file's metadata, {@link DatasetMetadata#EMPTY} for CSV
 * @param dataset the figures
 */
public record DatasetDocument(DatasetMetadata metadata, Dataset dataset) {

    /**
     * Checks the components.
     *
     * @param metadata as in the record description
     * @param dataset as in the record description
     * @throws NullPointerException if a component is null
     */
    public DatasetDocument {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(dataset, "dataset");
    }
}
