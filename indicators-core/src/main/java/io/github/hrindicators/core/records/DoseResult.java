package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * WHO PRV.14, minimum maintenance dose (<i>Consolidated guidelines on person-centred HIV strategic information</i>,
 * 2022): of the people whose latest dose in the period is a maintenance dose of methadone or buprenorphine
 * ({@link #onMaintenance()}), those whose dose is at least the minimum, 60 mg of methadone or 8 mg of
 * buprenorphine ({@link #adequate()}). People whose latest dose is an induction or tapering dose are in neither the
 * numerator nor the denominator; nor are people on another drug, for which PRV.14 sets no minimum
 * ({@link #maintenanceWithoutMinimum()}). A person whose induction at 30 mg is followed by maintenance at 60 mg
 * counts, with the maintenance dose. Disaggregated by the site of the dose counted; ages at the period's end.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DoseResult {
    private final ReferencePeriod period;
    private final long rows;
    private final long rowsOutsidePeriod;
    private final Breakdown onMaintenance;
    private final Breakdown adequate;
    private final Map<Drug, Long> onMaintenanceByDrug;
    private final Map<Drug, Long> adequateByDrug;
    private final Map<DosePhase, Long> latestByPhase;
    private final long maintenanceWithoutMinimum;

    DoseResult(ReferencePeriod period, long rows, long rowsOutsidePeriod, Breakdown onMaintenance, Breakdown adequate,
            EnumMap<Drug, Long> onMaintenanceByDrug, EnumMap<Drug, Long> adequateByDrug,
            EnumMap<DosePhase, Long> latestByPhase, long maintenanceWithoutMinimum) {
        this.period = period;
        this.rows = rows;
        this.rowsOutsidePeriod = rowsOutsidePeriod;
        this.onMaintenance = onMaintenance;
        this.adequate = adequate;
        this.onMaintenanceByDrug = Collections.unmodifiableMap(new EnumMap<>(onMaintenanceByDrug));
        this.adequateByDrug = Collections.unmodifiableMap(new EnumMap<>(adequateByDrug));
        this.latestByPhase = Collections.unmodifiableMap(new EnumMap<>(latestByPhase));
        this.maintenanceWithoutMinimum = maintenanceWithoutMinimum;
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
     * The doses read, inside the period or not.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The doses outside the period, ignored.
     *
     * @return the count
     */
    public long rowsOutsidePeriod() {
        return rowsOutsidePeriod;
    }

    /**
     * The denominator: people on a maintenance dose of methadone or buprenorphine.
     *
     * @return the breakdown
     */
    public Breakdown onMaintenance() {
        return onMaintenance;
    }

    /**
     * The numerator: of those, people on at least the minimum dose.
     *
     * @return the breakdown
     */
    public Breakdown adequate() {
        return adequate;
    }

    /**
     * The denominator by drug.
     *
     * @return an unmodifiable map
     */
    public Map<Drug, Long> onMaintenanceByDrug() {
        return onMaintenanceByDrug;
    }

    /**
     * The numerator by drug.
     *
     * @return an unmodifiable map
     */
    public Map<Drug, Long> adequateByDrug() {
        return adequateByDrug;
    }

    /**
     * Every client with a dose in the period, by the phase of their latest dose: the induction and tapering counts
     * are the people excluded.
     *
     * @return an unmodifiable map
     */
    public Map<DosePhase, Long> latestByPhase() {
        return latestByPhase;
    }

    /**
     * People on a maintenance dose of a drug without a PRV.14 minimum, excluded.
     *
     * @return the count
     */
    public long maintenanceWithoutMinimum() {
        return maintenanceWithoutMinimum;
    }

    /**
     * PRV.14 as a share.
     *
     * @return adequate / on maintenance, or empty if nobody is on a maintenance dose
     */
    public Optional<Proportion> share() {
        return onMaintenance.total() == 0 ? Optional.empty()
                : Optional.of(Proportion.of(Count.of(adequate.total()), Count.of(onMaintenance.total())));
    }

    /**
     * The figures: {@link RecordMeasures#OAMT_MAINTENANCE_DOSE} and {@link RecordMeasures#OAMT_ADEQUATE_DOSE}, each
     * national, by subgroup and by area.
     *
     * @param country the national area
     * @param source where the figures come from
     * @return the figures
     * @throws NullPointerException if an argument is null
     */
    public List<Observation> toFigures(Area country, Source source) {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(source, "source");
        List<Observation> out = new ArrayList<>(Figures.of(RecordMeasures.OAMT_MAINTENANCE_DOSE, onMaintenance,
                period, country, source));
        out.addAll(Figures.of(RecordMeasures.OAMT_ADEQUATE_DOSE, adequate, period, country, source));
        return out;
    }

    /** Every component, in order: what equality compares. */
    private java.util.List<Object> components() {
        return java.util.Arrays.asList(period, rows, rowsOutsidePeriod, onMaintenance, adequate, onMaintenanceByDrug, adequateByDrug, latestByPhase, maintenanceWithoutMinimum);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DoseResult o && o.components().equals(components());
    }

    @Override
    public int hashCode() {
        return components().hashCode();
    }

    @Override
    public String toString() {
        return "PRV.14 " + period + ": " + adequate.total() + " of " + onMaintenance.total()
                + " on a maintenance dose at or above the minimum";
    }
}
