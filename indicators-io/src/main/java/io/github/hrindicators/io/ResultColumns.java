package io.github.hrindicators.io;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.TargetGap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The flat columns of one result row, shared by the CSV and JSON result writers. */
final class ResultColumns {
    /** Separates the items of a list column (gaps, warnings, inputs, alternatives) in CSV. */
    static final String ITEM_SEPARATOR = " | ";

    /** The fields of one interval, each column named {@code interval_<k>_<field>}. */
    static final List<String> INTERVAL_FIELDS = List.of("method", "lower", "upper", "level", "seed", "draws");

    static final List<String> HEADERS = headers();

    private ResultColumns() {
    }

    private static List<String> headers() {
        List<String> h = new ArrayList<>(List.of("indicator", "version", "name", "variant", "variant_label",
                "alternatives", "period", "area", "area_code", "setting", "gender", "age_band", "provider_type",
                "status", "value", "unit", "numerator", "denominator"));
        for (int k = 1; k <= IndicatorResult.MAX_INTERVALS; k++) {
            for (String field : INTERVAL_FIELDS) {
                h.add("interval_" + k + "_" + field);
            }
        }
        h.addAll(List.of("level", "target_gaps", "reason_code", "reason", "warnings", "inputs"));
        return List.copyOf(h);
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The scalar columns of a result (intervals excluded), by header, in order; empty strings for absent parts. */
    static Map<String, String> scalars(IndicatorResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("indicator", r.definition().id());
        m.put("version", r.definition().version());
        m.put("name", r.definition().name());
        m.put("variant", r.variant().code());
        m.put("variant_label", r.variantLabel());
        m.put("period", r.period().toString());
        m.put("area", r.area().name());
        m.put("area_code", r.area().code().orElse(""));
        m.put("setting", r.subgroup().setting().map(ResultColumns::lower).orElse(""));
        m.put("gender", r.subgroup().gender().map(ResultColumns::lower).orElse(""));
        m.put("age_band", r.subgroup().ageBand().map(AgeBand::toString).orElse(""));
        m.put("provider_type", r.subgroup().providerType().map(ResultColumns::lower).orElse(""));
        m.put("status", lower(r.status()));
        m.put("value", r.value().map(FigureTexts::number).orElse(""));
        m.put("unit", lower(r.definition().unit()) + (r.definition().unit() == ResultUnit.PROPORTION
                ? " (fraction)" : ""));
        m.put("numerator", r.numerator().map(FigureTexts::number).orElse(""));
        m.put("denominator", r.denominator().map(FigureTexts::number).orElse(""));
        m.put("level", r.level().map(ResultColumns::lower).orElse(""));
        m.put("reason_code", r.reason().map(x -> lower(x.code())).orElse(""));
        m.put("reason", r.reason().map(x -> x.message()).orElse(""));
        return m;
    }

    /** The fields of an interval, by {@link #INTERVAL_FIELDS}; empty strings for absent ones. */
    static Map<String, String> interval(Interval i) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("method", i.method().code());
        m.put("lower", FigureTexts.number(i.lower()));
        m.put("upper", FigureTexts.number(i.upper()));
        m.put("level", i.confidenceLevel().isPresent() ? FigureTexts.number(i.confidenceLevel().getAsDouble()) : "");
        m.put("seed", i.seed().isPresent() ? Long.toString(i.seed().getAsLong()) : "");
        m.put("draws", i.draws().isPresent() ? Integer.toString(i.draws().getAsInt()) : "");
        return m;
    }

    /** A figure chosen among alternatives: {@code hiv_prevalence_pwid 0.143 (2016; source)}. */
    static String alternative(Observation o) {
        return o.measure().code() + " " + FigureTexts.number(o.value()) + " (" + o.period() + "; "
                + o.source().citation() + ")";
    }

    /** A target gap on one line: {@code unaids-2025 (50 %): gap 0.44, not met, 11000 more needed}. */
    static String gap(TargetGap g) {
        return g.target().id() + ": gap " + FigureTexts.number(g.gap()) + (g.met() ? ", met" : ", not met")
                + (g.additionalNumerator().isPresent()
                        ? ", " + g.additionalNumerator().getAsLong() + " more in the numerator" : "");
    }

    /** An input on one line: {@code numerator: ost_clients = 1505 (2016; Liberman et al. 2024 ...)}. */
    static String input(InputUsed in) {
        return in.label() + " = " + FigureTexts.number(in.value()) + " (" + in.period() + "; "
                + in.sources().stream().map(Source::citation).collect(Collectors.joining("; "))
                + in.derivation().map(d -> "; derived: " + d).orElse("") + ")";
    }

    /** All columns of a result, in {@link #HEADERS} order; list columns joined with {@link #ITEM_SEPARATOR}. */
    static String[] row(IndicatorResult r) {
        Map<String, String> m = scalars(r);
        m.put("alternatives", r.alternatives().stream().map(ResultColumns::alternative)
                .collect(Collectors.joining(ITEM_SEPARATOR)));
        List<Interval> intervals = r.intervals();
        for (int k = 0; k < intervals.size(); k++) {
            for (Map.Entry<String, String> e : interval(intervals.get(k)).entrySet()) {
                m.put("interval_" + (k + 1) + "_" + e.getKey(), e.getValue());
            }
        }
        m.put("target_gaps", r.gaps().stream().map(ResultColumns::gap)
                .collect(Collectors.joining(ITEM_SEPARATOR)));
        m.put("warnings", r.warnings().stream().map(w -> lower(w.code()) + ": " + w.message())
                .collect(Collectors.joining(ITEM_SEPARATOR)));
        m.put("inputs", r.inputs().stream().map(ResultColumns::input).collect(Collectors.joining(ITEM_SEPARATOR)));
        String[] row = new String[HEADERS.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = m.getOrDefault(HEADERS.get(k), "");
        }
        return row;
    }
}
