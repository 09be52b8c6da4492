package io.github.hrindicators.core.uncertainty;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.special.Erf;

/**
 * Quantiles from Apache Commons Math 3, kept behind this package-private class so that no commons-math3 type leaves
 * the package. The distributions are built without a random generator (none is needed for quantiles).
 */
final class Distributions {
    /** Absolute accuracy of the Beta quantile solver. */
    private static final double BETA_ACCURACY = 1e-12;

    /** z_{0.975} = Φ⁻¹(0.975), the half-width in standard deviations of a two-sided 95 % normal interval. */
    static final double Z_95 = 1.959963984540054;

    private Distributions() {
    }

    /**
     * The two-sided standard normal critical value for a confidence level: Φ⁻¹(1 − (1 − level)/2).
     *
     * @param level confidence level, already checked to be in (0, 1)
     * @return z, positive
     */
    static double zTwoSided(double level) {
        double p = 1 - (1 - level) / 2;
        // Φ⁻¹(p) = √2 · erf⁻¹(2p − 1), as in commons-math3 NormalDistribution.inverseCumulativeProbability.
        return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
    }

    /**
     * A quantile of the Beta(a, b) distribution.
     *
     * @param p the probability, in (0, 1)
     * @param a first shape, {@code > 0}
     * @param b second shape, {@code > 0}
     * @return the quantile, in [0, 1]
     */
    static double betaQuantile(double p, double a, double b) {
        return new BetaDistribution(null, a, b, BETA_ACCURACY).inverseCumulativeProbability(p);
    }

    /**
     * Checks a confidence level.
     *
     * @param level the level
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    static void level(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("Confidence level is not strictly between 0 and 1: " + level);
        }
    }
}
