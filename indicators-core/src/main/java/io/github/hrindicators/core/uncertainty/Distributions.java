package io.github.hrindicators.core.uncertainty;

import org.apache.commons.numbers.gamma.InverseErfc;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Quantiles and the log-gamma function from Apache Commons Statistics ({@code commons-statistics-distribution}) and
 * Commons Numbers ({@code commons-numbers-gamma}), kept behind this package-private class so that no type of theirs
 * leaves the package.
 *
 * <p>Accuracy: the Beta quantile solves for the root to within one unit in the last place of the result; both the
 * inverse complementary error function and the regularised incomplete Beta function are ports of the Boost C++ Math
 * Toolkit implementations, accurate to a few units in the last place. Tests check the quantiles against SciPy and
 * mpmath to 1e-14.
 */
final class Distributions {
    /** z_{0.975} = Φ⁻¹(0.975), the half-width in standard deviations of a two-sided 95 % normal interval. */
    static final double Z_95 = 1.959963984540054;

    private Distributions() {
    }

    /**
     * The two-sided standard normal critical value for a confidence level: Φ⁻¹(1 − α/2) with α = 1 − level,
     * computed as √2 · erfc⁻¹(α) so that 1 − α/2 is never rounded (the rounding costs up to 3e-14 at level 0.999).
     *
     * @param level confidence level, already checked to be in (0, 1)
     * @return z, positive
     */
    static double zTwoSided(double level) {
        // Φ⁻¹(1 − α/2) = −√2 · erfc⁻¹(2 − α) = √2 · erfc⁻¹(α), as erfc⁻¹(2 − y) = −erfc⁻¹(y).
        return Math.sqrt(2) * InverseErfc.value(1 - level);
    }

    /**
     * The lower quantile of the Beta(a, b) distribution: x with I_x(a, b) = p.
     *
     * @param p the probability, in (0, 1)
     * @param a first shape, {@code > 0}
     * @param b second shape, {@code > 0}
     * @return the quantile, in [0, 1]
     */
    static double betaQuantile(double p, double a, double b) {
        return BetaDistribution.of(a, b).inverseCumulativeProbability(p);
    }

    /**
     * The upper quantile of the Beta(a, b) distribution: x with 1 − I_x(a, b) = q, found from q itself so that
     * 1 − q is never rounded.
     *
     * @param q the upper-tail probability, in (0, 1)
     * @param a first shape, {@code > 0}
     * @param b second shape, {@code > 0}
     * @return the quantile, in [0, 1]
     */
    static double betaUpperQuantile(double q, double a, double b) {
        return BetaDistribution.of(a, b).inverseSurvivalProbability(q);
    }

    /**
     * The lower quantile of the Gamma(shape, 1) distribution; χ²(p; 2k) / 2 is its quantile for shape k.
     *
     * @param p the probability, in (0, 1)
     * @param shape the shape, {@code > 0}
     * @return the quantile
     */
    static double gammaQuantile(double p, double shape) {
        return GammaDistribution.of(shape, 1).inverseCumulativeProbability(p);
    }

    /**
     * The upper quantile of the Gamma(shape, 1) distribution, found from the upper-tail probability itself.
     *
     * @param q the upper-tail probability, in (0, 1)
     * @param shape the shape, {@code > 0}
     * @return the quantile
     */
    static double gammaUpperQuantile(double q, double shape) {
        return GammaDistribution.of(shape, 1).inverseSurvivalProbability(q);
    }

    /**
     * The upper quantile of the chi-square distribution: x with P(X &gt; x) = q.
     *
     * @param q the upper-tail probability, in (0, 1)
     * @param degreesOfFreedom the degrees of freedom, {@code > 0}
     * @return the quantile
     */
    static double chiSquaredUpperQuantile(double q, double degreesOfFreedom) {
        return ChiSquaredDistribution.of(degreesOfFreedom).inverseSurvivalProbability(q);
    }

    /**
     * P(X &le; k) for X binomial (n, p).
     *
     * @param k the count
     * @param trials n
     * @param probability p
     * @return the probability, 0 for k &lt; 0
     */
    static double binomialAtMost(int k, int trials, double probability) {
        return BinomialDistribution.of(trials, probability).cumulativeProbability(k);
    }

    /**
     * The smallest k with P(X &le; k) &ge; q for X binomial (n, p).
     *
     * @param q the probability, in [0, 1]
     * @param trials n
     * @param probability p
     * @return k
     */
    static int binomialQuantile(double q, int trials, double probability) {
        return BinomialDistribution.of(trials, probability).inverseCumulativeProbability(q);
    }

    /**
     * P(X &le; k) for X hypergeometric: the number of the {@code marked} among {@code drawn} people drawn without
     * replacement from {@code population}.
     *
     * @param k the count
     * @param population the population size
     * @param marked the number marked (the first source)
     * @param drawn the number drawn (the second source)
     * @return the probability
     */
    static double hypergeometricAtMost(int k, int population, int marked, int drawn) {
        return HypergeometricDistribution.of(population, marked, drawn).cumulativeProbability(k);
    }

    /**
     * P(X &ge; k) for X hypergeometric, as {@link #hypergeometricAtMost(int, int, int, int)}.
     *
     * @param k the count
     * @param population the population size
     * @param marked the number marked
     * @param drawn the number drawn
     * @return the probability
     */
    static double hypergeometricAtLeast(int k, int population, int marked, int drawn) {
        return HypergeometricDistribution.of(population, marked, drawn).survivalProbability(k - 1);
    }

    /**
     * The natural logarithm of the gamma function, ln Γ(x); ln k! = ln Γ(k + 1).
     *
     * @param x the argument, {@code > 0}
     * @return ln Γ(x)
     */
    static double logGamma(double x) {
        return LogGamma.value(x);
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
