package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import java.util.List;
import java.util.Set;

/**
 * An indicator: evaluates a {@link Dataset} for an area and year and returns its results, one per subgroup and
 * variant (and per alternative input when sources disagree). An indicator that cannot be computed returns results
 * with {@link IndicatorResult.Status#NOT_COMPUTABLE} and the reason, never an empty list, NaN or an exception.
 *
 * <p>Implementations are immutable and thread-safe. Obtain them from {@link Indicators}.
 */
public interface Indicator {

    /**
     * The definition this indicator follows.
     *
     * @return the definition
     */
    IndicatorDefinition definition();

    /**
     * The measures this indicator reads, whatever the subgroup. {@link Indicators#evaluateSeries} omits a year for
     * which none of them has a figure the selector would use.
     *
     * @return an unmodifiable set, not empty
     */
    Set<Measure> inputMeasures();

    /**
     * Evaluates the indicator.
     *
     * @param data the figures
     * @param area the area
     * @param year the target year
     * @param settings how inputs are chosen and uncertainty computed
     * @return the results, at least one
     * @throws NullPointerException if an argument is null
     */
    List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings);

    /**
     * Evaluates the indicator with the {@link EvaluationSettings#defaults() default settings}.
     *
     * @param data the figures
     * @param area the area
     * @param year the target year
     * @return the results, at least one
     * @throws NullPointerException if an argument is null
     */
    default List<IndicatorResult> evaluate(Dataset data, Area area, int year) {
        return evaluate(data, area, year, EvaluationSettings.defaults());
    }
}
