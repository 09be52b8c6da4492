package io.github.hrindicators.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Makes the value of a figure from numbers as they are written (a file's cells, a form's fields), checking every rule
 * at once: the single source of the value rules that the file readers and {@link Observation} share. Each broken
 * rule is a {@link Violation}; the {@link Violation.Kind}'s severity decides whether the value is refused.
 *
 * <p>The rules, by the measure's {@link QuantityKind}: a count is a whole number {@code >= 0} without an interval;
 * an estimate is {@code >= 0}; a share is within 0-100 % (0-1 as a fraction); a rate is {@code >= 0} without an
 * interval; a yes/no figure is 1 (yes) or 0 (no) without an interval; an interval has both ends, {@code 0 <= lower <= upper} (a share's upper end within 100 %); a point
 * outside its interval is accepted with a warning.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FigureValues {
    private FigureValues() {
    }

    /**
     * The outcome of {@link #check}: the value, when no violation refuses it, and every violation found.
     *
     * @param value the value, empty if a violation refuses it
     * @param violations every violation, refusing ones and warnings, in the order found
     */
    public record Checked(Optional<Quantity> value, List<Violation> violations) {
        /**
         * Validates and copies.
         *
         * @param value as in the record description
         * @param violations as in the record description
         * @throws NullPointerException if an argument or element is null
         */
        public Checked {
            Objects.requireNonNull(value, "value");
            violations = List.copyOf(violations);
        }

        /**
         * The violations that only warn.
         *
         * @return the warnings
         */
        public List<Violation> warnings() {
            return violations.stream().filter(v -> !v.refuses()).toList();
        }
    }

    /**
     * Checks and makes a value.
     *
     * @param measure the measure, whose kind decides the rules
     * @param value the point as written
     * @param lower the lower end of the interval as written, or empty
     * @param upper the upper end of the interval as written, or empty
     * @param percent for shares, whether the numbers are in percent (51.5) rather than fractions (0.515)
     * @param method how the interval was obtained, used when both ends are given
     * @return the value or the refusing violations, with every warning
     * @throws NullPointerException if an argument is null
     */
    public static Checked check(Measure measure, double value, OptionalDouble lower, OptionalDouble upper,
            boolean percent, IntervalMethod method) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        Objects.requireNonNull(method, "method");
        QuantityKind kind = measure.kind();
        List<Violation> found = new ArrayList<>();
        double scale = kind == QuantityKind.PROPORTION && percent ? 100 : 1;
        checkNumber(found, Violation.Field.VALUE, value, kind, scale);
        boolean ranged = lower.isPresent() || upper.isPresent();
        if (ranged && (kind == QuantityKind.COUNT || kind == QuantityKind.RATE || kind == QuantityKind.YES_NO)) {
            found.add(new Violation(Violation.Kind.INTERVAL_NOT_ALLOWED,
                    lower.isPresent() ? Violation.Field.LOWER : Violation.Field.UPPER,
                    "is a range, but a " + (kind == QuantityKind.YES_NO ? "yes/no figure" : name(kind))
                            + " takes none; only estimates and shares have a range"));
        } else if (ranged && (lower.isEmpty() || upper.isEmpty())) {
            found.add(new Violation(Violation.Kind.INTERVAL_INCOMPLETE,
                    lower.isEmpty() ? Violation.Field.LOWER : Violation.Field.UPPER,
                    "is empty; a range needs both low and high"));
        } else if (ranged) {
            double l = lower.getAsDouble();
            double h = upper.getAsDouble();
            boolean lowOk = checkNumber(found, Violation.Field.LOWER, l, kind, scale);
            boolean highOk = checkNumber(found, Violation.Field.UPPER, h, kind, scale);
            if (lowOk && highOk && !(l <= h)) {
                found.add(new Violation(Violation.Kind.INTERVAL_REVERSED, Violation.Field.LOWER,
                        "is above high " + plain(h) + "; a range needs low <= high"));
            } else if (lowOk && highOk && Double.isFinite(value) && !(l <= value && value <= h)) {
                found.add(new Violation(Violation.Kind.POINT_OUTSIDE_INTERVAL, Violation.Field.VALUE,
                        "lies outside its range " + plain(l) + "-" + plain(h)
                                + "; accepted, and results that use it are flagged"));
            }
        }
        if (found.stream().anyMatch(Violation::refuses)) {
            return new Checked(Optional.empty(), found);
        }
        return new Checked(Optional.of(make(kind, value, lower, upper, scale, method)), found);
    }

    private static Quantity make(QuantityKind kind, double value, OptionalDouble lower, OptionalDouble upper,
            double scale, IntervalMethod method) {
        boolean ranged = lower.isPresent();
        switch (kind) {
            case COUNT:
                return Count.of((long) value);
            case ESTIMATE:
                return ranged ? Estimate.of(value, lower.getAsDouble(), upper.getAsDouble(), method)
                        : Estimate.of(value);
            case PROPORTION:
                if (scale == 100) {
                    return ranged ? Proportion.ofPercent(value, lower.getAsDouble(), upper.getAsDouble(), method)
                            : Proportion.ofPercent(value);
                }
                return ranged ? Proportion.ofFraction(value, lower.getAsDouble(), upper.getAsDouble(), method)
                        : Proportion.ofFraction(value);
            case YES_NO:
                return YesNo.of(value == 1);
            default:
                return Rate.perPersonPerYear(value);
        }
    }

    /** Checks one number; returns whether it passed. */
    private static boolean checkNumber(List<Violation> found, Violation.Field field, double v, QuantityKind kind,
            double scale) {
        int before = found.size();
        if (!Double.isFinite(v)) {
            found.add(new Violation(Violation.Kind.NOT_FINITE, field, "is not a finite number"));
        } else if (!(v >= 0)) {
            found.add(new Violation(Violation.Kind.NEGATIVE, field,
                    field == Violation.Field.VALUE ? "is negative; a " + name(kind) + " is at least 0"
                            : "is negative; a range of an estimate or share is at least 0"));
        } else if (kind == QuantityKind.YES_NO && !(v == 0 || v == 1)) {
            found.add(new Violation(Violation.Kind.NOT_YES_NO, field, "is neither yes (1) nor no (0)"));
        } else if (kind == QuantityKind.COUNT && !(v == Math.rint(v) && v <= Long.MAX_VALUE / 2)) {
            found.add(new Violation(Violation.Kind.NOT_WHOLE, field,
                    "is not a whole number; a count is a whole number of people or items"));
        } else if (kind == QuantityKind.PROPORTION && !(v <= scale)) {
            found.add(new Violation(Violation.Kind.SHARE_ABOVE_WHOLE, field, scale == 100
                    ? "is above 100 %; a share in percent is within 0-100"
                    : "is above 1; a share as a fraction is within 0-1 (write unit 'percent' for 0-100)"));
        }
        return found.size() == before;
    }

    private static String name(QuantityKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
