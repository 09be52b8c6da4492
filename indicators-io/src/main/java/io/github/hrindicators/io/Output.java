package io.github.hrindicators.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/** What the writers share: the CSV mapper and schema, writing to a file, and the failure they throw. */
final class Output {
    /** Quotes only where needed (Jackson otherwise quotes every string longer than 24 characters). */
    static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private Output() {
    }

    /** A header row and these columns, lines ending with "\n". */
    static CsvSchema csvSchema(List<String> columns) {
        CsvSchema.Builder b = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(b::addColumn);
        return b.build();
    }

    /** Something that writes to a writer, failing with Jackson's exception. */
    interface Body {
        void write(Writer out);
    }

    /** A step of writing that may fail with Jackson's exception or an I/O error. */
    interface Call<T> {
        T run() throws IOException;
    }

    /** Runs a step of writing, turning Jackson failures and I/O errors into {@link UncheckedIOException}. */
    static <T> T call(String format, Call<T> step) {
        try {
            return step.run();
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("Cannot write " + format + ": " + e.getOriginalMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a body on a writer the caller keeps open, turning Jackson failures into {@link UncheckedIOException}. */
    static void to(Writer out, String format, Body body) {
        Objects.requireNonNull(out, "out");
        try (Writer w = new NonClosingWriter(out)) {
            body.write(w);
        } catch (JacksonException e) {
            throw new UncheckedIOException(new IOException("Cannot write " + format + ": " + e.getOriginalMessage(), e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new UTF-8 file, replacing it. */
    static Writer newFile(Path file) {
        try {
            return Files.newBufferedWriter(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a list of results through a sink opened for it, then closes the sink. */
    static void writeAll(List<io.github.hrindicators.core.indicator.IndicatorResult> results,
            java.util.function.Supplier<ResultSink> opener) {
        Objects.requireNonNull(results, "results");
        try (ResultSink sink = opener.get()) {
            results.forEach(sink);
        }
    }

    /** Runs a body on a new UTF-8 file, replacing it. */
    static void toFile(Path file, String format, Body body) {
        Objects.requireNonNull(file, "file");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            to(w, format, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
