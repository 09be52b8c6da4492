package io.github.hrindicators.io;

import io.github.hrindicators.core.records.Client;
import io.github.hrindicators.core.records.DoseRecord;
import io.github.hrindicators.core.records.NspContact;
import io.github.hrindicators.core.records.OamtEpisode;
import io.github.hrindicators.core.records.Site;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes records as the CSV files {@link RecordReader} reads (UTF-8, comma-separated, {@code '.'} as decimal
 * point, every column written), one row at a time, so that a generated log of millions of rows never sits in memory.
 * A file written and read back gives equal records.
 *
 * <p>Use it as a consumer and close it: {@code try (var w = CsvRecordWriter.contacts(path)) { gen.contacts(w); }}.
 * Not thread-safe.
 *
 * @param <T> the record type
 */
public final class CsvRecordWriter<T> implements Consumer<T>, Closeable {
    private final Writer out;
    private final Function<T, String> row;
    private final StringBuilder line = new StringBuilder(128);

    private CsvRecordWriter(Path file, String header, Function<T, String> row) {
        try {
            this.out = new BufferedWriter(Files.newBufferedWriter(Objects.requireNonNull(file, "file"),
                    StandardCharsets.UTF_8), 1 << 16);
            out.write(header);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + (e instanceof java.nio.file.NoSuchFileException
                    ? ": its folder does not exist" : ": " + e.getMessage()), e);
        }
        this.row = row;
    }

    /**
     * A writer of NSP contacts.
     *
     * @param file the file, replaced if it exists
     * @return the writer
     * @throws UncheckedIOException if the file cannot be written
     */
    public static CsvRecordWriter<NspContact> contacts(Path file) {
        return new CsvRecordWriter<>(file, String.join(",", RecordFormat.CONTACTS.required()) + ","
                + String.join(",", RecordFormat.CONTACTS.optional()), c -> join(c.uic().code(), c.date().toString(),
                        c.site(), c.area().name(), RecordFields.word(c.providerType()), c.needlesSyringes(),
                        c.condoms(), c.naloxoneKits(), c.hivTest() ? "yes" : "no", c.hcvTest() ? "yes" : "no"));
    }

    /**
     * A writer of OAMT episodes.
     *
     * @param file the file, replaced if it exists
     * @return the writer
     * @throws UncheckedIOException if the file cannot be written
     */
    public static CsvRecordWriter<OamtEpisode> episodes(Path file) {
        return new CsvRecordWriter<>(file, "uic,site,area,drug,start,end,end_reason", e -> join(e.uic().code(),
                e.site(), e.area().name(), RecordFields.word(e.drug()), e.start().toString(),
                e.end().map(LocalDate::toString).orElse(""), e.endReason().orElse("")));
    }

    /**
     * A writer of OAMT doses.
     *
     * @param file the file, replaced if it exists
     * @return the writer
     * @throws UncheckedIOException if the file cannot be written
     */
    public static CsvRecordWriter<DoseRecord> doses(Path file) {
        return new CsvRecordWriter<>(file, "uic,date,site,drug,dose_mg,phase", d -> join(d.uic().code(),
                d.date().toString(), d.site(), RecordFields.word(d.drug()),
                BigDecimal.valueOf(d.milligrams()).stripTrailingZeros().toPlainString(), RecordFields.word(d.phase())));
    }

    /**
     * A writer of a client table.
     *
     * @param file the file, replaced if it exists
     * @return the writer
     * @throws UncheckedIOException if the file cannot be written
     */
    public static CsvRecordWriter<Client> clients(Path file) {
        return new CsvRecordWriter<>(file, "uic,gender,birth_year,birth_date,key_population,area", c -> join(
                c.uic().code(), RecordFields.word(c.gender()),
                c.birthDate().isPresent() || c.birthYear().isEmpty() ? "" : Integer.toString(c.birthYear().getAsInt()),
                c.birthDate().map(LocalDate::toString).orElse(""), c.keyPopulation().orElse(""),
                c.area().map(a -> a.name()).orElse("")));
    }

    /**
     * A writer of a site table.
     *
     * @param file the file, replaced if it exists
     * @return the writer
     * @throws UncheckedIOException if the file cannot be written
     */
    public static CsvRecordWriter<Site> sites(Path file) {
        return new CsvRecordWriter<>(file, "site,name,area,provider_type,setting", s -> join(s.code(), s.name(),
                s.area().name(), RecordFields.word(s.providerType()), RecordFields.word(s.setting())));
    }

    private static String join(Object... fields) {
        StringBuilder b = new StringBuilder(96);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String s = fields[i].toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                b.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                b.append(s);
            }
        }
        return b.toString();
    }

    /**
     * Writes one record as one row.
     *
     * @param record the record
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if {@code record} is null
     */
    @Override
    public void accept(T record) {
        line.setLength(0);
        line.append(row.apply(Objects.requireNonNull(record, "record"))).append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a row: " + e.getMessage(), e);
        }
    }

    /**
     * Flushes and closes the file.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        out.close();
    }
}
