package io.github.hrindicators.core.records;

import io.github.hrindicators.core.ReferencePeriod;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accumulates daily OAMT doses of one period, one at a time, for WHO PRV.14 ({@link DoseResult}).
 *
 * <p>It keeps each distinct client's latest dose in the period: memory grows with distinct clients, never with the
 * number of doses. Of several doses on a client's latest day, the one counted is the last in the order phase
 * (induction, maintenance, tapering), dose, drug, site, so the choice never depends on the order of the rows. Doses
 * outside the period are counted ({@link #rowsOutsidePeriod()}) and otherwise ignored.
 *
 * <p>Accumulators merge: doses split into parts in any way, accumulated apart and merged, give exactly the result of
 * the whole. An accumulator does no I/O and is not thread-safe: give each thread its own and merge them.
 */
public final class DoseAccumulator {
    private static final Comparator<DoseRecord> LATEST = Comparator.comparing(DoseRecord::date)
            .thenComparing(DoseRecord::phase)
            .thenComparingDouble(DoseRecord::milligrams)
            .thenComparing(DoseRecord::drug)
            .thenComparing(DoseRecord::site);

    private final ReferencePeriod period;
    private final RecordContext context;
    private final Map<Uic, DoseRecord> latest = new HashMap<>();
    private long rows;
    private long rowsOutsidePeriod;

    private DoseAccumulator(ReferencePeriod period, RecordContext context) {
        this.period = period;
        this.context = context;
    }

    /**
     * An empty accumulator.
     *
     * @param period the period
     * @param context the client and site tables
     * @return the accumulator
     * @throws NullPointerException if an argument is null
     */
    public static DoseAccumulator of(ReferencePeriod period, RecordContext context) {
        return new DoseAccumulator(Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(context, "context"));
    }

    /**
     * An empty accumulator of the same period and context: for a part of the doses read on another thread, to be
     * merged into this one.
     *
     * @return the accumulator
     */
    public DoseAccumulator newPart() {
        return new DoseAccumulator(period, context);
    }

    /**
     * Adds a dose.
     *
     * @param dose the dose
     * @throws NullPointerException if {@code dose} is null
     */
    public void add(DoseRecord dose) {
        rows++;
        if (dose.date().isBefore(period.start()) || dose.date().isAfter(period.end())) {
            rowsOutsidePeriod++;
            return;
        }
        latest.merge(dose.uic(), dose, DoseAccumulator::later);
    }

    private static DoseRecord later(DoseRecord a, DoseRecord b) {
        return LATEST.compare(a, b) >= 0 ? a : b;
    }

    /**
     * Adds the doses of another accumulator of the same period and context to this one.
     *
     * @param other the other accumulator, left as it is
     * @return this accumulator
     * @throws IllegalArgumentException if the period or the context differ
     * @throws NullPointerException if {@code other} is null
     */
    public DoseAccumulator merge(DoseAccumulator other) {
        RecordChecks.mergeable(period, Objects.requireNonNull(other, "other").period, context, other.context,
                "periods");
        rows += other.rows;
        rowsOutsidePeriod += other.rowsOutsidePeriod;
        other.latest.forEach((uic, d) -> latest.merge(uic, d, DoseAccumulator::later));
        return this;
    }

    /**
     * The doses added, inside the period or not.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * The doses added that fall outside the period.
     *
     * @return the count
     */
    public long rowsOutsidePeriod() {
        return rowsOutsidePeriod;
    }

    /**
     * The PRV.14 result of the doses added so far.
     *
     * @return the result
     */
    public DoseResult result() {
        Breakdown.Builder maintenance = Breakdown.Builder.distinctClients(context, period.end());
        Breakdown.Builder adequate = Breakdown.Builder.distinctClients(context, period.end());
        EnumMap<Drug, Long> maintenanceByDrug = new EnumMap<>(Drug.class);
        EnumMap<Drug, Long> adequateByDrug = new EnumMap<>(Drug.class);
        EnumMap<DosePhase, Long> latestByPhase = new EnumMap<>(DosePhase.class);
        long noMinimum = 0;
        for (Map.Entry<Uic, DoseRecord> e : latest.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            DoseRecord d = e.getValue();
            latestByPhase.merge(d.phase(), 1L, Long::sum);
            if (d.phase() != DosePhase.MAINTENANCE) {
                continue;
            }
            if (d.drug().minimumMaintenanceMilligrams().isEmpty()) {
                noMinimum++;
                continue;
            }
            List<Place> at = List.of(context.place(d.site(), Optional.empty(), Optional.empty()));
            maintenance.addClient(e.getKey(), at);
            maintenanceByDrug.merge(d.drug(), 1L, Long::sum);
            if (d.meetsMinimum()) {
                adequate.addClient(e.getKey(), at);
                adequateByDrug.merge(d.drug(), 1L, Long::sum);
            }
        }
        return new DoseResult(period, rows, rowsOutsidePeriod, maintenance.build(), adequate.build(),
                maintenanceByDrug, adequateByDrug, latestByPhase, noMinimum);
    }
}
