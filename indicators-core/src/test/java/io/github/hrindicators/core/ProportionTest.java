package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProportionTest {

    @Test
    void percentAndFractionConvert() {
        // hand: 51.5 / 100 = 0.515
        assertThat(Proportion.ofPercent(51.5).toFraction()).isCloseTo(0.515, within(1e-12));
        // hand: 0.515 × 100 = 51.5
        assertThat(Proportion.ofFraction(0.515).toPercent()).isCloseTo(51.5, within(1e-12));
        assertThat(Proportion.ofPercent(51.5).doubleValue()).isCloseTo(0.515, within(1e-12));
        assertThat(Proportion.ofPercent(51.5).kind()).isEqualTo(QuantityKind.PROPORTION);
    }

    @ParameterizedTest
    @CsvSource({
        // percent, fraction (hand: percent / 100)
        "0,     0",
        "100,   1",
        "50,    0.5",
        "51.5,  0.515",
        "7,     0.07",
        "0.001, 0.00001",
    })
    void percentFractionTable(double percent, double fraction) {
        assertThat(Proportion.ofPercent(percent).toFraction()).isCloseTo(fraction, within(1e-12));
        assertThat(Proportion.ofFraction(fraction).toPercent()).isCloseTo(percent, within(1e-12));
    }

    /** Seeded generated round trips: percent → fraction → percent stays within 1e-12. */
    static Stream<Double> randomPercents() {
        SplittableRandom random = new SplittableRandom(20_161_231L);
        return random.doubles(200, 0, 100).boxed();
    }

    @Test
    void percentRoundTrip() {
        Properties.forAll(randomPercents(), a -> percentRoundTripCase((double) a[0]));
    }

    private static void percentRoundTripCase(double percent) {
        Proportion p = Proportion.ofPercent(percent);
        assertThat(p.toPercent()).isCloseTo(percent, within(1e-12));
        assertThat(p.toFraction()).isBetween(0.0, 1.0);
        assertThat(Proportion.ofFraction(p.toFraction())).isEqualTo(p);
    }

    @ParameterizedTest
    @ValueSource(doubles = {100.0001, -0.0001, 101, -1, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY})
    void ofPercentRejectsOutsideZeroToHundred(double percent) {
        assertThatIllegalArgumentException().isThrownBy(() -> Proportion.ofPercent(percent))
                .withMessage("Proportion is not a percent within [0, 100]: " + percent);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0000001, -0.0000001, 51.5, -1, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY})
    void ofFractionRejectsOutsideZeroToOne(double fraction) {
        assertThatIllegalArgumentException().isThrownBy(() -> Proportion.ofFraction(fraction))
                .withMessage("Proportion is not a fraction within [0, 1]: " + fraction);
    }

    @Test
    void negativeZeroIsZero() {
        // -0.0 passes "x >= 0"; it must not print as "-0.0 %" nor differ from 0
        assertThat(Proportion.ofFraction(-0.0)).isEqualTo(Proportion.ofFraction(0.0)).hasToString("0 %");
        assertThat(Proportion.ofPercent(-0.0)).isEqualTo(Proportion.ofPercent(0.0)).hasToString("0 %");
        assertThat(Proportion.ofPercent(-0.0, -0.0, 1, IntervalMethod.PUBLISHED_MIN_MAX))
                .isEqualTo(Proportion.ofPercent(0, 0, 1, IntervalMethod.PUBLISHED_MIN_MAX))
                .hasToString("0 % [0, 1] (published minimum and maximum)");
        assertThat(Proportion.ofFraction(-0.0, -0.0, -0.0, IntervalMethod.PUBLISHED_MIN_MAX))
                .isEqualTo(Proportion.ofFraction(0, 0, 0, IntervalMethod.PUBLISHED_MIN_MAX));
    }

    @Test
    void ofCounts() {
        Proportion p = Proportion.of(Count.of(2417), Count.of(4030));
        // hand: 2417 / 4030 = 0.59975186104218...
        assertThat(p.toFraction()).isCloseTo(0.599751861042, within(1e-12));
        assertThat(p.interval()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        // part, whole, fraction (hand: part / whole)
        "0,    1,    0",
        "1,    1,    1",
        "4030, 4030, 1",
        "1,    3,    0.333333333333333",
        "0,    4030, 0",
    })
    void ofCountsTable(long part, long whole, double fraction) {
        assertThat(Proportion.of(Count.of(part), Count.of(whole)).toFraction()).isCloseTo(fraction,
                within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({
        "0,    0,    Denominator is not strictly positive: 0",
        "5,    0,    Denominator is not strictly positive: 0",
        "4031, 4030, Part is above whole: 4031 > 4030",
        "1,    0,    Denominator is not strictly positive: 0",
    })
    void ofCountsRejects(long part, long whole, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Proportion.of(Count.of(part), Count.of(whole)))
                .withMessage(message);
    }

    @Test
    void ofCountsRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Proportion.of(null, Count.of(1))).withMessage("part");
        assertThatNullPointerException().isThrownBy(() -> Proportion.of(Count.of(1), null)).withMessage("whole");
    }

    @Test
    void ofPercentWithRange() {
        // as published: "7 % (2–13 %)"
        Proportion p = Proportion.ofPercent(7, 2, 13, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95);
        assertThat(p.toFraction()).isCloseTo(0.07, within(1e-12));
        Interval r = p.interval().orElseThrow();
        // hand: 2 / 100, 13 / 100
        assertThat(r.lower()).isCloseTo(0.02, within(1e-12));
        assertThat(r.upper()).isCloseTo(0.13, within(1e-12));
        assertThat(r.method()).isEqualTo(IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95);
        assertThat(p.isPointWithinInterval()).isTrue();
        assertThat(p).isEqualTo(Proportion.ofFraction(0.07, 0.02, 0.13, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95));
        // binary64: 7 / 100 × 100 = 7.000000000000001; toString rounds to 12 significant digits, so it shows 7
        assertThat(p).hasToString("7 % [2, 13] (published 95 % confidence interval)");
    }

    @ParameterizedTest
    @CsvSource({
        // percent, low, high, within
        "7,  2,  13, true",
        "2,  2,  13, true",
        "13, 2,  13, true",
        "1,  2,  13, false",
        "14, 2,  13, false",
        "50, 60, 70, false",
    })
    void rangeExcludingPointIsAcceptedAndFlagged(double percent, double low, double high, boolean within) {
        Proportion p = Proportion.ofPercent(percent, low, high, IntervalMethod.PUBLISHED_UNSPECIFIED);
        assertThat(p.isPointWithinInterval()).isEqualTo(within);
        Proportion f = Proportion.ofFraction(percent / 100, low / 100, high / 100, IntervalMethod.PUBLISHED_UNSPECIFIED);
        assertThat(f.isPointWithinInterval()).isEqualTo(within);
    }

    @Test
    void withoutRangePointIsWithinRange() {
        assertThat(Proportion.ofPercent(7).isPointWithinInterval()).isTrue();
    }

    static Stream<Arguments> invalidPercentRanges() {
        return Stream.of(
                Arguments.of(101, 2, 13, "Proportion is not a percent within [0, 100]: 101.0"),
                Arguments.of(7, -0.0001, 13, "Proportion interval lower is not a percent within [0, 100]: -1.0E-4"),
                Arguments.of(7, 2, 100.0001, "Proportion interval upper is not a percent within [0, 100]: 100.0001"),
                Arguments.of(7, Double.NaN, 13, "Proportion interval lower is not a percent within [0, 100]: NaN"),
                Arguments.of(7, 13, 2, "Interval lower is above upper: 0.13 > 0.02"));
    }

    @ParameterizedTest
    @MethodSource("invalidPercentRanges")
    void ofPercentWithRangeRejects(double percent, double low, double high, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Proportion.ofPercent(percent, low, high, IntervalMethod.PUBLISHED_UNSPECIFIED))
                .withMessage(message);
    }

    static Stream<Arguments> invalidFractionRanges() {
        return Stream.of(
                Arguments.of(1.01, 0.02, 0.13, "Proportion is not a fraction within [0, 1]: 1.01"),
                Arguments.of(0.07, -0.01, 0.13, "Proportion interval lower is not a fraction within [0, 1]: -0.01"),
                Arguments.of(0.07, 0.02, Double.POSITIVE_INFINITY,
                        "Proportion interval upper is not a fraction within [0, 1]: Infinity"),
                Arguments.of(0.07, 0.13, 0.02, "Interval lower is above upper: 0.13 > 0.02"));
    }

    @ParameterizedTest
    @MethodSource("invalidFractionRanges")
    void ofFractionWithRangeRejects(double fraction, double low, double high, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Proportion.ofFraction(fraction, low, high, IntervalMethod.PUBLISHED_UNSPECIFIED))
                .withMessage(message);
    }

    @Test
    void rangeFactoriesRejectNullKind() {
        assertThatNullPointerException().isThrownBy(() -> Proportion.ofPercent(7, 2, 13, null)).withMessage("method");
        assertThatNullPointerException().isThrownBy(() -> Proportion.ofFraction(0.07, 0.02, 0.13, null))
                .withMessage("method");
    }

    @Test
    void compareToOrdersByFraction() {
        assertThat(Proportion.ofPercent(7)).isLessThan(Proportion.ofPercent(51.5))
                .isGreaterThan(Proportion.ofFraction(0));
        assertThat(Proportion.ofPercent(50).compareTo(Proportion.ofFraction(0.5))).isZero();
    }

    @Test
    void valueSemantics() {
        assertValueSemantics(Proportion.ofFraction(0.5, 0.25, 0.75, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95),
                Proportion.ofPercent(50, 25, 75, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95),
                Proportion.ofFraction(0.5001, 0.25, 0.75, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95),
                Proportion.ofFraction(0.5, 0.2501, 0.75, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95),
                Proportion.ofFraction(0.5, 0.25, 0.7501, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95),
                Proportion.ofFraction(0.5, 0.25, 0.75, IntervalMethod.PUBLISHED_MIN_MAX),
                Proportion.ofFraction(0.5));
        assertValueSemantics(Proportion.ofPercent(50), Proportion.ofFraction(0.5), Proportion.ofPercent(51.5));
        assertThat(Proportion.ofPercent(50)).hasToString("50 %");
        assertThat(Proportion.ofPercent(50, 25, 75, IntervalMethod.PUBLISHED_MIN_MAX))
                .hasToString("50 % [25, 75] (published minimum and maximum)");
    }
}
