package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The OAMT indicators computed from episodes (WHO, <i>Consolidated guidelines on person-centred HIV strategic
 * information</i>, 2022):
 * <ul>
 * <li><b>PRV.11</b> numerator ({@link #onTreatmentAtCensus()}): people on treatment on the census date (an episode
 * covers it), disaggregated by the place of each episode that covers it, ages at the census date.</li>
 * <li><b>PRV.12</b> ({@link #personYears()}): person-years on treatment in the period, each client's days on
 * treatment counted once even where episodes overlap, each calendar year's days over that year's length; the days
 * themselves disaggregated in {@link #daysOnTreatment()}.</li>
 * <li><b>PRV.13</b> ({@link #retention(int, RetentionRule)}): retention at 6 and 12 months after each starter's
 * own start, by either {@link RetentionRule}, ages at the period's end.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OamtResult {
    static final int[] FOLLOW_UP_MONTHS = {6, 12};

    private final OamtSettings settings;
    private final long rows;
    private final Breakdown onTreatmentAtCensus;
    private final Map<Drug, Long> byDrugAtCensus;
    private final double personYears;
    private final Breakdown daysOnTreatment;
    private final Map<String, Retention> retention;

    OamtResult(OamtSettings settings, long rows, Breakdown onTreatmentAtCensus, EnumMap<Drug, Long> byDrugAtCensus,
            double personYears, Breakdown daysOnTreatment, Map<String, Retention> retention) {
        this.settings = settings;
        this.rows = rows;
        this.onTreatmentAtCensus = onTreatmentAtCensus;
        this.byDrugAtCensus = Collections.unmodifiableMap(new EnumMap<>(byDrugAtCensus));
        this.personYears = personYears;
        this.daysOnTreatment = daysOnTreatment;
        this.retention = Collections.unmodifiableMap(new HashMap<>(retention));
    }

    static String key(int months, RetentionRule rule) {
        return months + " " + rule.name();
    }

    /**
     * The settings.
     *
     * @return the settings
     */
    public OamtSettings settings() {
        return settings;
    }

    /**
     * The episodes read, or built from doses ({@link DispensingAccumulator}).
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * PRV.11: people on treatment on the census date.
     *
     * @return the breakdown
     */
    public Breakdown onTreatmentAtCensus() {
        return onTreatmentAtCensus;
    }

    /**
     * People on treatment on the census date by drug (a client on two drugs that day counts under the first in
     * {@link Drug}'s order).
     *
     * @return an unmodifiable map; drugs with nobody left out
     */
    public Map<Drug, Long> byDrugAtCensus() {
        return byDrugAtCensus;
    }

    /**
     * PRV.12: person-years on treatment in the period.
     *
     * @return the person-years, {@code >= 0}
     */
    public double personYears() {
        return personYears;
    }

    /**
     * The days on treatment in the period behind PRV.12, disaggregated: by the client's gender and age at the
     * period's end, and by place. A day is counted once for a client; a day that two of the client's episodes cover
     * counts at the place of the one that started first (the earlier end, then the place, on a tie), so that the
     * places add up to the total. For a period of one calendar year, a subgroup's person-years are its days over the
     * year's length.
     *
     * @return the days
     */
    public Breakdown daysOnTreatment() {
        return daysOnTreatment;
    }

    /**
     * PRV.13: retention at a follow-up.
     *
     * @param months 6 or 12
     * @param rule the rule
     * @return the retention
     * @throws IllegalArgumentException if {@code months} is neither 6 nor 12
     * @throws NullPointerException if {@code rule} is null
     */
    public Retention retention(int months, RetentionRule rule) {
        Retention r = retention.get(key(months, Objects.requireNonNull(rule, "rule")));
        if (r == null) {
            throw new IllegalArgumentException("Retention is computed at 6 and 12 months, not at " + months);
        }
        return r;
    }

    /**
     * The figures of this result: {@link Measure#OST_CLIENTS} at the census date (PRV.11; national, by subgroup
     * and by area), {@link RecordMeasures#OAMT_PERSON_YEARS} for the period, and the starters and retained at 6 and
     * 12 months ({@link RetentionRule#ON_TREATMENT_AT_DATE}) for the period.
     *
     * @param country the national area
     * @param source where the figures come from
     * @return the figures
     * @throws NullPointerException if an argument is null
     */
    public List<Observation> toFigures(Area country, Source source) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
        List<Observation> out = new ArrayList<>(Figures.of(Measure.OST_CLIENTS, onTreatmentAtCensus,
                ReferencePeriod.asOf(settings.census()), country, source));
        ReferencePeriod p = settings.period();
        out.add(Observation.of(RecordMeasures.OAMT_PERSON_YEARS, Estimate.of(personYears), p, country, source));
        Retention six = retention(6, RetentionRule.ON_TREATMENT_AT_DATE);
        Retention twelve = retention(12, RetentionRule.ON_TREATMENT_AT_DATE);
        out.addAll(Figures.of(RecordMeasures.OAMT_STARTERS_6_MONTHS, six.cohort(), p, country, source));
        out.addAll(Figures.of(RecordMeasures.OAMT_RETAINED_6_MONTHS, six.retained(), p, country, source));
        out.addAll(Figures.of(RecordMeasures.OAMT_STARTERS_12_MONTHS, twelve.cohort(), p, country, source));
        out.addAll(Figures.of(RecordMeasures.OAMT_RETAINED_12_MONTHS, twelve.retained(), p, country, source));
        return out;
    }

    /** Every component, in order: what equality compares. */
    private java.util.List<Object> components() {
        return java.util.Arrays.asList(settings, rows, onTreatmentAtCensus, byDrugAtCensus, personYears, daysOnTreatment,
                retention);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OamtResult o && o.components().equals(components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "OAMT: on treatment " + settings.census() + " " + onTreatmentAtCensus.total() + ", person-years "
                + settings.period() + " " + personYears + ", "
                + retention(6, RetentionRule.ON_TREATMENT_AT_DATE) + ", "
                + retention(12, RetentionRule.ON_TREATMENT_AT_DATE);
    }
}
