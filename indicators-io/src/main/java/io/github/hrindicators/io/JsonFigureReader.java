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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads input figures from a JSON document: an object with optional metadata ({@code title}, {@code description},
 * {@code licence}, a default {@code area}) and {@code figures}, an array of objects with the same fields as the CSV
 * columns. Values may be JSON strings or numbers. The format is in the module README.
 *
 * <p>A reader is configured with {@code with} methods, each returning a new reader, as {@link CsvFigureReader} is:
 * encoding (UTF-8 by default, UTF-16 after its byte order mark), a default area, and the most figures a whole-file
 * read holds (1,000,000 by default). The metadata may come before or after {@code figures}. Limits: nesting depth
 * 16, strings of 100,000 characters, field names of 1,000 characters, numbers of 100 digits.
 *
 * <p>{@link #read(Path)} loads a whole document or refuses it; {@link #stream(Path, Consumer)} checks a whole file,
 * then hands its figures to a consumer one at a time; {@link #streamAsRead(Path, Consumer)} hands them over while it
 * reads.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JsonFigureReader extends FigureReaderBase<JsonFigureReader> {
    /** The deepest nesting of arrays and objects accepted (a valid document needs 3). */
    static final int MAX_NESTING_DEPTH = 16;
    /** The longest field name. */
    static final int MAX_NAME_LENGTH = 1000;
    /** The longest number, in characters. */
    static final int MAX_NUMBER_LENGTH = 100;

    private static final String FIGURES = "figures";
    private static final Set<String> METADATA = Set.of("title", "description", "licence", "area", FIGURES);

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxDocumentLength(-1)
                    .maxStringLength(ReadOptions.MAX_FIELD_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build()).build()).build();
    private static final JsonFigureReader DEFAULTS = new JsonFigureReader(ReadOptions.DEFAULTS);

    private JsonFigureReader(ReadOptions options) {
        super(options);
    }

    @Override
    JsonFigureReader with(ReadOptions newOptions) {
        return new JsonFigureReader(newOptions);
    }

    /**
     * The reader with the default options: UTF-8 or UTF-16 by its byte order mark, no default area, at most
     * 1,000,000 figures in a whole-file read.
     *
     * @return the reader
     */
    public static JsonFigureReader defaults() {
        return DEFAULTS;
    }







    /**
     * Reads a whole document. Figures without an area that come before the document's {@code area} are held until
     * the end of the document (they count towards {@link #maxFigures()}).
     *
     * @param file the file
     * @return the metadata and the figures
     * @throws DataFileException if the file cannot be read or has any problem; nothing is loaded then
     * @throws NullPointerException if {@code file} is null
     */
    public DatasetDocument read(Path file) {
        ProblemList problems = new ProblemList(Objects.requireNonNull(file, "file").toString());
        return read(ReadSupport.open(file, problems), problems);
    }

    /**
     * Reads a whole document from a stream; closes it.
     *
     * @param in the bytes
     * @param fileName the name to give in problems
     * @return the metadata and the figures
     * @throws DataFileException if the stream cannot be read or has any problem; nothing is loaded then
     * @throws NullPointerException if an argument is null
     */
    public DatasetDocument read(InputStream in, String fileName) {
        return read(Objects.requireNonNull(in, "in"), new ProblemList(Objects.requireNonNull(fileName, "fileName")));
    }

    private DatasetDocument read(InputStream in, ProblemList problems) {
        ReadSupport.Collecting sink = new ReadSupport.Collecting(problems, options.maxFigures());
        Parse parse = new Parse(Mode.WHOLE, Optional.empty());
        ReadSupport.run(in, problems, sink, parse::parse);
        return new DatasetDocument(parse.metadata(), Dataset.of(sink.figures()));
    }

    /**
     * Reads a document in constant memory, in passes: the first finds the metadata, the second checks every figure
     * as {@link #read(Path)} does except that duplicates are not looked for, and the third, only if there was no
     * problem, hands each figure to the consumer. The file must not change in between.
     *
     * @param file the file
     * @param consumer receives the figures in document order
     * @return the document's metadata
     * @throws DataFileException if the file cannot be read or has any problem; the consumer then received nothing
     * @throws NullPointerException if an argument is null
     */
    public DatasetMetadata stream(Path file, Consumer<? super Observation> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        Parse scan = new Parse(Mode.METADATA, Optional.empty());
        try {
            ReadSupport.run(ReadSupport.open(file, new ProblemList(file.toString())),
                    new ProblemList(file.toString()), ReadSupport.CHECK, scan::parse);
        } catch (DataFileException e) {
            // The check below reports what is wrong, in order and in full.
        }
        Parse parse = new Parse(Mode.STREAM, scan.area);
        ReadSupport.checkThenRun(file, new ReadSupport.Counting(consumer), parse::parse);
        return parse.metadata();
    }

    /**
     * Reads a document in one pass, handing each valid figure to the consumer as soon as it is read. Figures are
     * checked as in {@link #stream(Path, Consumer)}; the document's {@code area} must come before {@code figures} to
     * apply to them. If any figure has a problem, the rest is still checked and one {@link DataFileException} is
     * thrown at the end: the figures already handed over must then be discarded.
     *
     * @param file the file
     * @param consumer receives the figures in document order
     * @return the document's metadata
     * @throws DataFileException if the file cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public DatasetMetadata streamAsRead(Path file, Consumer<? super Observation> consumer) {
        ProblemList problems = new ProblemList(Objects.requireNonNull(file, "file").toString());
        return streamAsRead(ReadSupport.open(file, problems), problems, consumer);
    }

    /**
     * Reads a document from a stream in one pass, as {@link #streamAsRead(Path, Consumer)} does; closes it.
     *
     * @param in the bytes
     * @param fileName the name to give in problems
     * @param consumer receives the figures in document order
     * @return the document's metadata
     * @throws DataFileException if the stream cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public DatasetMetadata streamAsRead(InputStream in, String fileName, Consumer<? super Observation> consumer) {
        return streamAsRead(Objects.requireNonNull(in, "in"),
                new ProblemList(Objects.requireNonNull(fileName, "fileName")), consumer);
    }

    private DatasetMetadata streamAsRead(InputStream in, ProblemList problems,
            Consumer<? super Observation> consumer) {
        Parse parse = new Parse(Mode.AS_READ, Optional.empty());
        ReadSupport.run(in, problems, new ReadSupport.Counting(consumer), parse::parse);
        return parse.metadata();
    }

    /** What one parse does. */
    private enum Mode {
        /** Only the metadata, skipping the figures. */
        METADATA,
        /** A whole read: figures before the document's area are held until its end. */
        WHOLE,
        /** A streaming pass, with the area found by a metadata pass. */
        STREAM,
        /** One pass: the area applies only to the figures after it. */
        AS_READ
    }

    /** A figure held until the end of the document, for the area that may follow. */
    private record Held(RawFigure raw, boolean ok, long line, String path) {
    }

    /** One parse of a document; collects the metadata as it goes. */
    private final class Parse {
        private final Mode mode;
        private final Optional<Area> scannedArea;
        private Optional<String> title = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<String> licence = Optional.empty();
        private Optional<Area> area = Optional.empty();
        private final List<Held> held = new ArrayList<>();
        private boolean complete;
        private ProblemList problems = new ProblemList("");

        Parse(Mode mode, Optional<Area> scannedArea) {
            this.mode = mode;
            this.scannedArea = scannedArea;
        }

        DatasetMetadata metadata() {
            return new DatasetMetadata(title, description, licence, area);
        }

        void parse(InputStream in, ProblemList list, ReadSupport.Sink sink) throws IOException {
            this.problems = list;
            held.clear();
            complete = false;
            try (JsonParser p = MAPPER.createParser(DecodedText.open(in, options.encoding()))) {
                try {
                    parseDocument(p, list, sink);
                } catch (JacksonIOException e) {
                    if (e.getCause() != null) {
                        throw e.getCause();
                    }
                    throw e;
                } catch (JacksonException e) {
                    if (mode != Mode.METADATA) {
                        list.add(JsonProblems.of(list.file(), e, p));
                    }
                }
            }
            // Held figures wait for an area that may follow; a document cut short is refused without them.
            if (complete && !held.isEmpty() && sink instanceof ReadSupport.Collecting collecting) {
                FigureConverter converter = converter();
                for (Held h : held) {
                    Optional<Observation> o = converter.convert(h.raw());
                    if (h.ok() && o.isPresent()) {
                        collecting.release(o.get(), h.line(), h.path());
                    }
                }
            }
        }

        /** The area of figures that name none, as far as it is known now. */
        private Optional<Area> knownArea() {
            return area.or(() -> scannedArea).or(options::defaultArea);
        }

        private FigureConverter converter() {
            FigureConverter c = new FigureConverter(problems,
                    knownArea().map(options::withDefaultArea).orElse(options), false);
            if (mode == Mode.AS_READ) {
                c.areaAdvice(" (a document's 'area' applies to the figures after it when the document is read"
                        + " one figure at a time: move it before 'figures')");
            } else {
                c.areaAdvice(" (or the document's 'area' for all its figures)");
            }
            return c;
        }

        private void parseDocument(JsonParser p, ProblemList list, ReadSupport.Sink sink) {
            JsonToken t = p.nextToken();
            if (t == null) {
                list.addFile(Problem.Kind.LAYOUT, "is empty; expected a JSON object such as {\"title\": \"...\", \"figures\": [...]}");
                return;
            }
            if (t != JsonToken.START_OBJECT) {
                add(p, "", tokenText(p), "is not a JSON object; the document must be an object such as"
                        + " {\"title\": \"...\", \"figures\": [...]}");
                return;
            }
            boolean figures = false;
            Set<String> seen = new HashSet<>();
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String path = "/" + name;
                if (!seen.add(name)) {
                    add(p, path, "", "is a repeated field; give each field once");
                    p.skipChildren();
                } else if (name.equals(FIGURES)) {
                    figures = true;
                    if (mode == Mode.METADATA) {
                        p.skipChildren();
                    } else if (!figures(p, value, sink)) {
                        return;
                    }
                } else if (METADATA.contains(name)) {
                    metadataField(p, name, value);
                } else {
                    add(p, path, "", "is not a known field" + Suggestions.didYouMean(name, METADATA)
                            + "; the document's fields are title, description, licence, area and figures");
                    p.skipChildren();
                }
            }
            if (!figures) {
                list.addFile(Problem.Kind.LAYOUT, "has no 'figures' array; expected {\"figures\": [{\"measure\": ...}, ...]}");
            }
            if (p.nextToken() != null) {
                add(Problem.Kind.SYNTAX, p, "", tokenText(p), "follows the end of the document; expected nothing more");
            }
            complete = true;
        }

        private void add(JsonParser p, String path, String text, String message) {
            add(Problem.Kind.LAYOUT, p, path, text, message);
        }

        private void add(Problem.Kind kind, JsonParser p, String path, String text, String message) {
            if (mode == Mode.METADATA) {
                return;
            }
            TokenStreamLocation at = p.currentTokenLocation();
            problems.add(new Problem(kind, problems.file(), Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
                    path, text, message));
        }

        private static String tokenText(JsonParser p) {
            JsonToken t = p.currentToken();
            return t == null ? "" : t.isScalarValue() ? p.getString() : t.asString() == null ? "" : t.asString();
        }

        private void metadataField(JsonParser p, String name, JsonToken value) {
            if (value != JsonToken.VALUE_STRING) {
                add(p, "/" + name, tokenText(p), "is not a string; " + name + " must be text");
                p.skipChildren();
                return;
            }
            String text = CellText.clean(p.getString());
            Optional<String> invisible = CellText.invisible(text);
            if (invisible.isPresent()) {
                add(Problem.Kind.VALUE, p, "/" + name, CellText.visible(text), invisible.get());
                return;
            }
            switch (name) {
                case "title" -> title = Optional.of(text);
                case "description" -> description = Optional.of(text);
                case "licence" -> licence = Optional.of(text);
                default -> {
                    if (text.isEmpty()) {
                        add(Problem.Kind.VALUE, p, "/area", p.getString(), "is blank; a default area must be a name such as"
                                + " Kyrgyzstan");
                    } else {
                        area = Optional.of(Area.of(text));
                    }
                }
            }
        }

        /** Reads the figures array; false if reading must stop. */
        private boolean figures(JsonParser p, JsonToken value, ReadSupport.Sink sink) {
            if (value != JsonToken.START_ARRAY) {
                add(p, "/" + FIGURES, tokenText(p), "is not an array; figures must be an array of objects");
                p.skipChildren();
                return true;
            }
            FigureConverter converter = converter();
            boolean hold = mode == Mode.WHOLE && knownArea().isEmpty();
            RawFigure raw = new RawFigure();
            int index = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken(), index++) {
                String path = "/" + FIGURES + "/" + index;
                if (t != JsonToken.START_OBJECT) {
                    add(p, path, tokenText(p), "is not an object; each figure is an object such as"
                            + " {\"measure\": \"ost_clients\", \"value\": 1505, ...}");
                    p.skipChildren();
                    continue;
                }
                TokenStreamLocation start = p.currentTokenLocation();
                raw.startJsonObject(start.getLineNr(), start.getColumnNr(), path);
                boolean ok = figure(p, raw, path);
                if (hold && !raw.has(Column.AREA) && !raw.reported(Column.AREA)) {
                    if (!((ReadSupport.Collecting) sink).hold(start.getLineNr(), path)) {
                        return false;
                    }
                    held.add(new Held(raw.copy(), ok, start.getLineNr(), path));
                    continue;
                }
                Optional<Observation> o = converter.convert(raw);
                if (ok && o.isPresent() && !sink.accept(o.get(), start.getLineNr(), path)) {
                    return false;
                }
            }
            return true;
        }

        /** Reads one figure object's fields into {@code raw}; false if it has problems of shape. */
        private boolean figure(JsonParser p, RawFigure raw, String path) {
            boolean ok = true;
            Set<Column> seen = EnumSet.noneOf(Column.class);
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                String field = path + "/" + name;
                Optional<Column> c = Column.byName(name);
                if (c.isEmpty()) {
                    add(p, field, "", "is not a known field" + Suggestions.didYouMean(name, Column.headers())
                            + "; the fields are " + String.join(", ", Column.headers()));
                    ok = false;
                } else if (!seen.add(c.get())) {
                    add(p, field, "", "is a repeated field; give each field once");
                    ok = false;
                } else if (value == JsonToken.VALUE_STRING || value == JsonToken.VALUE_NUMBER_INT
                        || value == JsonToken.VALUE_NUMBER_FLOAT) {
                    TokenStreamLocation at = p.currentTokenLocation();
                    raw.setJson(c.get(), p.getString(), at.getLineNr(), at.getColumnNr());
                } else if (value != JsonToken.VALUE_NULL) {
                    add(p, field, tokenText(p), "is not a string or a number");
                    raw.markReported(c.get());
                    ok = false;
                }
                p.skipChildren();
            }
            return ok;
        }
    }
}
