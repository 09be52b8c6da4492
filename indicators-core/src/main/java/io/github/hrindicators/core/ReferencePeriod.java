package io.github.hrindicators.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference period of a figure: a calendar year ({@code 2016}) for flows such as people on OST during a year,
 * an as-of date ({@code 2016-01-01}) for stocks such as people registered alive, a month ({@code 2012-03}) when a
 * source gives no day, or a span of years ({@code 2021-2023}) for surveys that pool years.
 *
 * <p>{@link #toString()} and {@link #parse(CharSequence)} are inverses. Periods are compared for input selection
 * by year: {@link #startYear()} and {@link #endYear()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReferencePeriod implements Comparable<ReferencePeriod> {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern YEARS = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** The kinds of period. */
    public enum Kind {
        /** A calendar year. */
        YEAR,
        /** A calendar month. */
        MONTH,
        /** A single day: the as-of date of a stock. */
        DATE,
        /** Two or more consecutive calendar years. */
        YEARS
    }

    private final Kind kind;
    private final LocalDate start;
    private final LocalDate end;

    private ReferencePeriod(Kind kind, LocalDate start, LocalDate end) {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /**
     * A calendar year.
     *
     * @param year the year, 1900 to 2999
     * @return the period
     * @throws IllegalArgumentException if the year is out of range
     */
    public static ReferencePeriod ofYear(int year) {
        checkYear(year);
        return new ReferencePeriod(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * A span of calendar years, both included.
     *
     * @param firstYear the first year, 1900 to 2999
     * @param lastYear the last year, after {@code firstYear}
     * @return the period
     * @throws IllegalArgumentException if a year is out of range or {@code lastYear <= firstYear}
     */
    public static ReferencePeriod ofYears(int firstYear, int lastYear) {
        checkYear(firstYear);
        checkYear(lastYear);
        if (!(lastYear > firstYear)) {
            throw new IllegalArgumentException("Last year is not after first year: " + firstYear + "-" + lastYear);
        }
        return new ReferencePeriod(Kind.YEARS, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /**
     * A calendar month.
     *
     * @param month the month, in years 1900 to 2999
     * @return the period
     * @throws IllegalArgumentException if the year is out of range
     * @throws NullPointerException if {@code month} is null
     */
    public static ReferencePeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        checkYear(month.getYear());
        return new ReferencePeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    /**
     * An as-of date, for stocks such as people registered as living with HIV on 1 January 2016.
     *
     * @param date the date, in years 1900 to 2999
     * @return the period
     * @throws IllegalArgumentException if the year is out of range
     * @throws NullPointerException if {@code date} is null
     */
    public static ReferencePeriod asOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        checkYear(date.getYear());
        return new ReferencePeriod(Kind.DATE, date, date);
    }

    /**
     * Parses {@code 2016}, {@code 2021-2023}, {@code 2012-03} or {@code 2016-01-01}.
     *
     * @param text the text
     * @return the period
     * @throws IllegalArgumentException if the text is none of these forms, names an impossible date, a year outside
     *     1900 to 2999 or a span whose last year is not after its first; the message quotes the text
     * @throws NullPointerException if {@code text} is null
     */
    public static ReferencePeriod parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().strip();
        try {
            Matcher m;
            if ((m = YEAR.matcher(s)).matches()) {
                return ofYear(Integer.parseInt(m.group(1)));
            }
            if ((m = DATE.matcher(s)).matches()) {
                return asOf(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return ofMonth(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = YEARS.matcher(s)).matches()) {
                return ofYears(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Period is not a valid date: '" + s + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Period is not valid: '" + s + "' (" + e.getMessage() + ")", e);
        }
        throw new IllegalArgumentException(
                "Period is not a year (2016), a span of years (2021-2023), a month (2012-03) or a date (2016-01-01): '"
                        + s + "'");
    }

    private static void checkYear(int year) {
        if (!(year >= 1900 && year <= 2999)) {
            throw new IllegalArgumentException("Year is not within 1900-2999: " + year);
        }
    }

    /**
     * The kind of period.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The first day of the period.
     *
     * @return the first day
     */
    public LocalDate start() {
        return start;
    }

    /**
     * The last day of the period (the as-of date itself for a date).
     *
     * @return the last day
     */
    public LocalDate end() {
        return end;
    }

    /**
     * The calendar year the period starts in.
     *
     * @return the first year
     */
    public int startYear() {
        return start.getYear();
    }

    /**
     * The calendar year the period ends in.
     *
     * @return the last year
     */
    public int endYear() {
        return end.getYear();
    }

    /**
     * Whether the period touches a calendar year.
     *
     * @param year the year
     * @return true if {@code startYear() <= year <= endYear()}
     */
    public boolean coversYear(int year) {
        return startYear() <= year && year <= endYear();
    }

    @Override
    public int compareTo(ReferencePeriod other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : end.compareTo(other.end);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReferencePeriod other && other.kind == kind && other.start.equals(start) && other.end.equals(end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, start, end);
    }

    @Override
    public String toString() {
        switch (kind) {
            case YEAR:
                return Integer.toString(startYear());
            case YEARS:
                return startYear() + "-" + endYear();
            case MONTH:
                return YearMonth.from(start).toString();
            default:
                return start.toString();
        }
    }
}
