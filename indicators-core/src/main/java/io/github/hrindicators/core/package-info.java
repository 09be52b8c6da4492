/**
 * Typed values and input figures for HIV and harm-reduction indicators among people who inject drugs (PWID).
 *
 * <p>A {@link io.github.hrindicators.core.Count} is a whole number of people or items, an
 * {@link io.github.hrindicators.core.Estimate} is a population estimate with an optional
 * {@link io.github.hrindicators.core.Interval}, a {@link io.github.hrindicators.core.Proportion} is a share held as a
 * fraction (created from a percent or a fraction, never from a bare {@code double} of unknown meaning) and a
 * {@link io.github.hrindicators.core.Rate} is an amount per person per year. Input figures are
 * {@link io.github.hrindicators.core.Observation}s collected in an immutable
 * {@link io.github.hrindicators.core.Dataset}.
 *
 * <p>No method of this package accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
package io.github.hrindicators.core;
