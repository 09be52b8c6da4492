package io.github.hrindicators.io;

import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes indicator results as CSV: one row per indicator, variant, alternative, period, area and subgroup, with the
 * variant's code and label, the value (shares as fractions), numerator and denominator, every interval with its
 * method, level, seed and draws, the coverage level, the gaps to targets, status and reason, warnings and the inputs
 * used with their sources. List columns hold their items separated by {@code " | "}. Numbers are the shortest
 * decimals that read back as the same double. The columns are described in the module README.
 *
 * <p>This class is thread-safe; a {@link ResultSink} it opens is not.
 */
public final class CsvResultWriter {
    private static final CsvSchema SCHEMA = Output.csvSchema(ResultColumns.HEADERS);

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
        Output.writeAll(results, () -> open(out));
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
        Output.writeAll(results, () -> open(file));
    }

    /**
     * Opens a sink that writes the header now and one row per result as it comes; closing it flushes the writer,
     * which the caller keeps open.
     *
     * @param out where to write
     * @return the sink
     * @throws UncheckedIOException if writing fails
     */
    public static ResultSink open(Writer out) {
        return new Sink(new NonClosingWriter(Objects.requireNonNull(out, "out")));
    }

    /**
     * Opens a sink that writes a new UTF-8 file, replacing it; closing the sink closes the file.
     *
     * @param file the file
     * @return the sink
     * @throws UncheckedIOException if the file cannot be opened or written
     */
    public static ResultSink open(Path file) {
        return new Sink(Output.newFile(file));
    }

    private static final class Sink implements ResultSink {
        private final Writer out;
        private final SequenceWriter rows;
        private boolean closed;

        Sink(Writer out) {
            this.out = out;
            this.rows = Output.call("CSV", () -> Output.CSV.writer(SCHEMA).writeValues(out));
        }

        @Override
        public void accept(IndicatorResult result) {
            Objects.requireNonNull(result, "result");
            if (closed) {
                throw new IllegalStateException("The result sink is closed");
            }
            Output.call("CSV", () -> rows.write(ResultColumns.row(result)));
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            Output.call("CSV", () -> {
                rows.close();
                return null;
            });
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
