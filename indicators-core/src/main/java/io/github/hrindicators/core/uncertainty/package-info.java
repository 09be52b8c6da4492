/**
 * Uncertainty of indicators and size estimation of the populations they divide by.
 *
 * <ul>
 * <li>{@link io.github.hrindicators.core.uncertainty.BinomialIntervals}: survey proportions x of n, by one of the
 * interchangeable {@link io.github.hrindicators.core.uncertainty.BinomialMethod}s (Wilson by default), optionally
 * with a design effect for respondent-driven samples.</li>
 * <li>{@link io.github.hrindicators.core.uncertainty.CoverageIntervals}: a coverage X / N whose denominator N is an
 * estimate with a range, by plausible bounds, the delta method on the log scale, or seeded Monte Carlo.</li>
 * <li>{@link io.github.hrindicators.core.uncertainty.SizeEstimates}: population sizes by the multiplier
 * (benchmark) method, two-source capture-recapture (Lincoln-Petersen, Chapman, Bailey; normal, log-normal, exact
 * Poisson and exact hypergeometric intervals) and triangulation, each returned as a
 * {@link io.github.hrindicators.core.uncertainty.SizeEstimate} that keeps its method, inputs and standard error.</li>
 * <li>{@link io.github.hrindicators.core.uncertainty.MultipleSources}: capture-recapture with three or more lists by
 * log-linear models ({@link io.github.hrindicators.core.uncertainty.LogLinearModel}), compared by AIC and BIC, with
 * profile likelihood intervals.</li>
 * </ul>
 *
 * <p>Every {@code double} level in this package is a <em>confidence level</em> (0.95 for a 95 % interval), never an
 * error rate. No method accepts or returns {@code null}. Inputs for which a result is not computable (zero trials,
 * a denominator without a range, zero recaptures for Lincoln-Petersen, ...) raise an
 * {@link java.lang.IllegalArgumentException} whose message names the rule and the value; callers map it to "not
 * computable". Apache Commons Statistics and Commons Numbers are used inside this package only and never appear in a
 * signature.
 */
package io.github.hrindicators.core.uncertainty;
