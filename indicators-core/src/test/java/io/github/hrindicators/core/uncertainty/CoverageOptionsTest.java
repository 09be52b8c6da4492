package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageOptionsTest {

    @Test
    void defaultsAreDocumented() {
        // Documented defaults: level 0.95, Poisson numerator, 10,000 draws, seed 20261123.
        CoverageOptions o = CoverageOptions.defaults();

        assertThat(o.confidenceLevel()).isEqualTo(0.95);
        assertThat(o.numerator()).isEqualTo(CountModel.POISSON);
        assertThat(o.draws()).isEqualTo(10_000);
        assertThat(o.seed()).isEqualTo(20_261_123L);
    }

    @Test
    void withersChangeOneSetting() {
        CoverageOptions o = CoverageOptions.defaults().withConfidenceLevel(0.9).withNumerator(CountModel.EXACT)
                .withDraws(100).withSeed(-1);

        assertThat(o).isEqualTo(new CoverageOptions(0.9, CountModel.EXACT, 100, -1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, -0.1, 95, Double.NaN})
    void rejectsLevelsOutsideZeroOne(double level) {
        assertThatIllegalArgumentException().isThrownBy(() -> CoverageOptions.defaults().withConfidenceLevel(level))
                .withMessage("Confidence level is not strictly between 0 and 1: " + level);
    }

    @Test
    void rejectsTooFewDrawsAndNullModel() {
        assertThatIllegalArgumentException().isThrownBy(() -> CoverageOptions.defaults().withDraws(99))
                .withMessage("Number of draws is below 100: 99");
        assertThatNullPointerException().isThrownBy(() -> CoverageOptions.defaults().withNumerator(null))
                .withMessage("numerator");
    }
}
