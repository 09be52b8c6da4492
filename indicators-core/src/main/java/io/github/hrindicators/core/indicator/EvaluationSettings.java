package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.uncertainty.CoverageOptions;
import java.util.Objects;

/**
 * How indicators are evaluated: which inputs are chosen ({@link InputSelector}) and how uncertainty is computed
 * ({@link CoverageOptions}: confidence level, numerator model, Monte Carlo draws and seed). Every result reports the
 * methods, level and seed it used, so the same settings reproduce it bit for bit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvaluationSettings {
    private static final EvaluationSettings DEFAULTS =
            new EvaluationSettings(InputSelector.defaults(), CoverageOptions.defaults());

    private final InputSelector selector;
    private final CoverageOptions uncertainty;

    private EvaluationSettings(InputSelector selector, CoverageOptions uncertainty) {
        this.selector = selector;
        this.uncertainty = uncertainty;
    }

    /**
     * The defaults: {@link InputSelector#defaults()} and {@link CoverageOptions#defaults()}.
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
        return new EvaluationSettings(Objects.requireNonNull(newSelector, "selector"), uncertainty);
    }

    /**
     * A copy with other uncertainty options.
     *
     * @param newUncertainty the options
     * @return the settings
     * @throws NullPointerException if {@code newUncertainty} is null
     */
    public EvaluationSettings withUncertainty(CoverageOptions newUncertainty) {
        return new EvaluationSettings(selector, Objects.requireNonNull(newUncertainty, "uncertainty"));
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
        return "EvaluationSettings[" + selector + ", " + uncertainty + "]";
    }
}
