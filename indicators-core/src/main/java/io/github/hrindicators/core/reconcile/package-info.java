/**
 * Reported versus computed: indicator values a country reported (such as to UNAIDS Global AIDS Monitoring) set
 * beside the values this library computes from published inputs, with the difference, whether it goes beyond the
 * reported value's rounding, and an explanation where one can be stated.
 *
 * <p>A {@link io.github.hrindicators.core.reconcile.ReportedValue} is a result, not an input: nothing here turns a
 * reported ratio back into a count or a denominator for further computation.
 * {@link io.github.hrindicators.core.reconcile.Reconciliation#compare} returns one
 * {@link io.github.hrindicators.core.reconcile.Comparison} per reported value and computed variant.
 *
 * <p>No method of this package accepts or returns {@code null}.
 */
package io.github.hrindicators.core.reconcile;
