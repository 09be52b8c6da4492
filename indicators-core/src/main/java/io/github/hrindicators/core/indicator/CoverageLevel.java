package io.github.hrindicators.core.indicator;

/** Coverage level of an indicator value against its {@link CoverageBands}. */
public enum CoverageLevel {
    /** Below the lower cut-off. */
    LOW,
    /** From the lower cut-off to the upper cut-off, both included. */
    MEDIUM,
    /** Above the upper cut-off. */
    HIGH
}
