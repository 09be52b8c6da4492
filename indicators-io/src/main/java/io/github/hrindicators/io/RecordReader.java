package io.github.hrindicators.io;

import io.github.hrindicators.core.records.Client;
import io.github.hrindicators.core.records.DoseAccumulator;
import io.github.hrindicators.core.records.DoseRecord;
import io.github.hrindicators.core.records.NspAccumulator;
import io.github.hrindicators.core.records.NspContact;
import io.github.hrindicators.core.records.OamtAccumulator;
import io.github.hrindicators.core.records.OamtEpisode;
import io.github.hrindicators.core.records.RecordSource;
import io.github.hrindicators.core.records.Site;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads programme record files — NSP contacts, OAMT episodes, OAMT doses, and the client and site tables — from CSV
 * or, when the file's name ends in {@code .jsonl} or {@code .ndjson}, from JSON Lines (one JSON object a line, its
 * fields named as the CSV columns; texts, numbers, {@code true}/{@code false} or {@code null} for an empty value), in
 * one streaming pass: each record is handed to a consumer (an accumulator of {@code core.records}, say) as soon
 * as its row is read, and no more than one row is held. The columns and their rules are in the module README.
 *
 * <p>A reader is configured with {@code with} methods, each returning a new reader; the options are those of
 * {@link CsvFigureReader} (delimiter, decimal separator, encoding) and the quarantine mode:
 * <pre>{@code
 * RecordReader excel = RecordReader.defaults().withDelimiter(';').withDecimalSeparator(',')
 *         .withEncoding(Charset.forName("windows-1251"));
 * NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.empty());
 * RecordSource source = excel.readContacts(Path.of("contacts.csv"), nsp::add);
 * }</pre>
 *
 * <p><b>Problems.</b> Every problem is located by file, line, column and field, with the text found and what was
 * expected. By default a file with any problem is refused as a whole: the reader stops handing records to the
 * consumer at the first bad row, checks the rest of the file, and throws one {@link DataFileException} listing every
 * problem, so that nothing computed from the file is kept (drop the accumulator). In <b>quarantine</b> mode
 * ({@link #withQuarantine(Path)}) a bad row is instead written, unchanged, with its line and the reasons, to a
 * rejects file, and the rest of the file is read; the returned {@link RecordSource} counts the rejected rows, and
 * the figures computed from the file say so in their source. Problems of the whole file (it cannot be read, is not
 * text in the encoding, has a quote never closed, lacks a required column) refuse it in both modes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecordReader {
    private static final RecordReader DEFAULTS = new RecordReader(ReadOptions.DEFAULTS, Optional.empty());
    /** The suffix of the rejects file written for each file read in quarantine mode. */
    public static final String REJECTS_SUFFIX = ".rejects.csv";

    private final ReadOptions options;
    private final Optional<Path> quarantine;

    private RecordReader(ReadOptions options, Optional<Path> quarantine) {
        this.options = options;
        this.quarantine = quarantine;
    }

    /**
     * The reader with the default options: comma-separated, {@code '.'} as decimal separator, UTF-8 (UTF-16 by its
     * byte order mark), files with problems refused.
     *
     * @return the reader
     */
    public static RecordReader defaults() {
        return DEFAULTS;
    }

    /**
     * A reader of files whose columns are separated by another character.
     *
     * @param delimiter {@code ','}, {@code ';'} or {@code '\t'}
     * @return the reader
     * @throws IllegalArgumentException if the delimiter is none of these, or is {@code ','} while the decimal
     *     separator is {@code ','}
     */
    public RecordReader withDelimiter(char delimiter) {
        return new RecordReader(options.withDelimiter(delimiter), quarantine);
    }

    /**
     * A reader of doses written with another decimal separator ({@code 7,5} mg).
     *
     * @param separator {@code '.'} or {@code ','}
     * @return the reader
     * @throws IllegalArgumentException if the separator is neither, or is {@code ','} while the delimiter is
     *     {@code ','} (set the delimiter first)
     */
    public RecordReader withDecimalSeparator(char separator) {
        return new RecordReader(options.withDecimalSeparator(separator), quarantine);
    }

    /**
     * A reader of text in another encoding, such as {@code windows-1251}.
     *
     * @param encoding the encoding
     * @return the reader
     * @throws NullPointerException if {@code encoding} is null
     */
    public RecordReader withEncoding(Charset encoding) {
        return new RecordReader(options.withEncoding(encoding), quarantine);
    }

    /**
     * A reader in quarantine mode: each file's bad rows are written to {@code directory/NAME.rejects.csv} (NAME the
     * file's name), a UTF-8 CSV file with the columns {@code line}, {@code reason} and {@code row} (the row's text
     * exactly as read, without its line break), and the rest of the file is read.
     *
     * @param directory the folder of the rejects files; it must exist
     * @return the reader
     * @throws NullPointerException if {@code directory} is null
     */
    public RecordReader withQuarantine(Path directory) {
        return new RecordReader(options, Optional.of(Objects.requireNonNull(directory, "directory")));
    }

    /**
     * The column delimiter.
     *
     * @return {@code ','}, {@code ';'} or tab
     */
    public char delimiter() {
        return options.delimiter();
    }

    /**
     * The decimal separator.
     *
     * @return {@code '.'} or {@code ','}
     */
    public char decimalSeparator() {
        return options.decimalSeparator();
    }

    /**
     * The encoding asked for.
     *
     * @return the encoding, or empty for UTF-8 (UTF-16 by its byte order mark)
     */
    public Optional<Charset> encoding() {
        return options.encoding();
    }

    /**
     * The folder of the rejects files.
     *
     * @return the folder, or empty when files with problems are refused
     */
    public Optional<Path> quarantine() {
        return quarantine;
    }

    /**
     * The rejects file of a record file in quarantine mode.
     *
     * @param file the record file
     * @return the rejects file, or empty when files with problems are refused
     * @throws NullPointerException if {@code file} is null
     */
    public Optional<Path> rejectsFile(Path file) {
        Path name = Objects.requireNonNull(file, "file").getFileName();
        return quarantine.map(d -> d.resolve((name == null ? "records" : name.toString()) + REJECTS_SUFFIX));
    }

    /**
     * Reads NSP contacts.
     *
     * @param file the file
     * @param consumer receives each contact in file order
     * @return the file with its accepted and rejected rows
     * @throws DataFileException if the file is refused
     * @throws NullPointerException if an argument is null
     */
    public RecordSource readContacts(Path file, Consumer<? super NspContact> consumer) {
        return read(file, RecordFormat.CONTACTS, consumer, Optional.empty());
    }

    /**
     * Reads NSP contacts from a stream, such as one part of a large file with the header row put before it (to read
     * parts on several cores, each into an accumulator of its own, then merge them); closes it.
     *
     * @param in the bytes
     * @param fileName the name to give in problems, in the source and to the rejects file
     * @param consumer receives each contact in stream order
     * @return the file with its accepted and rejected rows
     * @throws DataFileException if the stream is refused
     * @throws NullPointerException if an argument is null
     */
    public RecordSource readContacts(InputStream in, String fileName, Consumer<? super NspContact> consumer) {
        return readPart(Objects.requireNonNull(in, "in"), Path.of(Objects.requireNonNull(fileName, "fileName")),
                RecordFormat.CONTACTS, consumer);
    }

    /**
     * Reads NSP contacts on several threads: the file is cut at line breaks into one part per thread, each part read
     * into an accumulator of its own ({@link NspAccumulator#newPart()}), and the parts merged into {@code into} once
     * all are read — the same result as {@link #readContacts(Path, Consumer)} with {@code into::add}, sooner on
     * several cores. A file is read in one pass instead, on this thread, when cutting it is not safe or not worth
     * it: quarantine mode, a UTF-16 file, or a file under 1 MB. If a part has a problem (a cut may fall inside a
     * quoted field that holds a line break), the parts are dropped and the file is read again in one pass, so that
     * the problems are located in the file's own lines; {@code into} is changed only by a file read without problems.
     *
     * <p>The parts of a UTF-8 CSV file are first read quickly: each row is cut into fields on its bytes, and each
     * column's rule is applied once per distinct text of the column, not once per row. A part holding anything that
     * the quick reading cannot vouch for (quotes, a row with a problem) is read again the usual way; the result is
     * the same either way.
     *
     * @param file the file
     * @param into the accumulator the contacts go to
     * @param threads the threads to use, at least 1 (such as {@code Runtime.getRuntime().availableProcessors()})
     * @return the file with its accepted and rejected rows
     * @throws DataFileException if the file is refused
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws NullPointerException if an argument is null
     */
    public RecordSource readContacts(Path file, NspAccumulator into, int threads) {
        Objects.requireNonNull(into, "into");
        return inParts(file, threads, new Parts.Accumulation<>(RecordFormat.CONTACTS, into::newPart,
                NspAccumulator::add, into::merge));
    }

    /**
     * Reads OAMT episodes on several threads, as {@link #readContacts(Path, NspAccumulator, int)} reads contacts.
     *
     * @param file the file
     * @param into the accumulator the episodes go to
     * @param threads the threads to use, at least 1
     * @return the file with its accepted and rejected rows
     * @throws DataFileException if the file is refused
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws NullPointerException if an argument is null
     */
    public RecordSource readEpisodes(Path file, OamtAccumulator into, int threads) {
        Objects.requireNonNull(into, "into");
        return inParts(file, threads, new Parts.Accumulation<>(RecordFormat.EPISODES, into::newPart,
                OamtAccumulator::add, into::merge));
    }

    /**
     * Reads OAMT daily doses on several threads, as {@link #readContacts(Path, NspAccumulator, int)} reads contacts.
     *
     * @param file the file
     * @param into the accumulator the doses go to
     * @param threads the threads to use, at least 1
     * @return the file with its accepted and rejected rows
     * @throws DataFileException if the file is refused
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws NullPointerException if an argument is null
     */
    public RecordSource readDoses(Path file, DoseAccumulator into, int threads) {
        Objects.requireNonNull(into, "into");
        return inParts(file, threads, new Parts.Accumulation<>(RecordFormat.DOSES, into::newPart,
                DoseAccumulator::add, into::merge));
    }

    private <A, T> RecordSource inParts(Path file, int threads, Parts.Accumulation<A, T> how) {
        Objects.requireNonNull(file, "file");
        if (threads < 1) {
            throw new IllegalArgumentException("Threads is not at least 1: " + threads);
        }
        Optional<long[]> cuts = quarantine.isPresent() ? Optional.empty() : Parts.cuts(file, threads,
                isJsonLines(file.toString()), options.encoding());
        if (cuts.isPresent()) {
            Optional<RecordSource> read = Parts.read(file, cuts.get(), how, this, options);
            if (read.isPresent()) {
                return read.get();
            }
        }
        A whole = how.newPart().get();
        RecordSource s = read(file, how.format(), r -> how.add().accept(whole, r), Optional.empty());
        how.merge().accept(whole);
        return s;
    }

    /** Reads a part of a file, its header row put before it; closes the stream. */
    <T> RecordSource readPart(InputStream in, Path file, RecordFormat<T> format, Consumer<? super T> consumer) {
        return read(in, file, format, consumer, Optional.empty());
    }

    /**
     * Reads OAMT episodes.
     *
     * @param file the file
     * @param consumer receives each episode in file order
     * @return the file with its accepted and rejected rows
     * @throws DataFileException if the file is refused
     * @throws NullPointerException if an argument is null
     */
    public RecordSource readEpisodes(Path file, Consumer<? super OamtEpisode> consumer) {
        return read(file, RecordFormat.EPISODES, consumer, Optional.empty());
    }

    /**
     * Reads OAMT daily doses.
     *
     * @param file the file
     * @param consumer receives each dose in file order
     * @return the file with its accepted and rejected rows
     * @throws DataFileException if the file is refused
     * @throws NullPointerException if an argument is null
     */
    public RecordSource readDoses(Path file, Consumer<? super DoseRecord> consumer) {
        return read(file, RecordFormat.DOSES, consumer, Optional.empty());
    }

    /**
     * Reads a client table whole; a client code (after normalisation) given twice is a problem of the second row.
     *
     * @param file the file
     * @return the clients
     * @throws DataFileException if the file is refused
     * @throws NullPointerException if {@code file} is null
     */
    public RecordTable<Client> readClients(Path file) {
        List<Client> rows = new ArrayList<>();
        RecordSource s = read(file, RecordFormat.CLIENTS, rows::add,
                Optional.<Function<Client, Object>>of(c -> c.uic()));
        return new RecordTable<>(rows, s);
    }

    /**
     * Reads a site table whole; a site code given twice is a problem of the second row.
     *
     * @param file the file
     * @return the sites
     * @throws DataFileException if the file is refused
     * @throws NullPointerException if {@code file} is null
     */
    public RecordTable<Site> readSites(Path file) {
        List<Site> rows = new ArrayList<>();
        RecordSource s = read(file, RecordFormat.SITES, rows::add, Optional.<Function<Site, Object>>of(Site::code));
        return new RecordTable<>(rows, s);
    }

    private <T> RecordSource read(Path file, RecordFormat<T> format, Consumer<? super T> consumer,
            Optional<Function<T, Object>> key) {
        Objects.requireNonNull(file, "file");
        ProblemList problems = new ProblemList(file.toString());
        return read(ReadSupport.open(file, problems), file, format, consumer, key);
    }

    private <T> RecordSource read(InputStream in, Path file, RecordFormat<T> format, Consumer<? super T> consumer,
            Optional<Function<T, Object>> key) {
        Objects.requireNonNull(consumer, "consumer");
        ProblemList problems = new ProblemList(file.toString());
        Run<T> run = new Run<>(format, consumer, key, problems);
        Optional<Path> rejects = rejectsFile(file);
        try (InputStream stream = in; Writer out = rejects.isPresent() ? openRejects(rejects.get()) : Writer.nullWriter()) {
            run.rejects = out;
            run.read(stream);
        } catch (DecodedText.BadBytes e) {
            problems.add(new Problem(Problem.Kind.ENCODING, problems.file(), e.line(), 0, "", "", e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            problems.addFile(Problem.Kind.UNREADABLE, ReadSupport.describe(e));
        }
        problems.throwIfAny();
        return new RecordSource(file.toString(), run.accepted, run.rejected);
    }

    private static Writer openRejects(Path path) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        w.write("line,reason,row\n");
        return w;
    }

    /** One reading of one file. */
    private final class Run<T> {
        private final RecordFormat<T> format;
        private final Consumer<? super T> consumer;
        private final Optional<Function<T, Object>> key;
        private final Map<Object, Long> keys = new HashMap<>();
        private final ProblemList problems;
        private Writer rejects = Writer.nullWriter();
        private long accepted;
        private long rejected;
        private boolean refused;

        Run(RecordFormat<T> format, Consumer<? super T> consumer, Optional<Function<T, Object>> key,
                ProblemList problems) {
            this.format = format;
            this.consumer = consumer;
            this.key = key;
            this.problems = problems;
        }

        void read(InputStream in) throws IOException {
            if (isJsonLines(problems.file())) {
                jsonLines(DecodedText.open(in, options.encoding()));
                return;
            }
            CsvRows rows = new CsvRows(DecodedText.open(in, options.encoding()), options.delimiter(),
                    ReadOptions.MAX_FIELD_LENGTH, quarantine.isPresent());
            List<String> header = List.of();
            try {
                if (!CsvFigureReader.nextRow(rows)) {
                    problems.addFile(Problem.Kind.LAYOUT, "is empty; expected a header row naming the columns of "
                            + format.what() + ", such as " + String.join(String.valueOf(options.delimiter()),
                                    format.required()));
                    return;
                }
                header = header(rows);
                if (!problems.isEmpty()) {
                    return;
                }
                rows(rows, header);
            } catch (CsvRows.BadQuote e) {
                int i = e.field();
                problems.add(new Problem(Problem.Kind.SYNTAX, problems.file(), e.line(), i + 1L,
                        i < header.size() ? header.get(i) : "", "", e.getMessage()));
            }
        }

        private List<String> header(CsvRows rows) {
            String file = problems.file();
            long line = rows.rowLine();
            List<String> names = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                names.add(CellText.clean(rows.field(i)).toLowerCase(Locale.ROOT));
            }
            Set<String> known = new LinkedHashSet<>(format.required());
            known.addAll(format.optional());
            if (names.size() == 1) {
                for (char sep : new char[] {',', ';', '\t'}) {
                    if (sep != options.delimiter() && names.get(0).indexOf(sep) >= 0) {
                        problems.add(new Problem(Problem.Kind.LAYOUT, file, line, 1, "", names.get(0),
                                "is the only column: the columns seem to be separated by " + ReadOptions.name(sep)
                                        + ", not " + ReadOptions.name(options.delimiter())
                                        + "; read the file with delimiter " + ReadOptions.name(sep)));
                        return names;
                    }
                }
            }
            Set<String> seen = new LinkedHashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (name.isEmpty()) {
                    continue;
                }
                if (!known.contains(name)) {
                    problems.add(new Problem(Problem.Kind.LAYOUT, file, line, i + 1L, "", CellText.visible(name),
                            "is not a column of " + format.what() + Suggestions.didYouMean(name, known)
                                    + "; the columns are " + String.join(", ", known)));
                } else if (!seen.add(name)) {
                    problems.add(new Problem(Problem.Kind.LAYOUT, file, line, i + 1L, "", name,
                            "is a repeated column; name each column once"));
                }
            }
            for (String r : format.required()) {
                if (!seen.contains(r)) {
                    problems.add(new Problem(Problem.Kind.LAYOUT, file, line, 0, r, "", "is a required column of "
                            + format.what() + " but the header lacks it; required columns are "
                            + String.join(", ", format.required())));
                }
            }
            return names;
        }

        private void rows(CsvRows rows, List<String> header) throws IOException, CsvRows.BadQuote {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (!header.get(i).isEmpty()) {
                    columns.put(header.get(i), i);
                }
            }
            RecordFields fields = new RecordFields(problems.file(), columns, options.decimalSeparator(), false);
            java.util.function.IntFunction<String> values = rows::field;
            int width = header.size();
            boolean any = false;
            while (CsvFigureReader.nextRow(rows)) {
                any = true;
                long line = rows.rowLine();
                fields.start(values, line);
                Optional<T> record = Optional.empty();
                if (rows.size() != width) {
                    fields.rowProblem(Problem.Kind.LAYOUT, "has " + rows.size() + " fields but the header has "
                            + width + "; check the quotes around text that holds "
                            + ReadOptions.name(options.delimiter()));
                } else if (layoutOk(rows, header, fields, line)) {
                    record = format.parse(fields);
                }
                decide(fields, record, line, rows.raw());
            }
            if (!any) {
                problems.addFile(Problem.Kind.LAYOUT, "has a header but no rows of " + format.what());
            }
        }

        /** Takes a row's record, or rejects the row, or notes its problems and refuses the file. */
        private void decide(RecordFields fields, Optional<T> parsed, long line, String raw) throws IOException {
            Optional<T> record = parsed;
            if (record.isPresent() && key.isPresent()) {
                Object k = key.get().apply(record.get());
                Long first = keys.putIfAbsent(k, line);
                if (first != null) {
                    fields.rowProblem(Problem.Kind.DUPLICATE, "repeats the code " + k + " of line " + first
                            + "; give each one row");
                    record = Optional.empty();
                }
            }
            if (fields.problems().isEmpty() && record.isPresent()) {
                if (!refused) {
                    consumer.accept(record.get());
                }
                accepted++;
            } else if (quarantine.isPresent()) {
                reject(line, fields.problems(), raw);
            } else {
                refused = true;
                fields.problems().forEach(problems::add);
            }
        }

        /** JSON Lines: one object a line, its fields named as the CSV columns. */
        private void jsonLines(java.io.Reader text) throws IOException {
            List<String> known = new ArrayList<>(format.required());
            known.addAll(format.optional());
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 0; i < known.size(); i++) {
                columns.put(known.get(i), i);
            }
            RecordFields fields = new RecordFields(problems.file(), columns, '.', true);
            String[] values = new String[known.size()];
            java.io.BufferedReader lines = new java.io.BufferedReader(text, 1 << 16);
            long line = 0;
            boolean any = false;
            for (String s = lines.readLine(); s != null; s = lines.readLine()) {
                line++;
                if (s.isBlank()) {
                    continue;
                }
                any = true;
                java.util.Arrays.fill(values, null);
                fields.start(i -> values[i] == null ? "" : values[i], line);
                fields.absent(i -> values[i] == null);
                Optional<T> record = Optional.empty();
                if (JsonLine.values(s, columns, values, fields)) {
                    record = format.parse(fields);
                }
                decide(fields, record, line, s);
            }
            if (!any) {
                problems.addFile(Problem.Kind.LAYOUT, "is empty; expected one JSON object of " + format.what()
                        + " a line, such as {\"" + String.join("\": …, \"", format.required()) + "\": …}");
            }
        }

        private boolean layoutOk(CsvRows rows, List<String> header, RecordFields fields, long line) {
            boolean ok = true;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.length(i) > ReadOptions.MAX_FIELD_LENGTH) {
                    fields.problems().add(new Problem(Problem.Kind.TOO_LONG, problems.file(), line, i + 1L,
                            header.get(i), rows.field(i), "is " + rows.length(i) + " characters long; a field may hold"
                                    + " at most " + ReadOptions.MAX_FIELD_LENGTH));
                    ok = false;
                } else if (header.get(i).isEmpty() && !CellText.clean(rows.field(i)).isEmpty()) {
                    fields.problems().add(new Problem(Problem.Kind.LAYOUT, problems.file(), line, i + 1L, "",
                            CellText.visible(rows.field(i)), "is in column " + (i + 1) + ", which has no name in the"
                                    + " header; name the column, or remove the text"));
                    ok = false;
                }
            }
            return ok;
        }

        private void reject(long line, List<Problem> why, String raw) throws IOException {
            rejected++;
            StringJoiner reason = new StringJoiner("; ");
            for (Problem p : why) {
                StringBuilder b = new StringBuilder();
                if (p.column() > 0) {
                    b.append("column ").append(p.column());
                    if (!p.field().isEmpty()) {
                        b.append(" (").append(p.field()).append(')');
                    }
                    b.append(": ");
                }
                if (!p.text().isEmpty()) {
                    b.append('\'').append(p.text()).append("' ");
                }
                reason.add(b.append(p.message()));
            }
            rejects.write(line + "," + quote(reason.toString()) + "," + quote(raw) + "\n");
        }
    }

    /**
     * Whether a file is read as JSON Lines rather than CSV: its name ends in {@code .jsonl} or {@code .ndjson}, in
     * any case.
     *
     * @param fileName the file name
     * @return true for JSON Lines
     * @throws NullPointerException if {@code fileName} is null
     */
    public static boolean isJsonLines(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
