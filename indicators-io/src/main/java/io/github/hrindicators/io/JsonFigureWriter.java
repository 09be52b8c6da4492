package io.github.hrindicators.io;

import io.github.hrindicators.core.Observation;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a dataset and its metadata as a JSON document in the format {@link JsonFigureReader} reads: reading the
 * output back gives an equal {@link DatasetDocument}. Numbers are JSON numbers; every figure names its area.
 *
 * <p>This class is thread-safe.
 */
public final class JsonFigureWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFigureWriter() {
    }

    /**
     * Writes the document to a writer; does not close it.
     *
     * @param document the metadata and figures
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public static void write(DatasetDocument document, Writer out) {
        Objects.requireNonNull(document, "document");
        Output.to(out, "JSON", w -> {
            try (JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(w)) {
                writeDocument(g, document);
            }
        });
    }

    private static void writeDocument(JsonGenerator g, DatasetDocument document) {
        g.writeStartObject();
        DatasetMetadata m = document.metadata();
        writeIfPresent(g, "title", m.title());
        writeIfPresent(g, "description", m.description());
        writeIfPresent(g, "licence", m.licence());
        writeIfPresent(g, "area", m.defaultArea().map(a -> a.name()));
        g.writeName("figures");
        g.writeStartArray();
        for (Observation o : document.dataset().observations()) {
            String[] texts = FigureTexts.of(o);
            g.writeStartObject();
            for (Column c : Column.ALL) {
                String text = texts[c.ordinal()];
                if (text.isEmpty()) {
                    continue;
                }
                g.writeName(c.header());
                if ((c == Column.VALUE || c == Column.LOW || c == Column.HIGH) && !FigureTexts.isYesNo(text)) {
                    g.writeNumber(text);
                } else {
                    g.writeString(text);
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
    }

    private static void writeIfPresent(JsonGenerator g, String name, Optional<String> text) {
        text.ifPresent(t -> g.writeStringProperty(name, t));
    }

    /**
     * Writes the document to a file in UTF-8, replacing it.
     *
     * @param document the metadata and figures
     * @param file the file
     * @throws UncheckedIOException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public static void write(DatasetDocument document, Path file) {
        Objects.requireNonNull(document, "document");
        Output.toFile(file, "JSON", w -> write(document, w));
    }
}
