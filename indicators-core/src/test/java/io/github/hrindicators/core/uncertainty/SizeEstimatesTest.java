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
import org.junit.jupiter.params.provider.Arguments;

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
        assertThat(s.method()).isEqualTo("Lincoln-Petersen capture-recapture");
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
        assertThat(s.method()).isEqualTo("Chapman capture-recapture");
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
    }

    @Test
    void multiplierDeltaWithDesignEffect() {
        // hand: deff = 2 -> n_eff = 250, SE(p) = sqrt(0.24 / 250) = 0.030984; SE(N) = 1000 · 0.030984 / 0.16
        // = 193.649167; z · SE = 379.545394 -> [2120.454606, 2879.545394]
        SizeEstimate s = SizeEstimates.multiplierDelta(M, 200, 500, 2.0, 0.95);

        assertThat(s.estimate().interval().orElseThrow().lower()).isCloseTo(2120.454606, within(1e-4));
        assertThat(s.estimate().interval().orElseThrow().upper()).isCloseTo(2879.545394, within(1e-4));
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
