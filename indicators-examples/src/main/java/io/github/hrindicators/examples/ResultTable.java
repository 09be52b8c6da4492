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
    /**
     * Formats results in English: the computed ones as a table with their inputs, sources and warnings, then one
     * line per result that could not be computed, with the reason.
     *
     * @param title the heading
     * @param all the results
     * @return the table, lines separated by {@code \n}
     */
    public static String format(String title, List<IndicatorResult> all) {
        return format(title, all, TableWords.ENGLISH);
    }

    /**
     * Formats results in a language: the same table as {@link #format(String, List)}, with that language's words
     * and number format.
     *
     * @param title the heading
     * @param all the results
     * @param words the language's words
     * @return the table, lines separated by {@code \n}
     */
    public static String format(String title, List<IndicatorResult> all, TableWords words) {
        return new ResultTable(words).table(title, all);
    }

    private final TableWords w;

    private ResultTable(TableWords words) {
        this.w = words;
    }

    private String table(String title, List<IndicatorResult> all) {
        List<IndicatorResult> results = all.stream().filter(r -> r.status() == IndicatorResult.Status.COMPUTED)
                .toList();
        List<IndicatorResult> notComputable = all.stream()
                .filter(r -> r.status() == IndicatorResult.Status.NOT_COMPUTABLE).toList();
        Map<Source, Integer> sources = new LinkedHashMap<>();
        StringBuilder out = new StringBuilder(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        out.append(String.format(Locale.ROOT, "%-3s %-62s %-14s %-26s %-7s%n", "#", w.label("table.header.indicator"),
                w.label("table.header.value"), w.label("table.header.interval"), w.label("table.header.level")));
        out.append("-".repeat(116)).append('\n');
        int row = 0;
        for (IndicatorResult r : results) {
            row++;
            ResultUnit unit = r.definition().unit();
            List<String> nameLines = wrap(name(r), 62);
            String value = r.value().map(v -> quantity(v, unit)).orElse(w.label("table.notComputable"));
            String interval = r.interval().map(i -> interval(i, unit)).orElse("—");
            String level = r.level().map(w::level).orElse("—");
            out.append(String.format(Locale.ROOT, "%-3s %-62s %-14s %-26s %-7s%n", row, nameLines.get(0), value,
                    interval, level));
            for (String more : nameLines.subList(1, nameLines.size())) {
                out.append("    ").append(more).append('\n');
            }
            for (Interval extra : r.intervals().subList(Math.min(1, r.intervals().size()), r.intervals().size())) {
                indent(out, w.label("table.interval", interval(extra, unit) + details(extra)));
            }
            if (r.numerator().isPresent() && r.denominator().isPresent()) {
                indent(out, w.label("table.ratio", quantity(r.numerator().get(), ResultUnit.PEOPLE),
                        quantity(r.denominator().get(), ResultUnit.PEOPLE)));
            }
            for (TargetGap g : r.gaps()) {
                indent(out, w.label("table.target", w.target(r.definition(), g.target()), gap(g, unit)));
            }
            for (InputUsed in : r.inputs()) {
                String refs = in.sources().stream().map(s -> "[" + sources.computeIfAbsent(s, k -> sources.size() + 1)
                        + "]").collect(Collectors.joining(""));
                indent(out, w.label("table.input", w.input(in), quantity(in.value(), ResultUnit.PEOPLE),
                        in.period()) + in.derivation().map(d -> ", " + d).orElse("")
                        + in.note().map(n -> w.label("table.note", n)).orElse("") + " " + refs);
            }
            for (ResultWarning warning : r.warnings()) {
                indent(out, w.label("table.warning", warning.code().name().toLowerCase(Locale.ROOT),
                        w.phrase(warning.phrase())));
            }
            out.append('\n');
        }
        if (!notComputable.isEmpty()) {
            out.append(w.label("table.notComputableHeading")).append('\n');
            for (IndicatorResult r : notComputable) {
                indent(out, "- " + name(r) + ": " + w.phrase(r.reason().orElseThrow().phrase()));
            }
            out.append('\n');
        }
        out.append(w.label("table.definitions", all.stream()
                .map(r -> r.definition().id() + " v" + r.definition().version()).distinct()
                .collect(Collectors.joining(", ")))).append("\n\n").append(w.label("table.sources")).append('\n');
        sources.forEach((s, n) -> out.append("[").append(n).append("] ").append(s.citation()).append('\n'));
        return out.toString();
    }

    private String name(IndicatorResult r) {
        return w.name(r.definition()) + " [" + w.variant(r) + "]"
                + (r.subgroup().isTotal() ? "" : " (" + w.subgroup(r.subgroup()) + ")");
    }

    private static void indent(StringBuilder out, String text) {
        List<String> lines = wrap(text, 108);
        out.append("      ").append(lines.get(0)).append('\n');
        for (String more : lines.subList(1, lines.size())) {
            out.append("        ").append(more).append('\n');
        }
    }

    /** Formats a value for people: counts with thousands separators, proportions in percent. */
    private String quantity(Quantity q, ResultUnit unit) {
        if (q instanceof Count c) {
            return w.number(c.value(), 0);
        }
        if (q instanceof Proportion p) {
            return percent(p.toFraction());
        }
        if (q instanceof Rate r) {
            return w.number(r.perPersonPerYear(), 1);
        }
        if (q instanceof io.github.hrindicators.core.YesNo yn) {
            return w.label(yn.isYes() ? "table.yes" : "table.no");
        }
        Estimate e = (Estimate) q;
        return people(e.point()) + e.interval().map(r -> " (" + people(r.lower()) + "–" + people(r.upper()) + ")")
                .orElse("");
    }

    private String interval(Interval i, ResultUnit unit) {
        String bounds = unit == ResultUnit.PROPORTION ? percent(i.lower()) + "–" + percent(i.upper())
                : unit == ResultUnit.PEOPLE ? w.label("table.to", people(i.lower()), people(i.upper()))
                        : w.number(i.lower(), 1) + "–" + w.number(i.upper(), 1);
        return bounds + " (" + w.method(i.method()) + ")";
    }

    private String details(Interval i) {
        StringBuilder b = new StringBuilder();
        i.confidenceLevel().ifPresent(l -> b.append(w.label("table.level", percent(l).replace(
                w.number(0, 2).substring(1), ""))));
        i.seed().ifPresent(seed -> b.append(w.label("table.seed", Long.toString(seed))));
        i.draws().ifPresent(d -> b.append(w.label("table.draws", w.number(d, 0))));
        return b.toString();
    }

    private String gap(TargetGap g, ResultUnit unit) {
        if (g.met()) {
            return w.label("table.gap.met");
        }
        String amount = unit == ResultUnit.PROPORTION ? w.label("table.gap.points", w.number(g.gap() * 100, 2))
                : w.label("table.gap.short", w.number(g.gap(), 1));
        return amount + g.additionalNumerator().stream()
                .mapToObj(n -> " " + w.label("table.gap.more", w.number(n, 0))).findFirst().orElse("");
    }

    private String percent(double fraction) {
        return w.number(fraction * 100, 2) + " %";
    }

    private String people(double value) {
        return w.number(value, 0);
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
