package io.github.hrindicators.core.reconcile;

import io.github.hrindicators.core.indicator.CoverageLevel;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.Phrase;
import io.github.hrindicators.core.indicator.TargetGap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A reported value beside the computed result for the same indicator, year and area (one variant of it), or alone
 * when nothing was computed.
 *
 * <p>{@code difference = computed − reported} in the unit the value was published in (percentage points for
 * proportions). The difference is beyond rounding when {@code |difference| > }
 * {@link ReportedValue#roundingTolerance()}, half a unit of the reported value's last published decimal (e.g. 0.05
 * percentage points for "4.8 %"), with an allowance of {@code 1e-9 × max(1, |reported|)} for binary noise.
 *
 * @param reported the reported value
 * @param computed the computed result, or empty if there is none for the indicator, year and area
 * @param difference {@code computed − reported} in the published unit, present exactly when {@code computed} is
 * @param beyondRounding whether the difference is beyond the reported value's rounding (false without a computed
 *     result)
 * @param reportedLevel the coverage level of the reported value, where the definition has bands
 * @param reportedGaps the gaps of the reported value to the definition's targets
 * @param explanation an explanation where one can be stated: for a ratio with a published numerator X, the
 *     denominator the reported value implies ({@code X / reported}, stated only, never used as an input); or why
 *     there is no comparison
 */
public record Comparison(ReportedValue reported, Optional<IndicatorResult> computed, OptionalDouble difference,
        boolean beyondRounding, Optional<CoverageLevel> reportedLevel, List<TargetGap> reportedGaps,
        Optional<Phrase> explanation) {

    /**
     * Validates the comparison and copies the list.
     *
     * @param reported as in the record description
     * @param computed as in the record description
     * @param difference as in the record description
     * @param beyondRounding as in the record description
     * @param reportedLevel as in the record description
     * @param reportedGaps as in the record description
     * @param explanation as in the record description
     * @throws IllegalArgumentException if the difference is present without a computed result or the other way
     *     round, or it is beyond rounding without a computed result
     * @throws NullPointerException if an argument or list element is null
     */
    public Comparison {
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(computed, "computed");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(reportedLevel, "reportedLevel");
        reportedGaps = List.copyOf(reportedGaps);
        Objects.requireNonNull(explanation, "explanation");
        if (computed.isPresent() != difference.isPresent() || (computed.isEmpty() && beyondRounding)) {
            throw new IllegalArgumentException("A difference needs a computed result: " + reported.indicatorId()
                    + " " + reported.year());
        }
    }
}
