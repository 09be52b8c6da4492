package io.github.hrindicators.io;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes a dataset as CSV in the format {@link CsvFigureReader} reads (UTF-8, no byte order mark, a header row,
 * every column): reading the output back gives an equal {@link Dataset}.
 *
 * <p>This class is thread-safe.
 */
public final class CsvFigureWriter {
    private static final CsvSchema SCHEMA = Output.csvSchema(Column.headers());

    private CsvFigureWriter() {
    }

    /**
     * Writes the figures, in dataset order, to a writer; does not close it.
     *
     * @param dataset the figures
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public static void write(Dataset dataset, Writer out) {
        Objects.requireNonNull(dataset, "dataset");
        Output.to(out, "CSV", w -> {
            try (SequenceWriter rows = Output.CSV.writer(SCHEMA).writeValues(w)) {
                for (Observation o : dataset.observations()) {
                    rows.write(FigureTexts.of(o));
                }
            }
        });
    }

    /**
     * Writes the figures to a file in UTF-8, replacing it.
     *
     * @param dataset the figures
     * @param file the file
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public static void write(Dataset dataset, Path file) {
        Objects.requireNonNull(dataset, "dataset");
        Output.toFile(file, "CSV", w -> write(dataset, w));
    }
}
