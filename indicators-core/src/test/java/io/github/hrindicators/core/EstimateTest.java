package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EstimateTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 8500, -120, 0.5, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE})
    void ofAcceptsAnyFinitePoint(double point) {
        Estimate e = Estimate.of(point);
        assertThat(e.point()).isEqualTo(point);
        assertThat(e.doubleValue()).isEqualTo(point);
        assertThat(e.interval()).isEmpty();
        assertThat(e.kind()).isEqualTo(QuantityKind.ESTIMATE);
        assertThat(e.isPointWithinInterval()).isTrue();
        // hand: without a range both ends fall back to the point
        assertThat(e.lowOrPoint()).isEqualTo(point);
        assertThat(e.highOrPoint()).isEqualTo(point);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void ofRejectsNonFinitePoint(double point) {
        String message = "Estimate point is not a finite number: " + point;
        assertThatIllegalArgumentException().isThrownBy(() -> Estimate.of(point)).withMessage(message);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Estimate.of(point, 0, 1, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS)).withMessage(message);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Estimate.of(point, Interval.of(0, 1, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS)))
                .withMessage(message);
    }

    @Test
    void ofWithRangeKeepsRange() {
        // UNAIDS-style "8,500 (6,300–11,000)"
        Estimate e = Estimate.of(8500, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        assertThat(e.point()).isEqualTo(8500.0);
        assertThat(e.interval()).contains(Interval.of(6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS));
        assertThat(e.lowOrPoint()).isEqualTo(6300.0);
        assertThat(e.highOrPoint()).isEqualTo(11000.0);
        assertThat(e.isPointWithinInterval()).isTrue();
        assertThat(e).isEqualTo(Estimate.of(8500, Interval.of(6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS)));
    }

    @ParameterizedTest
    @CsvSource({
        // point, low, high, within
        "8500,  6300, 11000, true",
        "6300,  6300, 11000, true",
        "11000, 6300, 11000, true",
        "5000,  6300, 11000, false",
        "12000, 6300, 11000, false",
        "0,     0,    0,     true",
    })
    void pointOutsideRangeIsAcceptedAndFlagged(double point, double low, double high, boolean within) {
        Estimate e = Estimate.of(point, low, high, IntervalMethod.PUBLISHED_UNSPECIFIED);
        assertThat(e.point()).isEqualTo(point);
        assertThat(e.isPointWithinInterval()).isEqualTo(within);
        // the ends come from the range even when it excludes the point
        assertThat(e.lowOrPoint()).isEqualTo(low);
        assertThat(e.highOrPoint()).isEqualTo(high);
    }

    @ParameterizedTest
    @CsvSource({
        "11000, 6300,     Interval lower is above upper: 11000.0 > 6300.0",
        "NaN,   6300,     Interval lower is not a finite number: NaN",
        "6300,  Infinity, Interval upper is not a finite number: Infinity",
    })
    void invalidRangeRejected(double low, double high, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Estimate.of(8500, low, high, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS)).withMessage(message);
    }

    @Test
    void nullsRejectedNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Estimate.of(8500, 6300, 11000, null)).withMessage("method");
        assertThatNullPointerException().isThrownBy(() -> Estimate.of(8500, (Interval) null)).withMessage("interval");
    }

    @Test
    void toStringShowsPointAndRange() {
        assertThat(Estimate.of(8500)).hasToString("8500.0");
        assertThat(Estimate.of(8500, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS))
                .hasToString("8500.0 [6300.0, 11000.0] published plausible bounds");
    }

    @Test
    void valueSemantics() {
        assertValueSemantics(Estimate.of(8500, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                Estimate.of(8500, Interval.of(6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS)),
                Estimate.of(8501, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                Estimate.of(8500, 6301, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                Estimate.of(8500, 6300, 11001, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                Estimate.of(8500, 6300, 11000, IntervalMethod.PUBLISHED_UNCERTAINTY_INTERVAL_95),
                Estimate.of(8500));
        assertValueSemantics(Estimate.of(8500), Count.of(8500).toEstimate(), Estimate.of(8499.5));
    }
}
