package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntervalTest {

    @Test
    void ofWithoutLevel() {
        Interval i = Interval.of(0.28, 0.49, IntervalMethod.PLAUSIBLE_BOUNDS);
        assertThat(i.lower()).isEqualTo(0.28);
        assertThat(i.upper()).isEqualTo(0.49);
        assertThat(i.method()).isEqualTo(IntervalMethod.PLAUSIBLE_BOUNDS);
        assertThat(i.confidenceLevel()).isEmpty();
        assertThat(i.seed()).isEmpty();
        assertThat(i.draws()).isEmpty();
    }

    @Test
    void boundsAreNotClamped() {
        // a coverage whose upper plausible bound exceeds 100 % keeps it
        Interval i = Interval.of(0.8, 1.2, IntervalMethod.PLAUSIBLE_BOUNDS);
        assertThat(i.upper()).isEqualTo(1.2);
        assertThat(Interval.of(-3, -1, IntervalMethod.RANGE_PROPAGATION).lower()).isEqualTo(-3.0);
    }

    @Test
    void ofWithLevel() {
        Interval i = Interval.of(0.1, 0.3, IntervalMethod.WILSON, 0.95);
        assertThat(i.confidenceLevel()).hasValue(0.95);
        assertThat(i).isEqualTo(Interval.of(0.1, 0.3, IntervalMethod.WILSON).withConfidenceLevel(0.95));
    }

    @ParameterizedTest
    @CsvSource({
        "0.3,       0.1,       Interval lower is above upper: 0.3 > 0.1",
        "NaN,       0.1,       Interval lower is not a finite number: NaN",
        "-Infinity, 0.1,       Interval lower is not a finite number: -Infinity",
        "0.1,       NaN,       Interval upper is not a finite number: NaN",
        "0.1,       Infinity,  Interval upper is not a finite number: Infinity",
    })
    void ofRejectsNamingRuleAndValue(double lower, double upper, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Interval.of(lower, upper, IntervalMethod.DELTA))
                .withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> Interval.of(lower, upper, IntervalMethod.DELTA, 0.95))
                .withMessage(message);
    }

    @Test
    void ofRejectsNullMethod() {
        assertThatNullPointerException().isThrownBy(() -> Interval.of(0, 1, null)).withMessage("method");
        assertThatNullPointerException().isThrownBy(() -> Interval.of(0, 1, null, 0.95)).withMessage("method");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.8, 0.9, 0.95, 0.99, Double.MIN_VALUE, 0.9999999999999999})
    void levelStrictlyBetweenZeroAndOneAccepted(double level) {
        assertThat(Interval.of(0, 1, IntervalMethod.JEFFREYS, level).confidenceLevel()).hasValue(level);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.0, 95, -0.95, 1.0000001, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY})
    void levelOutsideOpenUnitIntervalRejected(double level) {
        String message = "Confidence level is not strictly between 0 and 1: " + level;
        assertThatIllegalArgumentException().isThrownBy(() -> Interval.of(0, 1, IntervalMethod.WILSON, level))
                .withMessage(message);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Interval.of(0, 1, IntervalMethod.WILSON).withConfidenceLevel(level))
                .withMessage(message);
    }

    @ParameterizedTest
    @CsvSource({
        "20161231,             1",
        "0,                    10000",
        "-1,                   2147483647",
        "-9223372036854775808, 100000",
    })
    void withMonteCarloRecordsSeedAndDraws(long seed, int draws) {
        Interval i = Interval.of(5000, 9000, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(seed, draws);
        assertThat(i.seed()).hasValue(seed);
        assertThat(i.draws()).hasValue(draws);
        // the level and bounds are kept
        assertThat(i.confidenceLevel()).hasValue(0.95);
        assertThat(i.lower()).isEqualTo(5000.0);
        assertThat(i.upper()).isEqualTo(9000.0);
        // and a later level keeps the seed and draws
        assertThat(i.withConfidenceLevel(0.9).seed()).hasValue(seed);
        assertThat(i.withConfidenceLevel(0.9).draws()).hasValue(draws);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void withMonteCarloRejectsNonPositiveDraws(int draws) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Interval.of(0, 1, IntervalMethod.MONTE_CARLO).withMonteCarlo(1, draws))
                .withMessage("Number of draws is not strictly positive: " + draws);
    }

    @ParameterizedTest
    @CsvSource({
        "0.1,       true",
        "0.2,       true",
        "0.3,       true",
        "0.0999999, false",
        "0.3000001, false",
        "NaN,       false",
        "-Infinity, false",
    })
    void containsIncludesEnds(double value, boolean expected) {
        assertThat(Interval.of(0.1, 0.3, IntervalMethod.CLOPPER_PEARSON).contains(value)).isEqualTo(expected);
    }

    @Test
    void scaledMultipliesBothBoundsAndKeepsTheRest() {
        // hand: [0.0013333, 0.002] per PWID × 1000 = [1.3333, 2] per 1,000 PWID
        Interval i = Interval.of(0.04 / 30, 0.002, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(7, 100);
        Interval per1000 = i.scaled(1000);
        assertThat(per1000.lower()).isEqualTo(0.04 / 30 * 1000);
        assertThat(per1000.upper()).isEqualTo(2.0);
        assertThat(per1000.method()).isEqualTo(IntervalMethod.MONTE_CARLO);
        assertThat(per1000.confidenceLevel()).hasValue(0.95);
        assertThat(per1000.seed()).hasValue(7);
        assertThat(per1000.draws()).hasValue(100);
        assertThat(i.scaled(1)).isSameAs(i);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -2, Double.NaN, Double.POSITIVE_INFINITY})
    void scaledRejectsFactorsThatAreNotPositive(double factor) {
        Interval i = Interval.of(0, 1, IntervalMethod.WILSON);
        assertThatIllegalArgumentException().isThrownBy(() -> i.scaled(factor))
                .withMessage("Interval scale factor is not a finite number > 0: " + factor);
    }

    @Test
    void toStringShowsEverythingSet() {
        assertThat(Interval.of(0.1, 0.3, IntervalMethod.PLAUSIBLE_BOUNDS))
                .hasToString("[0.1, 0.3] plausible bounds from input ranges");
        assertThat(Interval.of(0.1, 0.3, IntervalMethod.WILSON, 0.95)).hasToString("[0.1, 0.3] Wilson score, level 0.95");
        assertThat(Interval.of(5000, 9000, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(42, 10000))
                .hasToString("[5000.0, 9000.0] Monte Carlo percentiles, level 0.95, seed 42, 10000 draws");
    }

    @Test
    void valueSemantics() {
        Interval base = Interval.of(1, 2, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(42, 1000);
        assertValueSemantics(base, Interval.of(1, 2, IntervalMethod.MONTE_CARLO).withMonteCarlo(42, 1000)
                        .withConfidenceLevel(0.95),
                Interval.of(1.5, 2, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(42, 1000),
                Interval.of(1, 2.5, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(42, 1000),
                Interval.of(1, 2, IntervalMethod.DELTA, 0.95).withMonteCarlo(42, 1000),
                Interval.of(1, 2, IntervalMethod.MONTE_CARLO, 0.9).withMonteCarlo(42, 1000),
                Interval.of(1, 2, IntervalMethod.MONTE_CARLO).withMonteCarlo(42, 1000),
                Interval.of(1, 2, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(43, 1000),
                Interval.of(1, 2, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(42, 1001),
                Interval.of(1, 2, IntervalMethod.MONTE_CARLO, 0.95));
    }
}
