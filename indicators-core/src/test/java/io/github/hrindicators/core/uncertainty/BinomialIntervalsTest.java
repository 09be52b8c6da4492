package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Properties;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialIntervalsTest {

    @ParameterizedTest(name = "{0} {1}/{2} at {3}")
    @CsvSource({
        // statsmodels proportion_confint(0, 10, alpha=0.05, method='wilson') -> (0.0, 0.27753)
        "WILSON,           0, 10, 0.95, 0.0,      0.27753",
        // R binom::binom.confint(5, 10, methods='wilson') -> 0.2365931 0.7634069
        "WILSON,           5, 10, 0.95, 0.236593, 0.763407",
        // hand, 90 %: z = 1.644854, z² = 2.705543; centre = (5 + 1.352772)/12.705543 = 0.5;
        // half = 1.644854/12.705543 · sqrt(2.5 + 0.676386) = 0.129459 · 1.782242 = 0.230728 -> [0.269272, 0.730728]
        "WILSON,           5, 10, 0.90, 0.269272, 0.730728",
        // hand: x = n = 10, centre = 11.920729/13.841459 = 0.861234, half = 0.141601 · 0.979982 = 0.138767
        // -> [0.722467, 1]
        "WILSON,          10, 10, 0.95, 0.722467, 1.0",
        // R binom.test(5, 10)$conf.int -> 0.1870860 0.8129140
        "CLOPPER_PEARSON,  5, 10, 0.95, 0.187086, 0.812914",
        // hand: x = 0 -> lower 0; upper = 1 − 0.025^(1/10) = 1 − exp(ln 0.025 / 10) = 1 − exp(−0.368888) = 0.308497
        "CLOPPER_PEARSON,  0, 10, 0.95, 0.0,      0.308497",
        // hand, by symmetry of the x = 0 case: lower = 0.025^(1/10) = 0.691503, upper 1
        "CLOPPER_PEARSON, 10, 10, 0.95, 0.691503, 1.0",
        // scipy.stats.beta.ppf([0.025, 0.975], 5.5, 5.5) -> 0.223529, 0.776471; R binom.confint(5,10,'bayes')
        "JEFFREYS,         5, 10, 0.95, 0.223529, 0.776471",
        // scipy.stats.beta.ppf(0.975, 0.5, 10.5) -> 0.217196; lower 0 at x = 0 (Brown, Cai & DasGupta 2001, 4.1.2)
        "JEFFREYS,         0, 10, 0.95, 0.0,      0.217196",
        // hand: ñ = 13.841459, p̃ = 0.5, half = 1.959964 · sqrt(0.25 / 13.841459) = 1.959964 · 0.134395 = 0.263409
        // -> [0.236591, 0.763409]; statsmodels proportion_confint(5, 10, method='agresti_coull') -> (0.2366, 0.7634)
        "AGRESTI_COULL,    5, 10, 0.95, 0.236591, 0.763409",
        // hand: x = 0: p̃ = 1.920729/13.841459 = 0.138767, half = 1.959964 · sqrt(0.138767·0.861233/13.841459)
        // = 1.959964 · 0.092920 = 0.182121 -> [−0.043355 clipped to 0, 0.320887]
        "AGRESTI_COULL,    0, 10, 0.95, 0.0,      0.320887",
        // hand (plus four): p̃ = 7/14 = 0.5, half = 1.959964 · sqrt(0.25/14) = 1.959964 · 0.133631 = 0.261911
        // -> [0.238089, 0.761911]
        "AGRESTI_COULL_PLUS_FOUR, 5, 10, 0.95, 0.238089, 0.761911",
        // hand: x = 0: p̃ = 2/14 = 0.142857, half = 1.959964 · sqrt(0.142857 · 0.857143/14) = 1.959964 · 0.093522
        // = 0.183300 -> [−0.040443 clipped to 0, 0.326157]
        "AGRESTI_COULL_PLUS_FOUR, 0, 10, 0.95, 0.0,   0.326157",
        // hand, 90 %: x = 30, n = 96: p̃ = 32/100 = 0.32, half = 1.644854 · sqrt(0.32 · 0.68/100) = 1.644854 · 0.046648
        // = 0.076729 -> [0.243271, 0.396729] (the four added observations do not change with the level)
        "AGRESTI_COULL_PLUS_FOUR, 30, 96, 0.90, 0.243271, 0.396729",
        // hand: p̂ = 0.5, half = 1.959964 · sqrt(0.025) = 1.959964 · 0.158114 = 0.309898 -> [0.190102, 0.809898]
        "WALD,             5, 10, 0.95, 0.190102, 0.809898",
        // hand: p̂ = 0.1, half = 1.959964 · sqrt(0.009) = 0.185939 -> [−0.085939 clipped to 0, 0.285939]
        "WALD,             1, 10, 0.95, 0.0,      0.285939",
    })
    void knownValues(BinomialMethod method, long x, long n, double level, double lower, double upper) {
        Interval ci = BinomialIntervals.interval(x, n, method, level);

        // Tolerance 1e-5 (the sources give 5 to 7 significant digits).
        assertThat(ci.lower()).isCloseTo(lower, within(1e-5));
        assertThat(ci.upper()).isCloseTo(upper, within(1e-5));
        assertThat(ci.method()).isEqualTo(method.intervalMethod());
        assertThat(ci.confidenceLevel()).hasValue(level);
    }

    /**
     * Clopper-Pearson and Jeffreys bounds against SciPy to 1e-14 (absolute): small n, n = 10⁵, x = 0 and x = n,
     * levels 0.90, 0.95 and 0.99, and design effects that make x_eff and n_eff non-integer.
     *
     * <p>Origin of every row: scipy 1.17.1 {@code scipy.stats.beta.ppf}, Clopper-Pearson with
     * {@code python3 -c "from scipy.stats import beta; x,n,d,L=3,10,1.25,0.95; ne=n/d; xe=x/n*ne; a=(1-L)/2;
     * print(repr(float(beta.ppf(a,xe,ne-xe+1))), repr(float(beta.ppf(1-a,xe+1,ne-xe))))"} and Jeffreys with
     * {@code python3 -c "from scipy.stats import beta; x,n,d,L=3,10,1.25,0.95; ne=n/d; xe=x/n*ne; a=(1-L)/2;
     * print(repr(float(beta.ppf(a,xe+.5,ne-xe+.5))), repr(float(beta.ppf(1-a,xe+.5,ne-xe+.5))))"} (x, n, d = deff
     * and L = level set per row; lower 0 at x = 0 and upper 1 at x = n by definition, not computed). Each value was
     * checked against a root of the regularised incomplete Beta function found with mpmath 1.3.0 at 50 digits
     * (continued fraction, Numerical Recipes 6.4): SciPy's largest difference from it is 1.9e-15 (CLOPPER_PEARSON
     * 112 of 340, deff 2.7, lower), so a 1e-14 tolerance tests the library, not SciPy.
     */
    @ParameterizedTest(name = "{0} {1}/{2} deff {3} at {4}")
    @CsvSource({
        // method,          x,      n, deff, level, lower (scipy),          upper (scipy)
        "CLOPPER_PEARSON,      0,      1,  1.0, 0.95, 0.0,                   0.975",
        "CLOPPER_PEARSON,      1,      1,  1.0, 0.95, 0.025000000000000022,  1.0",
        "CLOPPER_PEARSON,      1,      2,  1.0,  0.9, 0.025320565519103604,  0.9746794344808963",
        "CLOPPER_PEARSON,      2,      3,  1.0, 0.99, 0.041400150716043145,  0.9983305478136913",
        "CLOPPER_PEARSON,      0,     10,  1.0, 0.95, 0.0,                   0.3084971078187607",
        "CLOPPER_PEARSON,      1,     10,  1.0, 0.95, 0.0025285785444617865, 0.4450161170281954",
        "CLOPPER_PEARSON,      5,     10,  1.0, 0.95, 0.18708602844739855,   0.8129139715526015",
        "CLOPPER_PEARSON,     10,     10,  1.0, 0.95, 0.6915028921812392,    1.0",
        "CLOPPER_PEARSON,      3,     10,  1.0,  0.9, 0.0872644339141503,    0.6066242161054123",
        "CLOPPER_PEARSON,      3,     10,  1.0, 0.99, 0.03700722109623209,   0.7351139852871307",
        "CLOPPER_PEARSON,      3,     10, 1.25, 0.95, 0.05070713618963955,   0.6946745552717893",
        "CLOPPER_PEARSON,     37,    250,  2.0, 0.95, 0.09084092325380881,   0.22258261018477662",
        "CLOPPER_PEARSON,    112,    340,  2.7,  0.9, 0.2601585070135981,    0.4048130838490171",
        "CLOPPER_PEARSON,      1,      7,  1.7, 0.99, 2.331457616603038e-05, 0.8268414977361527",
        "CLOPPER_PEARSON,      0, 100000,  1.0, 0.95, 0.0,                   3.68881141579242e-05",
        "CLOPPER_PEARSON,      1, 100000,  1.0, 0.95, 2.531780477933316e-07, 5.571516034774275e-05",
        "CLOPPER_PEARSON,     12, 100000,  1.0, 0.99, 4.943266458118686e-05, 0.00024143474989562572",
        "CLOPPER_PEARSON,  50000, 100000,  1.0,  0.9, 0.49739428226028354,   0.5026057177397165",
        "CLOPPER_PEARSON,  99999, 100000,  1.0, 0.95, 0.9999442848396523,    0.9999997468219523",
        "CLOPPER_PEARSON, 100000, 100000,  1.0, 0.99, 0.999947018229918,     1.0",
        "CLOPPER_PEARSON,   8123, 100000,  3.3, 0.95, 0.07817788836912616,   0.08436267087223784",
        "JEFFREYS,            0,      1,  1.0, 0.95, 0.0,                   0.8532536836904248",
        "JEFFREYS,            1,      1,  1.0, 0.95, 0.14674631630957521,   1.0",
        "JEFFREYS,            1,      2,  1.0,  0.9, 0.09730818173994008,   0.9026918182600598",
        "JEFFREYS,            2,      3,  1.0, 0.99, 0.0915930220305902,    0.9869541524185065",
        "JEFFREYS,            0,     10,  1.0, 0.95, 0.0,                   0.21719626750921053",
        "JEFFREYS,            1,     10,  1.0, 0.95, 0.011011673763161138,  0.3813147710666164",
        "JEFFREYS,            5,     10,  1.0, 0.95, 0.22352867025270523,   0.7764713297472947",
        "JEFFREYS,           10,     10,  1.0, 0.95, 0.7828037324907895,    1.0",
        "JEFFREYS,            3,     10,  1.0,  0.9, 0.11732937668021012,   0.558126766484634",
        "JEFFREYS,            3,     10,  1.0, 0.99, 0.055328749731032495,  0.69344482721394",
        "JEFFREYS,            3,     10, 1.25, 0.95, 0.07900130650673708,   0.6394257279045866",
        "JEFFREYS,           37,    250,  2.0, 0.95, 0.09406483072522127,   0.21800315488847147",
        "JEFFREYS,          112,    340,  2.7,  0.9, 0.26385182027635334,   0.40070407893161053",
        "JEFFREYS,            1,      7,  1.7, 0.99, 0.001962806176906789,  0.7418615331584497",
        "JEFFREYS,            0, 100000,  1.0, 0.95, 0.0,                   2.5119052649257954e-05",
        "JEFFREYS,            1, 100000,  1.0, 0.95, 1.0789785284753767e-06, 4.674104248195043e-05",
        "JEFFREYS,           12, 100000,  1.0, 0.99, 5.2599901757963205e-05, 0.0002346254149115848",
        "JEFFREYS,        50000, 100000,  1.0,  0.9, 0.4973992821533033,    0.5026007178466967",
        "JEFFREYS,        99999, 100000,  1.0, 0.95, 0.9999532589575181,    0.9999989210214715",
        "JEFFREYS,       100000, 100000,  1.0, 0.99, 0.9999606036816654,    1.0",
        "JEFFREYS,         8123, 100000,  3.3, 0.95, 0.07819410203684703,   0.08434588772891292",
    })
    void betaBoundsAgreeWithScipyTo1e14(BinomialMethod method, long x, long n, double deff, double level,
            double lower, double upper) {
        Interval ci = BinomialIntervals.interval(x, n, deff, method, level);

        assertThat(ci.lower()).isCloseTo(lower, within(1e-14));
        assertThat(ci.upper()).isCloseTo(upper, within(1e-14));
    }

    @Test
    void defaultIsWilson95() {
        // statsmodels proportion_confint(0, 10, method='wilson') -> (0, 0.27753)
        Interval ci = BinomialIntervals.interval(0, 10);

        assertThat(ci.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(ci.confidenceLevel()).hasValue(0.95);
        assertThat(ci.lower()).isEqualTo(0.0);
        assertThat(ci.upper()).isCloseTo(0.27753, within(1e-5));
    }

    @Test
    void designEffectUsesEffectiveSampleSize() {
        // x = 50, n = 100, deff = 2 -> n_eff = 50, x_eff = 25. Hand (Wilson 25 of 50): z² = 3.841459,
        // centre = 26.920729/53.841459 = 0.5, half = 1.959964/53.841459 · sqrt(12.5 + 0.960365)
        // = 0.0364025 · 3.668836 = 0.133555 -> [0.366445, 0.633555]; R binom.confint(25, 50, 'wilson') agrees.
        Interval ci = BinomialIntervals.interval(50, 100, 2.0, BinomialMethod.WILSON, 0.95);

        assertThat(ci.lower()).isCloseTo(0.366445, within(1e-5));
        assertThat(ci.upper()).isCloseTo(0.633555, within(1e-5));
    }

    @Test
    void designEffectWithNonIntegerEffectiveCounts() {
        // x = 3, n = 10, deff = 1.25 -> n_eff = 8, x_eff = 2.4 (not a whole number). Clopper-Pearson:
        // scipy.stats.beta.ppf(0.025, 2.4, 6.6) = 0.050707 and beta.ppf(0.975, 3.4, 5.6) = 0.694675.
        Interval ci = BinomialIntervals.interval(3, 10, 1.25, BinomialMethod.CLOPPER_PEARSON, 0.95);

        assertThat(ci.lower()).isCloseTo(0.050707, within(1e-5));
        assertThat(ci.upper()).isCloseTo(0.694675, within(1e-5));
    }

    @Test
    void countsBeyondIntRange() {
        // x = 3e9 of n = 6e9 (both above Integer.MAX_VALUE). Hand: Wilson ≈ Wald for such n,
        // half = 1.959964 · sqrt(0.25 / 6e9) = 1.265151e-5 -> [0.5 − 1.265151e-5, 0.5 + 1.265151e-5].
        Interval ci = BinomialIntervals.interval(3_000_000_000L, 6_000_000_000L);

        assertThat(ci.lower()).isCloseTo(0.5 - 1.265151e-5, within(1e-10));
        assertThat(ci.upper()).isCloseTo(0.5 + 1.265151e-5, within(1e-10));
    }

    @Test
    void rejectsNotComputableAndInvalidCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(0, 0))
                .withMessage("Number of trials is not strictly positive: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(11, 10))
                .withMessage("Number of successes is above the number of trials: 11 > 10");
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(-1, 10))
                .withMessage("Number of successes is negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> BinomialIntervals.interval(1, -10))
                .withMessage("Number of trials is not strictly positive: -10");
    }

    @ParameterizedTest
    @CsvSource({"0.0", "1.0", "-0.5", "1.5", "NaN", "Infinity"})
    void rejectsLevelsOutsideZeroOne(double level) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(5, 10, BinomialMethod.WILSON, level))
                .withMessageStartingWith("Confidence level is not strictly between 0 and 1");
    }

    @ParameterizedTest
    @CsvSource({"0.99", "0.0", "-1", "NaN", "Infinity"})
    void rejectsDesignEffectsBelowOneOrNotFinite(double deff) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BinomialIntervals.interval(5, 10, deff, BinomialMethod.WILSON, 0.95))
                .withMessageStartingWith("Design effect is not a finite number >= 1");
    }

    @Test
    void rejectsNullMethod() {
        assertThatNullPointerException().isThrownBy(() -> BinomialIntervals.interval(5, 10, null, 0.95))
                .withMessage("method");
    }

    /** 1,000 generated cases from a fixed seed: n in 1..5000 (and some huge), x in 0..n, any method. */
    static Stream<Arguments> generated() {
        SplittableRandom random = new SplittableRandom(20261123L);
        BinomialMethod[] methods = BinomialMethod.values();
        return Stream.generate(() -> {
            long n = random.nextInt(10) == 0 ? random.nextLong(1, 1L << 40) : random.nextLong(1, 5001);
            long x = random.nextInt(8) == 0 ? (random.nextBoolean() ? 0 : n) : random.nextLong(0, n + 1);
            double deff = random.nextBoolean() ? 1.0 : 1 + random.nextDouble() * 4;
            double level = 0.8 + random.nextDouble() * 0.199;
            return Arguments.of(x, n, deff, methods[random.nextInt(methods.length)], level);
        }).limit(1000);
    }

    @Tag("property")
    @Test
    void boundsWithinUnitAndAroundEstimate() {
        Properties.forAll(generated(), a -> boundsWithinUnitAndAroundEstimateCase((long) a[0], (long) a[1], (double) a[2], (BinomialMethod) a[3], (double) a[4]));
    }

    private static void boundsWithinUnitAndAroundEstimateCase(long x, long n, double deff, BinomialMethod method, double level) {
        Interval ci = BinomialIntervals.interval(x, n, deff, method, level);
        double p = (double) x / n;

        // Invariants (Brown, Cai & DasGupta 2001): 0 <= lower <= p̂ <= upper <= 1, lower 0 at x = 0, upper 1 at x = n.
        assertThat(ci.lower()).isBetween(0.0, p + 1e-12);
        assertThat(ci.upper()).isBetween(p - 1e-12, 1.0);
        if (x == 0) {
            assertThat(ci.lower()).isEqualTo(0.0);
        }
        if (x == n) {
            assertThat(ci.upper()).isEqualTo(1.0);
        }
        // A higher level never gives a narrower interval.
        Interval wider = BinomialIntervals.interval(x, n, deff, method, Math.min(0.9999, level + 0.0005));
        assertThat(wider.upper() - wider.lower()).isGreaterThanOrEqualTo(ci.upper() - ci.lower() - 1e-12);
    }
}
