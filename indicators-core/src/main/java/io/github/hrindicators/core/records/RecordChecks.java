package io.github.hrindicators.core.records;

import java.time.LocalDate;
import java.util.Objects;

/** Argument checks shared by the record types; messages name the rule and the value. */
final class RecordChecks {
    private RecordChecks() {
    }

    static String nonBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return value.strip();
    }

    static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " is negative: " + value);
        }
        return value;
    }

    static LocalDate date(LocalDate date, String name) {
        Objects.requireNonNull(date, name);
        if (!(date.getYear() >= 1900 && date.getYear() <= 2999)) {
            throw new IllegalArgumentException(name + " is not within the years 1900-2999: " + date);
        }
        return date;
    }

    static void mergeable(Object dates, Object otherDates, RecordContext context, RecordContext otherContext,
            String what) {
        if (!dates.equals(otherDates) || !context.equals(otherContext)) {
            throw new IllegalArgumentException("Accumulators of different " + what + " or contexts cannot be merged: "
                    + dates + " and " + otherDates);
        }
    }
}
