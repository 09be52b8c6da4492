package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunnelLimitsTest {

    @ParameterizedTest(name = "theta 0.15, n = {0}, level {1}: [{2}, {3}]")
    @CsvSource({
        // SciPy 1.17.1, Spiegelhalter (2005) appendix A.1.1 written out: r = the smallest r with
        // binom.cdf(r, n, 0.15) >= p, alpha = (cdf(r) − p) / (cdf(r) − cdf(r − 1)), limit (r − alpha) / n
        "50,   0.95,  0.0467872825, 0.2459907548",
        "50,   0.998, 0.0053970841, 0.3147424309",
        "200,  0.95,  0.0997765389, 0.1987006373",
        "200,  0.998, 0.0750374302, 0.2300552965",
        "1000, 0.95,  0.1276942709, 0.1719546496",
        "1000, 0.998, 0.1156191867, 0.1853766959",
    })
    void exactBinomialLimits(long n, double level, double lower, double upper) {
        FunnelLimits.Limits l = FunnelLimits.exactBinomial(0.15, n, level);

        assertThat(l.lower()).isCloseTo(lower, within(1e-9));
        assertThat(l.upper()).isCloseTo(upper, within(1e-9));
        assertThat(l.confidenceLevel()).isEqualTo(level);
        assertThat(l.trials()).isEqualTo(n);
    }

    @Test
    void aLowerLimitBelowZeroIsZero() {
        // hand: n = 5, theta = 0.15: P(Y = 0) = 0.85^5 = 0.443705 > 0.025, so r = 0, alpha = (0.443705 − 0.025)
        // / 0.443705 = 0.943656 and the limit −0.188731 is below 0
        assertThat(FunnelLimits.exactBinomial(0.15, 5, 0.95).lower()).isZero();
    }

    @Test
    void positionAgainstTheLimits() {
        FunnelLimits.Limits l = FunnelLimits.exactBinomial(0.15, 200, 0.95); // [0.09978, 0.19870]

        assertThat(l.position(19)).isEqualTo(FunnelLimits.Position.BELOW); // 0.095
        assertThat(l.position(20)).isEqualTo(FunnelLimits.Position.WITHIN); // 0.100
        assertThat(l.position(39)).isEqualTo(FunnelLimits.Position.WITHIN); // 0.195
        assertThat(l.position(40)).isEqualTo(FunnelLimits.Position.ABOVE); // 0.200
        FunnelLimits.Limits exact = new FunnelLimits.Limits(10, 0.1, 0.3, 0.95);
        assertThat(exact.position(1)).isEqualTo(FunnelLimits.Position.WITHIN);
        assertThat(exact.position(3)).isEqualTo(FunnelLimits.Position.WITHIN);
        assertThatIllegalArgumentException().isThrownBy(() -> l.position(201))
                .withMessage("Number of successes is above the number of trials: 201 > 200");
    }

    @Test
    void overdispersionIsTheMeanOfWinsorisedSquaredZScores() {
        // synthetic areas, theta = 0.15; NumPy 1.x: z = (x/n − 0.15) / sqrt(0.15 · 0.85 / n)
        // = [1.084652, 1.714986, 0, 2.800560, −0.939336, 4.428074]; np.quantile(z, [0.1, 0.9]) (type 7)
        // = [−0.469668, 3.614317]; Winsorised squares' mean = 4.207443679793591
        double phi = FunnelLimits.overdispersion(0.15, new long[] {12, 30, 45, 80, 9, 200},
                new long[] {60, 150, 300, 400, 80, 1000});

        assertThat(phi).isCloseTo(4.207443679793591, within(1e-12));
    }

    @Test
    void normalLimitsWithAnOverdispersionFactor() {
        // hand: 0.15 ± 1.959964 · sqrt(2 · 0.15 · 0.85 / 200) = 0.15 ± 0.069985 -> [0.080015, 0.219985]
        FunnelLimits.Limits l = FunnelLimits.normal(0.15, 200, 0.95, 2);

        assertThat(l.lower()).isCloseTo(0.0800152874, within(1e-9));
        assertThat(l.upper()).isCloseTo(0.2199847126, within(1e-9));
        // hand: n = 4, phi = 1: 0.15 ± 1.959964 · 0.178536 = 0.15 ± 0.349924 -> [0 (clipped), 0.499924]
        FunnelLimits.Limits small = FunnelLimits.normal(0.15, 4, 0.95, 1);
        assertThat(small.lower()).isZero();
        assertThat(small.upper()).isCloseTo(0.499924, within(1e-6));
    }

    @Test
    void refusesWhatHasNoLimits() {
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.exactBinomial(0, 10, 0.95))
                .withMessage("Reference proportion is not strictly between 0 and 1: 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.exactBinomial(0.5, 0, 0.95))
                .withMessage("Denominator is not at least 1: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.exactBinomial(0.5, 3_000_000_000L, 0.95))
                .withMessage("Exact binomial limits are computed for denominators up to 2147483647: 3000000000");
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.normal(0.5, 10, 0.95, 0.9))
                .withMessage("Overdispersion factor is not a finite number >= 1: 0.9");
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.overdispersion(0.5, new long[] {1},
                new long[] {2})).withMessage("Overdispersion needs x and n for at least two areas: 1 and 1 values");
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.overdispersion(0.5, new long[] {1, 2},
                new long[] {2})).withMessage("Overdispersion needs x and n for at least two areas: 2 and 1 values");
        assertThatIllegalArgumentException().isThrownBy(() -> FunnelLimits.overdispersion(0.5, new long[] {1, 3},
                new long[] {2, 2})).withMessage("Number of successes is above the number of trials: 3 > 2");
    }
}
