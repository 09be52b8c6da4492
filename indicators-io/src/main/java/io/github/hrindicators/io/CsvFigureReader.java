package io.github.hrindicators.io;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads input figures from CSV: UTF-8 (with or without a byte order mark), comma-separated, a header row naming
 * the columns in any order, then one figure per row. The columns and rules are in the module README.
 *
 * <p>{@link #read(Path)} loads a whole file (at most {@value #MAX_FIGURES} figures) or refuses it as a whole with
 * one {@link DataFileException} listing every problem, including duplicate and conflicting figures.
 * {@link #stream(Path, Consumer)} hands valid figures to a consumer one at a time in constant memory.
 *
 * <p>This class is thread-safe.
 */
public final class CsvFigureReader {
    /** The largest number of figures {@link #read(Path)} loads; larger files are read with a stream method. */
    public static final int MAX_FIGURES = 200_000;
    /** The longest field, in characters, a file may hold. */
    public static final int MAX_FIELD_LENGTH = 100_000;

    private static final CsvMapper MAPPER = CsvMapper.builder(CsvFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(MAX_FIELD_LENGTH).maxNameLength(MAX_FIELD_LENGTH).build())
                    .build())
            .enable(CsvReadFeature.WRAP_AS_ARRAY, CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    private CsvFigureReader() {
    }

    /**
     * Reads a whole file.
     *
     * @param file the file
     * @return the figures, in the order of {@link Dataset#of(java.util.Collection)}
     * @throws DataFileException if the file cannot be read or has any problem; nothing is loaded then
     * @throws NullPointerException if {@code file} is null
     */
    public static Dataset read(Path file) {
        Objects.requireNonNull(file, "file");
        ProblemList problems = new ProblemList(file.toString());
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
    public static Dataset read(InputStream in, String fileName) {
        return read(Objects.requireNonNull(in, "in"), new ProblemList(Objects.requireNonNull(fileName, "fileName")));
    }

    private static Dataset read(InputStream in, ProblemList problems) {
        ReadSupport.Collecting sink = new ReadSupport.Collecting(problems, MAX_FIGURES);
        ReadSupport.run(in, problems, sink, CsvFigureReader::parse);
        return Dataset.of(sink.figures());
    }

    /**
     * Reads a file one figure at a time: each valid figure goes to the consumer as soon as it is read, and memory
     * does not grow with the file. Each row is validated as in {@link #read(Path)}; duplicates across rows are not
     * looked for (that needs the whole file). If any row has a problem, the remaining rows are still checked and
     * one {@link DataFileException} is thrown at the end: the figures already handed over must then be discarded.
     *
     * @param file the file
     * @param consumer receives the figures in file order
     * @return the number of figures handed to the consumer
     * @throws DataFileException if the file cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public static long stream(Path file, Consumer<? super Observation> consumer) {
        Objects.requireNonNull(file, "file");
        ProblemList problems = new ProblemList(file.toString());
        return stream(ReadSupport.open(file, problems), problems, consumer);
    }

    /**
     * Reads a stream one figure at a time, as {@link #stream(Path, Consumer)} does; closes it.
     *
     * @param in the bytes
     * @param fileName the name to give in problems
     * @param consumer receives the figures in file order
     * @return the number of figures handed to the consumer
     * @throws DataFileException if the stream cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public static long stream(InputStream in, String fileName, Consumer<? super Observation> consumer) {
        return stream(Objects.requireNonNull(in, "in"),
                new ProblemList(Objects.requireNonNull(fileName, "fileName")), consumer);
    }

    private static long stream(InputStream in, ProblemList problems, Consumer<? super Observation> consumer) {
        ReadSupport.Counting sink = new ReadSupport.Counting(consumer);
        ReadSupport.run(in, problems, sink, CsvFigureReader::parse);
        return sink.count();
    }

    private static void parse(InputStream in, ProblemList problems, ReadSupport.Sink sink) throws IOException {
        Reader reader = TextInput.utf8(in);
        try (JsonParser p = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(reader)) {
            try {
                parseRows(p, problems, sink);
            } catch (JacksonIOException e) {
                throw e;
            } catch (JacksonException e) {
                problems.add(ReadSupport.problem(problems.file(), e, p.currentLocation()));
            }
        }
    }

    private static void parseRows(JsonParser p, ProblemList problems, ReadSupport.Sink sink) {
        // WRAP_AS_ARRAY: the document is an array of rows, each row an array of strings.
        if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_ARRAY) {
            problems.addFile("is empty; expected a header row naming the columns, such as "
                    + String.join(",", Column.headers()));
            return;
        }
        List<Optional<Column>> header = header(readRow(p), problems);
        if (!problems.isEmpty()) {
            return;
        }
        Column[] columns = header.stream().map(Optional::orElseThrow).toArray(Column[]::new);
        FigureConverter converter = new FigureConverter(problems, Optional.empty());
        RawFigure raw = new RawFigure();
        boolean any = false;
        while (p.nextToken() == JsonToken.START_ARRAY) {
            any = true;
            raw.startCsvRow(0);
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                if (n == 0) {
                    raw.setLine(p.currentTokenLocation().getLineNr());
                }
                if (n < columns.length) {
                    raw.setCsv(columns[n], p.getString(), n + 1);
                }
                n++;
            }
            if (n != columns.length) {
                problems.add(raw.rowProblem(problems.file(), "", "has " + n + " fields but the header has "
                        + columns.length + "; check quotes around text with commas"));
                continue;
            }
            Optional<Observation> o = converter.convert(raw);
            if (o.isPresent() && !sink.accept(o.get(), raw.line(), "")) {
                return;
            }
        }
        if (!any) {
            problems.addFile("has a header but no figures");
        }
    }

    private static List<String> readRow(JsonParser p) {
        List<String> row = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
            row.add(p.getString());
        }
        return row;
    }

    /** The column of each header position, or empty for unknown ones (reported). */
    private static List<Optional<Column>> header(List<String> names, ProblemList problems) {
        String file = problems.file();
        if (names.size() == 1) {
            String only = names.get(0);
            for (String sep : List.of(";", "\t", "|")) {
                if (only.contains(sep)) {
                    problems.add(new Problem(file, 1, 1, "", only, "is the only column: columns must be separated by"
                            + " commas, not '" + (sep.equals("\t") ? "tab" : sep) + "'"));
                    return List.of();
                }
            }
        }
        List<Optional<Column>> columns = new ArrayList<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Optional<Column> c = Column.byName(name);
            if (c.isEmpty()) {
                problems.add(new Problem(file, 1, i + 1, "", name, "is not a known column"
                        + Suggestions.didYouMean(name, Column.headers()) + "; the columns are "
                        + String.join(", ", Column.headers())));
            } else if (!seen.add(c.get())) {
                problems.add(new Problem(file, 1, i + 1, "", name, "is a repeated column; name each column once"));
            }
            columns.add(c);
        }
        for (Column c : Column.ALL) {
            if (c.required() && !seen.contains(c)) {
                problems.add(new Problem(file, 1, 0, c.header(), "", "is a required column but the header lacks it;"
                        + " required columns are measure, value, period, area and source"));
            }
        }
        return columns;
    }
}
