package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one indicator for one area, period, subgroup and variant: either a computed value with its
 * numerator and denominator, interval, coverage level and gaps to targets, or an explicit "not computable" with
 * the reason. Either way it lists the inputs used (with their sources) and any warnings, and names the definition
 * (id and version) it followed.
 *
 * <p>A result never holds NaN: {@link #value()} is empty exactly when {@link #reason()} is present.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndicatorResult {
    /** Whether a result was computed. */
    public enum Status {
        /** The value was computed. */
        COMPUTED,
        /** The value could not be computed; {@link IndicatorResult#reason()} says why. */
        NOT_COMPUTABLE
    }

    private final IndicatorDefinition definition;
    private final String variant;
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
        this.area = b.area;
        this.period = b.period;
        this.subgroup = b.subgroup;
        this.value = value;
        this.numerator = value.isPresent() ? b.numerator : Optional.empty();
        this.denominator = value.isPresent() ? b.denominator : Optional.empty();
        this.intervals = value.isPresent() ? List.copyOf(b.intervals) : List.of();
        this.level = value.flatMap(v -> definition.bands().map(bands -> bands.level(v.doubleValue())));
        this.gaps = value.isPresent() ? List.copyOf(b.gaps) : List.of();
        this.inputs = List.copyOf(b.inputs);
        this.warnings = List.copyOf(b.warnings);
        this.reason = reason;
        this.conflictPolicy = b.conflictPolicy;
    }

    static Builder builder(IndicatorDefinition definition, String variant, Area area, ReferencePeriod period,
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
     * Which variant of the indicator this is, such as {@code denominator: PWID size (proxy)} or
     * {@code cases with known route}.
     *
     * @return the variant label
     */
    public String variant() {
        return variant;
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
     * Every uncertainty interval computed, each naming its method (and level and seed where it has them): for a
     * coverage with an uncertain denominator, plausible bounds, the log-scale delta method and Monte Carlo.
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
    public String toString() {
        String policy = conflictPolicy.kind() == ConflictPolicy.Kind.ONE_PER_ALTERNATIVE ? ""
                : " {" + conflictPolicy + "}";
        return definition.id() + " [" + variant + "]" + policy + " " + area + " " + period + " " + subgroup + ": "
                + value.map(Object::toString).orElseGet(() -> "not computable (" + reason.orElseThrow().message() + ")");
    }

    /** Collects the parts of a result; package-private, used by the indicators. */
    static final class Builder {
        private final IndicatorDefinition definition;
        private final String variant;
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

        private Builder(IndicatorDefinition definition, String variant, Area area, ReferencePeriod period, Subgroup subgroup) {
            this.definition = Objects.requireNonNull(definition, "definition");
            this.variant = Objects.requireNonNull(variant, "variant");
            this.area = Objects.requireNonNull(area, "area");
            this.period = Objects.requireNonNull(period, "period");
            this.subgroup = Objects.requireNonNull(subgroup, "subgroup");
        }

        void input(InputUsed input) {
            inputs.add(input);
        }

        void inputs(List<InputUsed> more) {
            inputs.addAll(more);
        }

        void warn(WarningCode code, String message) {
            ResultWarning w = new ResultWarning(code, message);
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

        IndicatorResult notComputable(NotComputableReason.Code code, String message) {
            return new IndicatorResult(this, Optional.empty(), Optional.of(new NotComputableReason(code, message)));
        }
    }
}
