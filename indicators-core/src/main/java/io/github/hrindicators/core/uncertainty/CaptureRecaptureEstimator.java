package io.github.hrindicators.core.uncertainty;

/**
 * Point estimators of a population's size from two sources (capture-recapture with two lists): n1 people in the
 * first source, n2 in the second, m in both. Used by
 * {@link SizeEstimates#twoSource(CaptureRecaptureEstimator, CaptureRecaptureInterval, long, long, long, double)}.
 *
 * <p>Each estimator has two variance estimates, named after the texts that give them: Seber's (Seber, "The
 * Estimation of Animal Abundance", 2nd ed., 1982, pp. 59-61) and Ricker's (Ricker, "Computation and interpretation
 * of biological statistics of fish populations", Bull. Fish. Res. Board Can. 191, 1975, eqs. 3.6 and 3.8, p. 78),
 * the one the R packages FSA ({@code mrClosed}) and recapr use. Ricker's treats n1 as fixed and m as binomial in the
 * second sample, so it is not symmetric in n1 and n2.
 */
public enum CaptureRecaptureEstimator {
    /**
     * Lincoln-Petersen N̂ = n1·n2/m, needing m &ge; 1; biased upwards for small m. Seber's variance
     * n1·n2·(n1 − m)(n2 − m)/m³; Ricker's (eq. 3.6) n1²·n2·(n2 − m)/m³.
     */
    LINCOLN_PETERSEN("Lincoln-Petersen"),
    /**
     * Chapman N̂ = (n1 + 1)(n2 + 1)/(m + 1) − 1 (Chapman 1951), nearly unbiased, defined at m = 0. Seber's
     * variance (n1 + 1)(n2 + 1)(n1 − m)(n2 − m)/((m + 1)²(m + 2)); Ricker's (eq. 3.8, for the same estimator without
     * the − 1) (n1 + 1)²(n2 + 1)(n2 − m)/((m + 1)²(m + 2)).
     */
    CHAPMAN("Chapman"),
    /**
     * Bailey's binomial-model estimator N̂ = n1(n2 + 1)/(m + 1) (Bailey 1951, 1952), for a second sample drawn
     * with replacement, defined at m = 0. Variance n1²(n2 + 1)(n2 − m)/((m + 1)²(m + 2)) (Seber 1982, p. 61; the
     * same in Ricker 1975, p. 79), so both variance choices give it.
     */
    BAILEY("Bailey");

    private final String label;

    CaptureRecaptureEstimator(String label) {
        this.label = label;
    }

    /**
     * The estimator's name, for the method of a {@link SizeEstimate}.
     *
     * @return the name, such as {@code "Chapman"}
     */
    public String label() {
        return label;
    }

    double point(double n1, double n2, double m) {
        return fromOverlap(n1, n2, m);
    }

    /** The estimate as a function of the number in both sources, real-valued (for the Poisson interval). */
    double fromOverlap(double n1, double n2, double m) {
        return switch (this) {
            case LINCOLN_PETERSEN -> n1 * n2 / m;
            case CHAPMAN -> (n1 + 1) * (n2 + 1) / (m + 1) - 1;
            case BAILEY -> n1 * (n2 + 1) / (m + 1);
        };
    }

    double seberVariance(double n1, double n2, double m) {
        return switch (this) {
            case LINCOLN_PETERSEN -> n1 * n2 * (n1 - m) * (n2 - m) / (m * m * m);
            case CHAPMAN -> (n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2));
            case BAILEY -> baileyVariance(n1, n2, m);
        };
    }

    double rickerVariance(double n1, double n2, double m) {
        return switch (this) {
            case LINCOLN_PETERSEN -> n1 * n1 * n2 * (n2 - m) / (m * m * m);
            case CHAPMAN -> (n1 + 1) * (n1 + 1) * (n2 + 1) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2));
            case BAILEY -> baileyVariance(n1, n2, m);
        };
    }

    private static double baileyVariance(double n1, double n2, double m) {
        return n1 * n1 * (n2 + 1) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2));
    }
}
