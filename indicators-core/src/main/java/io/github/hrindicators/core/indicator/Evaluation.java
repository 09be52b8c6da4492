package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.uncertainty.SizeEstimate;
import io.github.hrindicators.core.uncertainty.SizeEstimates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<Observation, Resolution> derivations = new HashMap<>();

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

    /** The subgroups of the area that have figures of any of the measures, or {@link Subgroup#TOTAL} if none has. */
    static List<Subgroup> subgroupsWith(Dataset data, Area area, Measure... measures) {
        List<Subgroup> found = data.subgroups(area).stream()
                .filter(s -> java.util.Arrays.stream(measures).anyMatch(m -> !data.find(m, area, s).isEmpty()))
                .toList();
        return found.isEmpty() ? List.of(Subgroup.TOTAL) : found;
    }

    List<Observation> select(Measure measure) {
        return select(measure, subgroup);
    }

    /**
     * The figures of a measure for a subgroup and the year: those the selector chooses; for people registered
     * alive without a published figure, the derived ones (cumulative registered − cumulative deaths at the same
     * date); then ties resolved by the settings' {@link ConflictPolicy}. Derived and resolved figures are
     * remembered so that {@link #inputsFor} and {@link #warningsFor} can report how they were obtained.
     */
    List<Observation> select(Measure measure, Subgroup group) {
        List<Observation> found = selector.select(data, measure, area, group, year);
        if (found.isEmpty() && measure == Measure.REGISTERED_HIV_ALIVE) {
            found = derivedAlive(group);
        }
        return found.size() > 1 ? resolve(found) : found;
    }

    /**
     * People registered alive derived as {@code registered_hiv_cumulative − registered_hiv_deaths_cumulative} for
     * every date that has both (same period, area and subgroup), then chosen by the selector like published
     * figures. A date whose deaths exceed its cumulative cases gives no derived figure.
     */
    private List<Observation> derivedAlive(Subgroup group) {
        List<Observation> derived = new ArrayList<>();
        for (Observation cum : data.find(Measure.REGISTERED_HIV_CUMULATIVE, area, group)) {
            for (Observation deaths : data.find(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, area, group)) {
                long c = ((Count) cum.value()).value();
                long d = ((Count) deaths.value()).value();
                if (cum.period().equals(deaths.period()) && d <= c) {
                    Observation alive = Observation.of(Measure.REGISTERED_HIV_ALIVE, Count.of(c - d), cum.period(),
                            area, Source.of(cum.source().citation() + "; " + deaths.source().citation()))
                            .withSubgroup(group);
                    derived.add(alive);
                    String derivation = c + " − " + d + " = " + (c - d);
                    derivations.put(alive, new Resolution(derivation,
                            List.of(InputUsed.of("registered_hiv_cumulative", cum),
                                    InputUsed.of("registered_hiv_deaths_cumulative", deaths)),
                            List.of(new ResultWarning(WarningCode.DERIVED_INPUT, "registered_hiv_alive ("
                                    + cum.period() + ") derived as registered_hiv_cumulative − "
                                    + "registered_hiv_deaths_cumulative at the same date: " + derivation
                                    + "; no published figure of people registered alive was used, and the derived "
                                    + "figure still counts foreigners and emigrants where the register does"))));
                }
            }
        }
        return selector.select(Dataset.of(derived), Measure.REGISTERED_HIV_ALIVE, area, group, year);
    }

    /** Figures that tie, resolved by the conflict policy. */
    private List<Observation> resolve(List<Observation> tied) {
        ConflictPolicy policy = settings.conflictPolicy();
        String what = tied.size() + " figures for " + tied.get(0).measure().code() + " ("
                + tied.stream().map(o -> describeWithSource(o)).collect(Collectors.joining("; ")) + ")";
        switch (policy.kind()) {
            case PREFER_SOURCE: {
                List<Observation> kept = tied.stream().filter(o -> policy.matches(o.source().citation())).toList();
                if (kept.isEmpty()) {
                    note(tied, what + ": none from a source matching '" + policy.source().orElseThrow()
                            + "', so policy " + policy + " falls back to one result per alternative");
                    return tied;
                }
                note(kept, what + ": policy " + policy + " kept "
                        + kept.stream().map(Evaluation::describeWithSource).collect(Collectors.joining("; ")));
                return kept;
            }
            case TRIANGULATE: {
                if (tied.get(0).measure().kind() != io.github.hrindicators.core.QuantityKind.ESTIMATE) {
                    note(tied, what + ": policy " + policy + " combines estimates only, so "
                            + tied.get(0).measure().code() + " gets one result per alternative");
                    return tied;
                }
                return List.of(triangulate(tied, what));
            }
            default:
                return tied;
        }
    }

    private Observation triangulate(List<Observation> tied, String what) {
        List<SizeEstimate> parts = tied.stream().map(o -> SizeEstimate.published((Estimate) o.value(),
                o.measure().code() + " " + o.period(), o.source())).toList();
        Estimate combined = SizeEstimates.triangulate(parts).toEstimate();
        Observation first = tied.get(0);
        ReferencePeriod period = tied.stream().allMatch(o -> o.period().equals(first.period())) ? first.period()
                : first.period().coversYear(year) ? ReferencePeriod.ofYear(year) : ReferencePeriod.ofYear(first.period().endYear());
        Observation result = Observation.of(first.measure(), combined, period, area,
                Source.of("triangulation of " + tied.stream().map(o -> o.source().citation())
                        .collect(Collectors.joining("; "))))
                .withSubgroup(first.subgroup());
        String derivation = "triangulation (median as point, min-max as range) of "
                + tied.stream().map(o -> Format.number(o.value().doubleValue())).collect(Collectors.joining(", "))
                + " = " + Format.number(combined.point()) + " [" + Format.number(combined.lowOrPoint()) + ", "
                + Format.number(combined.highOrPoint()) + "]";
        List<InputUsed> alternatives = tied.stream()
                .map(o -> InputUsed.of("alternative: " + o.measure().code(), o)).toList();
        derivations.put(result, new Resolution(derivation, alternatives, List.of(new ResultWarning(
                WarningCode.CONFLICT_RESOLVED, what + ": policy triangulate combined them: " + derivation))));
        return result;
    }

    /** Adds a conflict warning to figures, keeping the derivation of a derived one. */
    private void note(List<Observation> observations, String message) {
        ResultWarning warning = new ResultWarning(WarningCode.CONFLICT_RESOLVED, message);
        for (Observation o : observations) {
            Resolution r = derivations.getOrDefault(o, new Resolution("", List.of(), List.of()));
            List<ResultWarning> warnings = new ArrayList<>(r.warnings());
            warnings.add(warning);
            derivations.put(o, new Resolution(r.derivation(), r.parts(), List.copyOf(warnings)));
        }
    }

    private static String describeWithSource(Observation o) {
        return describe(o).substring(o.measure().code().length() + 1) + " from " + o.source().citation();
    }

    /**
     * The inputs to report for a figure in a role: the figure itself, or for a derived figure the figures it came
     * from followed by the derived input (role suffixed {@code (derived)}, with its derivation). The last element is
     * the one that plays the role.
     */
    List<InputUsed> inputsFor(String role, Observation o) {
        Resolution r = derivations.get(o);
        if (r == null || r.derivation().isEmpty()) {
            return List.of(InputUsed.of(role, o));
        }
        List<InputUsed> all = new ArrayList<>(r.parts());
        all.add(InputUsed.derived(role + " (derived)", o.value(), o.period(), r.derivation(), r.parts()));
        return all;
    }

    /** Adds the warnings of a derived or resolved figure to a result. */
    void warningsFor(IndicatorResult.Builder b, Observation o) {
        Resolution r = derivations.get(o);
        if (r != null) {
            r.warnings().forEach(w -> b.warn(w.code(), w.message()));
        }
    }

    /** Adds a figure's inputs and warnings to a result; returns the input that plays the role. */
    InputUsed input(IndicatorResult.Builder b, String role, Observation o) {
        List<InputUsed> all = inputsFor(role, o);
        b.inputs(all);
        warningsFor(b, o);
        return all.get(all.size() - 1);
    }

    /** How a figure was derived or resolved: derivation (empty when it is published), source figures, warnings. */
    private record Resolution(String derivation, List<InputUsed> parts, List<ResultWarning> warnings) {
    }

    IndicatorResult.Builder builder(IndicatorDefinition definition, String variant) {
        return IndicatorResult.builder(definition, variant, area, ReferencePeriod.ofYear(year), subgroup)
                .conflictPolicy(settings.conflictPolicy());
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
        return o.period().kind() == ReferencePeriod.Kind.DATE || o.period().kind() == ReferencePeriod.Kind.MONTH;
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
            boolean within = o.value() instanceof Estimate e ? e.isPointWithinInterval()
                    : !(o.value() instanceof Proportion p) || p.isPointWithinInterval();
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
