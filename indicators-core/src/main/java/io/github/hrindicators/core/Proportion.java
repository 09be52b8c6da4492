package io.github.hrindicators.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A share of a whole, such as HIV prevalence among PWID or the injecting share of registered HIV cases, held as a
 * fraction within [0, 1], with an optional {@link Interval} (also in fractions).
 *
 * <p>There is no constructor from a bare {@code double}: callers say whether they hold a percent
 * ({@link #ofPercent(double)}, 51.5) or a fraction ({@link #ofFraction(double)}, 0.515), so the two cannot be
 * confused. An interval that excludes the point is allowed and flagged by {@link #isPointWithinInterval()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Proportion implements Quantity, Comparable<Proportion> {
    private final double fraction;
    private final Optional<Interval> interval;

    private Proportion(double fraction, Optional<Interval> interval) {
        this.fraction = fraction;
        this.interval = interval;
    }

    /**
     * Obtains a proportion from a fraction.
     *
     * @param fraction the share, within [0, 1]
     * @return the proportion
     * @throws IllegalArgumentException if {@code fraction} is outside [0, 1] or NaN
     */
    public static Proportion ofFraction(double fraction) {
        return new Proportion(checkFraction(fraction, "Proportion"), Optional.empty());
    }

    /**
     * Obtains a proportion from a percent.
     *
     * @param percent the share in percent, within [0, 100]
     * @return the proportion
     * @throws IllegalArgumentException if {@code percent} is outside [0, 100] or NaN
     */
    public static Proportion ofPercent(double percent) {
        return ofFraction(fromPercent(checkPercent(percent, "Proportion")));
    }

    /**
     * Obtains a proportion with an interval, all in percent (as published: "7 % (2–13 %)").
     *
     * @param percent the share in percent, within [0, 100]
     * @param lowPercent the lower end in percent, within [0, 100]
     * @param highPercent the upper end in percent, within [lowPercent, 100]
     * @param method how the interval was obtained, such as {@link IntervalMethod#PUBLISHED_PLAUSIBLE_BOUNDS}
     * @return the proportion
     * @throws IllegalArgumentException if a value is outside [0, 100] or NaN, or {@code lowPercent > highPercent}
     * @throws NullPointerException if {@code kind} is null
     */
    public static Proportion ofPercent(double percent, double lowPercent, double highPercent, IntervalMethod method) {
        double p = checkPercent(percent, "Proportion");
        double low = checkPercent(lowPercent, "Proportion interval lower");
        double high = checkPercent(highPercent, "Proportion interval upper");
        return new Proportion(fromPercent(p), Optional.of(Interval.of(fromPercent(low), fromPercent(high), method)));
    }

    /**
     * Obtains a proportion with an interval in fractions, such as a computed binomial interval.
     *
     * @param fraction the share, within [0, 1]
     * @param interval the interval, within [0, 1]
     * @return the proportion
     * @throws IllegalArgumentException if the share or an end of the interval is not within [0, 1]
     * @throws NullPointerException if {@code interval} is null
     */
    public static Proportion ofFraction(double fraction, Interval interval) {
        Objects.requireNonNull(interval, "interval");
        double f = checkFraction(fraction, "Proportion");
        checkFraction(interval.lower(), "Proportion interval lower");
        checkFraction(interval.upper(), "Proportion interval upper");
        return new Proportion(f, Optional.of(interval));
    }

    /**
     * Obtains a proportion with an interval, all as fractions.
     *
     * @param fraction the share, within [0, 1]
     * @param lowFraction the lower end, within [0, 1]
     * @param highFraction the upper end, within [lowFraction, 1]
     * @param method how the interval was obtained, such as {@link IntervalMethod#PUBLISHED_PLAUSIBLE_BOUNDS}
     * @return the proportion
     * @throws IllegalArgumentException if a value is outside [0, 1] or NaN, or {@code lowFraction > highFraction}
     * @throws NullPointerException if {@code kind} is null
     */
    public static Proportion ofFraction(double fraction, double lowFraction, double highFraction, IntervalMethod method) {
        double f = checkFraction(fraction, "Proportion");
        double low = checkFraction(lowFraction, "Proportion interval lower");
        double high = checkFraction(highFraction, "Proportion interval upper");
        return new Proportion(f, Optional.of(Interval.of(low, high, method)));
    }

    /**
     * The proportion of a part in a whole.
     *
     * @param part the part, {@code <= whole}
     * @param whole the whole, {@code > 0}
     * @return {@code part / whole}
     * @throws IllegalArgumentException if {@code whole} is zero or {@code part > whole}
     * @throws NullPointerException if an argument is null
     */
    public static Proportion of(Count part, Count whole) {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(whole, "whole");
        if (whole.value() == 0) {
            throw new IllegalArgumentException("Denominator is not strictly positive: 0");
        }
        if (part.value() > whole.value()) {
            throw new IllegalArgumentException("Part is above whole: " + part + " > " + whole);
        }
        return ofFraction((double) part.value() / whole.value());
    }

    private static double checkFraction(double fraction, String name) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException(name + " is not a fraction within [0, 1]: " + fraction);
        }
        return fraction + 0.0; // -0.0 becomes 0.0
    }

    private static double checkPercent(double percent, String name) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException(name + " is not a percent within [0, 100]: " + percent);
        }
        return percent + 0.0; // -0.0 becomes 0.0
    }

    /**
     * The share as a fraction.
     *
     * @return the fraction, within [0, 1]
     */
    public double toFraction() {
        return fraction;
    }

    /**
     * The share in percent.
     *
     * @return the percent, within [0, 100]
     */
    public double toPercent() {
        return fraction * 100.0;
    }

    /**
     * The interval as fractions, if the source gives one.
     *
     * @return the interval, or empty
     */
    public Optional<Interval> interval() {
        return interval;
    }

    /**
     * Whether the point lies within the interval; true when there is none.
     *
     * @return false only if an interval is present and excludes the point
     */
    public boolean isPointWithinInterval() {
        return interval.map(r -> r.contains(fraction)).orElse(true);
    }

    @Override
    public QuantityKind kind() {
        return QuantityKind.PROPORTION;
    }

    /**
     * The share as a fraction, like {@link #toFraction()}.
     *
     * @return the fraction, within [0, 1]
     */
    @Override
    public double doubleValue() {
        return fraction;
    }

    @Override
    public int compareTo(Proportion other) {
        return Double.compare(fraction, other.fraction);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Proportion other
                && Double.compare(other.fraction, fraction) == 0
                && other.interval.equals(interval);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fraction, interval);
    }

    /**
     * The share in percent, rounded to 12 significant digits so that binary noise does not show:
     * {@code 6.02 %}, or {@code 7 % [2, 13] (published plausible bounds)} with an interval.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return interval.map(r -> percentText(fraction) + " % [" + percentText(r.lower()) + ", " + percentText(r.upper())
                + "] (" + r.method().label() + ")").orElse(percentText(fraction) + " %");
    }

    private static String percentText(double f) {
        return new java.math.BigDecimal(f * 100).round(new java.math.MathContext(12)).stripTrailingZeros()
                .toPlainString();
    }

    /** A percent as a fraction, shifting the decimal point exactly: 14.3 % is the double nearest 0.143. */
    private static double fromPercent(double percent) {
        return java.math.BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
    }
}
