package io.github.hrindicators.core.indicator;

import java.util.Objects;

/**
 * Why a result could not be computed.
 *
 * @param code the kind of reason
 * @param phrase the sentence naming what is missing or wrong, with the values, for any language
 */
public record NotComputableReason(Code code, Phrase phrase) {

    /** The kinds of reason. */
    public enum Code {
        /** A required input is not in the dataset for the area, subgroup and years searched. */
        MISSING_INPUT,
        /** The denominator is zero. */
        ZERO_DENOMINATOR,
        /** The numerator is above the denominator where that is impossible (part above its whole). */
        NUMERATOR_EXCEEDS_DENOMINATOR,
        /** An input is outside its domain, such as a survey design effect below 1. */
        INVALID_INPUT
    }

    /**
     * Validates the reason.
     *
     * @param code as in the record description
     * @param phrase as in the record description
     * @throws NullPointerException if an argument is null
     */
    public NotComputableReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(phrase, "phrase");
    }

    /**
     * The sentence in English.
     *
     * @return the sentence, such as {@code Denominator pwid_population_size is 0}
     */
    public String message() {
        return phrase.toString();
    }
}
