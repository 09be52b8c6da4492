package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetGapTest {
    private static final Target AT_LEAST_50 = StandardIndicators.OST_TARGET_UNAIDS_2025;
    private static final Target ABOVE_200 = new Target("t", "> 200", 200, Target.Comparison.ABOVE, "s");

    @Test
    void ostGapToFiftyPercent() {
        // hand: 1505 / 25000 = 0.0602; gap 0.50 - 0.0602 = 0.4398; needed 0.50 × 25000 = 12500, 12500 - 1505 = 10995
        TargetGap g = TargetGap.ofRatio(AT_LEAST_50, 1505, 25000);
        assertThat(g.gap()).isCloseTo(0.4398, within(1e-12));
        assertThat(g.met()).isFalse();
        assertThat(g.additionalNumerator()).hasValue(10995);
    }

    @Test
    void ostGapToFortyPercentIsNotInflatedByFloatingPoint() {
        // hand: 0.40 × 25000 = 10000 exactly; 10000 - 1505 = 8495 (a naive ceil of 10000.000000000002 gives 8496)
        TargetGap g = TargetGap.ofRatio(StandardIndicators.OST_TARGET_UNAIDS_OLDER, 1505, 25000);
        assertThat(g.additionalNumerator()).hasValue(8495);
    }

    @ParameterizedTest
    @CsvSource({
        // numerator, denominator, met, additional (hand: AT_LEAST 50 %: ceil(0.5 N) - X)
        "5, 10, true, -1", "4, 10, false, 1", "0, 7, false, 4", "6, 11, true, -1", "5, 11, false, 1"})
    void atLeastTargetAtAndAroundTheThreshold(long x, double n, boolean met, long additional) {
        TargetGap g = TargetGap.ofRatio(AT_LEAST_50, x, n);
        assertThat(g.met()).isEqualTo(met);
        if (met) {
            assertThat(g.additionalNumerator()).isEmpty();
        } else {
            assertThat(g.additionalNumerator()).hasValue(additional);
        }
    }

    @Test
    void aboveTargetIsNotMetAtTheThreshold() {
        // "> 200 needles-syringes per PWID": 200 exactly is not met, gap 0; 200.5 is met, gap -0.5
        assertThat(TargetGap.of(ABOVE_200, 200).met()).isFalse();
        assertThat(TargetGap.of(ABOVE_200, 200).gap()).isZero();
        assertThat(TargetGap.of(ABOVE_200, 200.5).met()).isTrue();
        assertThat(TargetGap.of(ABOVE_200, 200.5).gap()).isEqualTo(-0.5);
    }

    @Test
    void aboveTargetNeedsOneMoreThanTheThresholdProduct() {
        // hand: X / 100 > 200 needs X > 20000, i.e. 20001; from 20000 that is 1 more; from 15000, 5001 more
        assertThat(TargetGap.ofRatio(ABOVE_200, 20000, 100).additionalNumerator()).hasValue(1);
        assertThat(TargetGap.ofRatio(ABOVE_200, 15000, 100).additionalNumerator()).hasValue(5001);
    }

    @Test
    void invalidTargetsAreRejected() {
        assertThatThrownBy(() -> new Target("", "l", 1, Target.Comparison.ABOVE, "s"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Target("i", "l", Double.NaN, Target.Comparison.ABOVE, "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new Target("i", "l", 1, null, "s")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Target("i", null, 1, Target.Comparison.ABOVE, "s"))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TargetGap(AT_LEAST_50, Double.POSITIVE_INFINITY, false,
                java.util.OptionalLong.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
