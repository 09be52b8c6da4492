package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Subgroup;
import java.util.List;

/**
 * Chooses which figures feed an indicator for a year: figures whose period covers the year first; otherwise, for
 * population estimates only ({@link Measure#isPopulationEstimate()}: PWID size, opioid-dependent PWID, people living
 * with HIV, PWID living with HIV; not a survey's design effect, which belongs to its survey), the nearest earlier figures within a horizon (default
 * {@value #DEFAULT_HORIZON_YEARS} years, the usual re-estimation cycle of size estimates). Counts and shares —
 * people on OST, registered cases, a published injecting share, a survey prevalence — describe their own period and
 * are never carried to another year: a 2014 share of new diagnoses is not a 2016 value, and a 2013 count of
 * injecting cases divided by a 2016 total is not a share. Later figures are never used for an earlier year. When several figures tie (sources
 * disagree), all are returned: the indicators give one result per alternative and never pick one silently.
 * Results flag inputs from other years with {@link WarningCode#MIXED_YEARS}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InputSelector {
    /** The default horizon: 5 years. */
    public static final int DEFAULT_HORIZON_YEARS = 5;

    private static final InputSelector DEFAULT = new InputSelector(DEFAULT_HORIZON_YEARS);

    private final int horizonYears;

    private InputSelector(int horizonYears) {
        this.horizonYears = horizonYears;
    }

    /**
     * The selector with the default horizon of {@value #DEFAULT_HORIZON_YEARS} years.
     *
     * @return the selector
     */
    public static InputSelector defaults() {
        return DEFAULT;
    }

    /**
     * A selector with another horizon.
     *
     * @param years how many years before the target year a figure may be, {@code >= 0} (0: same year only)
     * @return the selector
     * @throws IllegalArgumentException if {@code years < 0}
     */
    public static InputSelector withHorizon(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("Horizon is negative: " + years);
        }
        return new InputSelector(years);
    }

    /**
     * The horizon in years.
     *
     * @return the horizon
     */
    public int horizonYears() {
        return horizonYears;
    }

    /**
     * The figures of a measure to use for a year: those covering the year, or else, for a population estimate, the
     * nearest earlier ones within the horizon.
     *
     * @param data the dataset
     * @param measure the measure
     * @param area the area
     * @param subgroup the subgroup
     * @param year the target year
     * @return an unmodifiable list, empty if there is none; several figures are alternatives
     */
    public List<Observation> select(Dataset data, Measure measure, Area area, Subgroup subgroup, int year) {
        List<Observation> all = data.find(measure, area, subgroup);
        int best = Integer.MAX_VALUE;
        for (Observation o : all) {
            best = Math.min(best, distance(o, year));
        }
        if (best == Integer.MAX_VALUE) {
            return List.of();
        }
        int chosen = best;
        return all.stream().filter(o -> distance(o, year) == chosen).toList();
    }

    /**
     * Describes the years searched, for messages: {@code 2016 (population estimates: up to 5 years earlier)}.
     *
     * @param year the target year
     * @return the description
     */
    public String describe(int year) {
        return horizonYears == 0 ? Integer.toString(year)
                : year + " (population estimates: up to " + horizonYears + " year" + (horizonYears == 1 ? "" : "s")
                        + " earlier)";
    }

    private int distance(Observation o, int year) {
        if (o.period().coversYear(year)) {
            return 0;
        }
        if (!o.measure().isPopulationEstimate()) {
            return Integer.MAX_VALUE;
        }
        int gap = year - o.period().endYear();
        return gap > 0 && gap <= horizonYears ? gap : Integer.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "InputSelector[horizon " + horizonYears + " years]";
    }
}
