package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.records.Uic;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The fields of one row of a record file by column name, each read value checked and each problem located. */
final class RecordFields {
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final String file;
    private final Map<String, Integer> columns;
    private final char decimalSeparator;
    private final Pattern decimal;
    private CsvRows rows;
    private long line;
    private final List<Problem> problems = new ArrayList<>();

    RecordFields(String file, Map<String, Integer> columns, char decimalSeparator) {
        this.file = file;
        this.columns = columns;
        this.decimalSeparator = decimalSeparator;
        this.decimal = Pattern.compile("\\d{1,12}(" + Pattern.quote(String.valueOf(decimalSeparator)) + "\\d{1,9})?");
    }

    void start(CsvRows newRows, long newLine) {
        this.rows = newRows;
        this.line = newLine;
        problems.clear();
    }

    List<Problem> problems() {
        return problems;
    }

    long line() {
        return line;
    }

    /** Reports a problem with the whole row. */
    void rowProblem(Problem.Kind kind, String message) {
        problems.add(new Problem(kind, file, line, 0, "", "", message));
    }

    private void problem(String column, String text, String message) {
        problems.add(new Problem(Problem.Kind.VALUE, file, line, columns.get(column) + 1L, column,
                CellText.visible(text), message));
    }

    /** The cleaned text of a column, empty when the file has no such column. */
    String text(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : CellText.clean(rows.field(i));
    }

    /** The text of a required column; a problem if it is empty or holds invisible characters. */
    Optional<String> required(String column, String expected) {
        String t = text(column);
        if (t.isEmpty()) {
            problem(column, t, "is empty; expected " + expected);
            return Optional.empty();
        }
        return checked(column, t);
    }

    /** The text of an optional column: empty if the column is missing or blank. */
    Optional<String> optional(String column) {
        String t = text(column);
        return t.isEmpty() ? Optional.empty() : checked(column, t);
    }

    private Optional<String> checked(String column, String t) {
        Optional<String> invisible = CellText.invisible(t);
        if (invisible.isPresent()) {
            problem(column, t, invisible.get());
            return Optional.empty();
        }
        return Optional.of(t);
    }

    Optional<Uic> uic(String column) {
        Optional<String> t = required(column, "the client's unique identifier code (UIC)");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Uic.of(t.get()));
        } catch (IllegalArgumentException e) {
            problem(column, t.get(), "is not a client code: " + e.getMessage());
            return Optional.empty();
        }
    }

    Optional<Area> area(String column) {
        return required(column, "the name of an area, such as Bishkek").map(Area::of);
    }

    Optional<LocalDate> date(String column) {
        return required(column, "a date written year-month-day, such as 2016-03-31").flatMap(t -> date(column, t));
    }

    /** An optional date: empty when blank; a problem (and empty) when not a date. */
    Optional<LocalDate> optionalDate(String column) {
        return optional(column).flatMap(t -> date(column, t));
    }

    private Optional<LocalDate> date(String column, String t) {
        java.util.regex.Matcher m = DATE.matcher(t);
        if (m.matches()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                if (d.getYear() >= 1900 && d.getYear() <= 2999) {
                    return Optional.of(d);
                }
                problem(column, t, "is not within the years 1900-2999; expected a date such as 2016-03-31");
                return Optional.empty();
            } catch (DateTimeException e) {
                problem(column, t, "is not a day of the calendar; expected a date written year-month-day, such as "
                        + "2016-03-31");
                return Optional.empty();
            }
        }
        problem(column, t, "is not a date; expected a date written year-month-day, such as 2016-03-31");
        return Optional.empty();
    }

    /** A whole number {@code >= 0}; an optional column that is missing or blank is 0. */
    OptionalLongValue count(String column, boolean requiredColumn, String what) {
        Optional<String> t = requiredColumn ? required(column, "a whole number of " + what + ", such as 10")
                : optional(column);
        if (t.isEmpty()) {
            return requiredColumn ? OptionalLongValue.BAD : OptionalLongValue.ZERO;
        }
        if (!WHOLE.matcher(t.get()).matches()) {
            problem(column, t.get(), "is not a whole number; expected a whole number of " + what
                    + ", such as 10, without signs or thousands separators");
            return OptionalLongValue.BAD;
        }
        return new OptionalLongValue(true, Long.parseLong(t.get()));
    }

    /** A year, 1900 to 2999, in an optional column. */
    OptionalInt year(String column) {
        Optional<String> t = optional(column);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        if (t.get().length() == 4 && WHOLE.matcher(t.get()).matches()) {
            int y = Integer.parseInt(t.get());
            if (y >= 1900 && y <= 2999) {
                return OptionalInt.of(y);
            }
        }
        problem(column, t.get(), "is not a year; expected a year from 1900 to 2999, such as 1990");
        return OptionalInt.empty();
    }

    /** A number of milligrams written with the reader's decimal separator. */
    Optional<Double> decimal(String column, String what) {
        String sep = String.valueOf(decimalSeparator);
        Optional<String> t = required(column, what + " in digits, such as 60 or 7" + sep + "5");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (!decimal.matcher(t.get()).matches()) {
            problem(column, t.get(), "is not a number; expected " + what + " in digits with '" + sep
                    + "' as decimal point, such as 60 or 7" + sep + "5");
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(t.get().replace(decimalSeparator, '.')));
    }

    /** One of an enumeration's constants, written in lower case with {@code _} or {@code -} between words. */
    <E extends Enum<E>> Optional<E> choice(String column, Class<E> type, boolean requiredColumn) {
        String names = Arrays.stream(type.getEnumConstants()).map(RecordFields::word)
                .collect(Collectors.joining(", "));
        Optional<String> t = requiredColumn ? required(column, "one of " + names) : optional(column);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String key = t.get().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (word(e).replace('-', '_').equals(key)) {
                return Optional.of(e);
            }
        }
        problem(column, t.get(), "is not known; expected one of " + names);
        return Optional.empty();
    }

    static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** yes or no (also true/false, 1/0); an optional column that is missing or blank is no. */
    Optional<Boolean> yesNo(String column) {
        Optional<String> t = optional(column);
        if (t.isEmpty()) {
            return Optional.of(false);
        }
        switch (t.get().toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1":
                return Optional.of(true);
            case "no", "false", "0":
                return Optional.of(false);
            default:
                problem(column, t.get(), "is not yes or no; expected yes or no (or 1 or 0), or nothing for no");
                return Optional.empty();
        }
    }

    /** A whole number that may be missing because its text was bad. */
    record OptionalLongValue(boolean ok, long value) {
        static final OptionalLongValue BAD = new OptionalLongValue(false, 0);
        static final OptionalLongValue ZERO = new OptionalLongValue(true, 0);
    }
}
