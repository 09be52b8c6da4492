package io.github.hrindicators.core;

/** What the range of an {@link Estimate} or a {@link Proportion} means. */
public enum RangeKind {
    /** Lower and upper plausible bounds, as in UNAIDS estimates ("8,500 (6,300–11,000)"). */
    PLAUSIBLE_BOUNDS("plausible bounds"),
    /** A 95 % confidence interval from a sample. */
    CONFIDENCE_INTERVAL_95("95 % CI"),
    /** A 95 % uncertainty interval from a model or simulation. */
    UNCERTAINTY_INTERVAL_95("95 % UI"),
    /** The lowest and highest of several values, such as sites or sub-national estimates. */
    MIN_MAX("min-max of sites"),
    /** A range whose meaning the source does not state. */
    UNSPECIFIED("range (meaning not stated)");

    private final String label;

    RangeKind(String label) {
        this.label = label;
    }

    /**
     * A short human-readable label, such as {@code "95 % CI"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
