package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads input figures from a JSON document: an object with optional metadata ({@code title}, {@code description},
 * {@code licence}, a default {@code area}) followed by {@code figures}, an array of objects with the same fields
 * as the CSV columns. Values may be JSON strings or numbers. The format is in the module README.
 *
 * <p>Metadata must come before {@code figures}, so that the default area is known when the figures are read.
 * Limits: nesting depth {@value #MAX_NESTING_DEPTH}, strings of {@value CsvFigureReader#MAX_FIELD_LENGTH}
 * characters, and for {@link #read(Path)} documents of {@value #MAX_DOCUMENT_LENGTH} bytes and
 * {@value CsvFigureReader#MAX_FIGURES} figures.
 *
 * <p>This class is thread-safe.
 */
public final class JsonFigureReader {
    /** The deepest nesting of arrays and objects accepted (a valid document needs 3). */
    public static final int MAX_NESTING_DEPTH = 16;
    /** The longest document, in bytes or characters, {@link #read(Path)} accepts: 64 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    private static final String FIGURES = "figures";
    private static final Set<String> METADATA = Set.of("title", "description", "licence", "area", FIGURES);

    private static final JsonMapper WHOLE = mapper(MAX_DOCUMENT_LENGTH);
    private static final JsonMapper STREAMING = mapper(-1);

    private JsonFigureReader() {
    }

    private static JsonMapper mapper(long maxDocumentLength) {
        return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxDocumentLength(maxDocumentLength)
                .maxStringLength(CsvFigureReader.MAX_FIELD_LENGTH)
                .maxNameLength(1000)
                .maxNumberLength(100)
                .build()).build()).build();
    }

    /**
     * Reads a whole document.
     *
     * @param file the file
     * @return the metadata and the figures
     * @throws DataFileException if the file cannot be read or has any problem; nothing is loaded then
     * @throws NullPointerException if {@code file} is null
     */
    public static DatasetDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        ProblemList problems = new ProblemList(file.toString());
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
    public static DatasetDocument read(InputStream in, String fileName) {
        return read(Objects.requireNonNull(in, "in"), new ProblemList(Objects.requireNonNull(fileName, "fileName")));
    }

    private static DatasetDocument read(InputStream in, ProblemList problems) {
        ReadSupport.Collecting sink = new ReadSupport.Collecting(problems, CsvFigureReader.MAX_FIGURES);
        Parse parse = new Parse(WHOLE);
        ReadSupport.run(in, problems, sink, parse::parse);
        return new DatasetDocument(parse.metadata(), Dataset.of(sink.figures()));
    }

    /**
     * Reads a document one figure at a time: each valid figure goes to the consumer as soon as it is read, and
     * memory does not grow with the document. Figures are validated as in {@link #read(Path)} except that
     * duplicates are not looked for; if any has a problem, the rest is still checked and one
     * {@link DataFileException} is thrown at the end: the figures already handed over must then be discarded.
     *
     * @param file the file
     * @param consumer receives the figures in document order
     * @return the document's metadata
     * @throws DataFileException if the file cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public static DatasetMetadata stream(Path file, Consumer<? super Observation> consumer) {
        Objects.requireNonNull(file, "file");
        ProblemList problems = new ProblemList(file.toString());
        return stream(ReadSupport.open(file, problems), problems, consumer);
    }

    /**
     * Reads a document from a stream one figure at a time, as {@link #stream(Path, Consumer)} does; closes it.
     *
     * @param in the bytes
     * @param fileName the name to give in problems
     * @param consumer receives the figures in document order
     * @return the document's metadata
     * @throws DataFileException if the stream cannot be read or has any problem
     * @throws NullPointerException if an argument is null
     */
    public static DatasetMetadata stream(InputStream in, String fileName, Consumer<? super Observation> consumer) {
        return stream(Objects.requireNonNull(in, "in"),
                new ProblemList(Objects.requireNonNull(fileName, "fileName")), consumer);
    }

    private static DatasetMetadata stream(InputStream in, ProblemList problems,
            Consumer<? super Observation> consumer) {
        Parse parse = new Parse(STREAMING);
        ReadSupport.run(in, problems, new ReadSupport.Counting(consumer), parse::parse);
        return parse.metadata();
    }

    /** One parse of a document; collects the metadata as it goes. */
    private static final class Parse {
        private final JsonMapper mapper;
        private Optional<String> title = Optional.empty();
        private Optional<String> description = Optional.empty();
        private Optional<String> licence = Optional.empty();
        private Optional<Area> area = Optional.empty();
        private ProblemList problems = new ProblemList("");

        Parse(JsonMapper mapper) {
            this.mapper = mapper;
        }

        DatasetMetadata metadata() {
            return new DatasetMetadata(title, description, licence, area);
        }

        void parse(InputStream in, ProblemList list, ReadSupport.Sink sink) throws IOException {
            this.problems = list;
            try (JsonParser p = mapper.createParser(TextInput.utf8(in))) {
                try {
                    parseDocument(p, list, sink);
                } catch (JacksonIOException e) {
                    throw e;
                } catch (JacksonException e) {
                    list.add(ReadSupport.problem(list.file(), e, p.currentLocation()));
                }
            }
        }

        private void parseDocument(JsonParser p, ProblemList list, ReadSupport.Sink sink) {
            JsonToken t = p.nextToken();
            if (t == null) {
                list.addFile("is empty; expected a JSON object such as {\"title\": \"...\", \"figures\": [...]}");
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
                    if (!figures(p, value, sink)) {
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
                list.addFile("has no 'figures' array; expected {\"figures\": [{\"measure\": ...}, ...]}");
            }
            if (p.nextToken() != null) {
                add(p, "", tokenText(p), "follows the end of the document; expected nothing more");
            }
        }

        private void add(JsonParser p, String path, String text, String message) {
            TokenStreamLocation at = p.currentTokenLocation();
            problems.add(new Problem(problems.file(), Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
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
            String text = p.getString();
            switch (name) {
                case "title" -> title = Optional.of(text);
                case "description" -> description = Optional.of(text);
                case "licence" -> licence = Optional.of(text);
                default -> {
                    if (text.isBlank()) {
                        add(p, "/area", text, "is blank; a default area must be a name such as Kyrgyzstan");
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
            FigureConverter converter = new FigureConverter(problems, area);
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
