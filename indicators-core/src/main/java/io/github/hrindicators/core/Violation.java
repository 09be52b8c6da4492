package io.github.hrindicators.core;

import java.util.Objects;

/**
 * A rule a figure breaks, found by {@link FigureValues#check} or {@link Observation#check}: a machine-readable
 * {@link Kind}, the {@link Field} it concerns, and a message in plain words that follows the offending text (such as
 * {@code "is negative; a count is at least 0"}).
 *
 * <p>One policy decides what happens, in code and in files alike: each kind is either {@link Severity#REFUSE}
 * (the figure cannot be made: {@link Observation#of} throws, a file reader refuses the file) or
 * {@link Severity#WARN} (the figure is accepted; readers report the warning with its location and indicators flag
 * results that use it).
 *
 * @param kind what rule is broken
 * @param field the part of the figure concerned
 * @param message the plain-words message, following the offending text
 */
public record Violation(Kind kind, Field field, String message) {

    /** What happens to a figure with a violation. */
    public enum Severity {
        /** The figure is refused. */
        REFUSE,
        /** The figure is accepted and the violation reported. */
        WARN
    }

    /** The part of a figure a violation concerns. */
    public enum Field {
        /** The value (the point). */
        VALUE,
        /** The lower end of the value's interval. */
        LOWER,
        /** The upper end of the value's interval. */
        UPPER,
        /** The measure (its kind does not fit the value). */
        MEASURE
    }

    /** The rules, each with its severity. */
    public enum Kind {
        /** The value is not a finite number. */
        NOT_FINITE(Severity.REFUSE),
        /** A count, estimate, share or rate below zero. */
        NEGATIVE(Severity.REFUSE),
        /** A count that is not a whole number. */
        NOT_WHOLE(Severity.REFUSE),
        /** A share above 100 % (above 1 as a fraction). */
        SHARE_ABOVE_WHOLE(Severity.REFUSE),
        /** An interval on a count or a rate, which take none. */
        INTERVAL_NOT_ALLOWED(Severity.REFUSE),
        /** Only one end of an interval is given. */
        INTERVAL_INCOMPLETE(Severity.REFUSE),
        /** The lower end of an interval is above its upper end. */
        INTERVAL_REVERSED(Severity.REFUSE),
        /** A yes/no figure that is neither yes (1) nor no (0). */
        NOT_YES_NO(Severity.REFUSE),
        /** The value's kind is not the measure's. */
        KIND_MISMATCH(Severity.REFUSE),
        /** The point lies outside its own interval: published figures sometimes do; accepted and flagged. */
        POINT_OUTSIDE_INTERVAL(Severity.WARN);

        private final Severity severity;

        Kind(Severity severity) {
            this.severity = severity;
        }

        /**
         * What happens to a figure with this violation.
         *
         * @return the severity
         */
        public Severity severity() {
            return severity;
        }
    }

    /**
     * Validates the violation.
     *
     * @param kind as in the record description
     * @param field as in the record description
     * @param message as in the record description
     * @throws IllegalArgumentException if the message is blank
     * @throws NullPointerException if an argument is null
     */
    public Violation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        if (Objects.requireNonNull(message, "message").isBlank()) {
            throw new IllegalArgumentException("Violation message is blank");
        }
    }

    /**
     * What happens to a figure with this violation.
     *
     * @return the severity of the kind
     */
    public Severity severity() {
        return kind.severity();
    }

    /**
     * Whether the figure is refused.
     *
     * @return true if the severity is {@link Severity#REFUSE}
     */
    public boolean refuses() {
        return kind.severity() == Severity.REFUSE;
    }
}
