package io.github.hrindicators.core.indicator;

import java.util.Objects;

/**
 * A warning on a result: something suspicious in the inputs that the result does not hide.
 *
 * @param code what the warning is about
 * @param message a sentence naming the values involved
 */
public record ResultWarning(WarningCode code, String message) {

    /**
     * Validates the warning.
     *
     * @param code as in the record description
     * @param message as in the record description
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the message is blank
     */
    public ResultWarning {
        Objects.requireNonNull(code, "code");
        if (Objects.requireNonNull(message, "message").isBlank()) {
            throw new IllegalArgumentException("Warning message is blank");
        }
    }
}
