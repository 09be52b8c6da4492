package io.github.hrindicators.io;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a dataset as CSV in the format {@link CsvFigureReader} reads (UTF-8, no byte order mark, a header row,
 * every column): reading the output back gives an equal {@link Dataset}.
 *
 * <p>This class is thread-safe.
 */
public final class CsvFigureWriter {
    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();
    private static final CsvSchema SCHEMA = schema();

    private CsvFigureWriter() {
    }

    private static CsvSchema schema() {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        Column.headers().forEach(b::addColumn);
        return b.build();
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
        Objects.requireNonNull(out, "out");
        try (SequenceWriter rows = MAPPER.writer(SCHEMA).writeValues(new NonClosingWriter(out))) {
            for (Observation o : dataset.observations()) {
                rows.write(FigureTexts.of(o));
            }
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("Cannot write CSV: " + e.getOriginalMessage(), e));
        }
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
        Objects.requireNonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(dataset, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
