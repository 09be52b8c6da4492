package io.github.hrindicators.io;

import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes indicator results as CSV: one row per indicator, variant, period, area and subgroup, with the value
 * (shares as fractions), numerator and denominator, the interval with its method, the coverage level, the gaps to
 * targets, status and reason, warnings and the inputs used with their sources. List columns hold their items
 * separated by {@code " | "}. The columns are described in the module README.
 *
 * <p>This class is thread-safe.
 */
public final class CsvResultWriter {
    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = schema();

    private CsvResultWriter() {
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        for (String h : ResultColumns.HEADERS) {
            b.addColumn(h);
        }
        return b.build();
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
        Objects.requireNonNull(out, "out");
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(new NonClosingWriter(out))) {
            for (IndicatorResult r : results) {
                rows.write(ResultColumns.row(r));
            }
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("Cannot write CSV: " + e.getOriginalMessage(), e));
        }
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
        Objects.requireNonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(results, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
