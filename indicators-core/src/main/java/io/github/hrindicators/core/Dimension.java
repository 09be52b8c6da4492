package io.github.hrindicators.core;

/** A dimension along which figures and results are disaggregated ({@link Subgroup}). */
public enum Dimension {
    /** {@link Setting}: community, facility, prison. */
    SETTING,
    /** {@link Gender}. */
    GENDER,
    /** {@link AgeBand}. */
    AGE,
    /** {@link ProviderType}. */
    PROVIDER_TYPE
}
