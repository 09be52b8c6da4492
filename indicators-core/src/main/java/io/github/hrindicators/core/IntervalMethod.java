package io.github.hrindicators.core;

/** How an {@link Interval} was obtained. */
public enum IntervalMethod {
    /** Plausible bounds of a ratio: [X / N_high, X / N_low] from the range of the denominator N. */
    PLAUSIBLE_BOUNDS("plausible bounds from input ranges"),
    /** The range of an input carried through exact arithmetic (e.g. PLHIV range minus a count). */
    RANGE_PROPAGATION("input range carried through"),
    /** Delta method on the log scale. */
    DELTA_LOG("delta method (log scale)"),
    /** Delta method on the natural scale. */
    DELTA("delta method"),
    /** Percentiles of Monte Carlo draws with a reported seed. */
    MONTE_CARLO("Monte Carlo percentiles"),
    /** Wilson score interval for a binomial proportion. */
    WILSON("Wilson score"),
    /** Clopper-Pearson exact interval for a binomial proportion. */
    CLOPPER_PEARSON("Clopper-Pearson exact"),
    /** Jeffreys interval for a binomial proportion. */
    JEFFREYS("Jeffreys"),
    /** Agresti-Coull interval for a binomial proportion. */
    AGRESTI_COULL("Agresti-Coull"),
    /** Wald interval for a binomial proportion (poor coverage; only on explicit request). */
    WALD("Wald"),
    /** Inversion of the interval of another quantity (e.g. N = M / P over P's interval). */
    INVERTED("inverted interval of the survey proportion"),
    /** The spread of several estimates of the same quantity (triangulation). */
    TRIANGULATION("spread of triangulated estimates");

    private final String label;

    IntervalMethod(String label) {
        this.label = label;
    }

    /**
     * A short human-readable label.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
