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
    /** Texts seen often (areas, site codes) kept once, so that equal texts are one object; bounded. */
    private static final int MAX_INTERNED = 10_000;
    private static final ClassValue<Map<String, Enum<?>>> WORDS = new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> m = new java.util.HashMap<>();
            for (Object e : type.getEnumConstants()) {
                m.put(word((Enum<?>) e), (Enum<?>) e);
                m.put(word((Enum<?>) e).replace('-', '_'), (Enum<?>) e);
            }
            return m;
        }
    };

    private final String file;
    private final Map<String, Integer> columns;
    private final char decimalSeparator;
    private final Pattern decimal;
    private final Map<String, Area> areas = new java.util.HashMap<>();
    private final Map<String, String> texts = new java.util.HashMap<>();
    private final boolean json;
    private java.util.function.IntFunction<String> values;
    private java.util.function.IntPredicate absent = i -> false;
    private long line;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Fields of a CSV file (problems located by column number and name) or, with {@code json}, of JSON Lines
     * (located by the field's JSON pointer, {@code /needles_syringes}).
     */
    RecordFields(String file, Map<String, Integer> columns, char decimalSeparator, boolean json) {
        this.json = json;
        this.file = file;
        this.columns = columns;
        this.decimalSeparator = decimalSeparator;
        this.decimal = Pattern.compile("\\d{1,12}(" + Pattern.quote(String.valueOf(decimalSeparator)) + "\\d{1,9})?");
    }

    void start(java.util.function.IntFunction<String> newValues, long newLine) {
        this.values = newValues;
        this.line = newLine;
        this.absent = i -> false;
        problems.clear();
    }

    /** Which fields of the row (JSON Lines) are not given at all, rather than given empty; after {@link #start}. */
    void absent(java.util.function.IntPredicate newAbsent) {
        this.absent = newAbsent;
    }

    List<Problem> problems() {
        return problems;
    }

    long line() {
        return line;
    }

    String file() {
        return file;
    }

    /** Reports a problem with the whole row. */
    void rowProblem(Problem.Kind kind, String message) {
        problems.add(new Problem(kind, file, line, 0, "", "", message));
    }

    private void problem(String column, String text, String message) {
        problems.add(new Problem(Problem.Kind.VALUE, file, line, json ? 0 : columns.get(column) + 1L,
                json ? "/" + column : column, CellText.visible(text), message));
    }

    /** The cleaned text of a column, empty when the file has no such column. */
    String text(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : CellText.clean(values.apply(i));
    }

    /** The text of a required column; a problem if it is empty or holds invisible characters. */
    Optional<String> required(String column, String expected) {
        return required(column, () -> expected);
    }

    /** As {@link #required(String, String)}, the expected form made only when there is a problem. */
    Optional<String> required(String column, java.util.function.Supplier<String> expected) {
        String t = text(column);
        if (t.isEmpty()) {
            Integer i = columns.get(column);
            problem(column, t, (i != null && absent.test(i) ? "is missing" : "is empty") + "; expected "
                    + expected.get());
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
        return required(column, "the name of an area, such as Bishkek").map(this::areaNamed);
    }

    /** The area of a name, made once per name. */
    Area areaNamed(String name) {
        Area a = areas.get(name);
        if (a == null) {
            a = Area.of(name);
            if (areas.size() < MAX_INTERNED) {
                areas.put(name, a);
            }
        }
        return a;
    }

    /** A text of a required column that repeats across rows (a site code), kept once. */
    Optional<String> repeated(String column, String expected) {
        return required(column, expected).map(t -> {
            String k = texts.get(t);
            if (k == null) {
                k = t;
                if (texts.size() < MAX_INTERNED) {
                    texts.put(t, t);
                }
            }
            return k;
        });
    }

    Optional<LocalDate> date(String column) {
        return required(column, "a date written year-month-day, such as 2016-03-31").flatMap(t -> date(column, t));
    }

    /** An optional date: empty when blank; a problem (and empty) when not a date. */
    Optional<LocalDate> optionalDate(String column) {
        return optional(column).flatMap(t -> date(column, t));
    }

    private Optional<LocalDate> date(String column, String t) {
        if (t.length() == 10 && t.charAt(4) == '-' && t.charAt(7) == '-' && digits(t, 0, 4) >= 0
                && digits(t, 5, 7) >= 0 && digits(t, 8, 10) >= 0) {
            try {
                LocalDate d = LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10));
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

    /** The number written by the digits from {@code from} to {@code to} (exclusive), or -1 if one is not a digit. */
    private static int digits(String t, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = 10 * v + (c - '0');
        }
        return v;
    }

    /** Whether the text is 1 to 18 ASCII digits. */
    private static boolean whole(String t) {
        if (t.isEmpty() || t.length() > 18) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A whole number {@code >= 0}; an optional column that is missing or blank is 0. */
    OptionalLongValue count(String column, boolean requiredColumn, String what) {
        Optional<String> t = requiredColumn ? required(column, () -> "a whole number of " + what + ", such as 10")
                : optional(column);
        if (t.isEmpty()) {
            return requiredColumn ? OptionalLongValue.BAD : OptionalLongValue.ZERO;
        }
        if (!whole(t.get())) {
            boolean digits = t.get().chars().allMatch(c -> c >= '0' && c <= '9');
            problem(column, t.get(), digits ? "has more than 18 digits; expected a whole number of " + what
                    + " below a billion billion, such as 10" : "is not a whole number; expected a whole number of "
                    + what + ", such as 10, without signs or thousands separators");
            return OptionalLongValue.BAD;
        }
        long v = 0;
        String d = t.get();
        for (int i = 0; i < d.length(); i++) {
            v = 10 * v + (d.charAt(i) - '0');
        }
        return new OptionalLongValue(true, v);
    }

    /** A year, 1900 to 2999, in an optional column. */
    OptionalInt year(String column) {
        Optional<String> t = optional(column);
        if (t.isEmpty()) {
            return OptionalInt.empty();
        }
        if (t.get().length() == 4 && whole(t.get())) {
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
        Optional<String> t = required(column, () -> what + " in digits, such as 60 or 7" + sep + "5");
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
        Optional<String> t = requiredColumn ? required(column, () -> "one of " + names(type)) : optional(column);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Enum<?>> words = WORDS.get(type);
        Enum<?> e = words.get(t.get());
        if (e == null) {
            e = words.get(t.get().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        }
        if (e == null) {
            problem(column, t.get(), "is not known; expected one of " + names(type));
            return Optional.empty();
        }
        return Optional.of(type.cast(e));
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(RecordFields::word).collect(Collectors.joining(", "));
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
        String v = t.get();
        if (v.equals("yes") || v.equals("no")) {
            return Optional.of(v.equals("yes"));
        }
        switch (v.toLowerCase(Locale.ROOT)) {
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

        /** The value, or empty if its text was bad. */
        Optional<Long> asOptional() {
            return ok ? Optional.of(value) : Optional.empty();
        }
    }
}
