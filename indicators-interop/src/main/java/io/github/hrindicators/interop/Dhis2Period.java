package io.github.hrindicators.interop;

import io.github.hrindicators.core.ReferencePeriod;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DHIS2's ISO period identifiers (DHIS2 Developer manual, Web API, "Date and period format": yearly {@code 2016},
 * monthly {@code 201601}, daily {@code 20160101}) and ADX's periods (IHE QRPH ADX, a start date and an ISO 8601
 * duration: {@code 2016-01-01/P1Y}), for the kinds of {@link ReferencePeriod} they can hold. A span of several years
 * has no DHIS2 period.
 */
final class Dhis2Period {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("\\d{4}Q[1-4]");

    private Dhis2Period() {
    }

    /** The DHIS2 period of a reference period; empty for a span of years. */
    static Optional<String> of(ReferencePeriod p) {
        switch (p.kind()) {
            case YEAR:
                return Optional.of(Integer.toString(p.startYear()));
            case MONTH:
                return Optional.of(p.start().format(DateTimeFormatter.ofPattern("yyyyMM")));
            case DATE:
                return Optional.of(p.start().format(DateTimeFormatter.BASIC_ISO_DATE));
            default:
                return Optional.empty();
        }
    }

    /** The ADX period (start and duration) of a DHIS2 period written by {@link #of}. */
    static String adx(ReferencePeriod p) {
        String duration = p.kind() == ReferencePeriod.Kind.YEAR ? "P1Y"
                : p.kind() == ReferencePeriod.Kind.MONTH ? "P1M" : "P1D";
        return p.start() + "/" + duration;
    }

    /**
     * Reads a DHIS2 period into a reference period.
     *
     * @throws IllegalArgumentException in plain words when the text is not a yearly, monthly or daily period
     */
    static ReferencePeriod parse(String text) {
        Matcher m;
        try {
            if ((m = YEAR.matcher(text)).matches()) {
                return ReferencePeriod.ofYear(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(text)).matches()) {
                return ReferencePeriod.ofMonth(YearMonth.of(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2))));
            }
            if ((m = DAY.matcher(text)).matches()) {
                return ReferencePeriod.asOf(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (java.time.DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("is not a valid period: the month or day does not exist, or the year "
                    + "is outside 1900-2999");
        }
        if (QUARTER.matcher(text).matches()) {
            throw new IllegalArgumentException("is a quarter; figures hold years, months and dates, so import "
                    + "yearly (2016), monthly (201601) or daily (20160101) periods");
        }
        throw new IllegalArgumentException("is not a DHIS2 period of a year (2016), a month (201601) or a day "
                + "(20160101)");
    }
}
