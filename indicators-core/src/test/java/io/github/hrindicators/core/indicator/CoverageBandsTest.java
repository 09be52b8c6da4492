package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageBandsTest {

    // TG2012 OST bands: low < 20 %, medium 20-40 %, high > 40 %; both cut-offs belong to medium (our rule).
    @ParameterizedTest
    @CsvSource({
        "0.0, LOW", "0.1999999, LOW", "0.20, MEDIUM", "0.30, MEDIUM", "0.40, MEDIUM", "0.4000001, HIGH", "1.0, HIGH",
        "1.5, HIGH"})
    void ostBandsPlaceEveryBoundary(double value, CoverageLevel expected) {
        assertThat(StandardIndicators.OST_BANDS.level(value)).isEqualTo(expected);
    }

    // TG2012 needles-syringes bands: low < 100, medium 100-200, high > 200.
    @ParameterizedTest
    @CsvSource({"0, LOW", "99.99, LOW", "100, MEDIUM", "151, MEDIUM", "200, MEDIUM", "200.01, HIGH", "300, HIGH"})
    void nspBandsPlaceEveryBoundary(double value, CoverageLevel expected) {
        assertThat(StandardIndicators.NSP_BANDS.level(value)).isEqualTo(expected);
    }

    @Test
    void nspLowerCutIsMarkedUnconfirmedAndUpperConfirmed() {
        assertThat(StandardIndicators.NSP_BANDS.lowerCutConfirmed()).isFalse();
        assertThat(StandardIndicators.NSP_BANDS.upperCutConfirmed()).isTrue();
        assertThat(StandardIndicators.NSP_BANDS.isConfirmed()).isFalse();
        assertThat(StandardIndicators.OST_BANDS.isConfirmed()).isTrue();
        assertThat(StandardIndicators.NSP_REACH_UNCONFIRMED_BANDS.isConfirmed()).isFalse();
    }

    @Test
    void nanIsRejected() {
        assertThatThrownBy(() -> StandardIndicators.OST_BANDS.level(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @ParameterizedTest
    @CsvSource({"-0.1, 0.4", "0.4, 0.4", "0.5, 0.4", "NaN, 0.4", "0.2, NaN", "0.2, Infinity"})
    void invalidCutsAreRejected(double lower, double upper) {
        assertThatThrownBy(() -> CoverageBands.confirmed(lower, upper, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cut-offs");
    }

    @Test
    void blankOrNullSourceIsRejected() {
        assertThatThrownBy(() -> CoverageBands.confirmed(0.2, 0.4, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CoverageBands.confirmed(0.2, 0.4, null)).isInstanceOf(NullPointerException.class);
    }
}
