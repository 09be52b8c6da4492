package io.github.hrindicators.core;

import java.util.Objects;

/** Argument checks shared by the value types; messages name the rule and the value. */
final class Checks {
    private Checks() {
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is not a finite number: " + value);
        }
        return value;
    }

    static double nonNegative(double value, String name) {
        // Written positively so that NaN fails.
        if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(name + " is not a finite, non-negative number: " + value);
        }
        return value + 0.0; // -0.0 becomes 0.0
    }

    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value.strip();
    }
}
