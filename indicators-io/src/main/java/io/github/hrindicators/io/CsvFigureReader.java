package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads input figures from CSV: a header row naming the columns in any order, then one figure per row. The
 * columns, rules and options are in the module README.
 *
 * <p>A reader is configured with {@code with} methods, each returning a new reader:
 * <pre>{@code
 * CsvFigureReader excel = CsvFigureReader.defaults().withDelimiter(';').withDecimalSeparator(',')
 *         .withEncoding(Charset.forName("windows-1251"));
 * Dataset figures = excel.read(Path.of("figures.csv"));
 * }</pre>
 * The defaults: comma-separated, {@code '.'} as decimal separator, UTF-8 (UTF-16 when the file starts with its
 * byte order mark), no default area, at most 1,000,000 figures in a whole-file read, fields of at most 100,000
 * characters.
 *
 * <p>{@link #read(Path)} loads a whole file or refuses it as a whole with one {@link DataFileException} listing every
 * problem, including duplicate and conflicting figures. {@link #stream(Path, Consumer)} checks a whole file and then
 * hands its figures to a consumer one at a time, in constant memory; {@link #streamAsRead(Path, Consumer)} hands them
 * over while it reads, for a caller that can undo what it received when the file turns out to be bad.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvFigureReader extends FigureReaderBase<CsvFigureReader> {
    private static final CsvFigureReader DEFAULTS = new CsvFigureReader(ReadOptions.DEFAULTS);

    private CsvFigureReader(ReadOptions options) {
        super(options);
    }

    @Override
    CsvFigureReader with(ReadOptions newOptions) {
        return new CsvFigureReader(newOptions);
    }

    /**
     * The reader with the default options: comma-separated, {@code '.'} as decimal separator, UTF-8 or UTF-16 by
     * its byte order mark, no default area, at most 1,000,000 figures in a whole-file read.
     *
     * @return the reader
     */
    public static CsvFigureReader defaults() {
        return DEFAULTS;
    }

    /**
     * A reader of files whose columns are separated by another character.
     *
     * @param delimiter {@code ','}, {@code ';'} (Excel in many European locales, Russian among them) or
     *     {@code '\t'} (Excel's "Unicode text")
     * @return the reader
     * @throws IllegalArgumentException if the delimiter is none of these, or is {@code ','} while the decimal
     *     separator is {@code ','}
     */
    public CsvFigureReader withDelimiter(char delimiter) {
        return with(options.withDelimiter(delimiter));
    }

    /**
     * A reader of numbers with another decimal separator: with {@code ','}, {@code 51,5} is read as 51.5 and
     * a value holding {@code '.'} is refused. Thousands separators are refused either way.
     *
     * @param separator {@code '.'} or {@code ','}
     * @return the reader
     * @throws IllegalArgumentException if the separator is neither, or is {@code ','} while the delimiter is
     *     {@code ','} (set the delimiter first)
     */
    public CsvFigureReader withDecimalSeparator(char separator) {
        return with(options.withDecimalSeparator(separator));
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
     * Reads a whole file.
     *
     * @param file the file
     * @return the figures, in the order of {@link Dataset#of(java.util.Collection)}
     * @throws DataFileException if the file cannot be read or has any problem; nothing is loaded then
     * @throws NullPointerException if {@code file} is null
     */
    public Dataset read(Path file) {
        ProblemList problems = new ProblemList(Objects.requireNonNull(file, "file").toString());
        return read(ReadSupport.open(file, problems), problems);
    }

    /**
     * Reads a whole stream; closes it.
     *
     * @param in the bytes
     * @param fileName the name to give in problems
     * @return the figures
     * @throws DataFileException if the stream cannot be read or has any problem; nothing is loaded then
     * @throws NullPointerException if an argument is null
     */
    public Dataset read(InputStream in, String fileName) {
        return read(Objects.requireNonNull(in, "in"), new ProblemList(Objects.requireNonNull(fileName, "fileName")));
    }

    private Dataset read(InputStream in, ProblemList problems) {
        ReadSupport.Collecting sink = new ReadSupport.Collecting(problems, options.maxFigures());
        ReadSupport.run(in, problems, sink, this::parse);
        return Dataset.of(sink.figures());
    }

    /**
     * Reads a file in two passes, in constant memory: the first checks every row as {@link #read(Path)} does, except
     * that duplicates across rows are not looked for (that needs the whole file); the second, only if the file has
     * no problem, hands each figure to the consumer. The file must not change in between.
     *
     * @param file the file
     * @param consumer receives the figures in file order
     * @return the number of figures handed to the consumer
     * @throws DataFileException if the file cannot be read or has any problem; the consumer then received nothing
     * @throws NullPointerException if an argument is null
     */
    public long stream(Path file, Consumer<? super Observation> consumer) {
        ReadSupport.Counting sink = new ReadSupport.Counting(consumer);
        ReadSupport.checkThenRun(file, sink, this::parse);
        return sink.count();
    }

    /**
     * Reads a file in one pass, handing each valid figure to the consumer as soon as it is read. Rows are checked as
     * in {@link #stream(Path, Consumer)}; if any has a problem, the remaining rows are still checked and one
     * {@link DataFileException} is thrown at the end: the figures already handed over must then be discarded.
     *
     * @param file the file
     * @param consumer receives the figures in file order
     * @return the number of figures handed to the consumer
     * @throws DataFileException if the file cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public long streamAsRead(Path file, Consumer<? super Observation> consumer) {
        ProblemList problems = new ProblemList(Objects.requireNonNull(file, "file").toString());
        return streamAsRead(ReadSupport.open(file, problems), problems, consumer);
    }

    /**
     * Reads a stream in one pass, as {@link #streamAsRead(Path, Consumer)} does; closes it.
     *
     * @param in the bytes
     * @param fileName the name to give in problems
     * @param consumer receives the figures in file order
     * @return the number of figures handed to the consumer
     * @throws DataFileException if the stream cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public long streamAsRead(InputStream in, String fileName, Consumer<? super Observation> consumer) {
        return streamAsRead(Objects.requireNonNull(in, "in"),
                new ProblemList(Objects.requireNonNull(fileName, "fileName")), consumer);
    }

    private long streamAsRead(InputStream in, ProblemList problems, Consumer<? super Observation> consumer) {
        ReadSupport.Counting sink = new ReadSupport.Counting(consumer);
        ReadSupport.run(in, problems, sink, this::parse);
        return sink.count();
    }

    private void parse(InputStream in, ProblemList problems, ReadSupport.Sink sink) throws IOException {
        CsvRows rows = new CsvRows(DecodedText.open(in, options.encoding()), options.delimiter(),
                ReadOptions.MAX_FIELD_LENGTH);
        List<Optional<Column>> header = List.of();
        try {
            if (!nextRow(rows)) {
                problems.addFile(Problem.Kind.LAYOUT, "is empty; expected a header row naming the columns, such as "
                        + String.join(String.valueOf(options.delimiter()), Column.headers()));
                return;
            }
            header = header(rows, problems);
            if (!problems.isEmpty()) {
                return;
            }
            parseRows(rows, header, problems, sink);
        } catch (CsvRows.BadQuote e) {
            int i = e.field();
            String name = i < header.size() ? header.get(i).map(Column::header).orElse("") : "";
            problems.add(new Problem(Problem.Kind.SYNTAX, problems.file(), e.line(), i + 1L, name, "", e.getMessage()));
        }
    }

    /** Reads rows up to one that has text; false at the end of the file. */
    static boolean nextRow(CsvRows rows) throws IOException, CsvRows.BadQuote {
        while (rows.next()) {
            if (!isBlank(rows)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(CsvRows rows) {
        if (rows.isEmptyLine()) {
            return true;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.length(i) > ReadOptions.MAX_FIELD_LENGTH || !CellText.clean(rows.field(i)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private void parseRows(CsvRows rows, List<Optional<Column>> header, ProblemList problems, ReadSupport.Sink sink)
            throws IOException, CsvRows.BadQuote {
        int width = header.size();
        FigureConverter converter = new FigureConverter(problems, options, true);
        RawFigure raw = new RawFigure();
        boolean any = false;
        String file = problems.file();
        while (nextRow(rows)) {
            any = true;
            long line = rows.rowLine();
            raw.startCsvRow(line);
            int n = rows.size();
            if (n != width) {
                problems.add(new Problem(Problem.Kind.LAYOUT, file, line, 0, "", "", "has " + n + " fields but the header has " + width
                        + "; check the quotes around text that holds " + ReadOptions.name(options.delimiter())
                        + (options.delimiter() == ',' ? " (a decimal comma such as 51,5 splits a field too)" : "")));
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < n; i++) {
                Optional<Column> c = header.get(i);
                String name = c.map(Column::header).orElse("");
                if (rows.length(i) > ReadOptions.MAX_FIELD_LENGTH) {
                    problems.add(new Problem(Problem.Kind.TOO_LONG, file, line, i + 1L, name, rows.field(i), "is " + rows.length(i)
                            + " characters long; a field may hold at most " + ReadOptions.MAX_FIELD_LENGTH
                            + " (a quote that is never closed makes one long field of the rest of the file)"));
                    c.ifPresent(raw::markReported);
                    ok = false;
                } else if (c.isPresent()) {
                    raw.setCsv(c.get(), rows.field(i), i + 1L);
                } else if (!CellText.clean(rows.field(i)).isEmpty()) {
                    problems.add(new Problem(Problem.Kind.LAYOUT, file, line, i + 1L, "", CellText.visible(rows.field(i)),
                            "is in column " + (i + 1) + ", which has no name in the header; name the column, or"
                                    + " remove the text"));
                    ok = false;
                }
            }
            Optional<Observation> o = converter.convert(raw);
            if (ok && o.isPresent() && !sink.accept(o.get(), line, "")) {
                return;
            }
        }
        if (!any) {
            problems.addFile(Problem.Kind.LAYOUT, "has a header but no figures");
        }
    }

    /** The column of each header position, or empty for columns without a name; problems are reported. */
    private List<Optional<Column>> header(CsvRows rows, ProblemList problems) {
        String file = problems.file();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            names.add(CellText.clean(rows.field(i)));
        }
        long line = rows.rowLine();
        if (names.size() == 1) {
            String only = names.get(0);
            for (char sep : new char[] {',', ';', '\t'}) {
                if (sep != options.delimiter() && only.indexOf(sep) >= 0) {
                    problems.add(new Problem(Problem.Kind.LAYOUT, file, line, 1, "", only, "is the only column: the columns seem to be"
                            + " separated by " + ReadOptions.name(sep) + ", not " + ReadOptions.name(options.delimiter())
                            + "; read the file with delimiter " + ReadOptions.name(sep)));
                    return List.of();
                }
            }
        }
        List<Optional<Column>> columns = new ArrayList<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<Column> c = Column.byName(name);
            Optional<String> invisible = CellText.invisible(name);
            if (name.isEmpty()) {
                columns.add(c);
                continue;
            }
            if (invisible.isPresent()) {
                problems.add(new Problem(Problem.Kind.LAYOUT, file, line, i + 1L, "", CellText.visible(name), invisible.get()));
            } else if (c.isEmpty()) {
                problems.add(new Problem(Problem.Kind.LAYOUT, file, line, i + 1L, "", name, "is not a known column"
                        + Suggestions.didYouMean(name, Column.headers()) + "; the columns are "
                        + String.join(", ", Column.headers())));
            } else if (!seen.add(c.get())) {
                problems.add(new Problem(Problem.Kind.LAYOUT, file, line, i + 1L, "", name, "is a repeated column; name each column once"));
            }
            columns.add(c);
        }
        for (Column c : Column.ALL) {
            if (c.required() && !seen.contains(c) && !(c == Column.AREA && options.defaultArea().isPresent())) {
                problems.add(new Problem(Problem.Kind.LAYOUT, file, line, 0, c.header(), "", "is a required column but the header lacks"
                        + " it; required columns are measure, value, period, area and source"));
            }
        }
        return columns;
    }
}
