package io.github.hrindicators.core;

/** The kinds of {@link Quantity}. */
public enum QuantityKind {
    /** A whole, non-negative number of people or items ({@link Count}). */
    COUNT,
    /** An estimated number of people, optionally with a range ({@link Estimate}). */
    ESTIMATE,
    /** A share held as a fraction within [0, 1], optionally with a range ({@link Proportion}). */
    PROPORTION,
    /** An amount per person per year ({@link Rate}). */
    RATE,
    /** A yes/no figure, such as whether drug consumption rooms exist ({@link YesNo}). */
    YES_NO
}
