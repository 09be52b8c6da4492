package io.github.hrindicators.core.records;

import io.github.hrindicators.core.ReferencePeriod;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates the OAMT indicators are computed for: the period of PRV.12 (person-years), the census date of PRV.11
 * (people on treatment), the recruitment window of PRV.13 (retention) and the last day the records are complete to,
 * so that a starter whose 6- or 12-month date comes later is not counted as lost ("not yet due").
 *
 * @param period the period of person-years: a year, month or span of years
 * @param census the census date
 * @param recruitmentStart the first day of the recruitment window
 * @param recruitmentEnd the last day of the recruitment window, not before its first
 * @param followUpEnd the last day the records are complete to
 */
public record OamtSettings(ReferencePeriod period, LocalDate census, LocalDate recruitmentStart,
        LocalDate recruitmentEnd, LocalDate followUpEnd) {
    /**
     * Validates the settings.
     *
     * @param period as in the record description
     * @param census as in the record description
     * @param recruitmentStart as in the record description
     * @param recruitmentEnd as in the record description
     * @param followUpEnd as in the record description
     * @throws IllegalArgumentException if the period is a single date or the recruitment window ends before it
     *     starts
     * @throws NullPointerException if an argument is null
     */
    public OamtSettings {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(census, "census");
        Objects.requireNonNull(recruitmentStart, "recruitmentStart");
        Objects.requireNonNull(recruitmentEnd, "recruitmentEnd");
        Objects.requireNonNull(followUpEnd, "followUpEnd");
        if (period.kind() == ReferencePeriod.Kind.DATE) {
            throw new IllegalArgumentException("Person-years need a period of a month or more, not a date: "
                    + period);
        }
        if (recruitmentEnd.isBefore(recruitmentStart)) {
            throw new IllegalArgumentException("Recruitment window ends before it starts: " + recruitmentStart
                    + " to " + recruitmentEnd);
        }
    }

    /**
     * The usual settings for a reporting year: person-years in the year, census on its last day, recruitment in
     * the year before, follow-up to the year's last day (so every starter is due at 6 and 12 months).
     *
     * @param year the reporting year, 1901 to 2999
     * @return the settings
     * @throws IllegalArgumentException if the year is out of range
     */
    public static OamtSettings forYear(int year) {
        ReferencePeriod p = ReferencePeriod.ofYear(year);
        ReferencePeriod before = ReferencePeriod.ofYear(year - 1);
        return new OamtSettings(p, p.end(), before.start(), before.end(), p.end());
    }
}
