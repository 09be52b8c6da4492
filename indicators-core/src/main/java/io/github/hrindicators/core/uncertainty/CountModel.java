package io.github.hrindicators.core.uncertainty;

/**
 * How the numerator X of a coverage X / N is treated: as an exact count, or as a Poisson count whose variance equals
 * its value.
 */
public enum CountModel {
    /**
     * X ~ Poisson(x): Var(X) = x, so Var(log X) ≈ Var(X)/X² = 1/x (delta method), and Monte Carlo draws X from a
     * Poisson distribution with mean x. Appropriate for routine counts subject to chance variation (people newly
     * diagnosed, people on treatment at a census date from a register with reporting noise).
     */
    POISSON,
    /** X is known exactly: Var(X) = 0, and only the denominator's uncertainty enters the interval. */
    EXACT
}
