package io.github.hrindicators.io;

import io.github.hrindicators.core.ReferencePeriod;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods as people write them when they are not in the file format, and what to write instead: a fiscal year
 * {@code 2016-17} is not read as anything, but the message says to write {@code 2016-2017}.
 */
final class PeriodHints {
    private static final Pattern SHORT_SPAN = Pattern.compile("(\\d{4})\\s*[-/\u2013\u2014]\\s*(\\d{2})");
    private static final Pattern OTHER_DASH = Pattern.compile("(\\d{4})\\s*[/\u2013\u2014]\\s*(\\d{4})|(\\d{4})\\s+-\\s+(\\d{4})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DOTTED_DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern APPROXIMATE = Pattern.compile("(~|ca\\.?\\s*|c\\.\\s*|около\\s*)(.+)");

    private PeriodHints() {
    }

    /**
     * The period of a text, or an exception whose message says what is wrong and, where a common other way of
     * writing periods is recognised, what to write instead.
     */
    static ReferencePeriod parse(String text) {
        try {
            return ReferencePeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(hint(text).orElse("is not valid: " + e.getMessage()), e);
        }
    }

    /** What to write instead of a period that does not parse, when the mistake is recognised. */
    static Optional<String> hint(String text) {
        Matcher m = SHORT_SPAN.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int end = Integer.parseInt(m.group(2));
            boolean dash = text.indexOf('-') >= 0;
            String span = year % 100 < end ? "write a span of years in full, such as " + year + "-"
                    + (year - year % 100 + end) : "";
            if (dash && end > 12) {
                return Optional.of("is not a period: month " + end + " does not exist" + (span.isEmpty()
                        ? "; write a month as " + year + "-01 to " + year + "-12" : "; for a span of years (such as"
                        + " a fiscal year), " + span));
            }
            if (!dash && !span.isEmpty()) {
                return Optional.of("is not a period; " + span);
            }
        }
        m = OTHER_DASH.matcher(text);
        if (m.matches()) {
            String first = m.group(1) != null ? m.group(1) : m.group(3);
            String last = m.group(2) != null ? m.group(2) : m.group(4);
            return Optional.of("is not a period; write a span of years with a plain '-' and no spaces, such as "
                    + first + "-" + last);
        }
        m = DATE.matcher(text);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                return Optional.of("is not a date: month " + month + " does not exist");
            }
            int year = Integer.parseInt(m.group(1));
            if (year >= 1900 && year <= 2999) {
                return Optional.of("is not a date: " + YearMonth.of(year, month) + " has no day "
                        + Integer.parseInt(m.group(3)));
            }
        }
        m = DOTTED_DATE.matcher(text);
        if (m.matches()) {
            return Optional.of("is not a period; write a date as year-month-day, such as " + m.group(3) + "-"
                    + pad(m.group(2)) + "-" + pad(m.group(1)) + " for " + text + " read as day.month.year");
        }
        m = APPROXIMATE.matcher(text);
        if (m.matches()) {
            return Optional.of("is not a period: an approximate period is not read; write the period itself"
                    + " (such as " + m.group(2).strip() + ") and say that it is approximate in the note");
        }
        return Optional.empty();
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
