package io.github.hrindicators.core.indicator;

import java.util.Objects;

/**
 * A programme target for an indicator, such as the UNAIDS 2025 target of 50 % OST coverage, with its source and
 * version (the label names the version: "UNAIDS 2025", "UNAIDS (older registry)").
 *
 * @param id a short stable identifier, such as {@code unaids-2025}
 * @param label a human-readable label naming the target's version
 * @param threshold the target value in the indicator's unit (fractions for proportions), finite
 * @param comparison whether the target is met at the threshold ({@link Comparison#AT_LEAST}) or only above it
 *     ({@link Comparison#ABOVE})
 * @param source the citation
 */
public record Target(String id, String label, double threshold, Comparison comparison, String source) {

    /** How a value is compared with the threshold. */
    public enum Comparison {
        /** Met when {@code value >= threshold}. */
        AT_LEAST,
        /** Met when {@code value > threshold}. */
        ABOVE
    }

    /**
     * Validates the target.
     *
     * @param id as in the record description
     * @param label as in the record description
     * @param threshold as in the record description
     * @param comparison as in the record description
     * @param source as in the record description
     * @throws IllegalArgumentException if a text is blank or the threshold is not finite
     * @throws NullPointerException if an argument is null
     */
    public Target {
        for (String s : new String[] {id, label, source}) {
            if (Objects.requireNonNull(s, "id, label and source").isBlank()) {
                throw new IllegalArgumentException("Target id, label and source must not be blank");
            }
        }
        Objects.requireNonNull(comparison, "comparison");
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("Target threshold is not finite: " + threshold);
        }
    }

    /**
     * Whether a value meets the target.
     *
     * @param value the value in the indicator's unit
     * @return true if met
     */
    public boolean isMetBy(double value) {
        return comparison == Comparison.AT_LEAST ? value >= threshold : value > threshold;
    }
}
