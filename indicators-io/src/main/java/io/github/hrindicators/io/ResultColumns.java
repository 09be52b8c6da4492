package io.github.hrindicators.io;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.TargetGap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The flat columns of one result row, shared by the CSV and JSON result writers. */
final class ResultColumns {
    /** Separates the items of a list column (gaps, warnings, inputs) in CSV. */
    static final String ITEM_SEPARATOR = " | ";

    static final String[] HEADERS = {"indicator", "version", "name", "variant", "period", "area", "setting", "gender",
        "age_band", "provider_type", "status", "value", "unit", "numerator", "denominator", "interval_lower", "interval_upper",
        "interval_method", "confidence_level", "monte_carlo_seed", "monte_carlo_draws", "level", "target_gaps",
        "reason_code", "reason", "warnings", "inputs"};

    private ResultColumns() {
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The scalar columns of a result, by header, in order; empty strings for absent parts. */
    static Map<String, String> scalars(IndicatorResult r) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("indicator", r.definition().id());
        m.put("version", r.definition().version());
        m.put("name", r.definition().name());
        m.put("variant", r.variant());
        m.put("period", r.period().toString());
        m.put("area", r.area().name());
        m.put("setting", r.subgroup().setting().map(ResultColumns::lower).orElse(""));
        m.put("gender", r.subgroup().gender().map(ResultColumns::lower).orElse(""));
        m.put("age_band", r.subgroup().ageBand().map(AgeBand::toString).orElse(""));
        m.put("provider_type", r.subgroup().providerType().map(ResultColumns::lower).orElse(""));
        m.put("status", lower(r.status()));
        m.put("value", r.value().map(FigureTexts::number).orElse(""));
        m.put("unit", lower(r.definition().unit()) + (r.definition().unit().name().equals("PROPORTION")
                ? " (fraction)" : ""));
        m.put("numerator", r.numerator().map(FigureTexts::number).orElse(""));
        m.put("denominator", r.denominator().map(FigureTexts::number).orElse(""));
        Optional<Interval> i = r.interval();
        m.put("interval_lower", i.map(x -> FigureTexts.number(x.lower())).orElse(""));
        m.put("interval_upper", i.map(x -> FigureTexts.number(x.upper())).orElse(""));
        m.put("interval_method", i.map(x -> lower(x.method())).orElse(""));
        m.put("confidence_level", i.flatMap(x -> x.confidenceLevel().isPresent()
                ? Optional.of(FigureTexts.number(x.confidenceLevel().getAsDouble())) : Optional.empty()).orElse(""));
        m.put("monte_carlo_seed", i.flatMap(x -> x.seed().isPresent()
                ? Optional.of(Long.toString(x.seed().getAsLong())) : Optional.empty()).orElse(""));
        m.put("monte_carlo_draws", i.flatMap(x -> x.draws().isPresent()
                ? Optional.of(Integer.toString(x.draws().getAsInt())) : Optional.empty()).orElse(""));
        m.put("level", r.level().map(ResultColumns::lower).orElse(""));
        m.put("reason_code", r.reason().map(x -> lower(x.code())).orElse(""));
        m.put("reason", r.reason().map(x -> x.message()).orElse(""));
        return m;
    }

    /** A target gap on one line: {@code unaids-2025 (50 %): gap 0.44, not met, 11000 more needed}. */
    static String gap(TargetGap g) {
        return g.target().id() + ": gap " + FigureTexts.number(g.gap()) + (g.met() ? ", met" : ", not met")
                + (g.additionalNumerator().isPresent()
                        ? ", " + g.additionalNumerator().getAsLong() + " more in the numerator" : "");
    }

    /** An input on one line: {@code numerator: people on OST = 1505 (2016; Liberman et al. 2024 ...)}. */
    static String input(InputUsed in) {
        return in.role() + " = " + FigureTexts.number(in.value()) + " (" + in.period() + "; "
                + in.sources().stream().map(Source::citation).collect(Collectors.joining("; "))
                + in.derivation().map(d -> "; derived: " + d).orElse("") + ")";
    }

    /** All columns of a result, by header, in order; list columns joined with {@link #ITEM_SEPARATOR}. */
    static String[] row(IndicatorResult r) {
        Map<String, String> m = scalars(r);
        m.put("target_gaps", r.gaps().stream().map(ResultColumns::gap)
                .collect(Collectors.joining(ITEM_SEPARATOR)));
        m.put("warnings", r.warnings().stream().map(w -> lower(w.code()) + ": " + w.message())
                .collect(Collectors.joining(ITEM_SEPARATOR)));
        m.put("inputs", r.inputs().stream().map(ResultColumns::input).collect(Collectors.joining(ITEM_SEPARATOR)));
        String[] row = new String[HEADERS.length];
        for (int k = 0; k < HEADERS.length; k++) {
            row[k] = m.get(HEADERS[k]);
        }
        return row;
    }
}
