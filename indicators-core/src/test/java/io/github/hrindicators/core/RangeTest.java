package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeTest {

    @ParameterizedTest
    @CsvSource({
        "6300, 11000",
        "0, 0",
        "-5, 5",
        "-1.7976931348623157E308, 1.7976931348623157E308",
        "0.02, 0.13",
    })
    void ofKeepsEnds(double low, double high) {
        Range r = Range.of(low, high, RangeKind.PLAUSIBLE_BOUNDS);
        assertThat(r.low()).isEqualTo(low);
        assertThat(r.high()).isEqualTo(high);
        assertThat(r.kind()).isEqualTo(RangeKind.PLAUSIBLE_BOUNDS);
    }

    @ParameterizedTest
    @CsvSource({
        "NaN,       1,         Range low is not a finite number: NaN",
        "Infinity,  1,         Range low is not a finite number: Infinity",
        "-Infinity, 1,         Range low is not a finite number: -Infinity",
        "0,         NaN,       Range high is not a finite number: NaN",
        "0,         Infinity,  Range high is not a finite number: Infinity",
        "0,         -Infinity, Range high is not a finite number: -Infinity",
        "11000,     6300,      Range low is above high: 11000.0 > 6300.0",
        "0.0000001, 0,         Range low is above high: 1.0E-7 > 0.0",
    })
    void ofRejectsNamingRuleAndValue(double low, double high, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Range.of(low, high, RangeKind.MIN_MAX))
                .withMessage(message);
    }

    @Test
    void ofRejectsNullKind() {
        assertThatNullPointerException().isThrownBy(() -> Range.of(1, 2, null)).withMessage("kind");
    }

    @ParameterizedTest
    @CsvSource({
        "6300,      true",
        "8500,      true",
        "11000,     true",
        "6299.999,  false",
        "11000.001, false",
        "NaN,       false",
        "Infinity,  false",
    })
    void containsIncludesEnds(double value, boolean expected) {
        assertThat(Range.of(6300, 11000, RangeKind.PLAUSIBLE_BOUNDS).contains(value)).isEqualTo(expected);
    }

    @Test
    void toStringShowsEndsAndLabel() {
        assertThat(Range.of(6300, 11000, RangeKind.PLAUSIBLE_BOUNDS))
                .hasToString("[6300.0, 11000.0] (plausible bounds)");
        assertThat(Range.of(0.02, 0.13, RangeKind.CONFIDENCE_INTERVAL_95)).hasToString("[0.02, 0.13] (95 % CI)");
    }

    @Test
    void valueSemantics() {
        Range r = Range.of(6300, 11000, RangeKind.PLAUSIBLE_BOUNDS);
        assertValueSemantics(r, Range.of(6300, 11000, RangeKind.PLAUSIBLE_BOUNDS),
                Range.of(6301, 11000, RangeKind.PLAUSIBLE_BOUNDS),
                Range.of(6300, 11001, RangeKind.PLAUSIBLE_BOUNDS),
                Range.of(6300, 11000, RangeKind.MIN_MAX));
    }
}
