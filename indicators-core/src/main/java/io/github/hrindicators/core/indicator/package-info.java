/**
 * The indicator catalogue, its engine and results.
 *
 * <p>An {@link io.github.hrindicators.core.indicator.Indicator} is one declarative value: its
 * {@link io.github.hrindicators.core.indicator.IndicatorDefinition} (id, name, numerator and denominator, unit,
 * primary sources, {@link io.github.hrindicators.core.indicator.CoverageBands} and
 * {@link io.github.hrindicators.core.indicator.Target}s, version), its
 * {@link io.github.hrindicators.core.indicator.Formula} (ratio, case share, difference, survey proportion), the
 * {@link io.github.hrindicators.core.indicator.Derivation}s it may use for inputs without a published figure, and
 * the dimensions it is computed for. {@link io.github.hrindicators.core.indicator.StandardIndicators} declares the
 * library's indicators and {@link io.github.hrindicators.core.indicator.Catalogue#standard()} holds them; a user adds
 * their own with {@link io.github.hrindicators.core.indicator.Catalogue#with}. One engine evaluates every indicator
 * and returns {@link io.github.hrindicators.core.indicator.IndicatorResult}s: a value with every interval, coverage
 * level, target gaps, the inputs used with their typed roles and sources, and warnings, or an explicit "not
 * computable" with the reason; each names its {@link io.github.hrindicators.core.indicator.Variant} by a stable code.
 *
 * <p>No method of this package accepts or returns {@code null}.
 */
package io.github.hrindicators.core.indicator;
