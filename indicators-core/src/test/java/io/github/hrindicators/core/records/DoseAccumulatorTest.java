package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoseAccumulatorTest {
    static final ReferencePeriod Y2016 = ReferencePeriod.ofYear(2016);

    static DoseRecord dose(String uic, String date, Drug drug, double mg, DosePhase phase) {
        return new DoseRecord(Uic.of(uic), LocalDate.parse(date), "S1", drug, mg, phase);
    }

    static DoseResult eightClients() {
        DoseAccumulator acc = DoseAccumulator.of(Y2016, RecordContext.empty());
        // A: a dose change from induction (30 mg) to maintenance (80 mg): counted, with 80 mg ≥ 60
        acc.add(dose("A", "2016-02-20", Drug.METHADONE, 80, DosePhase.MAINTENANCE));
        acc.add(dose("A", "2016-02-01", Drug.METHADONE, 30, DosePhase.INDUCTION));
        // B: maintenance at 50 mg < 60: in the denominator only
        acc.add(dose("B", "2016-05-01", Drug.METHADONE, 50, DosePhase.MAINTENANCE));
        // C: buprenorphine maintenance at exactly 8 mg: adequate
        acc.add(dose("C", "2016-05-01", Drug.BUPRENORPHINE, 8, DosePhase.MAINTENANCE));
        // D: maintenance 70 mg, then tapering: latest is tapering → excluded from both
        acc.add(dose("D", "2016-06-01", Drug.METHADONE, 70, DosePhase.MAINTENANCE));
        acc.add(dose("D", "2016-11-01", Drug.METHADONE, 20, DosePhase.TAPERING));
        // E: induction only → excluded from both
        acc.add(dose("E", "2016-12-30", Drug.METHADONE, 20, DosePhase.INDUCTION));
        // F: another drug: no PRV.14 minimum → excluded
        acc.add(dose("F", "2016-03-01", Drug.OTHER, 100, DosePhase.MAINTENANCE));
        // G: only a dose of 2015 → outside the period
        acc.add(dose("G", "2015-12-31", Drug.METHADONE, 60, DosePhase.MAINTENANCE));
        // H: two maintenance doses on one day, 40 and 65 mg: the higher, last in order, is counted
        acc.add(dose("H", "2016-03-01", Drug.METHADONE, 65, DosePhase.MAINTENANCE));
        acc.add(dose("H", "2016-03-01", Drug.METHADONE, 40, DosePhase.MAINTENANCE));
        return acc.result();
    }

    @Test
    void minimumDoseAmongPeopleOnMaintenance() {
        DoseResult r = eightClients();
        // hand: denominator A, B, C, H = 4; numerator A (80), C (8), H (65) = 3
        assertThat(r.onMaintenance().total()).isEqualTo(4);
        assertThat(r.adequate().total()).isEqualTo(3);
        assertThat(r.share()).contains(Proportion.of(Count.of(3), Count.of(4)));
        assertThat(r.onMaintenanceByDrug()).containsExactly(entry(Drug.METHADONE, 3L), entry(Drug.BUPRENORPHINE, 1L));
        assertThat(r.adequateByDrug()).containsExactly(entry(Drug.METHADONE, 2L), entry(Drug.BUPRENORPHINE, 1L));
        // hand: latest phases: maintenance A, B, C, F, H; induction E; tapering D
        assertThat(r.latestByPhase()).containsExactly(entry(DosePhase.INDUCTION, 1L),
                entry(DosePhase.MAINTENANCE, 5L), entry(DosePhase.TAPERING, 1L));
        assertThat(r.maintenanceWithoutMinimum()).isEqualTo(1);
        assertThat(r.rows()).isEqualTo(11); // hand: A 2, B 1, C 1, D 2, E 1, F 1, G 1, H 2
        assertThat(r.rowsOutsidePeriod()).isEqualTo(1);
        assertThat(r.onMaintenance().bySite()).containsExactly(entry("S1", 4L));
        assertThat(r).hasToString("PRV.14 2016: 3 of 4 on a maintenance dose at or above the minimum");
    }

    @Test
    void figuresAndEmptyResults() {
        Source src = Source.of("computed from doses.csv, 11 rows, 0 rejected");
        assertThat(eightClients().toFigures(Area.of("Kyrgyzstan"), src)).contains(
                Observation.of(RecordMeasures.OAMT_MAINTENANCE_DOSE, Count.of(4), Y2016, Area.of("Kyrgyzstan"), src),
                Observation.of(RecordMeasures.OAMT_ADEQUATE_DOSE, Count.of(3), Y2016, Area.of("Kyrgyzstan"), src));
        assertThat(DoseAccumulator.of(Y2016, RecordContext.empty()).result().share()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DoseAccumulator.of(Y2016, RecordContext.empty())
                .merge(DoseAccumulator.of(ReferencePeriod.ofYear(2017), RecordContext.empty())));
    }

    @Test
    void drugMinimums() {
        // WHO PRV.14: methadone ≥ 60 mg, buprenorphine ≥ 8 mg
        assertThat(dose("X", "2016-01-01", Drug.METHADONE, 59.9, DosePhase.MAINTENANCE).meetsMinimum()).isFalse();
        assertThat(dose("X", "2016-01-01", Drug.METHADONE, 60, DosePhase.MAINTENANCE).meetsMinimum()).isTrue();
        assertThat(dose("X", "2016-01-01", Drug.BUPRENORPHINE, 7.5, DosePhase.MAINTENANCE).meetsMinimum()).isFalse();
        assertThat(dose("X", "2016-01-01", Drug.OTHER, 1000, DosePhase.MAINTENANCE).meetsMinimum()).isFalse();
        assertThat(List.of(Drug.values()).stream().map(d -> d.minimumMaintenanceMilligrams().orElse(-1)))
                .containsExactly(60.0, 8.0, -1.0);
    }
}
