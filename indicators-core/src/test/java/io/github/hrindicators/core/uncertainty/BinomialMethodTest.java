package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.IntervalMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BinomialMethodTest {

    @ParameterizedTest
    @EnumSource(BinomialMethod.class)
    void eachMethodIsRecordedAsTheIntervalMethodOfTheSameName(BinomialMethod method) {
        assertThat(method.intervalMethod()).isEqualTo(IntervalMethod.valueOf(method.name()));
        assertThat(BinomialIntervals.interval(3, 10, method, 0.95).method()).isEqualTo(method.intervalMethod());
    }
}
