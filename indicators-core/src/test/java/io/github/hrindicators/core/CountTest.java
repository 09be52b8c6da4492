package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountTest {

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 6402, Long.MAX_VALUE})
    void ofAcceptsNonNegative(long value) {
        Count c = Count.of(value);
        assertThat(c.value()).isEqualTo(value);
        assertThat(c.kind()).isEqualTo(QuantityKind.COUNT);
        // hand: a count's double value is the count itself (exact up to 2^53; MAX_VALUE rounds the same way as a cast)
        assertThat(c.doubleValue()).isEqualTo((double) value);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -6402, Long.MIN_VALUE})
    void ofRejectsNegativeNamingRuleAndValue(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Count.of(value))
                .withMessage("Count is negative: " + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "6402", "9223372036854775807"})
    void parseIsTheInverseOfToString(String text) {
        Count c = Count.parse(text);
        assertThat(c).hasToString(text);
        assertThat(Count.parse(c.toString())).isEqualTo(c);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "abc                 | Count is not a whole number: 'abc'",
        "\"\"                | Count is not a whole number: ''",
        "1e3                 | Count is not a whole number: '1e3'",
        "6402.0              | Count is not a whole number: '6402.0'",
        "\" 6402\"           | Count is not a whole number: ' 6402'",
        "9223372036854775808 | Count is not a whole number: '9223372036854775808'",
        "-3                  | Count is negative: -3",
    })
    void parseRejectsNamingTheText(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Count.parse(text)).withMessage(message);
    }

    @Test
    void parseRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Count.parse(null)).withMessage("text");
    }

    @Test
    void toEstimateKeepsTheValueWithoutRange() {
        Estimate e = Count.of(6402).toEstimate();
        // hand: 6402 carried over unchanged, no range
        assertThat(e.point()).isEqualTo(6402.0);
        assertThat(e.interval()).isEmpty();
        assertThat(e).isEqualTo(Estimate.of(6402));
    }

    @Test
    void compareToOrdersByValue() {
        assertThat(Count.of(3)).isLessThan(Count.of(4)).isGreaterThan(Count.of(0));
        assertThat(Count.of(0)).isLessThan(Count.of(Long.MAX_VALUE));
        assertThat(Count.of(7).compareTo(Count.of(7))).isZero();
    }

    @Test
    void valueSemantics() {
        assertValueSemantics(Count.of(6402), Count.parse("6402"), Count.of(6403), Count.of(0));
        assertThat(Count.of(6402)).hasToString("6402");
    }
}
