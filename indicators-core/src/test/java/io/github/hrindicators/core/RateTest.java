package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.5, 200, 300.25, Double.MAX_VALUE, Double.MIN_VALUE})
    void perPersonPerYearAcceptsFiniteNonNegative(double value) {
        Rate r = Rate.perPersonPerYear(value);
        assertThat(r.perPersonPerYear()).isEqualTo(value);
        assertThat(r.doubleValue()).isEqualTo(value);
        assertThat(r.kind()).isEqualTo(QuantityKind.RATE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1, -Double.MIN_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY})
    void perPersonPerYearRejectsNamingRuleAndValue(double value) {
        assertThatIllegalArgumentException().isThrownBy(() -> Rate.perPersonPerYear(value))
                .withMessage("Rate is not a finite, non-negative number: " + value);
    }

    @Test
    void negativeZeroIsZero() {
        // -0.0 passes "value >= 0"; it must not surface as "-0.0 per person per year" nor differ from 0
        assertThat(Rate.perPersonPerYear(-0.0)).isEqualTo(Rate.perPersonPerYear(0.0))
                .hasToString("0.0 per person per year");
    }

    @Test
    void compareToOrdersByValue() {
        assertThat(Rate.perPersonPerYear(200)).isLessThan(Rate.perPersonPerYear(300))
                .isGreaterThan(Rate.perPersonPerYear(0));
        assertThat(Rate.perPersonPerYear(200).compareTo(Rate.perPersonPerYear(200))).isZero();
    }

    @Test
    void valueSemantics() {
        // WHO/UNODC/UNAIDS target: 200 needles-syringes per PWID per year
        assertValueSemantics(Rate.perPersonPerYear(200), Rate.perPersonPerYear(200.0),
                Rate.perPersonPerYear(200.0001), Rate.perPersonPerYear(0));
        assertThat(Rate.perPersonPerYear(200)).hasToString("200.0 per person per year");
    }
}
