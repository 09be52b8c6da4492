package io.github.hrindicators.core;

/**
 * A typed amount: a {@link Count}, an {@link Estimate}, a {@link Proportion}, a {@link Rate} or a yes/no
 * figure ({@link YesNo}).
 *
 * <p>The permitted types keep a count of people on a programme, an estimated population size and a share from
 * being mixed up by accident: each indicator states which kind it takes for its numerator and its denominator.
 */
public sealed interface Quantity permits Count, Estimate, Proportion, Rate, YesNo {

    /**
     * The kind of this quantity.
     *
     * @return the kind, never {@code null}
     */
    QuantityKind kind();

    /**
     * The value as a {@code double}: people or items for counts and estimates, a <em>fraction</em> (not a
     * percent) for proportions, an amount per person per year for rates, 1 or 0 for yes or no.
     *
     * @return the value, always finite
     */
    double doubleValue();
}
