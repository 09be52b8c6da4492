package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Period;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The shared mechanics of evaluating an indicator for one area, year and subgroup: selecting inputs, pairing
 * alternatives, naming variants and adding the checks every result gets (mixed years, ranges excluding their point,
 * alternatives, unconfirmed cut-offs).
 */
final class Evaluation {
    private final Dataset data;
    private final Area area;
    private final int year;
    private final EvaluationSettings settings;
    private final InputSelector selector;
    private final Subgroup subgroup;

    Evaluation(Dataset data, Area area, int year, EvaluationSettings settings, Subgroup subgroup) {
        this.data = Objects.requireNonNull(data, "data");
        this.area = Objects.requireNonNull(area, "area");
        this.year = year;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.selector = settings.selector();
        this.subgroup = Objects.requireNonNull(subgroup, "subgroup");
    }

    EvaluationSettings settings() {
        return settings;
    }

    /** The subgroups of the area that have figures of a measure, or {@link Subgroup#TOTAL} if none has. */
    static List<Subgroup> subgroupsWith(Dataset data, Area area, Measure measure) {
        List<Subgroup> found = data.subgroups(area).stream()
                .filter(s -> !data.find(measure, area, s).isEmpty()).toList();
        return found.isEmpty() ? List.of(Subgroup.TOTAL) : found;
    }

    List<Observation> select(Measure measure) {
        return selector.select(data, measure, area, subgroup, year);
    }

    IndicatorResult.Builder builder(IndicatorDefinition definition, String variant) {
        return IndicatorResult.builder(definition, variant, area, Period.ofYear(year), subgroup);
    }

    /** A "not computable" result for missing inputs, naming what was searched. */
    IndicatorResult missing(IndicatorDefinition definition, String variant, String what) {
        return builder(definition, variant).notComputable(NotComputableReason.Code.MISSING_INPUT,
                "No " + what + " for " + area + " (" + subgroup + ") in " + selector.describe(year));
    }

    /**
     * Pairs of alternatives from two inputs. Every pair is kept except one that would divide a stock at one date by
     * a stock at another date when either of them has a partner at its own date (the injecting cases on 1 March
     * are divided by the registered cases on 1 March, not by those on 1 September). Year and span figures pair with
     * every alternative: competing estimates all get a result.
     */
    static List<Observation[]> pairs(List<Observation> first, List<Observation> second) {
        List<Observation[]> pairs = new ArrayList<>();
        for (Observation a : first) {
            for (Observation b : second) {
                boolean mismatchedDates = isDated(a) && isDated(b) && !a.period().equals(b.period())
                        && (hasPartner(a, second) || hasPartner(b, first));
                if (!mismatchedDates) {
                    pairs.add(new Observation[] {a, b});
                }
            }
        }
        return pairs;
    }

    private static boolean isDated(Observation o) {
        return o.period().kind() == Period.Kind.DATE || o.period().kind() == Period.Kind.MONTH;
    }

    private static boolean hasPartner(Observation o, List<Observation> others) {
        return others.stream().anyMatch(x -> x.period().equals(o.period()));
    }

    /** A label naming which alternative a figure is, when there are several: {@code " [12.4 %, 2016]"}. */
    static String alternative(Observation chosen, List<Observation> alternatives) {
        return alternatives.size() > 1 ? " [" + describe(chosen) + "]" : "";
    }

    static String describe(Observation o) {
        String value = o.value() instanceof Proportion p ? Format.percent(p.toFraction())
                : Format.number(o.value().doubleValue());
        return o.measure().code() + " " + value + ", " + o.period();
    }

    /** Adds the warning on alternatives; each alternative's source is among the result's inputs. */
    static void warnAlternatives(IndicatorResult.Builder b, List<Observation> alternatives) {
        if (alternatives.size() > 1) {
            b.warn(WarningCode.ALTERNATIVE_INPUTS, alternatives.size() + " figures for "
                    + alternatives.get(0).measure().code() + " from different sources or dates ("
                    + alternatives.stream().map(o -> describe(o).substring(o.measure().code().length() + 1))
                            .collect(Collectors.joining("; "))
                    + "): one result per alternative, none chosen silently");
        }
    }

    /** The checks every result gets, from its inputs: ranges that exclude their point, and mixed years. */
    static void warnOnInputs(IndicatorResult.Builder b, int year, List<Observation> used) {
        for (Observation o : used) {
            boolean within = o.value() instanceof Estimate e ? e.isPointWithinRange()
                    : !(o.value() instanceof Proportion p) || p.isPointWithinRange();
            if (!within) {
                b.warn(WarningCode.RANGE_EXCLUDES_POINT, "The range of " + o.measure().code() + " ("
                        + o.period() + ") excludes its point: " + o.value());
            }
        }
        List<Observation> other = used.stream().filter(o -> !o.period().coversYear(year)).toList();
        if (!other.isEmpty()) {
            b.warn(WarningCode.MIXED_YEARS, "Inputs from different years combined for " + year + ": "
                    + used.stream().map(o -> o.measure().code() + " " + o.period()).distinct()
                            .collect(Collectors.joining(", ")));
        }
    }

    /** The warning on a cut-off that decides the level but is unconfirmed. */
    static void warnUnconfirmedCut(IndicatorResult.Builder b, double value) {
        b.definition().bands().ifPresent(bands -> {
            if (!bands.lowerCutConfirmed() && value <= bands.upperCut()) {
                b.warn(WarningCode.UNCONFIRMED_THRESHOLD, "The lower cut-off " + Format.number(bands.lowerCut())
                        + " that places this value is unconfirmed in the primary source: the level is provisional");
            }
            if (!bands.upperCutConfirmed() && value >= bands.lowerCut()) {
                b.warn(WarningCode.UNCONFIRMED_THRESHOLD, "The upper cut-off " + Format.number(bands.upperCut())
                        + " that places this value is unconfirmed in the primary source: the level is provisional");
            }
        });
    }
}
