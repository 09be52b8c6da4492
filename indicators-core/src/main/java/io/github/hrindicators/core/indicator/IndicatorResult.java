package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of one indicator for one area, period, subgroup and variant: either a computed value with its
 * numerator and denominator, interval, coverage level and gaps to targets, or an explicit "not computable" with
 * the reason. Either way it lists the inputs used (with their sources) and any warnings, and names the definition
 * (id and version) it followed.
 *
 * <p>A result never holds NaN: {@link #value()} is empty exactly when {@link #reason()} is present. Results are
 * identified by types, never by text: the indicator's id, the {@link Variant} with its code, the area, period and
 * subgroup, and the figures chosen among alternatives ({@link #alternatives()}).
 *
 * <p>This class is immutable and thread-safe; two results are equal when all their parts are.
 */
public final class IndicatorResult {
    /** Whether a result was computed. */
    public enum Status {
        /** The value was computed. */
        COMPUTED,
        /** The value could not be computed; {@link IndicatorResult#reason()} says why. */
        NOT_COMPUTABLE
    }

    /**
     * The most intervals a result has: the published range of its value, and for a coverage with an uncertain
     * denominator plausible bounds, then the delta method and Monte Carlo at each of up to
     * {@link EvaluationSettings#MAX_LEVELS} confidence levels.
     */
    public static final int MAX_INTERVALS = 2 + 2 * EvaluationSettings.MAX_LEVELS;

    private final IndicatorDefinition definition;
    private final Variant variant;
    private final List<Observation> alternatives;
    private final String alternativesLabel;
    private final Area area;
    private final ReferencePeriod period;
    private final Subgroup subgroup;
    private final Optional<Quantity> value;
    private final Optional<Quantity> numerator;
    private final Optional<Quantity> denominator;
    private final List<Interval> intervals;
    private final Optional<CoverageLevel> level;
    private final List<TargetGap> gaps;
    private final List<InputUsed> inputs;
    private final List<ResultWarning> warnings;
    private final Optional<NotComputableReason> reason;
    private final ConflictPolicy conflictPolicy;

    private IndicatorResult(Builder b, Optional<Quantity> value, Optional<NotComputableReason> reason) {
        this.definition = b.definition;
        this.variant = b.variant;
        this.alternatives = List.copyOf(b.alternatives);
        this.alternativesLabel = b.alternativesLabel;
        this.area = b.area;
        this.period = b.period;
        this.subgroup = b.subgroup;
        this.value = value;
        this.numerator = value.isPresent() ? b.numerator : Optional.empty();
        this.denominator = value.isPresent() ? b.denominator : Optional.empty();
        this.intervals = value.isPresent() ? intervals(value.get(), b.intervals) : List.of();
        this.level = value.flatMap(v -> definition.bands().map(bands -> bands.level(v.doubleValue())));
        this.gaps = value.isPresent() ? List.copyOf(b.gaps) : List.of();
        this.inputs = List.copyOf(b.inputs);
        this.warnings = List.copyOf(b.warnings);
        this.reason = reason;
        this.conflictPolicy = b.conflictPolicy;
    }

    /** A not-computable copy with another reason. */
    private IndicatorResult(IndicatorResult r, NotComputableReason newReason) {
        this.definition = r.definition;
        this.variant = r.variant;
        this.alternatives = r.alternatives;
        this.alternativesLabel = r.alternativesLabel;
        this.area = r.area;
        this.period = r.period;
        this.subgroup = r.subgroup;
        this.value = Optional.empty();
        this.numerator = Optional.empty();
        this.denominator = Optional.empty();
        this.intervals = List.of();
        this.level = Optional.empty();
        this.gaps = List.of();
        this.inputs = r.inputs;
        this.warnings = r.warnings;
        this.reason = Optional.of(newReason);
        this.conflictPolicy = r.conflictPolicy;
    }

    /** The same "not computable" result with another reason, such as one naming what each form lacks. */
    IndicatorResult withReason(NotComputableReason newReason) {
        return new IndicatorResult(this, Objects.requireNonNull(newReason, "newReason"));
    }

    /** The published range of the value first (a published share keeps its range), then the computed ones. */
    private static List<Interval> intervals(Quantity value, List<Interval> computed) {
        List<Interval> all = new ArrayList<>();
        Derivation.range(value).filter(i -> i.method().isPublished()).ifPresent(all::add);
        all.addAll(computed);
        if (all.size() > MAX_INTERVALS) {
            throw new IllegalStateException("A result has more than " + MAX_INTERVALS + " intervals: " + all);
        }
        return List.copyOf(all);
    }

    static Builder builder(IndicatorDefinition definition, Variant variant, Area area, ReferencePeriod period,
            Subgroup subgroup) {
        return new Builder(definition, variant, area, period, subgroup);
    }

    /**
     * The definition followed; its id and version identify the indicator.
     *
     * @return the definition
     */
    public IndicatorDefinition definition() {
        return definition;
    }

    /**
     * Which variant of the indicator this is, with its stable code and typed facets (denominator, proxy, case base).
     *
     * @return the variant
     */
    public Variant variant() {
        return variant;
    }

    /**
     * The published figures chosen for this result where an input had several (sources or dates disagree, and the
     * conflict policy kept them all): one result per alternative, each naming its own.
     *
     * @return an unmodifiable list, empty when no input had alternatives
     */
    public List<Observation> alternatives() {
        return alternatives;
    }

    /**
     * The variant and its alternatives for people: {@code denominator: PWID size (proxy) [pwid_population_size
     * 25000, 2013]}. For display only; use {@link #variant()} and {@link #alternatives()} in code.
     *
     * @return the label
     */
    public String variantLabel() {
        return variant.label() + alternativesLabel;
    }

    /**
     * The area.
     *
     * @return the area
     */
    public Area area() {
        return area;
    }

    /**
     * The period the result refers to.
     *
     * @return the period
     */
    public ReferencePeriod period() {
        return period;
    }

    /**
     * The subgroup.
     *
     * @return the subgroup
     */
    public Subgroup subgroup() {
        return subgroup;
    }

    /**
     * Whether the value was computed.
     *
     * @return the status
     */
    public Status status() {
        return value.isPresent() ? Status.COMPUTED : Status.NOT_COMPUTABLE;
    }

    /**
     * The value, in the unit of {@link IndicatorDefinition#unit()}.
     *
     * @return the value, or empty if not computable
     */
    public Optional<Quantity> value() {
        return value;
    }

    /**
     * The value if it is of a type: {@code result.value(Proportion.class)} for a coverage,
     * {@code result.value(Estimate.class)} for a number of people.
     *
     * @param <Q> the type
     * @param type the type
     * @return the value, or empty if not computable or of another type
     */
    public <Q extends Quantity> Optional<Q> value(Class<Q> type) {
        return value.filter(type::isInstance).map(type::cast);
    }

    /**
     * The value as a number: a share as a fraction, a rate per person per year, a number of people.
     *
     * @return the number, or empty if not computable
     */
    public OptionalDouble number() {
        return value.isPresent() ? OptionalDouble.of(value.get().doubleValue()) : OptionalDouble.empty();
    }

    /**
     * The numerator used.
     *
     * @return the numerator, or empty if not computable or the indicator is a difference
     */
    public Optional<Quantity> numerator() {
        return numerator;
    }

    /**
     * The denominator used.
     *
     * @return the denominator, or empty if not computable or the indicator is a difference
     */
    public Optional<Quantity> denominator() {
        return denominator;
    }

    /**
     * The primary uncertainty interval, naming its method: the first of {@link #intervals()}.
     *
     * @return the interval, or empty if the inputs carry no range
     */
    public Optional<Interval> interval() {
        return intervals.stream().findFirst();
    }

    /**
     * Every uncertainty interval, each naming its method (and level, seed and draws where it has them): the
     * published range of a published value (UNAIDS' ART coverage 28 %, 21–37 %), and those computed: for a
     * coverage with an uncertain denominator, plausible bounds, the log-scale delta method and Monte Carlo; for a
     * survey proportion its binomial interval; for a difference the range carried through. The delta, Monte Carlo
     * and binomial intervals come once per {@link EvaluationSettings#levels() level}, the primary level first. At
     * most {@value #MAX_INTERVALS}.
     *
     * @return an unmodifiable list, empty if the inputs carry no range or the result is not computable
     */
    public List<Interval> intervals() {
        return intervals;
    }

    /**
     * The coverage level, where the definition has bands.
     *
     * @return the level, or empty
     */
    public Optional<CoverageLevel> level() {
        return level;
    }

    /**
     * The gap to each of the definition's targets.
     *
     * @return an unmodifiable list, empty if not computable or without targets
     */
    public List<TargetGap> gaps() {
        return gaps;
    }

    /**
     * The inputs used, with their sources.
     *
     * @return an unmodifiable list
     */
    public List<InputUsed> inputs() {
        return inputs;
    }

    /**
     * Warnings about the inputs or the value.
     *
     * @return an unmodifiable list
     */
    public List<ResultWarning> warnings() {
        return warnings;
    }

    /**
     * Why the value could not be computed.
     *
     * @return the reason, present exactly when {@link #value()} is empty
     */
    public Optional<NotComputableReason> reason() {
        return reason;
    }

    /**
     * The policy that handled figures that tied for an input ({@link EvaluationSettings#conflictPolicy()}). Under
     * the default, {@link ConflictPolicy#onePerAlternative()}, each alternative has its own result and variant;
     * under another policy a result whose input it resolved also carries {@link WarningCode#CONFLICT_RESOLVED}.
     *
     * @return the policy
     */
    public ConflictPolicy conflictPolicy() {
        return conflictPolicy;
    }

    /**
     * The years of the inputs used, ascending: a result flagged {@link WarningCode#MIXED_YEARS} names them here
     * as well as in the warning.
     *
     * @return the distinct end years of the inputs' periods, ascending
     */
    public java.util.SortedSet<Integer> inputYears() {
        return java.util.Collections.unmodifiableSortedSet(inputs.stream().map(i -> i.period().endYear())
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    /**
     * Whether a warning of a kind is present.
     *
     * @param code the kind
     * @return true if present
     */
    public boolean hasWarning(WarningCode code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IndicatorResult o && definition.equals(o.definition) && variant.equals(o.variant)
                && alternatives.equals(o.alternatives) && alternativesLabel.equals(o.alternativesLabel)
                && area.equals(o.area) && period.equals(o.period) && subgroup.equals(o.subgroup)
                && value.equals(o.value) && numerator.equals(o.numerator) && denominator.equals(o.denominator)
                && intervals.equals(o.intervals) && gaps.equals(o.gaps) && inputs.equals(o.inputs)
                && warnings.equals(o.warnings) && reason.equals(o.reason) && conflictPolicy.equals(o.conflictPolicy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(definition.id(), variant, area, period, subgroup, value);
    }

    @Override
    public String toString() {
        String policy = conflictPolicy.kind() == ConflictPolicy.Kind.ONE_PER_ALTERNATIVE ? ""
                : " {" + conflictPolicy + "}";
        return definition.id() + " [" + variantLabel() + "]" + policy + " " + area + " " + period + " " + subgroup + ": "
                + value.map(Object::toString).orElseGet(() -> "not computable (" + reason.orElseThrow().message() + ")");
    }

    /** Collects the parts of a result; package-private, used by the indicators. */
    static final class Builder {
        private final IndicatorDefinition definition;
        private final Variant variant;
        private List<Observation> alternatives = List.of();
        private String alternativesLabel = "";
        private final Area area;
        private final ReferencePeriod period;
        private final Subgroup subgroup;
        private Optional<Quantity> numerator = Optional.empty();
        private Optional<Quantity> denominator = Optional.empty();
        private final List<Interval> intervals = new ArrayList<>();
        private final List<TargetGap> gaps = new ArrayList<>();
        private final List<InputUsed> inputs = new ArrayList<>();
        private final List<ResultWarning> warnings = new ArrayList<>();
        private ConflictPolicy conflictPolicy = ConflictPolicy.onePerAlternative();

        private Builder(IndicatorDefinition definition, Variant variant, Area area, ReferencePeriod period, Subgroup subgroup) {
            this.definition = Objects.requireNonNull(definition, "definition");
            this.variant = Objects.requireNonNull(variant, "variant");
            this.area = Objects.requireNonNull(area, "area");
            this.period = Objects.requireNonNull(period, "period");
            this.subgroup = Objects.requireNonNull(subgroup, "subgroup");
        }

        Builder alternatives(List<Observation> chosen, String label) {
            alternatives = List.copyOf(chosen);
            alternativesLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        List<InputUsed> inputsSoFar() {
            return List.copyOf(inputs);
        }

        void input(InputUsed input) {
            inputs.add(input);
        }

        void inputs(List<InputUsed> more) {
            inputs.addAll(more);
        }

        void warn(WarningCode code, String key, Object... arguments) {
            warn(new ResultWarning(code, Phrase.of(key, arguments)));
        }

        void warn(ResultWarning w) {
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }

        Builder conflictPolicy(ConflictPolicy policy) {
            conflictPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        Builder ratio(Quantity num, Quantity den) {
            numerator = Optional.of(num);
            denominator = Optional.of(den);
            return this;
        }

        void interval(Interval newInterval) {
            intervals.add(newInterval);
        }

        void gap(TargetGap gap) {
            gaps.add(gap);
        }

        IndicatorDefinition definition() {
            return definition;
        }

        IndicatorResult computed(Quantity value) {
            return new IndicatorResult(this, Optional.of(value), Optional.empty());
        }

        IndicatorResult notComputable(NotComputableReason.Code code, String key, Object... arguments) {
            return new IndicatorResult(this, Optional.empty(),
                    Optional.of(new NotComputableReason(code, Phrase.of(key, arguments))));
        }
    }
}
