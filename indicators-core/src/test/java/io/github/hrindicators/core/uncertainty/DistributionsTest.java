package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionsTest {

    /**
     * Two-sided normal critical values against SciPy to 1e-14 (absolute).
     *
     * <p>Origin: scipy 1.17.1, {@code python3 -c "from scipy.stats import norm; L=0.95;
     * print(repr(float(norm.isf((1-L)/2))))"}, checked against mpmath 1.3.0 at 50 digits,
     * {@code mp.sqrt(2) * mp.erfinv(L)} with L the double level (largest difference 4.4e-16, at 0.9999).
     * {@code norm.isf(α/2)} rather than {@code norm.ppf(1 − α/2)}: the rounding of 1 − α/2 moves the latter by
     * 3.1e-14 at level 0.999 (3.2905267314919255 against mpmath's 3.2905267314918945).
     */
    @ParameterizedTest(name = "level {0}")
    @CsvSource({
        "0.5,    0.6744897501960817",
        "0.8,    1.2815515655446004",
        "0.9,    1.6448536269514729",
        "0.95,   1.959963984540054",
        "0.99,   2.5758293035489004",
        "0.999,  3.2905267314918945",
        "0.9999, 3.8905918864131204",
    })
    void zTwoSidedAgreesWithScipyTo1e14(double level, double z) {
        assertThat(Distributions.zTwoSided(level)).isCloseTo(z, within(1e-14));
    }

    @ParameterizedTest(name = "Z_95 = z({0})")
    @CsvSource("0.95")
    void z95IsTheComputedValue(double level) {
        // scipy 1.17.1 norm.isf(0.025) = 1.959963984540054 (the constant); mpmath: 1.9599639845400538, 1 ulp below.
        assertThat(Distributions.Z_95).isCloseTo(Distributions.zTwoSided(level), within(1e-15));
    }

    /**
     * ln Γ(x) against SciPy to a relative 1e-14: the Poisson sampler's acceptance test uses ln k! = ln Γ(k + 1) for
     * counts up to 10¹².
     *
     * <p>Origin: scipy 1.17.1, {@code python3 -c "from scipy.special import gammaln; print(repr(float(gammaln(58))))"},
     * checked against mpmath 1.3.0 {@code mp.loggamma} at 50 digits (equal to the last digit except x = 0.5,
     * 1.9e-16 relative).
     */
    @ParameterizedTest(name = "lnΓ({0})")
    @CsvSource({
        "0.5,           0.5723649429247",
        "3,             0.6931471805599453",
        "10,            12.801827480081469",
        "11,            15.104412573075516",
        "58,            176.39584840699735",
        "1506,          9510.98227465316",
        "1000001,       12815518.384658169",
        "1000000000001, 26631021115943.28",
    })
    void logGammaAgreesWithScipy(double x, double expected) {
        assertThat(Distributions.logGamma(x)).isCloseTo(expected, within(Math.abs(expected) * 1e-14));
    }

    @ParameterizedTest(name = "lnΓ({0}) = 0")
    @CsvSource({"1", "2"})
    void logGammaIsZeroAtOneAndTwo(double x) {
        // hand: Γ(1) = 0! = 1 and Γ(2) = 1! = 1; scipy gammaln(1) = gammaln(2) = 0.0
        assertThat(Distributions.logGamma(x)).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "Beta({1}, {2}) quantiles at {0}")
    @CsvSource({
        // scipy 1.17.1: python3 -c "from scipy.stats import beta; print(repr(float(beta.ppf(0.025, 5, 6))),
        // repr(float(beta.isf(0.025, 6, 5))))" -> 0.18708602844739855 0.8129139715526015 (R binom.test(5, 10))
        "0.025, 5, 6, 0.18708602844739855, 0.8129139715526015",
    })
    void lowerAndUpperBetaQuantilesAgreeWithScipy(double p, double a, double b, double lower, double upper) {
        assertThat(Distributions.betaQuantile(p, a, b)).isCloseTo(lower, within(1e-14));
        // Beta(b, a) mirrors Beta(a, b): its upper p-quantile is 1 − the lower one.
        assertThat(Distributions.betaUpperQuantile(p, b, a)).isCloseTo(upper, within(1e-14));
    }

    @ParameterizedTest
    @CsvSource({"0.0", "1.0", "NaN", "-0.1"})
    void levelOutsideZeroOneIsRejected(double level) {
        assertThatIllegalArgumentException().isThrownBy(() -> Distributions.level(level))
                .withMessage("Confidence level is not strictly between 0 and 1: " + level);
    }
}
