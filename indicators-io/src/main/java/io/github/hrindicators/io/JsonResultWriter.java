package io.github.hrindicators.io;

import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.ResultWarning;
import io.github.hrindicators.core.indicator.TargetGap;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes indicator results as a JSON document {@code {"results": [...]}}: one object per indicator, variant,
 * alternative, period, area and subgroup with the same scalar fields as {@link CsvResultWriter} (numbers as JSON
 * numbers, the shortest that read back as the same double; absent parts left out) and structured lists:
 * {@code alternatives}, {@code intervals} (each with {@code method}, {@code lower}, {@code upper} and, where it has
 * them, {@code level}, {@code seed} and {@code draws}), {@code target_gaps}, {@code warnings} and {@code inputs}
 * (each with {@code role}, {@code measure}, {@code value}, {@code period}, {@code sources} and a derived one's
 * {@code derivation}).
 *
 * <p>This class is thread-safe; a {@link ResultSink} it opens is not.
 */
public final class JsonResultWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> NUMBERS = Set.of("value", "numerator", "denominator");

    private JsonResultWriter() {
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
        Output.writeAll(results, () -> open(out));
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
        Output.writeAll(results, () -> open(file));
    }

    /**
     * Opens a sink that starts the document now, writes each result as it comes and ends the document when closed;
     * closing it flushes the writer, which the caller keeps open.
     *
     * @param out where to write
     * @return the sink
     * @throws UncheckedIOException if writing fails
     */
    public static ResultSink open(Writer out) {
        return new Sink(new NonClosingWriter(Objects.requireNonNull(out, "out")));
    }

    /**
     * Opens a sink that writes a new UTF-8 file, replacing it; closing the sink ends the document and closes the
     * file.
     *
     * @param file the file
     * @return the sink
     * @throws UncheckedIOException if the file cannot be opened or written
     */
    public static ResultSink open(Path file) {
        return new Sink(Output.newFile(file));
    }

    private static final class Sink implements ResultSink {
        private final Writer out;
        private final JsonGenerator g;
        private boolean closed;

        Sink(Writer out) {
            this.out = out;
            this.g = Output.call("JSON", () -> {
                JsonGenerator gen = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
                gen.writeStartObject();
                gen.writeName("results");
                gen.writeStartArray();
                return gen;
            });
        }

        @Override
        public void accept(IndicatorResult result) {
            Objects.requireNonNull(result, "result");
            if (closed) {
                throw new IllegalStateException("The result sink is closed");
            }
            Output.call("JSON", () -> {
                writeResult(g, result);
                return null;
            });
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            Output.call("JSON", () -> {
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
                g.close();
                out.close();
                return null;
            });
        }
    }

    private static void writeResult(JsonGenerator g, IndicatorResult r) {
        g.writeStartObject();
        for (Map.Entry<String, String> e : ResultColumns.scalars(r).entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            g.writeName(e.getKey());
            if (NUMBERS.contains(e.getKey())) {
                writeValue(g, e.getValue());
            } else {
                g.writeString(e.getValue());
            }
        }
        g.writeName("alternatives");
        g.writeStartArray();
        for (Observation o : r.alternatives()) {
            g.writeStartObject();
            g.writeStringProperty("measure", o.measure().code());
            g.writeName("value");
            writeValue(g, FigureTexts.number(o.value()));
            g.writeStringProperty("period", o.period().toString());
            g.writeStringProperty("source", o.source().citation());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("intervals");
        g.writeStartArray();
        for (Interval i : r.intervals()) {
            g.writeStartObject();
            for (Map.Entry<String, String> e : ResultColumns.interval(i).entrySet()) {
                if (e.getValue().isEmpty()) {
                    continue;
                }
                g.writeName(e.getKey());
                if (e.getKey().equals("method")) {
                    g.writeString(e.getValue());
                } else {
                    g.writeNumber(e.getValue());
                }
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("target_gaps");
        g.writeStartArray();
        for (TargetGap gap : r.gaps()) {
            g.writeStartObject();
            g.writeStringProperty("target", gap.target().id());
            g.writeStringProperty("label", gap.target().label());
            g.writeName("threshold");
            g.writeNumber(FigureTexts.number(gap.target().threshold()));
            g.writeName("gap");
            g.writeNumber(FigureTexts.number(gap.gap()));
            g.writeBooleanProperty("met", gap.met());
            if (gap.additionalNumerator().isPresent()) {
                g.writeNumberProperty("additional_numerator", gap.additionalNumerator().getAsLong());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("warnings");
        g.writeStartArray();
        for (ResultWarning w : r.warnings()) {
            g.writeStartObject();
            g.writeStringProperty("code", ResultColumns.lower(w.code()));
            g.writeStringProperty("message", w.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeName("inputs");
        g.writeStartArray();
        for (InputUsed in : r.inputs()) {
            g.writeStartObject();
            g.writeStringProperty("role", in.role().code());
            g.writeStringProperty("measure", in.measure().code());
            g.writeName("value");
            writeValue(g, FigureTexts.number(in.value()));
            g.writeStringProperty("period", in.period().toString());
            g.writeName("sources");
            g.writeStartArray();
            for (Source s : in.sources()) {
                g.writeString(s.citation());
            }
            g.writeEndArray();
            in.derivation().ifPresent(d -> g.writeStringProperty("derivation", d));
            in.note().ifPresent(n -> g.writeStringProperty("note", n));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A value: a JSON number, or for a yes/no figure the string {@code yes} or {@code no}. */
    private static void writeValue(JsonGenerator g, String text) {
        if (FigureTexts.isYesNo(text)) {
            g.writeString(text);
        } else {
            g.writeNumber(text);
        }
    }
}
