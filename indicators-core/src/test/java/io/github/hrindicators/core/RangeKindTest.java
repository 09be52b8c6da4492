package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RangeKindTest {

    @ParameterizedTest
    @CsvSource({
        "PLAUSIBLE_BOUNDS,        plausible bounds",
        "CONFIDENCE_INTERVAL_95,  95 % CI",
        "UNCERTAINTY_INTERVAL_95, 95 % UI",
        "MIN_MAX,                 min-max of sites",
        "UNSPECIFIED,             range (meaning not stated)",
    })
    void rangeKindLabels(RangeKind kind, String label) {
        assertThat(kind.label()).isEqualTo(label);
    }

    @ParameterizedTest
    @EnumSource(RangeKind.class)
    void rangeKindLabelsAreUniqueAndNotBlank(RangeKind kind) {
        assertThat(kind.label()).isNotBlank();
        assertThat(Arrays.stream(RangeKind.values()).filter(k -> k.label().equals(kind.label()))).hasSize(1);
    }
}
