package io.github.hrindicators.core.indicator;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What to do when several figures tie for one input (sources disagree for the same year): the user's choice, never
 * a silent one. Set it with {@link EvaluationSettings#withConflictPolicy(ConflictPolicy)}; every result names the
 * policy that produced it ({@link IndicatorResult#conflictPolicy()}), and a result whose input was resolved by a
 * policy other than one per alternative carries a {@link WarningCode#CONFLICT_RESOLVED} warning naming the figures
 * kept and set aside.
 *
 * <ul>
 * <li>{@link #onePerAlternative()} (the default): one result per alternative, each labelled in its variant and
 * warned about with {@link WarningCode#ALTERNATIVE_INPUTS}.</li>
 * <li>{@link #preferSource(String)}: of the tied figures, those whose source citation contains the given text
 * (ignoring case). When no tied figure comes from that source, the policy falls back to one result per
 * alternative and says so in a {@link WarningCode#CONFLICT_RESOLVED} warning. A single figure is used whatever its
 * source: the policy resolves conflicts, it does not filter sources.</li>
 * <li>{@link #triangulate()}: tied figures of an estimate (a {@link io.github.hrindicators.core.QuantityKind#ESTIMATE}
 * measure such as a PWID size) are combined by
 * {@link io.github.hrindicators.core.uncertainty.SizeEstimates#triangulate(java.util.List)}: the median of the
 * points as point, their minimum and maximum as a min-max range. The result lists the triangulated figure as a
 * derived input with every alternative and its source. Ties of counts or proportions are not triangulated: they
 * get one result per alternative, with a warning saying so.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConflictPolicy {
    /** The kinds of policy. */
    public enum Kind {
        /** One result per alternative (the default). */
        ONE_PER_ALTERNATIVE,
        /** Prefer the figures of a named source. */
        PREFER_SOURCE,
        /** Triangulate estimates: median as point, min-max as range. */
        TRIANGULATE
    }

    private static final ConflictPolicy ONE_PER_ALTERNATIVE =
            new ConflictPolicy(Kind.ONE_PER_ALTERNATIVE, Optional.empty());
    private static final ConflictPolicy TRIANGULATE = new ConflictPolicy(Kind.TRIANGULATE, Optional.empty());

    private final Kind kind;
    private final Optional<String> source;

    private ConflictPolicy(Kind kind, Optional<String> source) {
        this.kind = kind;
        this.source = source;
    }

    /**
     * One result per alternative: the default.
     *
     * @return the policy
     */
    public static ConflictPolicy onePerAlternative() {
        return ONE_PER_ALTERNATIVE;
    }

    /**
     * Prefer the figures whose source citation contains a text, ignoring case.
     *
     * @param citationContains the text, not blank (surrounding white space removed), such as {@code "UNAIDS"}
     * @return the policy
     * @throws IllegalArgumentException if the text is blank
     * @throws NullPointerException if the text is null
     */
    public static ConflictPolicy preferSource(String citationContains) {
        if (Objects.requireNonNull(citationContains, "citationContains").isBlank()) {
            throw new IllegalArgumentException("Preferred source text is blank");
        }
        return new ConflictPolicy(Kind.PREFER_SOURCE, Optional.of(citationContains.strip()));
    }

    /**
     * Triangulate tied estimates: median as point, min-max as range.
     *
     * @return the policy
     */
    public static ConflictPolicy triangulate() {
        return TRIANGULATE;
    }

    /**
     * The kind of policy.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The text a preferred source's citation contains.
     *
     * @return the text, present exactly for {@link Kind#PREFER_SOURCE}
     */
    public Optional<String> source() {
        return source;
    }

    /**
     * Whether a citation matches the preferred source.
     *
     * @param citation the citation
     * @return true for {@link Kind#PREFER_SOURCE} when the citation contains the text, ignoring case
     */
    boolean matches(String citation) {
        return source.map(s -> citation.toLowerCase(Locale.ROOT).contains(s.toLowerCase(Locale.ROOT)))
                .orElse(false);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ConflictPolicy other && other.kind == kind && other.source.equals(source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, source);
    }

    /**
     * A label: {@code one per alternative}, {@code prefer source 'UNAIDS'} or {@code triangulate}.
     *
     * @return the label
     */
    @Override
    public String toString() {
        switch (kind) {
            case PREFER_SOURCE:
                return "prefer source '" + source.orElseThrow() + "'";
            case TRIANGULATE:
                return "triangulate";
            default:
                return "one per alternative";
        }
    }
}
