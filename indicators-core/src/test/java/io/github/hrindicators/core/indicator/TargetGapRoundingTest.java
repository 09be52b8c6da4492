package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The further numerator a target needs, where binary floating point puts threshold × N a hair off a whole number. */
class TargetGapRoundingTest {

    @Test
    void atLeastIsNotInflatedWhenTheProductIsAHairAbove() {
        // binary64: 0.14 × 10,000,000 = 1400000.0000000002; the target needs exactly 1,400,000 (hand), not 1,400,001
        Target t = new Target("t", "14 %", 0.14, Target.Comparison.AT_LEAST, "s");
        assertThat(TargetGap.ofRatio(t, 0, 10_000_000).additionalNumerator()).hasValue(1_400_000);
        assertThat(TargetGap.ofRatio(t, 1_399_999, 10_000_000).additionalNumerator()).hasValue(1);
    }

    @Test
    void aboveIsNotDeflatedWhenTheProductIsAHairBelow() {
        // binary64: 0.57 × 100 = 56.99999999999999; "> 57 %" of 100 needs 58 (hand: 57 / 100 is not above 0.57)
        Target t = new Target("t", "> 57 %", 0.57, Target.Comparison.ABOVE, "s");
        assertThat(TargetGap.ofRatio(t, 0, 100).additionalNumerator()).hasValue(58);
    }

    @Test
    void productsFarFromWholeNumbersAreNotSnapped() {
        // hand: 0.5 × 25,001 = 12,500.5 -> at least 12,501 people
        assertThat(TargetGap.ofRatio(StandardIndicators.OST_TARGET_UNAIDS_2025, 0, 25_001).additionalNumerator())
                .hasValue(12_501);
    }
}
