package io.github.hrindicators.examples.report;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.TargetGap;
import java.util.Locale;
import java.util.Objects;

/**
 * How the Kyrgyz report writes numbers: shares in percent with one decimal ({@code 6.0 %}), people as whole
 * numbers with thousands separators ({@code 2,098}), rates and people per site with one decimal; a minus sign for
 * negative values. Locale-independent, so the report reads the same on every machine.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportFormat {
    private ReportFormat() {
    }

    /**
     * A value as the report shows it.
     *
     * @param value the value
     * @param unit the indicator's unit
     * @return the text, such as {@code 6.0 %}, {@code 2,098} or {@code 38.7}
     * @throws NullPointerException if an argument is null
     */
    public static String value(Quantity value, ResultUnit unit) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value instanceof Proportion p) {
            return percent(p.toFraction());
        }
        if (value instanceof Count c) {
            return people(c.value());
        }
        if (value instanceof Rate r) {
            return decimal(r.perPersonPerYear());
        }
        if (value instanceof io.github.hrindicators.core.YesNo yn) {
            return yn.toString();
        }
        Estimate e = (Estimate) value;
        return unit == ResultUnit.PEOPLE ? people(e.point()) : decimal(e.point());
    }

    /**
     * A number in the indicator's unit (fractions for shares) as the report shows it.
     *
     * @param number the number
     * @param unit the unit
     * @return the text
     * @throws NullPointerException if {@code unit} is null
     */
    public static String number(double number, ResultUnit unit) {
        Objects.requireNonNull(unit, "unit");
        switch (unit) {
            case PROPORTION:
                return percent(number);
            case PEOPLE:
                return people(number);
            default:
                return decimal(number);
        }
    }

    /**
     * An interval with its method and, where it has them, its confidence level, Monte Carlo seed and draws.
     *
     * @param interval the interval
     * @param unit the indicator's unit
     * @return the text, such as {@code 58.2 % to 101.6 % (plausible bounds from input ranges)}
     * @throws NullPointerException if an argument is null
     */
    public static String interval(Interval interval, ResultUnit unit) {
        Objects.requireNonNull(interval, "interval");
        StringBuilder b = new StringBuilder(number(interval.lower(), unit)).append(" to ")
                .append(number(interval.upper(), unit)).append(" (").append(interval.method().label());
        interval.confidenceLevel().ifPresent(l -> b.append(", level ").append(percentWhole(l)));
        interval.seed().ifPresent(s -> b.append(", seed ").append(s));
        interval.draws().ifPresent(d -> b.append(", ").append(people(d)).append(" draws"));
        return b.append(')').toString();
    }

    /**
     * A target gap: met, or how far short and, for a ratio, how many more in the numerator.
     *
     * @param gap the gap
     * @param unit the indicator's unit
     * @return the text, such as {@code UNAIDS 2025 (50 %): 44.0 percentage points short; 10,995 more}
     * @throws NullPointerException if an argument is null
     */
    public static String gap(TargetGap gap, ResultUnit unit) {
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(unit, "unit");
        String label = gap.target().label() + ": ";
        if (gap.met()) {
            return label + "met";
        }
        String amount = unit == ResultUnit.PROPORTION
                ? String.format(Locale.ROOT, "%.1f percentage points short", gap.gap() * 100)
                : decimal(gap.gap()) + " short";
        return label + amount + gap.additionalNumerator().stream()
                .mapToObj(n -> "; " + people(n) + " more in the numerator").findFirst().orElse("");
    }

    /**
     * A fraction in percent with one decimal.
     *
     * @param fraction the fraction, such as 0.0602
     * @return the text, such as {@code 6.0 %}
     */
    public static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f %%", fraction * 100).replace('-', '−');
    }

    static String people(double number) {
        return String.format(Locale.ROOT, "%,.0f", number).replace('-', '−');
    }

    static String decimal(double number) {
        return String.format(Locale.ROOT, "%,.1f", number).replace('-', '−');
    }

    private static String percentWhole(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }
}
