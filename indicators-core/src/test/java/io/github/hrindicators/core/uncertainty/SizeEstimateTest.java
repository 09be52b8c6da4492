package io.github.hrindicators.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SizeEstimateTest {
    private static final Estimate E = Estimate.of(8_500, 6_300, 11_000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);

    @Test
    void publishedKeepsMethodAndSourceAndConvertsToAnEstimate() {
        SizeEstimate s = SizeEstimate.published(E, " national estimate ", Source.of("UNAIDS 2024"));

        assertThat(s.method()).isEqualTo("national estimate");
        assertThat(s.source()).contains(Source.of("UNAIDS 2024"));
        assertThat(s.interval()).isEmpty();
        assertThat(s.standardError()).isEmpty();
        assertThat(s.toEstimate()).isSameAs(E);
        assertThat(s.input("n1")).isEmpty();
    }

    @Test
    void listsAreCopied() {
        List<SizeEstimate.Input> inputs = new ArrayList<>(List.of(new SizeEstimate.Input("M", 1000)));
        SizeEstimate s = new SizeEstimate(E, Optional.empty(), OptionalDouble.empty(), "multiplier", inputs, List.of(),
                Optional.empty());
        inputs.clear();

        assertThat(s.inputs()).containsExactly(new SizeEstimate.Input("M", 1000));
        assertThat(s.withSource(Source.of("NSP")).source()).contains(Source.of("NSP"));
    }

    @Test
    void rejectsBlankNamesNullsAndNonFiniteInputs() {
        assertThatIllegalArgumentException().isThrownBy(() -> SizeEstimate.published(E, " ", Source.of("x")))
                .withMessage("Size estimation method is blank: ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> new SizeEstimate.Input("m", Double.NaN))
                .withMessage("Input m is not a finite number: NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> new SizeEstimate.Input("", 1))
                .withMessage("Input name is blank: ''");
        assertThatIllegalArgumentException().isThrownBy(() -> new SizeEstimate(E, Optional.empty(),
                OptionalDouble.of(-1), "m", List.of(), List.of(), Optional.empty()))
                .withMessage("Standard error of a size estimate is negative or not finite: -1.0");
        assertThatIllegalArgumentException().isThrownBy(() -> new SizeEstimate(E, Optional.empty(),
                OptionalDouble.of(Double.POSITIVE_INFINITY), "m", List.of(), List.of(), Optional.empty()))
                .withMessage("Standard error of a size estimate is negative or not finite: Infinity");
        assertThatNullPointerException().isThrownBy(() -> SizeEstimate.published(null, "m", Source.of("x")))
                .withMessage("estimate");
        assertThatNullPointerException().isThrownBy(() -> SizeEstimate.published(E, "m", null))
                .withMessage("source");
    }
}
