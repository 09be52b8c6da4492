package io.github.hrindicators.core.indicator;

import java.util.Objects;

/**
 * A warning on a result: something suspicious in the inputs that the result does not hide.
 *
 * @param code what the warning is about
 * @param phrase the sentence naming the values involved, for any language
 */
public record ResultWarning(WarningCode code, Phrase phrase) {

    /**
     * Validates the warning.
     *
     * @param code as in the record description
     * @param phrase as in the record description
     * @throws NullPointerException if an argument is null
     */
    public ResultWarning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(phrase, "phrase");
    }

    /**
     * The sentence in English.
     *
     * @return the sentence, such as {@code Inputs from different years combined for 2016: ost_clients 2016,
     *     pwid_population_size 2013}
     */
    public String message() {
        return phrase.toString();
    }
}
