package io.github.hrindicators.io;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.QuantityKind;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.FigureValues;
import io.github.hrindicators.core.Violation;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the texts of one figure into an {@link Observation}, recording every problem it finds. Shared by the CSV
 * and JSON readers so that both formats follow the same rules (see the module README).
 */
final class FigureConverter {
    /** A plain decimal number: digits, an optional '.' fraction and exponent; no thousands separators. */
    static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final int CACHE_SIZE = 4096;
    /** Digits, a comma and three digits: a thousands separator or three decimals? */
    private static final Pattern GROUPED = Pattern.compile("[+-]?[1-9]\\d{0,2},\\d{3}");
    /** A number with a decimal comma: {@code 51,5}. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+");
    static final String NUMBER_EXPECTED_COMMA =
            "is not a number; expected digits with ',' as decimal separator and no thousands separator, such as 1505"
                    + " or 51,5";
    static final String NUMBER_EXPECTED =
            "is not a number; expected digits with '.' as decimal point and no thousands separator, such as 1505 or 51.5";

    static final String UNIT_NUMBER = "number";
    static final String UNIT_PERCENT = "percent";
    static final String UNIT_FRACTION = "fraction";
    static final String UNIT_RATE = "per_person_per_year";
    static final String UNIT_YES_NO = "yes_no";

    private static final Map<String, Measure> MEASURES = new HashMap<>();
    private static final List<String> MEASURE_CODES = Measure.values().stream().map(Measure::code).toList();

    static {
        for (Measure m : Measure.values()) {
            MEASURES.put(m.code(), m);
        }
    }

    private final ProblemList problems;
    private final Optional<Area> defaultArea;
    private final boolean decimalComma;
    private final boolean csv;
    private final boolean commaDelimited;
    private final Cache<ReferencePeriod> periods = new Cache<>();
    private final Cache<Area> areas = new Cache<>();
    private String areaAdvice = " (or a default area for the whole file)";

    /**
     * A converter with the reader's default area and decimal separator; {@code csv} for the hints that only a CSV
     * file can follow (such as reading decimal commas).
     */
    FigureConverter(ProblemList problems, ReadOptions options, boolean csv) {
        this.problems = problems;
        this.defaultArea = options.defaultArea();
        this.decimalComma = options.decimalSeparator() == ',';
        this.csv = csv;
        this.commaDelimited = options.delimiter() == ',';
    }

    /**
     * The figure, or empty if it has problems (all of them recorded). Internally the parts are null when they have
     * a problem: this runs once per row of files of millions of rows.
     */
    Optional<Observation> convert(RawFigure raw) {
        long before = problemCount();
        for (Column c : Column.ALL) {
            String invisible = raw.invisible(c);
            if (invisible != null) {
                report(raw, c, invisible);
                raw.dropReported(c);
            }
        }
        for (Column c : Column.ALL) {
            if (c.required() && !raw.has(c) && !raw.reported(c) && !(c == Column.AREA && defaultArea.isPresent())) {
                report(raw, c, "is empty; " + c.header() + " is required" + (c == Column.AREA ? areaAdvice : ""));
            }
        }
        Measure measure = raw.has(Column.MEASURE) ? measure(raw) : null;
        ReferencePeriod period = raw.has(Column.PERIOD) ? cached(periods, raw, Column.PERIOD, PeriodHints::parse)
                : null;
        Area area = raw.has(Column.AREA) ? cached(areas, raw, Column.AREA, Area::of) : defaultArea.orElse(null);
        Source source = raw.has(Column.SOURCE) ? Source.of(raw.text(Column.SOURCE)) : null;
        Subgroup subgroup = subgroup(raw);
        Quantity value = measure == null ? null : quantity(raw, measure);
        if (problemCount() != before || measure == null || value == null || period == null || area == null
                || source == null || subgroup == null) {
            return Optional.empty();
        }
        try {
            Observation o = Observation.of(measure, value, period, area, source);
            if (!subgroup.isTotal()) {
                o = o.withSubgroup(subgroup);
            }
            return Optional.of(raw.has(Column.NOTE) ? o.withNote(raw.text(Column.NOTE)) : o);
        } catch (IllegalArgumentException e) {
            problems.add(raw.rowProblem(problems.file(), raw.text(Column.VALUE), e.getMessage()));
            return Optional.empty();
        }
    }

    /** What the message of a missing area adds: where else an area may come from. */
    void areaAdvice(String advice) {
        areaAdvice = advice;
    }

    private long problemCount() {
        return problems.count();
    }

    private void report(RawFigure raw, Column c, String message) {
        problems.add(raw.problem(problems.file(), c, message));
    }

    /** The measure, or null after reporting an unknown code. */
    private Measure measure(RawFigure raw) {
        String code = raw.text(Column.MEASURE);
        Measure m = MEASURES.get(code);
        if (m == null) {
            m = MEASURES.get(code.toLowerCase(Locale.ROOT));
        }
        if (m == null) {
            report(raw, Column.MEASURE, "is not a known measure" + Suggestions.didYouMean(code, MEASURE_CODES)
                    + " (the measures are listed in the README)");
        }
        return m;
    }

    /**
     * Parsed texts of one column: the last one (rows are often grouped, and comparing strings is cheaper than
     * hashing them) and a bounded map of earlier ones.
     */
    private static final class Cache<T> {
        private final Map<String, T> map = new HashMap<>();
        private String lastText = "";
        private T lastValue;
    }

    /** The parsed text, or null after reporting why it is not valid. */
    private <T> T cached(Cache<T> cache, RawFigure raw, Column c, Function<String, T> parser) {
        String text = raw.text(c);
        if (cache.lastValue != null && text.equals(cache.lastText)) {
            return cache.lastValue;
        }
        T v = cache.map.get(text);
        if (v == null) {
            try {
                v = parser.apply(text);
            } catch (IllegalArgumentException e) {
                report(raw, c, e.getMessage().startsWith("is ") ? e.getMessage() : "is not valid: " + e.getMessage());
                return null;
            }
            if (cache.map.size() >= CACHE_SIZE) {
                cache.map.clear();
            }
            cache.map.put(text, v);
        }
        cache.lastText = text;
        cache.lastValue = v;
        return v;
    }

    /** The subgroup, or null after reporting its problems. */
    private Subgroup subgroup(RawFigure raw) {
        Subgroup s = Subgroup.TOTAL;
        boolean ok = true;
        if (raw.has(Column.SETTING)) {
            Optional<Setting> setting = constant(raw, Column.SETTING, Setting.class);
            ok = setting.isPresent();
            s = setting.map(s::withSetting).orElse(s);
        }
        if (raw.has(Column.GENDER)) {
            Optional<Gender> gender = constant(raw, Column.GENDER, Gender.class);
            ok &= gender.isPresent();
            s = gender.map(s::withGender).orElse(s);
        }
        if (raw.has(Column.PROVIDER_TYPE)) {
            Optional<ProviderType> provider = constant(raw, Column.PROVIDER_TYPE, ProviderType.class);
            ok &= provider.isPresent();
            s = provider.map(s::withProviderType).orElse(s);
        }
        if (raw.has(Column.AGE_BAND)) {
            try {
                s = s.withAgeBand(AgeBand.parse(raw.text(Column.AGE_BAND)));
            } catch (IllegalArgumentException e) {
                report(raw, Column.AGE_BAND, "is not valid: " + e.getMessage());
                ok = false;
            }
        }
        return ok ? s : null;
    }

    /** An enum constant by its lower-case name, such as {@code prison}. */
    static <E extends Enum<E>> Optional<E> constantNamed(String text, Class<E> type) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(text.replace('-', '_'))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    }

    private <E extends Enum<E>> Optional<E> constant(RawFigure raw, Column c, Class<E> type) {
        String text = raw.text(c);
        Optional<E> e = constantNamed(text, type);
        if (e.isEmpty()) {
            List<String> names = names(type);
            report(raw, c, "is not a known " + c.header() + "; expected one of " + String.join(", ", names)
                    + Suggestions.didYouMean(text, names));
        }
        return e;
    }

    /** A yes/no value: 1 for yes, 0 for no, or NaN after reporting the text. */
    private double yesNo(RawFigure raw, Measure m) {
        String text = raw.text(Column.VALUE).toLowerCase(Locale.ROOT);
        if (text.equals("yes")) {
            return 1;
        }
        if (text.equals("no")) {
            return 0;
        }
        report(raw, Column.VALUE, "is not yes or no; " + m.code() + " is a yes/no figure: write yes or no");
        return Double.NaN;
    }

    /** The number, or NaN after reporting why the text is not one. */
    private double number(RawFigure raw, Column c) {
        String text = raw.text(c);
        if (decimalComma) {
            if (text.indexOf('.') >= 0) {
                report(raw, c, "is not a number with a decimal comma; this file is read with ',' as decimal"
                        + " separator, so '.' may not appear: write 51,5 or 1505");
                return Double.NaN;
            }
            if (GROUPED.matcher(text).matches()) {
                report(raw, c, "could be a number with a thousands separator or with three decimals; write"
                        + " thousands without a separator (1505), or the decimals with another number of digits");
                return Double.NaN;
            }
            text = text.replace(',', '.');
        }
        if (!isPlainNumber(text)) {
            report(raw, c, decimalComma ? NUMBER_EXPECTED_COMMA : !csv || !DECIMAL_COMMA.matcher(text).matches()
                    ? NUMBER_EXPECTED : commaDelimited ? NUMBER_EXPECTED + "; a file with decimal commas must"
                            + " separate its columns by ';' or tab, and be read with decimal separator ','"
                            : NUMBER_EXPECTED + "; if the file writes decimal commas, read it with decimal separator"
                                    + " ','");
            return Double.NaN;
        }
        double d = parse(text);
        if (!Double.isFinite(d)) {
            report(raw, c, "is not a finite number");
            return Double.NaN;
        }
        return d;
    }

    /**
     * Whether the text is a plain decimal number: an optional sign, digits with an optional '.' fraction (at least
     * one digit in all), an optional exponent of at most three digits. The same as {@link #NUMBER}, without the
     * cost of a regular expression on every value.
     */
    static boolean isPlainNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exponent++;
            }
            if (exponent == 0 || exponent > 3) {
                return false;
            }
        }
        return i == n;
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15};

    /**
     * Parses a plain number (see {@link #isPlainNumber(String)}). Numbers of at most 15 digits without exponent are
     * read as {@code digits / 10^k}: both are exact doubles and one division rounds correctly, so the result is
     * the same as {@link Double#parseDouble(String)}'s, which reads the rest.
     */
    static double parse(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.parseDouble(s);
            }
            if (count > 15) {
                return Double.parseDouble(s);
            }
        }
        double d = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
        return negative ? -d : d;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value, or null after reporting its problems. */
    private Quantity quantity(RawFigure raw, Measure m) {
        QuantityKind kind = m.kind();
        String unit = raw.text(Column.UNIT).toLowerCase(Locale.ROOT);
        boolean unitOk = switch (kind) {
            case COUNT, ESTIMATE -> unit.isEmpty() || unit.equals(UNIT_NUMBER);
            case PROPORTION -> unit.equals(UNIT_PERCENT) || unit.equals(UNIT_FRACTION);
            case RATE -> unit.isEmpty() || unit.equals(UNIT_RATE);
            case YES_NO -> unit.isEmpty() || unit.equals(UNIT_YES_NO);
        };
        if (!unitOk) {
            report(raw, Column.UNIT, switch (kind) {
                case COUNT, ESTIMATE -> "is not a unit of " + m.code() + "; expected 'number' or nothing";
                case PROPORTION -> (unit.isEmpty() ? "is missing; " : "is not a unit of a share; ")
                        + m.code() + " is a share: the unit must say 'percent' (51.5) or 'fraction' (0.515)";
                case RATE -> "is not a unit of " + m.code() + "; expected 'per_person_per_year' or nothing";
                case YES_NO -> "is not a unit of " + m.code() + "; expected 'yes_no' or nothing";
            });
        }
        if (!raw.has(Column.VALUE)) {
            return null;
        }
        double v = kind == QuantityKind.YES_NO ? yesNo(raw, m) : number(raw, Column.VALUE);
        OptionalDouble low = raw.has(Column.LOW) ? OptionalDouble.of(number(raw, Column.LOW)) : OptionalDouble.empty();
        OptionalDouble high = raw.has(Column.HIGH) ? OptionalDouble.of(number(raw, Column.HIGH))
                : OptionalDouble.empty();
        IntervalMethod method = IntervalMethod.PUBLISHED_UNSPECIFIED;
        if (raw.has(Column.RANGE_KIND)) {
            if (low.isEmpty() && high.isEmpty()) {
                report(raw, Column.RANGE_KIND, "is given without a range; give low and high, or no range_kind");
                return null;
            }
            Optional<IntervalMethod> k = rangeKind(raw);
            if (k.isEmpty()) {
                return null;
            }
            method = k.get();
        }
        if (Double.isNaN(v) || !unitOk || low.isPresent() && Double.isNaN(low.getAsDouble())
                || high.isPresent() && Double.isNaN(high.getAsDouble())) {
            return null;
        }
        FigureValues.Checked checked = FigureValues.check(m, v, low, high, UNIT_PERCENT.equals(unit), method);
        for (Violation violation : checked.violations()) {
            if (violation.refuses()) {
                report(raw, switch (violation.field()) {
                    case LOWER -> Column.LOW;
                    case UPPER -> Column.HIGH;
                    default -> Column.VALUE;
                }, violation.message());
            }
        }
        return checked.value().orElse(null);
    }

    /** The published range kinds a file may name, by their file code: {@code plausible_bounds} and so on. */
    private static final Map<String, IntervalMethod> RANGE_KINDS = new java.util.LinkedHashMap<>();

    private static final String PUBLISHED_PREFIX = "published_";

    static {
        for (IntervalMethod method : IntervalMethod.values()) {
            if (method.isPublished()) {
                RANGE_KINDS.put(rangeKindCode(method), method);
            }
        }
        for (IntervalMethod method : IntervalMethod.values()) {
            RANGE_KINDS.putIfAbsent(rangeKindCode(method), method);
        }
    }

    /**
     * The code a file writes in {@code range_kind}: for a published range its method's code without
     * {@code published_}, such as {@code plausible_bounds}; for an interval the library computed, its method's code
     * (such as {@code delta}). The computed plausible bounds share their code with published ones and read back as
     * published.
     */
    static String rangeKindCode(IntervalMethod method) {
        return method.isPublished() ? method.code().substring(PUBLISHED_PREFIX.length()) : method.code();
    }

    private Optional<IntervalMethod> rangeKind(RawFigure raw) {
        String text = raw.text(Column.RANGE_KIND);
        IntervalMethod method = RANGE_KINDS.get(text.toLowerCase(Locale.ROOT));
        if (method == null) {
            List<String> names = RANGE_KINDS.entrySet().stream().filter(e -> e.getValue().isPublished())
                    .map(Map.Entry::getKey).toList();
            report(raw, Column.RANGE_KIND, "is not a known range_kind; expected one of " + String.join(", ", names)
                    + Suggestions.didYouMean(text, names));
        }
        return Optional.ofNullable(method);
    }
}
