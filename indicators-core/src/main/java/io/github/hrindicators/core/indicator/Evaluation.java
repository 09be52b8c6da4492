package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Dimension;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.QuantityKind;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.uncertainty.SizeEstimate;
import io.github.hrindicators.core.uncertainty.SizeEstimates;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one engine every indicator goes through, for one area, year and subgroup: select each input (published
 * figures chosen by the settings' {@link InputSelector}, else the indicator's {@link Derivation}s, then ties resolved
 * by the {@link ConflictPolicy}), combine the alternatives of the inputs ({@link #each}), record the inputs with
 * their roles, and add the checks every result gets (alternatives, mixed years, ranges excluding their point,
 * derived inputs, unconfirmed cut-offs). The formulas only compute.
 */
final class Evaluation {
    /** The suffix of a derived figure that is named by its own value and date when it has alternatives. */
    private static final String SELF = "\u0000self";

    private final Indicator indicator;
    private final Dataset data;
    private final Area area;
    private final int year;
    private final EvaluationSettings settings;
    private final Subgroup subgroup;
    private final Map<Observation, Resolution> resolutions;
    private final Set<Measure> deriving = new HashSet<>();

    Evaluation(Indicator indicator, Dataset data, Area area, int year, EvaluationSettings settings) {
        this(indicator, data, area, year, settings, Subgroup.TOTAL, new IdentityHashMap<>());
    }

    private Evaluation(Indicator indicator, Dataset data, Area area, int year, EvaluationSettings settings,
            Subgroup subgroup, Map<Observation, Resolution> resolutions) {
        this.indicator = Objects.requireNonNull(indicator, "indicator");
        this.data = Objects.requireNonNull(data, "data");
        this.area = Objects.requireNonNull(area, "area");
        this.year = year;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.subgroup = Objects.requireNonNull(subgroup, "subgroup");
        this.resolutions = resolutions;
    }

    /** The same evaluation for another subgroup. */
    Evaluation forSubgroup(Subgroup other) {
        return new Evaluation(indicator, data, area, year, settings, other, resolutions);
    }

    EvaluationSettings settings() {
        return settings;
    }

    IndicatorDefinition definition() {
        return indicator.definition();
    }

    Subgroup subgroup() {
        return subgroup;
    }

    int year() {
        return year;
    }

    /**
     * The subgroups to compute: those of the area with figures of any of the measures whose dimensions the indicator
     * is computed for, or {@link Subgroup#TOTAL} alone if there is none.
     */
    List<Subgroup> subgroupsWith(Set<Measure> measures) {
        Set<Dimension> allowed = indicator.dimensions();
        List<Subgroup> found = data.subgroups(area).stream()
                .filter(s -> allowed.containsAll(s.dimensions()))
                .filter(s -> measures.stream().anyMatch(m -> !data.find(m, area, s).isEmpty()))
                .toList();
        return found.isEmpty() ? List.of(Subgroup.TOTAL) : found;
    }

    List<Observation> select(Measure measure) {
        return select(measure, subgroup);
    }

    /**
     * The figures of a measure for a subgroup and the year: those the selector chooses; when there is none, those
     * derived by the first of the indicator's derivations that gives any; then ties resolved by the conflict policy.
     */
    List<Observation> select(Measure measure, Subgroup group) {
        List<Observation> found = settings.selector().select(data, measure, area, group, year);
        if (found.isEmpty()) {
            found = derive(measure, group);
        }
        return found.size() > 1 ? resolve(found) : found;
    }

    private List<Observation> derive(Measure measure, Subgroup group) {
        if (!deriving.add(measure)) {
            return List.of();
        }
        try {
            for (Derivation d : indicator.derivations()) {
                if (!d.produces().equals(measure) || indicator.formula().publishedValues().contains(d.left())
                        || indicator.formula().publishedValues().contains(d.right())) {
                    continue;
                }
                List<Observation> lefts = select(d.left(), group);
                List<Observation> rights = select(d.right(), group);
                List<Observation> derived = new ArrayList<>();
                for (Observation[] pair : pairs(List.of(lefts, rights))) {
                    if (!d.samePeriod() || pair[0].period().equals(pair[1].period())) {
                        derived(d, pair, lefts, rights, group).ifPresent(derived::add);
                    }
                }
                if (!derived.isEmpty()) {
                    return derived;
                }
            }
            return List.of();
        } finally {
            deriving.remove(measure);
        }
    }

    private Optional<Observation> derived(Derivation d, Observation[] pair, List<Observation> lefts,
            List<Observation> rights, Subgroup group) {
        return d.apply(pair[0].value(), pair[1].value()).map(value -> {
            Observation o = Observation.derived(d.produces(), value, pair[0].period(), area,
                    Source.of(pair[0].source().citation() + "; " + pair[1].source().citation()))
                    .withSubgroup(group);
            String written = d.written(pair[0].value(), pair[1].value(), value);
            List<ResultWarning> warnings = new ArrayList<>();
            for (Observation part : pair) {
                warnings.addAll(resolution(part).warnings());
            }
            warnings.addAll(alternativesWarning(lefts));
            warnings.addAll(alternativesWarning(rights));
            warnings.add(new ResultWarning(WarningCode.DERIVED_INPUT, Phrase.of(
                    d.samePeriod() ? "derived_input.same_date" : "derived_input", d.produces().code(),
                    o.period().toString(), d.expression(), written, d.caveat().isEmpty() ? ""
                            : Phrase.of("derived_input.caveat", Phrase.of("caveat." + d.produces().code())))));
            List<Observation> leaves = new ArrayList<>();
            List<Observation> chosen = new ArrayList<>();
            // a difference of stocks at one date is named by its own value and date; a product by its parts' choices
            String suffix = d.samePeriod() ? SELF : suffix(pair[0], lefts) + suffix(pair[1], rights);
            for (int k = 0; k < 2; k++) {
                leaves.addAll(leaves(pair[k]));
                chosen.addAll(chosen(pair[k], k == 0 ? lefts : rights));
            }
            resolutions.put(o, new Resolution(Optional.of(written), List.of(pair), InputRole.PART,
                    List.copyOf(warnings), leaves, chosen, suffix));
            return o;
        });
    }

    /** Figures that tie, resolved by the conflict policy. */
    private List<Observation> resolve(List<Observation> tied) {
        ConflictPolicy policy = settings.conflictPolicy();
        Phrase what = Phrase.of("conflict.figures", tied.size(), tied.get(0).measure().code(),
                tied.stream().map(Evaluation::describeWithSource).collect(Collectors.joining("; ")));
        switch (policy.kind()) {
            case PREFER_SOURCE: {
                List<Observation> kept = tied.stream().filter(o -> policy.matches(o.source().citation())).toList();
                if (kept.isEmpty()) {
                    note(tied, Phrase.of("conflict.no_source_match", what, policy.source().orElseThrow(),
                            policy(policy)));
                    return tied;
                }
                note(kept, Phrase.of("conflict.kept", what, policy(policy),
                        kept.stream().map(Evaluation::describeWithSource).collect(Collectors.joining("; "))));
                return kept;
            }
            case TRIANGULATE: {
                if (tied.get(0).measure().kind() != QuantityKind.ESTIMATE) {
                    note(tied, Phrase.of("conflict.estimates_only", what, policy(policy),
                            tied.get(0).measure().code()));
                    return tied;
                }
                return List.of(triangulate(tied, what));
            }
            default:
                return tied;
        }
    }

    private static Phrase policy(ConflictPolicy policy) {
        switch (policy.kind()) {
            case PREFER_SOURCE:
                return Phrase.of("policy.prefer_source", policy.source().orElseThrow());
            case TRIANGULATE:
                return Phrase.of("policy.triangulate");
            default:
                return Phrase.of("policy.one_per_alternative");
        }
    }

    private Observation triangulate(List<Observation> tied, Phrase what) {
        List<SizeEstimate> parts = tied.stream().map(o -> SizeEstimate.published(estimate(o.value()),
                o.measure().code() + " " + o.period(), o.source())).toList();
        Estimate combined = SizeEstimates.triangulate(parts).toEstimate();
        Observation first = tied.get(0);
        ReferencePeriod period = tied.stream().allMatch(o -> o.period().equals(first.period())) ? first.period()
                : first.period().coversYear(year) ? ReferencePeriod.ofYear(year)
                        : ReferencePeriod.ofYear(first.period().endYear());
        Observation result = Observation.of(first.measure(), combined, period, area,
                Source.of("triangulation of " + tied.stream().map(o -> o.source().citation())
                        .collect(Collectors.joining("; "))))
                .withSubgroup(first.subgroup());
        Phrase triangulation = Phrase.of("conflict.triangulation",
                tied.stream().map(o -> Format.number(o.value().doubleValue())).collect(Collectors.joining(", ")),
                combined.point(), combined.lowOrPoint(), combined.highOrPoint());
        String derivation = triangulation.toString();
        List<Observation> leaves = tied.stream().flatMap(o -> leaves(o).stream()).toList();
        resolutions.put(result, new Resolution(Optional.of(derivation), tied, InputRole.COMBINED_ALTERNATIVE,
                List.of(new ResultWarning(WarningCode.CONFLICT_RESOLVED,
                        Phrase.of("conflict.triangulated", what, triangulation))),
                leaves, List.of(), ""));
        return result;
    }

    private static Estimate estimate(Quantity q) {
        return q instanceof Estimate e ? e : Estimate.of(q.doubleValue());
    }

    /** Adds a conflict warning to figures, keeping how a derived one was obtained. */
    private void note(List<Observation> observations, Phrase message) {
        ResultWarning warning = new ResultWarning(WarningCode.CONFLICT_RESOLVED, message);
        for (Observation o : observations) {
            Resolution r = resolution(o);
            List<ResultWarning> warnings = new ArrayList<>(r.warnings());
            warnings.add(warning);
            resolutions.put(o, new Resolution(r.derivation(), r.parts(), r.partRole(), List.copyOf(warnings),
                    r.leaves(), r.chosen(), r.suffix()));
        }
    }

    private Resolution resolution(Observation o) {
        Resolution r = resolutions.get(o);
        return r != null ? r : new Resolution(Optional.empty(), List.of(), InputRole.PART, List.of(), List.of(o),
                List.of(), "");
    }

    /** The published figures an input rests on: itself, or the figures a derived or combined one came from. */
    private List<Observation> leaves(Observation o) {
        return resolution(o).leaves();
    }

    /** The published figures that were chosen among alternatives, for the result's {@code alternatives()}. */
    private List<Observation> chosen(Observation o, List<Observation> among) {
        Resolution r = resolution(o);
        if (r.derivation().isPresent()) {
            return r.chosen();
        }
        return among.size() > 1 ? List.of(o) : List.of();
    }

    /** A label naming which alternative a figure is, when there are several: {@code " [12.4 %, 2016]"}. */
    private String suffix(Observation chosen, List<Observation> among) {
        Resolution r = resolution(chosen);
        if (r.derivation().isPresent() && r.partRole() == InputRole.PART && !r.suffix().equals(SELF)) {
            return r.suffix();
        }
        return among.size() > 1 ? " [" + describe(chosen) + "]" : "";
    }

    /**
     * The inputs to report for a figure in a role: the figure itself, or for a derived figure the figures it came
     * from (recursively) followed by the derived input. The last element is the one that plays the role.
     */
    private List<InputUsed> inputsFor(InputRole role, Observation o) {
        Resolution r = resolution(o);
        if (r.derivation().isEmpty()) {
            return List.of(InputUsed.of(role, o));
        }
        List<InputUsed> all = new ArrayList<>();
        List<InputUsed> direct = new ArrayList<>();
        for (Observation part : r.parts()) {
            List<InputUsed> partInputs = inputsFor(r.partRole(), part);
            all.addAll(partInputs);
            direct.add(partInputs.get(partInputs.size() - 1));
        }
        all.add(InputUsed.derived(role, o.measure(), o.value(), o.period(), r.derivation().orElseThrow(), direct));
        return all;
    }

    /**
     * How a figure was derived or resolved: the derivation (empty for a published figure), the figures it came from
     * and their role, its warnings, the published figures it rests on, those chosen among alternatives, and the label
     * suffix naming them.
     */
    private record Resolution(Optional<String> derivation, List<Observation> parts, InputRole partRole,
            List<ResultWarning> warnings, List<Observation> leaves, List<Observation> chosen, String suffix) {
    }

    /** An input of a formula: its role and the alternatives selected for it. */
    record Slot(InputRole role, List<Observation> alternatives) {
    }

    /** What a formula computes from one combination of inputs, with the result builder. */
    @FunctionalInterface
    interface Computation {
        IndicatorResult compute(IndicatorResult.Builder b, Observation[] chosen);
    }

    /**
     * One result per combination of the slots' alternatives, every combination kept except those that would divide
     * or subtract stocks at different dates when one has a partner at its own date: the shared ceremony of every
     * formula (variant and alternatives named, alternatives warned about, inputs recorded with their roles, the
     * checks on inputs added), then the formula's computation.
     */
    List<IndicatorResult> each(Variant variant, List<Slot> slots, Computation computation) {
        List<List<Observation>> lists = slots.stream().map(Slot::alternatives).toList();
        List<IndicatorResult> results = new ArrayList<>();
        for (Observation[] chosen : pairs(lists)) {
            StringBuilder suffix = new StringBuilder();
            List<Observation> alternatives = new ArrayList<>();
            for (int k = 0; k < chosen.length; k++) {
                suffix.append(suffix(chosen[k], lists.get(k)));
                alternatives.addAll(chosen(chosen[k], lists.get(k)));
            }
            IndicatorResult.Builder b = builder(variant).alternatives(alternatives, suffix.toString());
            for (List<Observation> list : lists) {
                alternativesWarning(list).forEach(b::warn);
            }
            List<Observation> leaves = new ArrayList<>();
            for (int k = 0; k < chosen.length; k++) {
                b.inputs(inputsFor(slots.get(k).role(), chosen[k]));
                resolution(chosen[k]).warnings().forEach(b::warn);
                leaves.addAll(leaves(chosen[k]));
            }
            warnOnInputs(b, leaves);
            IndicatorResult result = computation.compute(b, chosen);
            results.add(result);
        }
        return results;
    }

    IndicatorResult.Builder builder(Variant variant) {
        return IndicatorResult.builder(definition(), variant, area, ReferencePeriod.ofYear(year), subgroup)
                .conflictPolicy(settings.conflictPolicy());
    }

    /** A "not computable" result for missing inputs, naming what was searched, derivations included. */
    IndicatorResult missing(Variant variant, List<Measure> measures) {
        return missing(variant, Phrase.joined("list.and", measures.stream().map(this::searched).toList()));
    }

    /** A "not computable" result for missing inputs described in words. */
    IndicatorResult missing(Variant variant, Object what) {
        int horizon = settings.selector().horizonYears();
        Object searched = horizon == 0 ? Integer.valueOf(year)
                : horizon == 1 ? Phrase.of("selector.horizon.one", year) : Phrase.of("selector.horizon", year, horizon);
        return builder(variant).notComputable(NotComputableReason.Code.MISSING_INPUT, "missing_input", what,
                area.toString(), subgroup, searched);
    }

    /** A measure as searched: its code, with the derivations that could have given it. */
    Object searched(Measure m) {
        List<String> ways = indicator.derivations().stream().filter(d -> d.produces().equals(m))
                .filter(d -> !indicator.formula().publishedValues().contains(d.left())
                        && !indicator.formula().publishedValues().contains(d.right()))
                .map(Derivation::expression).toList();
        return ways.isEmpty() ? m.code() : Phrase.of("searched.derivable", m.code(), Phrase.joined("list.or", ways));
    }

    /**
     * Combinations of alternatives, one element from each list. A combination is dropped when two of its figures
     * are stocks at different dates and either has a partner at its own date in the other's list (the injecting
     * cases on 1 March are divided by the registered cases on 1 March, not by those on 1 September). Year and span
     * figures combine with every alternative: competing estimates all get a result.
     */
    static List<Observation[]> pairs(List<List<Observation>> lists) {
        List<Observation[]> combos = new ArrayList<>();
        combine(lists, 0, new Observation[lists.size()], combos);
        return combos;
    }

    private static void combine(List<List<Observation>> lists, int k, Observation[] current,
            List<Observation[]> out) {
        if (k == lists.size()) {
            out.add(current.clone());
            return;
        }
        for (Observation o : lists.get(k)) {
            boolean fits = true;
            for (int j = 0; j < k && fits; j++) {
                Observation a = current[j];
                fits = !(isDated(a) && isDated(o) && !a.period().equals(o.period())
                        && (hasPartner(a, lists.get(k)) || hasPartner(o, lists.get(j))));
            }
            if (fits) {
                current[k] = o;
                combine(lists, k + 1, current, out);
            }
        }
    }

    private static boolean isDated(Observation o) {
        return o.period().kind() == ReferencePeriod.Kind.DATE || o.period().kind() == ReferencePeriod.Kind.MONTH;
    }

    private static boolean hasPartner(Observation o, List<Observation> others) {
        return others.stream().anyMatch(x -> x.period().equals(o.period()));
    }

    static String describe(Observation o) {
        String value = o.value() instanceof Proportion p ? Format.percent(p.toFraction())
                : o.value() instanceof io.github.hrindicators.core.YesNo yn ? yn.toString()
                : Format.number(o.value().doubleValue());
        return o.measure().code() + " " + value + ", " + o.period();
    }

    private static String describeWithSource(Observation o) {
        return describe(o).substring(o.measure().code().length() + 1) + " from " + o.source().citation();
    }

    /** The warning on alternatives of published figures; derived ones are warned about through their parts. */
    private List<ResultWarning> alternativesWarning(List<Observation> alternatives) {
        if (alternatives.size() < 2 || alternatives.stream().anyMatch(o -> resolution(o).partRole() == InputRole.PART
                && resolution(o).derivation().isPresent())) {
            return List.of();
        }
        return List.of(new ResultWarning(WarningCode.ALTERNATIVE_INPUTS, Phrase.of("alternative_inputs",
                alternatives.size(), alternatives.get(0).measure().code(),
                alternatives.stream().map(o -> describe(o).substring(o.measure().code().length() + 1))
                        .collect(Collectors.joining("; ")))));
    }

    /** The checks every result gets, from the published figures it rests on: ranges excluding points, mixed years. */
    private void warnOnInputs(IndicatorResult.Builder b, List<Observation> used) {
        for (Observation o : new LinkedHashSet<>(used)) {
            boolean within = o.value() instanceof Estimate e ? e.isPointWithinInterval()
                    : !(o.value() instanceof Proportion p) || p.isPointWithinInterval();
            if (!within) {
                b.warn(WarningCode.RANGE_EXCLUDES_POINT, "range_excludes_point", o.measure().code(),
                        o.period().toString(), o.value());
            }
        }
        if (used.stream().anyMatch(o -> !o.period().coversYear(year))) {
            b.warn(WarningCode.MIXED_YEARS, "mixed_years", year, used.stream()
                    .map(o -> o.measure().code() + " " + o.period()).distinct().collect(Collectors.joining(", ")));
        }
    }

    /** The warning on a cut-off that decides the level but is unconfirmed. */
    static void warnUnconfirmedCut(IndicatorResult.Builder b, double value) {
        b.definition().bands().ifPresent(bands -> {
            if (!bands.lowerCutConfirmed() && value <= bands.upperCut()) {
                b.warn(WarningCode.UNCONFIRMED_THRESHOLD, "unconfirmed_lower_cut", bands.lowerCut());
            }
            if (!bands.upperCutConfirmed() && value >= bands.lowerCut()) {
                b.warn(WarningCode.UNCONFIRMED_THRESHOLD, "unconfirmed_upper_cut", bands.upperCut());
            }
        });
    }
}
