package io.github.hrindicators.core.indicator;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * How far a value is from a {@link Target}.
 *
 * <p>{@code gap = threshold − value} in the indicator's unit: positive when the value falls short, zero or negative
 * when it meets or passes the threshold. For an {@link Target.Comparison#ABOVE} target a value equal to the threshold
 * has gap 0 and is not met. For ratio indicators with a count numerator, {@code additionalNumerator} is the smallest
 * number of further people (or items) that would meet the target with the denominator's point estimate: for
 * {@code AT_LEAST}, {@code ceil(threshold × N) − X}; for {@code ABOVE}, {@code floor(threshold × N) + 1 − X}.
 *
 * @param target the target
 * @param gap {@code threshold − value}
 * @param met whether the value meets the target
 * @param additionalNumerator further numerator needed to meet the target, where it applies and is not met
 */
public record TargetGap(Target target, double gap, boolean met, OptionalLong additionalNumerator) {

    /**
     * Validates the gap.
     *
     * @param target as in the record description
     * @param gap as in the record description
     * @param met as in the record description
     * @param additionalNumerator as in the record description
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the gap is not finite
     */
    public TargetGap {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(additionalNumerator, "additionalNumerator");
        if (!Double.isFinite(gap)) {
            throw new IllegalArgumentException("Gap is not finite: " + gap);
        }
    }

    /**
     * The gap of a value to a target, without a numerator count.
     *
     * @param target the target
     * @param value the value in the indicator's unit
     * @return the gap
     */
    public static TargetGap of(Target target, double value) {
        return new TargetGap(target, target.threshold() - value, target.isMetBy(value), OptionalLong.empty());
    }

    /**
     * The gap of a ratio {@code X / N} to a target, with the further numerator needed.
     *
     * @param target the target
     * @param numerator the numerator X
     * @param denominator the denominator N, {@code > 0}
     * @return the gap
     */
    public static TargetGap ofRatio(Target target, long numerator, double denominator) {
        double value = numerator / denominator;
        boolean met = target.isMetBy(value);
        if (met) {
            return new TargetGap(target, target.threshold() - value, true, OptionalLong.empty());
        }
        // Products such as 0.4 × 25000 can land a hair above a whole number in binary floating point;
        // a relative tolerance of 1e-12 keeps ceil() from adding a spurious person.
        double needed = target.threshold() * denominator;
        double tolerance = 1e-12 * Math.max(1.0, Math.abs(needed));
        double rounded = Math.abs(needed - Math.rint(needed)) <= tolerance ? Math.rint(needed) : needed;
        long total = target.comparison() == Target.Comparison.AT_LEAST
                ? (long) Math.ceil(rounded)
                : (long) Math.floor(rounded) + 1;
        return new TargetGap(target, target.threshold() - value, false, OptionalLong.of(total - numerator));
    }
}
