package io.github.hrindicators.core;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How an {@link Interval} was obtained: published with a figure (its meaning as the source states it) or computed
 * by this library. {@link #code()} is the stable name used in files; {@link #label()} is for people.
 */
public enum IntervalMethod {
    /** Plausible bounds as published with a figure, as in UNAIDS estimates ("8,500 (6,300–11,000)"). */
    PUBLISHED_PLAUSIBLE_BOUNDS("published plausible bounds", true, OptionalDouble.empty()),
    /** A 95 % confidence interval from a sample, as published. */
    PUBLISHED_CONFIDENCE_INTERVAL_95("published 95 % confidence interval", true, OptionalDouble.of(0.95)),
    /** A 95 % uncertainty interval from a model or simulation, as published. */
    PUBLISHED_UNCERTAINTY_INTERVAL_95("published 95 % uncertainty interval", true, OptionalDouble.of(0.95)),
    /** The lowest and highest of several values (sites, sub-national estimates), as published. */
    PUBLISHED_MIN_MAX("published minimum and maximum", true, OptionalDouble.empty()),
    /** A published range whose meaning the source does not state. */
    PUBLISHED_UNSPECIFIED("published range (meaning not stated)", true, OptionalDouble.empty()),
    /** Plausible bounds of a ratio: [X / N_high, X / N_low] from the range of the denominator N. */
    PLAUSIBLE_BOUNDS("plausible bounds from input ranges", false, OptionalDouble.empty()),
    /** The range of an input carried through exact arithmetic (e.g. PLHIV range minus a count). */
    RANGE_PROPAGATION("input range carried through", false, OptionalDouble.empty()),
    /** Delta method on the log scale. */
    DELTA_LOG("delta method (log scale)", false, OptionalDouble.empty()),
    /** Delta method on the natural scale. */
    DELTA("delta method", false, OptionalDouble.empty()),
    /** Percentiles of Monte Carlo draws with a reported seed. */
    MONTE_CARLO("Monte Carlo percentiles", false, OptionalDouble.empty()),
    /** Wilson score interval for a binomial proportion. */
    WILSON("Wilson score", false, OptionalDouble.empty()),
    /** Clopper-Pearson exact interval for a binomial proportion. */
    CLOPPER_PEARSON("Clopper-Pearson exact", false, OptionalDouble.empty()),
    /** Jeffreys interval for a binomial proportion. */
    JEFFREYS("Jeffreys", false, OptionalDouble.empty()),
    /** Agresti-Coull interval for a binomial proportion. */
    AGRESTI_COULL("Agresti-Coull", false, OptionalDouble.empty()),
    /** Agresti-Coull's "plus four" interval for a binomial proportion (two successes and two failures added). */
    AGRESTI_COULL_PLUS_FOUR("Agresti-Coull plus four", false, OptionalDouble.empty()),
    /** Wald interval for a binomial proportion (poor coverage; only on explicit request). */
    WALD("Wald", false, OptionalDouble.empty()),
    /** Exact interval of a Poisson count's mean (chi-square quantiles) carried into an estimator. */
    EXACT_POISSON("exact Poisson", false, OptionalDouble.empty()),
    /** Inversion of the exact hypergeometric test (two-source capture-recapture). */
    EXACT_HYPERGEOMETRIC("exact hypergeometric", false, OptionalDouble.empty()),
    /** Profile likelihood interval: the values whose likelihood-ratio statistic is below the chi-square quantile. */
    PROFILE_LIKELIHOOD("profile likelihood", false, OptionalDouble.empty()),
    /** Normal interval with a bootstrap standard error, the seed and replicates reported (RDS, Salganik 2006). */
    BOOTSTRAP_NORMAL("normal interval with bootstrap standard error", false, OptionalDouble.empty()),
    /** Inversion of the interval of another quantity (e.g. N = M / P over P's interval). */
    INVERTED("inverted interval of the survey proportion", false, OptionalDouble.empty()),
    /** The spread of several estimates of the same quantity (triangulation). */
    TRIANGULATION("spread of triangulated estimates", false, OptionalDouble.empty());

    private final String label;
    private final boolean published;
    private final OptionalDouble statedLevel;

    IntervalMethod(String label, boolean published, OptionalDouble statedLevel) {
        this.label = label;
        this.published = published;
        this.statedLevel = statedLevel;
    }

    /**
     * A short human-readable label, for display only.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The name used in files: the constant's name in lower case, such as {@code published_plausible_bounds}.
     *
     * @return the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a method up by its {@link #code()}, ignoring case.
     *
     * @param code the code
     * @return the method, or empty
     */
    public static Optional<IntervalMethod> fromCode(String code) {
        for (IntervalMethod m : values()) {
            if (m.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the interval was published with a figure rather than computed here.
     *
     * @return true for the {@code PUBLISHED_} methods
     */
    public boolean isPublished() {
        return published;
    }

    /**
     * The confidence level the method's name states, such as 0.95 for a published 95 % confidence interval; an
     * {@link Interval} of this method gets it unless another is set.
     *
     * @return the level, or empty when the method states none
     */
    public OptionalDouble statedLevel() {
        return statedLevel;
    }
}
