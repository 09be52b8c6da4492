package io.github.hrindicators.core.reconcile;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator value a country reported, such as Kyrgyzstan's OST coverage of 4.8 % for 2016 in UNAIDS Global AIDS
 * Monitoring: the indicator's id (as in {@link io.github.hrindicators.core.indicator.IndicatorDefinition#id()}),
 * the value in the indicator's unit, the number of decimals it was published with, its year, area and source, and
 * the country's note on the denominator where it gave one.
 *
 * <p>The published precision decides what counts as a rounding difference ({@link #roundingTolerance()}): a value
 * published with d decimals stands for anything within half a unit of its last decimal, {@code 0.5 × 10^−d}, in
 * the unit it was published in (percentage points for proportions, needles-syringes per PWID per year for rates).
 *
 * @param indicatorId the indicator's id, not blank, such as {@code ost_coverage}
 * @param value the value: a {@link Proportion} for a share, a {@link Rate} for an amount per person per year, an
 *     {@link Estimate} for people or people per site
 * @param decimals the number of decimals the value was published with, 0 to 15
 * @param year the calendar year, 1900 to 2999
 * @param area the area
 * @param source the source of the reported value
 * @param denominatorNote the country's note on the denominator, if it gave one
 */
public record ReportedValue(String indicatorId, Quantity value, int decimals, int year, Area area, Source source,
        Optional<String> denominatorNote) {

    /**
     * Validates the reported value.
     *
     * @param indicatorId as in the record description
     * @param value as in the record description
     * @param decimals as in the record description
     * @param year as in the record description
     * @param area as in the record description
     * @param source as in the record description
     * @param denominatorNote as in the record description
     * @throws IllegalArgumentException if the id is blank, the value is a count, or the decimals or year are out of
     *     range
     * @throws NullPointerException if an argument is null
     */
    public ReportedValue {
        if (Objects.requireNonNull(indicatorId, "indicatorId").isBlank()) {
            throw new IllegalArgumentException("Reported indicator id is blank");
        }
        indicatorId = indicatorId.strip();
        Objects.requireNonNull(value, "value");
        if (value instanceof io.github.hrindicators.core.Count) {
            throw new IllegalArgumentException("Reported value of " + indicatorId + " is a count, not an indicator "
                    + "value: " + value);
        }
        if (!(decimals >= 0 && decimals <= 15)) {
            throw new IllegalArgumentException("Decimals are not within 0-15: " + decimals);
        }
        if (!(year >= 1900 && year <= 2999)) {
            throw new IllegalArgumentException("Year is not within 1900-2999: " + year);
        }
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(denominatorNote, "denominatorNote");
    }

    /**
     * A reported value from its published text, in the unit it is published in: percent for a proportion
     * ({@code "4.8"} for 4.8 %), the amount for the other units ({@code "152.827"}). The number of decimals is read
     * from the text, so {@code "151.0"} has one and {@code "151"} none.
     *
     * @param indicatorId the indicator's id
     * @param unit the indicator's unit
     * @param published the value as published, a plain decimal number
     * @param year the year
     * @param area the area
     * @param source the source
     * @param denominatorNote the country's note on the denominator; blank for none
     * @return the reported value
     * @throws IllegalArgumentException if the text is not a plain decimal number, is out of the unit's range
     *     (a percent above 100, a negative value), or another argument is invalid as for the record
     * @throws NullPointerException if an argument is null
     */
    public static ReportedValue parse(String indicatorId, ResultUnit unit, String published, int year, Area area,
            Source source, String denominatorNote) {
        Objects.requireNonNull(unit, "unit");
        String text = Objects.requireNonNull(published, "published").strip();
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Reported value is not a decimal number: '" + published + "'", e);
        }
        if (text.contains("e") || text.contains("E")) {
            throw new IllegalArgumentException("Reported value is not a plain decimal number: '" + published + "'");
        }
        double v = number.doubleValue();
        Quantity value;
        switch (unit) {
            case PROPORTION:
                value = Proportion.ofPercent(v);
                break;
            case PER_PERSON_PER_YEAR:
                value = Rate.perPersonPerYear(v);
                break;
            default:
                if (!(v >= 0)) {
                    throw new IllegalArgumentException("Reported number of people is negative: " + text);
                }
                value = Estimate.of(v);
                break;
        }
        String note = Objects.requireNonNull(denominatorNote, "denominatorNote").strip();
        return new ReportedValue(indicatorId, value, Math.max(0, number.scale()), year, area, source,
                note.isEmpty() ? Optional.empty() : Optional.of(note));
    }

    /**
     * The value in the unit it was published in: percent for a proportion, otherwise the amount.
     *
     * @return the published number
     */
    public double publishedNumber() {
        return inPublishedUnit(value);
    }

    /**
     * Half a unit of the last published decimal, {@code 0.5 × 10^−decimals}, in the published unit: values that
     * differ by no more than this are equal up to rounding.
     *
     * @return the tolerance, such as 0.05 for one decimal
     */
    public double roundingTolerance() {
        return 0.5 * Math.pow(10, -decimals);
    }

    /** A quantity in the unit reported values are published in: percent for proportions, otherwise the amount. */
    static double inPublishedUnit(Quantity q) {
        return q instanceof Proportion p ? p.toPercent() : q.doubleValue();
    }
}
