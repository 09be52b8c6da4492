package io.github.hrindicators.io;

import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes indicator results as CSV: one row per indicator, variant, period, area and subgroup, with the value
 * (shares as fractions), numerator and denominator, the interval with its method, the coverage level, the gaps to
 * targets, status and reason, warnings and the inputs used with their sources. List columns hold their items
 * separated by {@code " | "}. The columns are described in the module README.
 *
 * <p>This class is thread-safe.
 */
public final class CsvResultWriter {
    private static final CsvSchema SCHEMA = Output.csvSchema(List.of(ResultColumns.HEADERS));

    private CsvResultWriter() {
    }

    /**
     * Writes the results, in the order given, to a writer; does not close it.
     *
     * @param results the results
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument or a result is null
     */
    public static void write(List<IndicatorResult> results, Writer out) {
        Objects.requireNonNull(results, "results");
        Output.to(out, "CSV", w -> {
            try (SequenceWriter rows = Output.CSV.writer(SCHEMA).writeValues(w)) {
                for (IndicatorResult r : results) {
                    rows.write(ResultColumns.row(r));
                }
            }
        });
    }

    /**
     * Writes the results to a file in UTF-8, replacing it.
     *
     * @param results the results
     * @param file the file
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument or a result is null
     */
    public static void write(List<IndicatorResult> results, Path file) {
        Objects.requireNonNull(results, "results");
        Output.toFile(file, "CSV", w -> write(results, w));
    }
}
