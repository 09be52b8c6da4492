package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Hyndman & Fan type 7 quantile the Monte Carlo interval takes its bounds from. */
class PercentileTest {
    private static final double[] ONE_TO_FIVE = {1, 2, 3, 4, 5};
    private static final double[] SQUARES = {1, 4, 9, 16};

    @ParameterizedTest
    @CsvSource({
        // R: quantile(1:5, p, type = 7)
        "0.0, 1.0", "0.1, 1.4", "0.25, 2.0", "0.5, 3.0", "0.9, 4.6", "0.975, 4.9", "1.0, 5.0"})
    void matchesRType7OnOneToFive(double p, double expected) {
        assertThat(CoverageIntervals.percentile(ONE_TO_FIVE, p)).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({
        // R: quantile(c(1, 4, 9, 16), p, type = 7); h = 3p: 0.25 -> 4 + 0.75 × 5 = 7.75 (hand: 1 + 0.75 × 3 = 3.25
        // for h = 0.75 at p = 0.25); 0.5 -> h = 1.5 -> 4 + 0.5 × 5 = 6.5; 0.9 -> h = 2.7 -> 9 + 0.7 × 7 = 13.9
        "0.25, 3.25", "0.5, 6.5", "0.9, 13.9", "0.025, 1.225"})
    void interpolatesBetweenUnequalNeighbours(double p, double expected) {
        assertThat(CoverageIntervals.percentile(SQUARES, p)).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0.0", "0.5", "1.0"})
    void aSingleDrawIsEveryQuantile(double p) {
        assertThat(CoverageIntervals.percentile(new double[] {7.5}, p)).isEqualTo(7.5);
    }
}
