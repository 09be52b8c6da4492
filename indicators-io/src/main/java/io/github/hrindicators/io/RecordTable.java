package io.github.hrindicators.io;

import io.github.hrindicators.core.records.RecordSource;
import java.util.List;
import java.util.Objects;

/**
 * The rows of a small record table (clients or sites) read whole, with the file's provenance.
 *
 * @param rows the records, in file order
 * @param source the file, its accepted rows and its rejected rows
 * @param <T> the record type
 */
public record RecordTable<T>(List<T> rows, RecordSource source) {
    /**
     * Copies the rows.
     *
     * @param rows as in the record description
     * @param source as in the record description
     * @throws NullPointerException if an argument or a row is null
     */
    public RecordTable {
        rows = List.copyOf(rows);
        Objects.requireNonNull(source, "source");
    }
}
