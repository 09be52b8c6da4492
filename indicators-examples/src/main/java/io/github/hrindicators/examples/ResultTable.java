package io.github.hrindicators.examples;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.ResultWarning;
import io.github.hrindicators.core.indicator.TargetGap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Formats indicator results as a plain-text table for people: one block per result with its value, interval,
 * level and target gaps, then its inputs and warnings, and the numbered sources at the end.
 */
public final class ResultTable {
    private ResultTable() {
    }

    /**
     * Formats results: the computed ones as a table with their inputs, sources and warnings, then one line per
     * result that could not be computed, with the reason.
     *
     * @param title the heading
     * @param all the results
     * @return the table, lines separated by {@code \n}
     */
    public static String format(String title, List<IndicatorResult> all) {
        List<IndicatorResult> results = all.stream().filter(r -> r.status() == IndicatorResult.Status.COMPUTED)
                .toList();
        List<IndicatorResult> notComputable = all.stream()
                .filter(r -> r.status() == IndicatorResult.Status.NOT_COMPUTABLE).toList();
        Map<Source, Integer> sources = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-3s %-62s %-14s %-26s %-7s%n", "#", "Indicator [variant] (subgroup)",
                "Value", "Interval", "Level"));
        out.append("-".repeat(116)).append('\n');
        int row = 0;
        for (IndicatorResult r : results) {
            row++;
            String name = r.definition().name() + " [" + r.variantLabel() + "]"
                    + (r.subgroup().isTotal() ? "" : " (" + r.subgroup() + ")");
            List<String> nameLines = wrap(name, 62);
            String value = r.value().map(v -> quantity(v, r.definition().unit())).orElse("not computable");
            String interval = r.interval().map(i -> interval(i, r.definition().unit())).orElse("—");
            String level = r.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("—");
            out.append(String.format(Locale.ROOT, "%-3s %-62s %-14s %-26s %-7s%n", row, nameLines.get(0), value,
                    interval, level));
            for (String more : nameLines.subList(1, nameLines.size())) {
                out.append("    ").append(more).append('\n');
            }
            r.reason().ifPresent(reason -> indent(out, "why: " + reason.message()));
            for (Interval extra : r.intervals().subList(Math.min(1, r.intervals().size()), r.intervals().size())) {
                indent(out, "interval " + interval(extra, r.definition().unit()) + details(extra));
            }
            if (r.numerator().isPresent() && r.denominator().isPresent()) {
                indent(out, "numerator " + quantity(r.numerator().get(), ResultUnit.PEOPLE) + " / denominator "
                        + quantity(r.denominator().get(), ResultUnit.PEOPLE));
            }
            for (TargetGap g : r.gaps()) {
                indent(out, "target " + g.target().label() + ": " + gap(g, r.definition().unit()));
            }
            for (InputUsed in : r.inputs()) {
                String refs = in.sources().stream().map(s -> "[" + sources.computeIfAbsent(s, k -> sources.size() + 1)
                        + "]").collect(Collectors.joining(""));
                indent(out, "input " + in.label() + " = " + quantity(in.value(), ResultUnit.PEOPLE) + " ("
                        + in.period() + ")" + in.derivation().map(d -> ", " + d).orElse("")
                        + in.note().map(n -> ", note: " + n).orElse("") + " " + refs);
            }
            for (ResultWarning w : r.warnings()) {
                indent(out, "warning " + w.code().name().toLowerCase(Locale.ROOT) + ": " + w.message());
            }
            out.append('\n');
        }
        if (!notComputable.isEmpty()) {
            out.append("Not computable from these figures\n");
            for (IndicatorResult r : notComputable) {
                indent(out, "- " + r.definition().name() + " [" + r.variantLabel() + "]"
                        + (r.subgroup().isTotal() ? "" : " (" + r.subgroup() + ")") + ": "
                        + r.reason().orElseThrow().message());
            }
            out.append('\n');
        }
        out.append("Definitions: ").append(all.stream()
                .map(r -> r.definition().id() + " v" + r.definition().version()).distinct()
                .collect(Collectors.joining(", "))).append("\n\nSources\n");
        sources.forEach((s, n) -> out.append("[").append(n).append("] ").append(s.citation()).append('\n'));
        return out.toString();
    }

    private static void indent(StringBuilder out, String text) {
        List<String> lines = wrap(text, 108);
        out.append("      ").append(lines.get(0)).append('\n');
        for (String more : lines.subList(1, lines.size())) {
            out.append("        ").append(more).append('\n');
        }
    }

    /** Formats a value for people: counts with thousands separators, proportions in percent. */
    static String quantity(Quantity q, ResultUnit unit) {
        if (q instanceof Count c) {
            return String.format(Locale.ROOT, "%,d", c.value());
        }
        if (q instanceof Proportion p) {
            return percent(p.toFraction());
        }
        if (q instanceof Rate r) {
            return String.format(Locale.ROOT, "%,.1f", r.perPersonPerYear());
        }
        if (q instanceof io.github.hrindicators.core.YesNo yn) {
            return yn.toString();
        }
        Estimate e = (Estimate) q;
        return people(e.point()) + e.interval().map(r -> " (" + people(r.lower()) + "–" + people(r.upper()) + ")")
                .orElse("");
    }

    static String interval(Interval i, ResultUnit unit) {
        String bounds = unit == ResultUnit.PROPORTION ? percent(i.lower()) + "–" + percent(i.upper())
                : unit == ResultUnit.PEOPLE ? people(i.lower()) + " to " + people(i.upper())
                        : String.format(Locale.ROOT, "%,.1f–%,.1f", i.lower(), i.upper());
        return bounds + " " + shortMethod(i);
    }

    private static String details(Interval i) {
        StringBuilder b = new StringBuilder();
        i.confidenceLevel().ifPresent(l -> b.append(", level ").append(percent(l).replace(".00", "")));
        i.seed().ifPresent(seed -> b.append(", seed ").append(seed));
        i.draws().ifPresent(d -> b.append(", ").append(String.format(Locale.ROOT, "%,d", d)).append(" draws"));
        return b.toString();
    }

    private static String shortMethod(Interval i) {
        switch (i.method()) {
            case PLAUSIBLE_BOUNDS:
                return "(bounds)";
            case RANGE_PROPAGATION:
                return "(range)";
            default:
                return "(" + i.method().label() + ")";
        }
    }

    static String gap(TargetGap g, ResultUnit unit) {
        if (g.met()) {
            return "met";
        }
        String amount = unit == ResultUnit.PROPORTION
                ? String.format(Locale.ROOT, "%.2f percentage points short", g.gap() * 100)
                : String.format(Locale.ROOT, "%,.1f short", g.gap());
        return amount + g.additionalNumerator().stream()
                .mapToObj(n -> String.format(Locale.ROOT, " (%,d more needed at the denominator's point)", n))
                .findFirst().orElse("");
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f %%", fraction * 100);
    }

    static String people(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            if (cut <= 0) {
                cut = width;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return lines;
    }
}
