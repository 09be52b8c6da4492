package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.uncertainty.BinomialMethod;
import io.github.hrindicators.core.uncertainty.CoverageOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How indicators are evaluated: which inputs are chosen ({@link InputSelector}) and how uncertainty is computed
 * ({@link CoverageOptions}: confidence level, numerator model, Monte Carlo draws and seed; the
 * {@link BinomialMethod} of survey proportions), and what to do when sources disagree ({@link ConflictPolicy}).
 * Every result reports the methods, level and seed it used and the conflict policy, so the same settings reproduce
 * it bit for bit.
 *
 * <p>Intervals are computed at the confidence level of {@link CoverageOptions} and, when
 * {@link #withAdditionalLevels(double...) additional levels} are set (such as 99.8 % beside 95 %, the two limits of
 * a funnel plot), at each of those too: a result then carries every level-bearing interval (delta method, Monte
 * Carlo, binomial) once per level, the primary level first.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationSettings {
    private static final EvaluationSettings DEFAULTS =
            new EvaluationSettings(InputSelector.defaults(), CoverageOptions.defaults(),
                    ConflictPolicy.onePerAlternative(), BinomialMethod.WILSON, List.of());

    /** The most levels a run computes intervals at: the primary level and two more. */
    public static final int MAX_LEVELS = 3;

    private final InputSelector selector;
    private final CoverageOptions uncertainty;
    private final ConflictPolicy conflictPolicy;
    private final BinomialMethod binomialMethod;
    private final List<Double> additionalLevels;

    private EvaluationSettings(InputSelector selector, CoverageOptions uncertainty, ConflictPolicy conflictPolicy,
            BinomialMethod binomialMethod, List<Double> additionalLevels) {
        this.selector = selector;
        this.uncertainty = uncertainty;
        this.conflictPolicy = conflictPolicy;
        this.binomialMethod = binomialMethod;
        this.additionalLevels = additionalLevels;
    }

    /**
     * The defaults: {@link InputSelector#defaults()}, {@link CoverageOptions#defaults()},
     * {@link ConflictPolicy#onePerAlternative()} and {@link BinomialMethod#WILSON} for survey proportions.
     *
     * @return the settings
     */
    public static EvaluationSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another input selector.
     *
     * @param newSelector the selector
     * @return the settings
     * @throws NullPointerException if {@code newSelector} is null
     */
    public EvaluationSettings withSelector(InputSelector newSelector) {
        return new EvaluationSettings(Objects.requireNonNull(newSelector, "selector"), uncertainty, conflictPolicy,
                binomialMethod, additionalLevels);
    }

    /**
     * A copy with other uncertainty options.
     *
     * @param newUncertainty the options
     * @return the settings
     * @throws NullPointerException if {@code newUncertainty} is null
     */
    public EvaluationSettings withUncertainty(CoverageOptions newUncertainty) {
        return new EvaluationSettings(selector, Objects.requireNonNull(newUncertainty, "uncertainty"), conflictPolicy,
                binomialMethod, additionalLevels);
    }

    /**
     * A copy with another policy for figures that tie (sources that disagree).
     *
     * @param newPolicy the policy
     * @return the settings
     * @throws NullPointerException if {@code newPolicy} is null
     */
    public EvaluationSettings withConflictPolicy(ConflictPolicy newPolicy) {
        return new EvaluationSettings(selector, uncertainty, Objects.requireNonNull(newPolicy, "conflictPolicy"),
                binomialMethod, additionalLevels);
    }

    /**
     * A copy with another interval method for survey proportions (such as HIV prevalence from a sample).
     *
     * @param newMethod the method
     * @return the settings
     * @throws NullPointerException if {@code newMethod} is null
     */
    public EvaluationSettings withBinomialMethod(BinomialMethod newMethod) {
        return new EvaluationSettings(selector, uncertainty, conflictPolicy,
                Objects.requireNonNull(newMethod, "binomialMethod"), additionalLevels);
    }

    /**
     * A copy that also computes every level-bearing interval at these confidence levels, after those at the primary
     * level of {@link #uncertainty()}; none replaces any set before.
     *
     * @param levels the further levels, each strictly between 0 and 1, distinct from each other; at most
     *     {@value #MAX_LEVELS} levels in all with the primary one (none: only the primary level)
     * @return the settings
     * @throws IllegalArgumentException if a level is not strictly between 0 and 1, is given twice, or there are more
     *     than {@code MAX_LEVELS - 1}
     */
    public EvaluationSettings withAdditionalLevels(double... levels) {
        List<Double> list = new ArrayList<>();
        for (double level : levels) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("A confidence level must be strictly between 0 and 1 (0.998 for "
                        + "99.8 %), not " + level);
            }
            if (list.contains(level)) {
                throw new IllegalArgumentException("The confidence level " + level + " is given twice");
            }
            list.add(level);
        }
        if (list.size() > MAX_LEVELS - 1) {
            throw new IllegalArgumentException("At most " + (MAX_LEVELS - 1) + " levels beside the primary one, not "
                    + list.size() + ": " + list);
        }
        return new EvaluationSettings(selector, uncertainty, conflictPolicy, binomialMethod, List.copyOf(list));
    }

    /**
     * The confidence levels intervals are computed at: the primary level of {@link #uncertainty()} first, then the
     * {@link #withAdditionalLevels(double...) additional} ones in their order, each once (an additional level equal
     * to the primary one is not repeated).
     *
     * @return the levels, at least one
     */
    public List<Double> levels() {
        List<Double> all = new ArrayList<>();
        all.add(uncertainty.confidenceLevel());
        additionalLevels.stream().filter(l -> !all.contains(l)).forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * The policy for figures that tie.
     *
     * @return the policy
     */
    public ConflictPolicy conflictPolicy() {
        return conflictPolicy;
    }

    /**
     * The interval method for survey proportions.
     *
     * @return the method
     */
    public BinomialMethod binomialMethod() {
        return binomialMethod;
    }

    /**
     * The input selector.
     *
     * @return the selector
     */
    public InputSelector selector() {
        return selector;
    }

    /**
     * The uncertainty options.
     *
     * @return the options
     */
    public CoverageOptions uncertainty() {
        return uncertainty;
    }

    @Override
    public String toString() {
        return "EvaluationSettings[" + selector + ", " + uncertainty + ", " + conflictPolicy + ", " + binomialMethod
                + ", levels " + levels() + "]";
    }
}
