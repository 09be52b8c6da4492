/**
 * Indicator definitions (as data), the indicators themselves, input selection and results.
 *
 * <p>An {@link io.github.hrindicators.core.indicator.IndicatorDefinition} holds an indicator's id, name,
 * numerator and denominator, unit, primary sources, {@link io.github.hrindicators.core.indicator.CoverageBands}
 * and {@link io.github.hrindicators.core.indicator.Target}s, each with its source and a version.
 * {@link io.github.hrindicators.core.indicator.StandardDefinitions} has the defaults from WHO, UNODC and UNAIDS.
 * An {@link io.github.hrindicators.core.indicator.Indicator} evaluates a dataset for an area and year and returns
 * {@link io.github.hrindicators.core.indicator.IndicatorResult}s: a value with its interval, coverage level, target
 * gaps, the inputs used with their sources and warnings, or an explicit "not computable" with the reason.
 *
 * <p>No method of this package accepts or returns {@code null}.
 */
package io.github.hrindicators.core.indicator;
