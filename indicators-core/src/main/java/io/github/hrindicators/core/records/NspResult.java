package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The NSP indicators of one period computed from client-level contacts (WHO, <i>Consolidated guidelines on
 * person-centred HIV strategic information</i>, 2022; Global Fund modular framework, KP-4):
 * <ul>
 * <li><b>PRV.8</b> numerator ({@link #reached()}): distinct clients given at least one needle-syringe in the period.
 * The denominator is the PWID size estimate, or the clients with any contact ({@link #served()}), the variant WHO
 * allows.</li>
 * <li><b>PRV.9</b>, both forms, among clients with any contact: {@link #regularEvery30Days()}, a contact in every
 * 30-day window of the period (no run of 30 or more days without one, counted from the period's first day to its
 * last, so a client who starts late or stops early is not regular); {@link #regularMonthlyAverage()}, contact days
 * at least the number of calendar months of the period (12 in a year). Several contacts on one day are one
 * contact.</li>
 * <li><b>PRV.10</b> numerator ({@link #needlesSyringes()}): needles-syringes given in the period, a sum that adds up
 * across every disaggregation; <b>KP-4</b> ({@link #needlesSyringesPerClientReached()}) divides it by the clients
 * reached.</li>
 * </ul>
 * Ages are at the period's last day.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NspResult {
    /** The length of the windows of PRV.9's first form, in days. */
    public static final int WINDOW_DAYS = 30;

    private final ReferencePeriod period;
    private final long rows;
    private final long rowsOutsidePeriod;
    private final Breakdown reached;
    private final Breakdown served;
    private final Breakdown regularEvery30Days;
    private final Breakdown regularMonthlyAverage;
    private final Breakdown needlesSyringes;

    NspResult(ReferencePeriod period, long rows, long rowsOutsidePeriod, Breakdown reached, Breakdown served,
            Breakdown regularEvery30Days, Breakdown regularMonthlyAverage, Breakdown needlesSyringes) {
        this.period = period;
        this.rows = rows;
        this.rowsOutsidePeriod = rowsOutsidePeriod;
        this.reached = reached;
        this.served = served;
        this.regularEvery30Days = regularEvery30Days;
        this.regularMonthlyAverage = regularMonthlyAverage;
        this.needlesSyringes = needlesSyringes;
    }

    static long months(ReferencePeriod period) {
        return ChronoUnit.MONTHS.between(period.start(), period.end().plusDays(1));
    }

    /**
     * The period.
     *
     * @return the period
     */
    public ReferencePeriod period() {
        return period;
    }

    /**
     * The contacts read, inside the period or not.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The contacts outside the period, ignored.
     *
     * @return the count
     */
    public long rowsOutsidePeriod() {
        return rowsOutsidePeriod;
    }

    /**
     * The calendar months of the period: the contact days PRV.9's second form asks for.
     *
     * @return the months, {@code >= 1}
     */
    public long months() {
        return months(period);
    }

    /**
     * PRV.8: distinct clients given needles-syringes in the period.
     *
     * @return the breakdown
     */
    public Breakdown reached() {
        return reached;
    }

    /**
     * Distinct clients with any contact in the period (the "PWID accessing the service" denominator of PRV.8 and
     * PRV.9).
     *
     * @return the breakdown
     */
    public Breakdown served() {
        return served;
    }

    /**
     * PRV.9, first form: clients with a contact in every 30-day window of the period.
     *
     * @return the breakdown
     */
    public Breakdown regularEvery30Days() {
        return regularEvery30Days;
    }

    /**
     * PRV.9, second form: clients with at least one contact per month of the period on average.
     *
     * @return the breakdown
     */
    public Breakdown regularMonthlyAverage() {
        return regularMonthlyAverage;
    }

    /**
     * PRV.10 numerator: needles-syringes given in the period.
     *
     * @return the breakdown (a sum)
     */
    public Breakdown needlesSyringes() {
        return needlesSyringes;
    }

    /**
     * KP-4: needles-syringes given per client reached in the period.
     *
     * @return needles-syringes / clients reached, or empty if no client was reached
     */
    public OptionalDouble needlesSyringesPerClientReached() {
        return reached.total() == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) needlesSyringes.total() / reached.total());
    }

    /**
     * The figures of this result, for the catalogue's indicators: {@link Measure#NSP_CLIENTS} (PRV.8),
     * {@link Measure#NEEDLES_SYRINGES_DISTRIBUTED} (PRV.10), {@link RecordMeasures#NSP_CLIENTS_SERVED} and both
     * PRV.9 forms, each as a national total, one figure per gender, age band, provider type and setting, and one per
     * area (an area without a parent is placed within {@code country}).
     *
     * @param country the national area
     * @param source where the figures come from, such as {@link RecordSource#citation(List)}
     * @return the figures
     * @throws NullPointerException if an argument is null
     */
    public List<Observation> toFigures(Area country, Source source) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
        List<Observation> out = new ArrayList<>();
        out.addAll(Figures.of(Measure.NSP_CLIENTS, reached, period, country, source));
        out.addAll(Figures.of(Measure.NEEDLES_SYRINGES_DISTRIBUTED, needlesSyringes, period, country, source));
        out.addAll(Figures.of(RecordMeasures.NSP_CLIENTS_SERVED, served, period, country, source));
        out.addAll(Figures.of(RecordMeasures.NSP_REGULAR_EVERY_30_DAYS, regularEvery30Days, period, country, source));
        out.addAll(Figures.of(RecordMeasures.NSP_REGULAR_MONTHLY_AVERAGE, regularMonthlyAverage, period, country,
                source));
        return out;
    }

    /** Every component, in order: what equality compares. */
    private java.util.List<Object> components() {
        return java.util.Arrays.asList(period, rows, rowsOutsidePeriod, reached, served, regularEvery30Days, regularMonthlyAverage, needlesSyringes);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NspResult o && o.components().equals(components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "NSP " + period + ": reached " + reached.total() + ", served " + served.total()
                + ", regular (every 30 days) " + regularEvery30Days.total() + ", regular (monthly average) "
                + regularMonthlyAverage.total() + ", needles-syringes " + needlesSyringes.total();
    }
}
