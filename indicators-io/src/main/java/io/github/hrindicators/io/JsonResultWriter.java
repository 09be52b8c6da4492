package io.github.hrindicators.io;

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
 * period, area and subgroup with the same scalar fields as {@link CsvResultWriter} (numbers as JSON numbers,
 * absent parts left out) and structured lists: {@code target_gaps}, {@code warnings} and {@code inputs}, each
 * input with its {@code sources}.
 *
 * <p>This class is thread-safe.
 */
public final class JsonResultWriter {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> NUMBERS = Set.of("value", "numerator", "denominator", "interval_lower",
            "interval_upper", "confidence_level", "monte_carlo_seed", "monte_carlo_draws");

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
        Objects.requireNonNull(results, "results");
        Output.to(out, "JSON", w -> {
            try (JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(w)) {
                g.writeStartObject();
                g.writeName("results");
                g.writeStartArray();
                for (IndicatorResult r : results) {
                    writeResult(g, r);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    private static void writeResult(JsonGenerator g, IndicatorResult r) {
        g.writeStartObject();
        for (Map.Entry<String, String> e : ResultColumns.scalars(r).entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            g.writeName(e.getKey());
            if (NUMBERS.contains(e.getKey())) {
                g.writeNumber(e.getValue());
            } else {
                g.writeString(e.getValue());
            }
        }
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
            g.writeStringProperty("role", in.role());
            g.writeName("value");
            g.writeNumber(FigureTexts.number(in.value()));
            g.writeStringProperty("period", in.period().toString());
            g.writeName("sources");
            g.writeStartArray();
            for (Source s : in.sources()) {
                g.writeString(s.citation());
            }
            g.writeEndArray();
            in.derivation().ifPresent(d -> g.writeStringProperty("derivation", d));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
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
        Objects.requireNonNull(results, "results");
        Output.toFile(file, "JSON", w -> write(results, w));
    }
}
