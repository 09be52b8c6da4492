package io.github.hrindicators.core.records;

/**
 * The phase of treatment a daily dose belongs to. WHO PRV.14 counts maintenance doses only: induction and tapering
 * are excluded from its numerator and its denominator.
 */
public enum DosePhase {
    /** The first days or weeks, while the dose is raised. */
    INDUCTION,
    /** The stable dose. */
    MAINTENANCE,
    /** The dose lowered towards the end of treatment. */
    TAPERING
}
