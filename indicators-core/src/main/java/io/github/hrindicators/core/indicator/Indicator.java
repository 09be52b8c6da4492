package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Dimension;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator as one declarative value: its {@link IndicatorDefinition} (id, name, sources, unit, bands, targets,
 * version), its {@link Formula}, the {@link Derivation}s it may use for inputs without a published figure, and the
 * {@link Dimension}s it is computed for. Every indicator, the library's and a user's own, is evaluated by the same
 * engine: select inputs, derive missing ones, pair alternatives, compute, annotate.
 *
 * <p>An indicator that cannot be computed returns results with {@link IndicatorResult.Status#NOT_COMPUTABLE} and
 * the reason, never an empty list, NaN or an exception.
 *
 * <p>A user's own indicator is one value, for example HCV testing among PWID with its own measures:
 * <pre>{@code
 * Measure tested = Measure.of("hcv_tested_pwid", QuantityKind.COUNT, "PWID tested for HCV in 12 months");
 * Indicator hcvTesting = Indicator.of(
 *         new IndicatorDefinition("hcv_testing_pwid", "1", "HCV testing among PWID", "PWID tested for HCV",
 *                 "estimated PWID", ResultUnit.PROPORTION, List.of("WHO 2022, HCV.1"), Optional.empty(), List.of()),
 *         Formula.Ratio.of(tested, Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "pwid_size",
 *                 "denominator: PWID size")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Indicator {
    private final IndicatorDefinition definition;
    private final Formula formula;
    private final List<Derivation> derivations;
    private final Set<Dimension> dimensions;
    private final Set<Measure> inputMeasures;

    private Indicator(IndicatorDefinition definition, Formula formula, List<Derivation> derivations,
            Set<Dimension> dimensions) {
        this.definition = Objects.requireNonNull(definition, "definition");
        this.formula = Objects.requireNonNull(formula, "formula");
        this.derivations = List.copyOf(derivations);
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        dims.addAll(dimensions);
        this.dimensions = Collections.unmodifiableSet(dims);
        if (!formula.allows(definition.unit())) {
            throw new IllegalArgumentException("Indicator " + definition.id() + ": a "
                    + formula.getClass().getSimpleName() + " formula cannot give values in "
                    + definition.unit().name().toLowerCase(java.util.Locale.ROOT));
        }
        this.inputMeasures = Collections.unmodifiableSet(reachable(formula.measures(), this.derivations));
    }

    /**
     * An indicator computed for every subgroup with figures of its inputs (all dimensions), with the
     * {@link Derivation#standard() standard derivations}.
     *
     * @param definition the definition
     * @param formula the formula
     * @return the indicator
     * @throws IllegalArgumentException if the formula cannot give values in the definition's unit (a ratio in
     *     people, a difference as a proportion)
     * @throws NullPointerException if an argument is null
     */
    public static Indicator of(IndicatorDefinition definition, Formula formula) {
        return new Indicator(definition, formula, Derivation.standard(), EnumSet.allOf(Dimension.class));
    }

    /**
     * A copy with another definition of the same indicator: other bands, targets or version.
     *
     * @param newDefinition the definition; its id must be this indicator's
     * @return the indicator
     * @throws IllegalArgumentException if the id differs, or the formula cannot give values in its unit
     */
    public Indicator withDefinition(IndicatorDefinition newDefinition) {
        if (!newDefinition.id().equals(definition.id())) {
            throw new IllegalArgumentException("Definition " + newDefinition.id() + " does not belong to indicator "
                    + definition.id() + "; make a new indicator with Indicator.of instead");
        }
        return new Indicator(newDefinition, formula, derivations, dimensions);
    }

    /**
     * A copy computed for other dimensions only: results for subgroups with other dimensions are not produced, and
     * an empty set means the total only.
     *
     * @param newDimensions the dimensions
     * @return the indicator
     */
    public Indicator withDimensions(Set<Dimension> newDimensions) {
        return new Indicator(definition, formula, derivations, newDimensions);
    }

    /**
     * A copy with other derivations (none: published figures only).
     *
     * @param newDerivations the derivations, tried in order for a measure without a published figure
     * @return the indicator
     */
    public Indicator withDerivations(List<Derivation> newDerivations) {
        return new Indicator(definition, formula, newDerivations, dimensions);
    }

    /**
     * The indicator's id, that of its definition.
     *
     * @return the id
     */
    public String id() {
        return definition.id();
    }

    /**
     * The definition.
     *
     * @return the definition
     */
    public IndicatorDefinition definition() {
        return definition;
    }

    /**
     * The formula.
     *
     * @return the formula
     */
    public Formula formula() {
        return formula;
    }

    /**
     * The derivations the indicator may use, in the order they are tried.
     *
     * @return an unmodifiable list
     */
    public List<Derivation> derivations() {
        return derivations;
    }

    /**
     * The dimensions the indicator is computed for; a subgroup with another dimension gets no result.
     *
     * @return an unmodifiable set; empty: the total only
     */
    public Set<Dimension> dimensions() {
        return dimensions;
    }

    /**
     * The measures the indicator reads, including those its derivations read. {@link #evaluateSeries} leaves out a
     * year for which none of them has a figure the selector would use.
     *
     * @return an unmodifiable set, not empty
     */
    public Set<Measure> inputMeasures() {
        return inputMeasures;
    }

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
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        Evaluation ev = new Evaluation(this, data, area, year, settings);
        List<IndicatorResult> results;
        if (formula instanceof Formula.Forms forms) {
            List<List<IndicatorResult>> byForm = new ArrayList<>();
            for (Formula form : forms.forms()) {
                byForm.add(evaluate(form, ev));
            }
            results = Formula.Forms.keepInformative(byForm);
        } else {
            results = evaluate(formula, ev);
        }
        return List.copyOf(results);
    }

    /** One formula (not several forms) for every subgroup it is computed for. */
    private static List<IndicatorResult> evaluate(Formula formula, Evaluation ev) {
        Optional<Subgroup> only = formula instanceof Formula.Ratio r ? r.numeratorSubgroup()
                : formula instanceof Formula.Reported p ? p.subgroup() : Optional.empty();
        List<Subgroup> groups = only.map(List::of).orElseGet(() -> ev.subgroupsWith(formula.subgroupMeasures()));
        List<IndicatorResult> results = new ArrayList<>();
        for (Subgroup group : groups) {
            Evaluation sub = ev.forSubgroup(group);
            if (formula instanceof Formula.Ratio r) {
                results.addAll(r.evaluate(sub));
            } else if (formula instanceof Formula.CaseShare c) {
                results.addAll(c.evaluate(sub));
            } else if (formula instanceof Formula.Difference d) {
                results.addAll(d.evaluate(sub));
            } else if (formula instanceof Formula.Reported p) {
                results.addAll(p.evaluate(sub));
            } else {
                results.addAll(((Formula.SurveyProportion) formula).evaluate(sub));
            }
        }
        return results;
    }

    /**
     * Evaluates the indicator with the {@link EvaluationSettings#defaults() default settings}.
     *
     * @param data the figures
     * @param area the area
     * @param year the target year
     * @return the results, at least one
     * @throws NullPointerException if an argument is null
     */
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year) {
        return evaluate(data, area, year, EvaluationSettings.defaults());
    }

    /**
     * Evaluates the indicator for every year from {@code fromYear} to {@code toYear}, both included; each result's
     * period is its year.
     *
     * <p>Rule for years without figures: a year is left out when none of the {@link #inputMeasures()} has a figure
     * (for the area, any subgroup) that the settings' selector would use for that year (a figure of the year, or an
     * earlier population estimate within the horizon). A year with some but not all inputs is kept, and its results
     * say which input is missing ({@link NotComputableReason.Code#MISSING_INPUT}).
     *
     * @param data the figures
     * @param area the area
     * @param fromYear the first year
     * @param toYear the last year, {@code >= fromYear}
     * @param settings how inputs are chosen and uncertainty computed
     * @return the results, ordered by year, then as {@link #evaluate} returns them
     * @throws IllegalArgumentException if {@code toYear < fromYear}
     * @throws NullPointerException if an argument is null
     */
    public List<IndicatorResult> evaluateSeries(Dataset data, Area area, int fromYear, int toYear,
            EvaluationSettings settings) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(settings, "settings");
        if (toYear < fromYear) {
            throw new IllegalArgumentException("Series ends before it starts: " + fromYear + " to " + toYear);
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            if (hasAnyInput(data, area, year, settings.selector())) {
                results.addAll(evaluate(data, area, year, settings));
            }
        }
        return List.copyOf(results);
    }

    private boolean hasAnyInput(Dataset data, Area area, int year, InputSelector selector) {
        for (Measure m : inputMeasures) {
            for (Subgroup s : data.subgroups(area)) {
                if (!selector.select(data, m, area, s, year).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The formula's measures and, transitively, the parts of the derivations that produce any of them. */
    private static Set<Measure> reachable(Set<Measure> measures, List<Derivation> derivations) {
        Set<Measure> all = new LinkedHashSet<>(measures);
        Deque<Measure> todo = new ArrayDeque<>(measures);
        while (!todo.isEmpty()) {
            Measure m = todo.pop();
            for (Derivation d : derivations) {
                if (d.produces().equals(m)) {
                    for (Measure part : List.of(d.left(), d.right())) {
                        if (all.add(part)) {
                            todo.push(part);
                        }
                    }
                }
            }
        }
        return all;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Indicator other && definition.equals(other.definition) && formula.equals(other.formula)
                && derivations.equals(other.derivations) && dimensions.equals(other.dimensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(definition, formula, derivations, dimensions);
    }

    @Override
    public String toString() {
        return definition.id() + " v" + definition.version();
    }
}
