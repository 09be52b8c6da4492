package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntervalMethodTest {

    @ParameterizedTest
    @EnumSource(IntervalMethod.class)
    void intervalMethodLabelsAreUniqueAndNotBlank(IntervalMethod method) {
        assertThat(method.label()).isNotBlank();
        assertThat(Arrays.stream(IntervalMethod.values()).filter(m -> m.label().equals(method.label()))).hasSize(1);
        // the code reads back, and a published method is one whose code says so
        assertThat(IntervalMethod.fromCode(method.code())).contains(method);
        assertThat(method.isPublished()).isEqualTo(method.code().startsWith("published_"));
    }
}
