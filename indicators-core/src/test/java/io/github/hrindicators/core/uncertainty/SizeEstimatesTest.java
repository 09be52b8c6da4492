package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Properties;
import io.github.hrindicators.core.Source;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;

class SizeEstimatesTest {
    private static final Count M = Count.of(1000);

    @Test
    void lincolnPetersen() {
        // hand: N = 100 · 80 / 20 = 400; Var = 100 · 80 · 80 · 60 / 20³ = 38,400,000 / 8000 = 4800;
        // SE = 69.282032; z · SE = 1.959964 · 69.282032 = 135.790288 -> [264.209712, 535.790288]
        SizeEstimate s = SizeEstimates.lincolnPetersen(100, 80, 20, 0.95);

        assertThat(s.estimate().point()).isEqualTo(400.0);
        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(264.209712, within(1e-5));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(535.790288, within(1e-5));
        assertThat(s.estimate().interval().orElseThrow().method()).isEqualTo(IntervalMethod.DELTA);
        assertThat(s.interval().orElseThrow().method()).isEqualTo(IntervalMethod.DELTA);
        assertThat(s.method()).isEqualTo("Lincoln-Petersen capture-recapture, normal interval, Seber's variance");
        assertThat(s.standardError()).hasValueCloseTo(69.282032, within(1e-6));
        assertThat(s.input("n1")).hasValue(100);
        assertThat(s.input("n2")).hasValue(80);
        assertThat(s.input("m")).hasValue(20);
    }

    @Test
    void chapman() {
        // hand: N = 101 · 81 / 21 − 1 = 8181 / 21 − 1 = 389.571429 − 1 = 388.571429;
        // Var = 101 · 81 · 80 · 60 / (21² · 22) = 39,268,800 / 9702 = 4047.495362; SE = 63.619929;
        // z · SE = 124.692966 -> [263.878659, 513.264198]
        SizeEstimate s = SizeEstimates.chapman(100, 80, 20, 0.95);

        assertThat(s.estimate().point()).isCloseTo(388.571429, within(1e-6));
        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(263.878659, within(1e-5));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(513.264198, within(1e-5));
        assertThat(s.method()).isEqualTo("Chapman capture-recapture, normal interval, Seber's variance");
    }

    @Test
    void chapmanLogNormal() {
        // hand (Chao 1987, p. 785): r = 100 + 80 − 20 = 160 seen; f0 = 388.571429 − 160 = 228.571429 = 80 · 60 / 21;
        // Var = 4047.495362 (as above); Var / f0² = 0.077472; ln(1.077472) = 0.074617; sqrt = 0.273161;
        // C = exp(1.959964 · 0.273161) = exp(0.535387) = 1.708108;
        // -> [160 + 228.571429 / 1.708108, 160 + 228.571429 · 1.708108] = [293.8155, 550.4248]
        SizeEstimate s = SizeEstimates.chapmanLogNormal(100, 80, 20, 0.95);

        assertThat(s.estimate().point()).isCloseTo(388.571429, within(1e-6));
        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(293.8155, within(1e-3));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(550.4248, within(1e-3));
        assertThat(s.interval().orElseThrow().method()).isEqualTo(IntervalMethod.DELTA_LOG);
        assertThat(s.method()).isEqualTo("Chapman capture-recapture, log-normal interval");
        assertThat(s.input("m")).hasValue(20);
    }

    @Test
    void rickersVarianceGivesTheStandardErrorOfFsaAndRecapr() {
        // issue 15: for n1 = n2 = 100, m = 20 FSA (mrClosed, method "Petersen", summary incl.SE) and recapr give
        // SE 100.0; Seber's variance gives 89.44. Hand: Ricker (1975) eq. 3.6: 100² · 100 · 80 / 20³ = 10,000;
        // Seber: 100 · 100 · 80 · 80 / 8000 = 8000, sqrt = 89.442719.
        SizeEstimate ricker = SizeEstimates.twoSource(CaptureRecaptureEstimator.LINCOLN_PETERSEN,
                CaptureRecaptureInterval.NORMAL_RICKER, 100, 100, 20, 0.95);
        SizeEstimate seber = SizeEstimates.lincolnPetersen(100, 100, 20, 0.95);

        assertThat(ricker.estimate().point()).isEqualTo(500.0);
        assertThat(ricker.standardError()).hasValueCloseTo(100.0, within(1e-9));
        assertThat(seber.standardError()).hasValueCloseTo(89.442719, within(1e-6));
        // hand: 500 ± 1.959964 · 100
        assertThat(ricker.interval().orElseThrow().lower()).isCloseTo(304.0036, within(1e-4));
        assertThat(ricker.interval().orElseThrow().upper()).isCloseTo(695.9964, within(1e-4));
        assertThat(ricker.method()).isEqualTo("Lincoln-Petersen capture-recapture, normal interval, Ricker's variance");
    }

    @Test
    void chapmanMatchesSebersTablesAndPineEtAl() {
        // Seber (2002) Tables 3.7 and 3.8 as tested in FSA (tests/testthat/testthat_mrClosed.R): n1 = 500,
        // n2 = 149, m = 7 -> N 9393, SE 3022, normal UCI 15316; n1 = 1000, n2 = 243, m = 21 -> N 11101, SE 2184.
        SizeEstimate a = SizeEstimates.chapman(500, 149, 7, 0.95);
        SizeEstimate b = SizeEstimates.chapman(1000, 243, 21, 0.95);
        // Pine et al. (2013) Box 11.2, as tested in FSA: n1 = 421, n2 = 332, m = 88 -> N 1578, normal CI 1330-1826.
        SizeEstimate c = SizeEstimates.chapman(421, 332, 88, 0.95);

        assertThat(Math.round(a.estimate().point())).isEqualTo(9393);
        assertThat(Math.round(a.standardError().orElseThrow())).isEqualTo(3022);
        assertThat(Math.round(a.interval().orElseThrow().upper())).isEqualTo(15316);
        assertThat(Math.round(b.estimate().point())).isEqualTo(11101);
        assertThat(Math.round(b.standardError().orElseThrow())).isEqualTo(2184);
        assertThat(Math.round(c.estimate().point())).isEqualTo(1578);
        assertThat(Math.round(c.interval().orElseThrow().lower())).isEqualTo(1330);
        assertThat(Math.round(c.interval().orElseThrow().upper())).isEqualTo(1826);
    }

    @Test
    void lincolnPetersenAndChapmanMatchKrebsBox21AndBaileyTheHandDerivation() {
        // Krebs (1989) Box 2.1 as tested in FSA: n1 = 948, n2 = 421, m = 167 -> Petersen 2390, Chapman 2383.
        assertThat(Math.round(SizeEstimates.lincolnPetersen(948, 421, 167, 0.95).estimate().point())).isEqualTo(2390);
        assertThat(Math.round(SizeEstimates.chapman(948, 421, 167, 0.95).estimate().point())).isEqualTo(2383);
        // hand (Bailey; Seber 1982, p. 61): N = 948 · 422 / 168 = 2381.285714;
        // Var = 948² · 422 · 254 / (168² · 169) = 96,330,284,352 / 4,769,856 = 20,195.637846, SE = 142.111357
        SizeEstimate bailey = SizeEstimates.twoSource(CaptureRecaptureEstimator.BAILEY,
                CaptureRecaptureInterval.NORMAL_SEBER, 948, 421, 167, 0.95);
        assertThat(bailey.estimate().point()).isCloseTo(2381.285714, within(1e-6));
        assertThat(bailey.standardError()).hasValueCloseTo(142.111357, within(1e-6));
        assertThat(bailey.method()).isEqualTo("Bailey capture-recapture, normal interval, Seber's variance");
        // Bailey's variance is the same under both names (Ricker 1975, p. 79)
        assertThat(SizeEstimates.twoSource(CaptureRecaptureEstimator.BAILEY, CaptureRecaptureInterval.NORMAL_RICKER,
                948, 421, 167, 0.95).standardError()).isEqualTo(bailey.standardError());
        // hand (Ricker 1975, eq. 3.8, Chapman's estimator): 949² · 422 · 254 / (168² · 169), sqrt = 142.261264
        assertThat(SizeEstimates.twoSource(CaptureRecaptureEstimator.CHAPMAN, CaptureRecaptureInterval.NORMAL_RICKER,
                948, 421, 167, 0.95).standardError()).hasValueCloseTo(142.261264, within(1e-6));
    }

    @ParameterizedTest(name = "{0}, exact Poisson, 100/100/20 -> [{1}, {2}]")
    @CsvSource({
        // SciPy 1.17.1: m's Garwood interval [chi2.ppf(0.025, 40) / 2, chi2.ppf(0.975, 42) / 2]
        // = [12.216519585, 30.888377903], put into each estimator (LP: 10000 / m; Chapman: 101² / (m + 1) − 1;
        // Bailey: 100 · 101 / (m + 1))
        "LINCOLN_PETERSEN, 323.746362839, 818.563743142",
        "CHAPMAN,          318.897112081, 770.837088734",
        "BAILEY,           316.729813941, 764.195137361",
    })
    void exactPoissonInterval(CaptureRecaptureEstimator estimator, double lower, double upper) {
        SizeEstimate s = SizeEstimates.twoSource(estimator, CaptureRecaptureInterval.EXACT_POISSON, 100, 100, 20,
                0.95);

        assertThat(s.interval().orElseThrow().lower()).isCloseTo(lower, within(1e-6));
        assertThat(s.interval().orElseThrow().upper()).isCloseTo(upper, within(1e-6));
        assertThat(s.interval().orElseThrow().method()).isEqualTo(IntervalMethod.EXACT_POISSON);
    }

    @Test
    void exactPoissonIntervalOfChapmanWithNoOverlap() {
        // hand: m = 0: m's interval [0, chi2.ppf(0.975, 2) / 2 = −ln(0.025) = 3.688879]; Chapman at 0: 11 · 21 − 1
        // = 230; at 3.688879: 231 / 4.688879 − 1 = 48.265...
        SizeEstimate s = SizeEstimates.twoSource(CaptureRecaptureEstimator.CHAPMAN,
                CaptureRecaptureInterval.EXACT_POISSON, 10, 20, 0, 0.95);

        assertThat(s.interval().orElseThrow().upper()).isCloseTo(230.0, within(1e-9));
        assertThat(s.interval().orElseThrow().lower()).isCloseTo(231 / (1 - Math.log(0.025)) - 1, within(1e-9));
    }

    @ParameterizedTest(name = "exact hypergeometric {0}/{1}/{2} -> [{3}, {4}]")
    @CsvSource({
        // SciPy 1.17.1: the smallest N with hypergeom.cdf(m, N, n1, n2) >= 0.025 and the largest with
        // hypergeom.sf(m − 1, N, n1, n2) >= 0.025, by stepping through N
        "100, 100,  20,  360,   762",
        "100,  80,  20,  291,   604",
        "948, 421, 167, 2154,  2682",
        "500, 149,   7, 5334, 26102",
    })
    void exactHypergeometricInterval(long n1, long n2, long m, double lower, double upper) {
        SizeEstimate s = SizeEstimates.twoSource(CaptureRecaptureEstimator.CHAPMAN,
                CaptureRecaptureInterval.EXACT_HYPERGEOMETRIC, n1, n2, m, 0.95);

        assertThat(s.interval().orElseThrow().lower()).isEqualTo(lower);
        assertThat(s.interval().orElseThrow().upper()).isEqualTo(upper);
        assertThat(s.method()).isEqualTo("Chapman capture-recapture, exact hypergeometric interval");
    }

    @Test
    void intervalsThatNeedAnOverlapRefuseNone() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.twoSource(
                CaptureRecaptureEstimator.CHAPMAN, CaptureRecaptureInterval.EXACT_HYPERGEOMETRIC, 10, 20, 0, 0.95))
                .withMessageStartingWith("The exact hypergeometric interval needs at least one person in both");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.twoSource(
                CaptureRecaptureEstimator.LINCOLN_PETERSEN, CaptureRecaptureInterval.EXACT_POISSON, 10, 20, 0, 0.95))
                .withMessageStartingWith("Lincoln-Petersen needs at least one person in both sources: m = 0");
    }

    @Test
    void baileyLogNormalRefusesAnEstimateBelowThePeopleSeen() {
        // hand: n1 = m = 30, n2 = 50: Bailey N = 30 · 51 / 31 = 49.35 < 50 people seen
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.twoSource(
                CaptureRecaptureEstimator.BAILEY, CaptureRecaptureInterval.LOG_NORMAL, 30, 50, 30, 0.95))
                .withMessageStartingWith("The log-normal interval needs an estimate of at least the 50.0 people seen");
    }

    @Test
    void networkScaleUpMatchesNetworkscaleup() {
        // networkscaleup 0.1-2 (R 4.2.2): example_data, colSums(ard) = 693 278 178 365 102,
        // subpop_sizes 136961 56322 36246 69238 20174, N = 1e6; killworth(ard, known_sizes = sizes[c(1, 2, 4)],
        // known_ind = c(1, 2, 4), N = N, model = "MLE")$sizes = 34976.6002994012 (column 3), 20042.7709580838
        // (column 5); sum(degrees) = 5089.11668018939
        long[] sizes = {136_961, 56_322, 69_238};
        long[] answers = {693, 278, 365};
        SizeEstimate third = SizeEstimates.networkScaleUp(1_000_000, sizes, answers, 178, 0.95);
        SizeEstimate fifth = SizeEstimates.networkScaleUp(1_000_000, sizes, answers, 102, 0.95);

        assertThat(third.estimate().point()).isCloseTo(34976.6002994012, within(1e-8));
        assertThat(fifth.estimate().point()).isCloseTo(20042.7709580838, within(1e-8));
        assertThat(third.input("summed network size")).hasValueCloseTo(5089.11668018939, within(1e-9));
        // hand (Killworth et al. 1998, binomial model): sqrt(34976.6003 · 965023.3997 / 5089.11668) = 2575.351514
        assertThat(third.standardError()).hasValueCloseTo(2575.351514, within(1e-6));
        assertThat(third.method()).isEqualTo("network scale-up (Killworth)");
    }

    @Test
    void networkScaleUpFromRespondentLevelAnswers() {
        // hand: N = 10,000, known sizes 500 and 1,000; three respondents know (2, 3; hidden 1), (0, 5; 0), (1, 2; 2).
        // Network sizes d_i = 10000 · (y_i1 + y_i2) / 1500 = 33.33, 33.33, 20, summing to 86.6667 (= 10000 · 13 /
        // 1500); N_H = 10000 · 3 / 86.6667 = 346.153846; SE = sqrt(346.1538 · 9653.8462 / 86.6667) = 196.362576
        SizeEstimate s = SizeEstimates.networkScaleUp(10_000, new long[] {500, 1000},
                new long[][] {{2, 3}, {0, 5}, {1, 2}}, new long[] {1, 0, 2}, 0.95);
        assertThat(s.estimate().point()).isCloseTo(346.153846, within(1e-6));
        assertThat(s.input("summed network size")).hasValueCloseTo(86.666667, within(1e-6));
        assertThat(s.standardError()).hasValueCloseTo(196.362576, within(1e-6));
    }

    @Test
    void networkScaleUpNamesTheRespondentOfABadAnswer() {
        long[] sizes = {500, 1000};
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(10_000, sizes,
                new long[][] {{2, 3}, {0, -5}}, new long[] {1, 0}, 0.95))
                .withMessage("Respondent 2 knows -5 people in known population 2; an answer is a count, at least 0");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(10_000, sizes,
                new long[][] {{2, 3}, {0, 5}}, new long[] {1, -1}, 0.95))
                .withMessage("Respondent 2 knows -1 people in the hidden population; an answer is a count, at least 0");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(10_000, sizes,
                new long[][] {{2, 3}, {0}}, new long[] {1, 0}, 0.95))
                .withMessage("Respondent 2 has 1 answers about known populations, not 2 (one per known size)");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(10_000, sizes,
                new long[][] {{2, 3}}, new long[] {1, 0}, 0.95)).withMessageContaining("1 rows of known answers and "
                        + "2 hidden answers");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(10_000, sizes,
                new long[0][], new long[0], 0.95)).withMessageContaining("0 rows");
    }

    @Test
    void networkScaleUpRefusesWhatItCannotEstimate() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(1000, new long[] {10},
                new long[] {0}, 3, 0.95)).withMessageStartingWith("Nobody reports knowing anyone in the known");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(1000, new long[] {600,
                500}, new long[] {3, 4}, 3, 0.95))
                .withMessage("The known populations add up to 1100, more than the population of 1000");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(1000, new long[] {10},
                new long[] {3, 4}, 3, 0.95)).withMessage("Network scale-up needs the size of and the answers about at"
                        + " least one known population: 1 sizes and 2 answers");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.networkScaleUp(1000, new long[] {10},
                new long[] {3}, -1, 0.95)).withMessageStartingWith("Network scale-up counts out of range");
    }

    @Test
    void chapmanLogNormalWhenOneSourceContainsTheOther() {
        // hand: n1 = m = 30, n2 = 50: r = 50 seen, f0 = 0 · 20 / 31 = 0, Chapman N = 31 · 51 / 31 − 1 = 50 -> [50, 50]
        SizeEstimate s = SizeEstimates.chapmanLogNormal(30, 50, 30, 0.95);

        assertThat(s.estimate().point()).isCloseTo(50.0, within(1e-9));
        assertThat(s.estimate().interval().orElseThrow().lower()).isEqualTo(50.0);
        assertThat(s.estimate().interval().orElseThrow().upper()).isEqualTo(50.0);
    }

    @Test
    void chapmanWithNoOverlapIsComputable() {
        // hand: m = 0: N = 11 · 21 / 1 − 1 = 230; Var = 11 · 21 · 10 · 20 / (1 · 2) = 23,100
        SizeEstimate s = SizeEstimates.chapman(10, 20, 0, 0.95);

        assertThat(s.estimate().point()).isEqualTo(230.0);
        Interval ci = s.interval().orElseThrow();
        assertThat((ci.upper() - ci.lower()) / 2).isCloseTo(1.959964 * Math.sqrt(23_100), within(1e-3));
    }

    @Test
    void theEstimateCarriesTheComputedIntervalAtItsLevel() {
        SizeEstimate s = SizeEstimates.chapman(100, 80, 20, 0.9);

        assertThat(s.estimate().interval()).isEqualTo(s.interval());
        assertThat(s.interval().orElseThrow().confidenceLevel()).hasValue(0.9);
    }

    @Test
    void captureRecaptureRejectsImpossibleCounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.lincolnPetersen(100, 80, 0, 0.95))
                .withMessageStartingWith("Lincoln-Petersen needs at least one person in both sources: m = 0");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.chapman(100, 80, 81, 0.95))
                .withMessage("Number in both sources is above the smaller source: m = 81 > min(n1 = 100, n2 = 80)");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.lincolnPetersen(-1, 80, 1, 0.95))
                .withMessage("Capture-recapture counts are negative: n1 = -1, n2 = 80, m = 1");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.chapman(100, 80, 20, 1.0))
                .withMessageStartingWith("Confidence level is not strictly between 0 and 1");
    }

    @Test
    void logNormalChapmanRejectsImpossibleCountsToo() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.chapmanLogNormal(100, 80, 81, 0.95))
                .withMessage("Number in both sources is above the smaller source: m = 81 > min(n1 = 100, n2 = 80)");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.chapmanLogNormal(100, -1, 0, 0.95))
                .withMessage("Capture-recapture counts are negative: n1 = 100, n2 = -1, m = 0");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.chapman(100, 80, -1, 0.95))
                .withMessage("Capture-recapture counts are negative: n1 = 100, n2 = 80, m = -1");
    }

    @Test
    void multipliersRejectAConfidenceLevelOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.multiplierDelta(Count.of(1505), 50, 200,
                1, 0.0)).withMessage("Confidence level is not strictly between 0 and 1: 0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.multiplierDelta(Count.of(1505), 50, 200,
                1, 1.0)).withMessage("Confidence level is not strictly between 0 and 1: 1.0");
    }

    @Test
    void emptySourcesAndFullOverlapAreAtTheLimitsOfTheCounts() {
        // hand: n1 = 0, n2 = 5, m = 0: Chapman (0 + 1)(5 + 1) / (0 + 1) - 1 = 5, variance 0 -> [5, 5]
        SizeEstimate empty = SizeEstimates.chapman(0, 5, 0, 0.95);
        assertThat(empty.estimate().point()).isCloseTo(5, within(1e-12));
        assertThat(empty.interval().orElseThrow().upper()).isCloseTo(5, within(1e-12));
        assertThat(SizeEstimates.chapman(5, 0, 0, 0.95).estimate().point()).isCloseTo(5, within(1e-12));
        // hand: m = n2 = 50 of n1 = 100: everyone of the second source was in the first, N = 101 × 51 / 51 - 1 = 100,
        // nobody unseen -> [100, 100]
        SizeEstimate full = SizeEstimates.chapmanLogNormal(100, 50, 50, 0.95);
        assertThat(full.estimate().point()).isCloseTo(100, within(1e-9));
        assertThat(full.interval().orElseThrow().lower()).isCloseTo(100, within(1e-9));
        assertThat(full.interval().orElseThrow().upper()).isCloseTo(100, within(1e-9));
    }

    @Test
    void multiplierDelta() {
        // hand: M = 1000, 200 of 500 -> p = 0.4, N = 2500; SE(p) = sqrt(0.4 · 0.6 / 500) = 0.021909;
        // SE(N) = 1000 · 0.021909 / 0.16 = 136.930639; z · SE = 268.379122 -> [2231.620878, 2768.379122]
        SizeEstimate s = SizeEstimates.multiplierDelta(M, 200, 500, 1.0, 0.95);

        assertThat(s.estimate().point()).isCloseTo(2500.0, within(1e-9));
        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(2231.620878, within(1e-4));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(2768.379122, within(1e-4));
        assertThat(s.interval().orElseThrow().method()).isEqualTo(IntervalMethod.DELTA);
        assertThat(s.method()).isEqualTo("multiplier");
        assertThat(s.input("M")).hasValue(1000);
        assertThat(s.input("deff")).hasValue(1);
        assertThat(s.standardError()).hasValueCloseTo(136.930639, within(1e-6));
    }

    @Test
    void multiplierDeltaWithDesignEffect() {
        // hand: deff = 2 -> n_eff = 250, SE(p) = sqrt(0.24 / 250) = 0.030984; SE(N) = 1000 · 0.030984 / 0.16
        // = 193.649167; z · SE = 379.545394 -> [2120.454606, 2879.545394]
        SizeEstimate s = SizeEstimates.multiplierDelta(M, 200, 500, 2.0, 0.95);

        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(2120.454606, within(1e-4));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(2879.545394, within(1e-4));
        assertThat(s.standardError()).hasValueCloseTo(193.649167, within(1e-6));
        // the inverted interval's estimate has the same delta-method standard error
        assertThat(SizeEstimates.multiplierInverted(M, 200, 500, 2.0, BinomialMethod.WILSON, 0.95).standardError())
                .hasValueCloseTo(193.649167, within(1e-6));
    }

    @Test
    void multiplierInverted() {
        // hand, Wilson 200 of 500: z² = 3.841459, centre = 201.920729 / 503.841459 = 0.400762,
        // half = 1.959964 / 503.841459 · sqrt(120 + 0.960365) = 0.00389004 · 10.998198 = 0.042783
        // -> p in [0.357979, 0.443546]; N in [1000 / 0.443546, 1000 / 0.357979] = [2254.558, 2793.460]
        SizeEstimate s = SizeEstimates.multiplierInverted(M, 200, 500, 1.0, BinomialMethod.WILSON, 0.95);

        assertThat(s.estimate().point()).isCloseTo(2500.0, within(1e-9));
        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(2254.558, within(1e-2));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(2793.460, within(1e-2));
        assertThat(s.interval().orElseThrow().method()).isEqualTo(IntervalMethod.INVERTED);
    }

    @Test
    void multiplierNotComputable() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.multiplierDelta(M, 0, 500, 1, 0.95))
                .withMessage("No survey respondent reports contact, so M / p is not computable: 0 of 500");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SizeEstimates.multiplierInverted(M, 1, 10, 1, BinomialMethod.WALD, 0.95))
                .withMessageStartingWith("Lower end of the survey proportion's WALD interval is 0");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.multiplierDelta(M, 5, 0, 1, 0.95))
                .withMessage("Number of trials is not strictly positive: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.multiplierDelta(M, 5, 10, 0.5, 0.95))
                .withMessageStartingWith("Design effect is not a finite number >= 1");
    }

    @Test
    void triangulation() {
        SizeEstimate published = SizeEstimate.published(Estimate.of(12_500, 9_000, 16_000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                "national estimate", Source.of("Ministry of Health 2024"));
        List<SizeEstimate> inputs = List.of(SizeEstimates.chapman(79, 100, 0, 0.95).withSource(Source.of("NSP")),
                SizeEstimates.multiplierDelta(M, 100, 1000, 1, 0.95), published,
                SizeEstimates.lincolnPetersen(300, 300, 10, 0.95));
        // hand: Chapman 80 · 101 / 1 − 1 = 8079; multiplier 1000 / 0.1 = 10000; LP 300 · 300 / 10 = 9000
        // -> points 8079, 10000, 12500, 9000: median (9000 + 10000)/2 = 9500, min 8079, max 12500
        SizeEstimate s = SizeEstimates.triangulate(inputs);

        assertThat(s.estimate().point()).isCloseTo(9500.0, within(1e-9));
        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(8079.0, within(1e-9));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(12_500.0, within(1e-9));
        assertThat(s.estimate().interval().orElseThrow().method()).isEqualTo(IntervalMethod.TRIANGULATION);
        assertThat(s.interval().orElseThrow().method()).isEqualTo(IntervalMethod.TRIANGULATION);
        assertThat(s.components()).isEqualTo(inputs);
        assertThat(s.components().get(0).source()).contains(Source.of("NSP"));
        assertThat(s.components().get(2).method()).isEqualTo("national estimate");
        assertThat(s.input("N3 (national estimate)")).hasValue(12_500);
        assertThat(s.toEstimate()).isEqualTo(s.estimate());
    }

    @Test
    void triangulationOfAnOddNumberTakesTheMiddleOne() {
        // hand: 400, 388.571429 (Chapman as above), 9000 -> median 400
        SizeEstimate s = SizeEstimates.triangulate(List.of(SizeEstimates.lincolnPetersen(100, 80, 20, 0.95),
                SizeEstimates.chapman(100, 80, 20, 0.95), SizeEstimates.lincolnPetersen(300, 300, 10, 0.95)));

        assertThat(s.estimate().point()).isEqualTo(400.0);
    }

    @Test
    void triangulationNeedsTwoEstimates() {
        List<SizeEstimate> one = List.of(SizeEstimates.chapman(100, 80, 20, 0.95));
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimates.triangulate(one))
                .withMessage("Triangulation needs at least two estimates: 1");
    }

    /** 1,000 generated capture-recapture inputs from a fixed seed. */
    static Stream<Arguments> captures() {
        SplittableRandom random = new SplittableRandom(3L);
        return Stream.generate(() -> {
            long n1 = random.nextLong(1, 100_000);
            long n2 = random.nextLong(1, 100_000);
            long m = random.nextLong(1, Math.min(n1, n2) + 1);
            return Arguments.of(n1, n2, m);
        }).limit(1000);
    }

    @Tag("property")
    @Test
    void captureRecaptureInvariants() {
        Properties.forAll(captures(), a -> captureRecaptureInvariantsCase((long) a[0], (long) a[1], (long) a[2]));
    }

    private static void captureRecaptureInvariantsCase(long n1, long n2, long m) {
        SizeEstimate lp = SizeEstimates.lincolnPetersen(n1, n2, m, 0.95);
        SizeEstimate ch = SizeEstimates.chapman(n1, n2, m, 0.95);
        SizeEstimate chao = SizeEstimates.chapmanLogNormal(n1, n2, m, 0.95);

        // Chao's log-normal interval never goes below the n1 + n2 − m people seen, and surrounds the point.
        assertThat(chao.estimate().lowOrPoint()).isGreaterThanOrEqualTo((n1 + n2 - m) * (1 - 1e-12));
        assertThat(chao.estimate().isPointWithinInterval()).isTrue();

        // lower <= point <= upper; both estimates are at least the number seen in the larger source
        // (n1·n2/m >= max(n1, n2) since m <= min(n1, n2)); Chapman <= Lincoln-Petersen (Chapman 1951).
        for (SizeEstimate s : List.of(lp, ch)) {
            assertThat(s.estimate().isPointWithinInterval()).isTrue();
            assertThat(s.estimate().point()).isGreaterThanOrEqualTo(Math.max(n1, n2) - 1e-6);
        }
        assertThat(ch.estimate().point()).isLessThanOrEqualTo(lp.estimate().point() + 1e-6);
        // Monotone: one more person in both sources, a smaller estimate.
        if (m < Math.min(n1, n2)) {
            assertThat(SizeEstimates.chapman(n1, n2, m + 1, 0.95).estimate().point())
                    .isLessThan(ch.estimate().point());
        }
    }

    /** 1,000 generated multiplier inputs from a fixed seed. */
    static Stream<Arguments> multipliers() {
        SplittableRandom random = new SplittableRandom(4L);
        return Stream.generate(() -> {
            long n = random.nextLong(1, 5_000);
            long x = random.nextLong(1, n + 1);
            return Arguments.of(random.nextLong(0, 1_000_000), x, n, 1 + 3 * random.nextDouble());
        }).limit(1000);
    }

    @Tag("property")
    @Test
    void multiplierInvariants() {
        Properties.forAll(multipliers(), a -> multiplierInvariantsCase((long) a[0], (long) a[1], (long) a[2], (double) a[3]));
    }

    private static void multiplierInvariantsCase(long m, long x, long n, double deff) {
        SizeEstimate delta = SizeEstimates.multiplierDelta(Count.of(m), x, n, deff, 0.95);
        SizeEstimate inverted = SizeEstimates.multiplierInverted(Count.of(m), x, n, deff, BinomialMethod.WILSON, 0.95);

        // Same point M / p̂ by both; lower <= point <= upper; the inverted interval never goes below M (p <= 1).
        assertThat(inverted.estimate().point()).isEqualTo(delta.estimate().point());
        assertThat(delta.estimate().isPointWithinInterval()).isTrue();
        assertThat(inverted.estimate().lowOrPoint()).isLessThanOrEqualTo(inverted.estimate().point() * (1 + 1e-9));
        assertThat(inverted.estimate().highOrPoint())
                .isGreaterThanOrEqualTo(inverted.estimate().point() * (1 - 1e-9));
        assertThat(inverted.estimate().lowOrPoint()).isGreaterThanOrEqualTo(m * (1 - 1e-12));
    }
}
