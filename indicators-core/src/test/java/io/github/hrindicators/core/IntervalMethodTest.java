package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IntervalMethodTest {

    @ParameterizedTest
    @CsvSource({
        "PLAUSIBLE_BOUNDS,  plausible bounds from input ranges",
        "RANGE_PROPAGATION, input range carried through",
        "DELTA_LOG,         delta method (log scale)",
        "DELTA,             delta method",
        "MONTE_CARLO,       Monte Carlo percentiles",
        "WILSON,            Wilson score",
        "CLOPPER_PEARSON,   Clopper-Pearson exact",
        "JEFFREYS,          Jeffreys",
        "AGRESTI_COULL,     Agresti-Coull",
        "WALD,              Wald",
        "INVERTED,          inverted interval of the survey proportion",
        "TRIANGULATION,     spread of triangulated estimates",
    })
    void intervalMethodLabels(IntervalMethod method, String label) {
        assertThat(method.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @EnumSource(IntervalMethod.class)
    void intervalMethodLabelsAreUniqueAndNotBlank(IntervalMethod method) {
        assertThat(method.label()).isNotBlank();
        assertThat(Arrays.stream(IntervalMethod.values()).filter(m -> m.label().equals(method.label()))).hasSize(1);
    }
}
