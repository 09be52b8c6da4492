package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.uncertainty.BinomialMethod;
import io.github.hrindicators.core.uncertainty.CoverageOptions;
import java.util.Objects;

/**
 * How indicators are evaluated: which inputs are chosen ({@link InputSelector}) and how uncertainty is computed
 * ({@link CoverageOptions}: confidence level, numerator model, Monte Carlo draws and seed; the
 * {@link BinomialMethod} of survey proportions), and what to do when sources disagree ({@link ConflictPolicy}).
 * Every result reports the methods, level and seed it used and the conflict policy, so the same settings reproduce
 * it bit for bit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationSettings {
    private static final EvaluationSettings DEFAULTS =
            new EvaluationSettings(InputSelector.defaults(), CoverageOptions.defaults(),
                    ConflictPolicy.onePerAlternative(), BinomialMethod.WILSON);

    private final InputSelector selector;
    private final CoverageOptions uncertainty;
    private final ConflictPolicy conflictPolicy;
    private final BinomialMethod binomialMethod;

    private EvaluationSettings(InputSelector selector, CoverageOptions uncertainty, ConflictPolicy conflictPolicy,
            BinomialMethod binomialMethod) {
        this.selector = selector;
        this.uncertainty = uncertainty;
        this.conflictPolicy = conflictPolicy;
        this.binomialMethod = binomialMethod;
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
                binomialMethod);
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
                binomialMethod);
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
                binomialMethod);
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
                Objects.requireNonNull(newMethod, "binomialMethod"));
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
                + "]";
    }
}
