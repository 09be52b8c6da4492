package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the usage example of the package's documentation section, so that it keeps compiling and working. */
class UsageExampleTest {

    @Test
    void usageExample() {
        // --- example (as documented) ---
        Interval hiv = BinomialIntervals.interval(45, 120, 2.0, BinomialMethod.WILSON, 0.95); // RDS, deff 2
        SizeEstimate pwid = SizeEstimates.chapman(100, 80, 20, 0.95);                         // capture-recapture
        Estimate n = Estimate.of(25_000, 20_000, 30_000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        Interval ost = CoverageIntervals.monteCarlo(Count.of(1505), n, CoverageOptions.defaults());
        Interval sameOst = CoverageIntervals.deltaLog(Count.of(1505), n, CoverageOptions.defaults());
        // --- end of example ---

        // hand (Wilson 22.5 of 60): z² = 3.841459, centre = 24.420729 / 63.841459 = 0.382523,
        // half = 1.959964 / 63.841459 · sqrt(22.5 · 37.5 / 60 + 0.960365) = 0.030700 · sqrt(15.022865)
        // = 0.030700 · 3.875934 = 0.118993 -> [0.263529, 0.501515]
        assertThat(hiv.lower()).isCloseTo(0.263529, within(1e-5));
        assertThat(hiv.upper()).isCloseTo(0.501515, within(1e-5));
        // Chapman 388.571429 (hand, see SizeEstimatesTest)
        assertThat(pwid.toEstimate().point()).isCloseTo(388.571429, within(1e-6));
        // Monte Carlo within 2 % of the delta interval [0.048849, 0.074188] (hand, see CoverageIntervalsTest)
        assertThat(sameOst.lower()).isCloseTo(0.048849, within(1e-6));
        assertThat(ost.lower()).isCloseTo(0.048849, within(0.02 * 0.048849));
        assertThat(ost.upper()).isCloseTo(0.074188, within(0.02 * 0.074188));
    }

    @Test
    void multipleSourcesExample() {
        ReferencePeriod period = ReferencePeriod.ofYear(2016);
        Area area = Area.of("Testland");
        // --- example (as documented) ---
        CaptureHistories lists = CaptureHistories.of(3, Map.of("100", 409L, "010", 555L, "001", 632L, "110", 34L,
                "101", 20L, "011", 38L, "111", 3L));                             // Rcapture's HIV data, lists 1-3
        List<LogLinearFit> fits = MultipleSources.compare(lists, List.of(LogLinearModel.mt(),
                LogLinearModel.mt().withInteraction(1, 2)), LogLinearFit::aic); // each with deviance, df, AIC, BIC
        SizeEstimate hivCases = MultipleSources.estimate(lists, LogLinearModel.mt(), 0.95);
        // 10,540 [8,840, 12,756] profile likelihood, level 0.95 (Rcapture: 10540.4 [8840.4, 12756.1])
        Observation figure = hivCases.toFigure(Measure.PLHIV_ESTIMATE, period, area); // the lists' period and area
        // --- end of example ---

        assertThat(fits).hasSize(2);
        // Rcapture values: see MultipleSourcesTest.threeListsMatchRcapture
        assertThat(hivCases.estimate().point()).isCloseTo(10540.4130289, within(0.01));
        assertThat(figure.value()).isEqualTo(hivCases.toEstimate());
        assertThat(figure.source().citation()).startsWith("computed by log-linear capture-recapture, 3 lists, model Mt");
    }
}
