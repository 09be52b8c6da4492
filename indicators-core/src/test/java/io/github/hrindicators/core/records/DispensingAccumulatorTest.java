package io.github.hrindicators.core.records;

import static io.github.hrindicators.core.records.OamtAccumulatorTest.BISHKEK;
import static io.github.hrindicators.core.records.OamtAccumulatorTest.KG;
import static io.github.hrindicators.core.records.OamtAccumulatorTest.OSH;
import static io.github.hrindicators.core.records.OamtAccumulatorTest.context;
import static io.github.hrindicators.core.records.OamtAccumulatorTest.ended;
import static io.github.hrindicators.core.records.OamtAccumulatorTest.ongoing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Episodes built from doses. Unless a test says otherwise: reporting year 2016 ({@link OamtSettings#forYear}: census
 * and follow-up end 2016-12-31, person-years in 2016, starters in 2015), longest gap 3 days, so the window starts on
 * 2015-01-01 − 3 days = 2014-12-29; sites S1 (Bishkek), S2 (Osh), S3 (Bishkek, prison) of
 * {@link OamtAccumulatorTest#context()}.
 */
class DispensingAccumulatorTest {
    static final OamtSettings Y2016 = OamtSettings.forYear(2016);

    static DispensingAccumulator gap3() {
        return DispensingAccumulator.of(Y2016, context(), 3);
    }

    /** Methadone doses of a client at a site from {@code from} every {@code step} days to {@code to} at the latest. */
    static List<DoseRecord> doses(String uic, String site, Drug drug, String from, String to, int step) {
        List<DoseRecord> out = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(step)) {
            out.add(new DoseRecord(Uic.of(uic), d, site, drug, 60, DosePhase.MAINTENANCE));
        }
        return out;
    }

    static List<DoseRecord> daily(String uic, String site, String from, String to) {
        return doses(uic, site, Drug.METHADONE, from, to, 1);
    }

    static DispensingAccumulator fed(List<DoseRecord> rows) {
        DispensingAccumulator acc = gap3();
        rows.forEach(acc::add);
        return acc;
    }

    static OamtResult fromEpisodes(OamtEpisode... episodes) {
        OamtAccumulator acc = OamtAccumulator.of(Y2016, context());
        for (OamtEpisode e : episodes) {
            acc.add(e);
        }
        return acc.result();
    }

    static List<DoseRecord> concat(List<List<DoseRecord>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    /** At 6 and 12 months, on treatment at the date: one starter, at S1, not retained. */
    static void oneStarterAtS1NotRetained(OamtResult r) {
        for (int months : new int[] {6, 12}) {
            Retention t = r.retention(months, RetentionRule.ON_TREATMENT_AT_DATE);
            assertThat(t.cohort().total()).isEqualTo(1);
            assertThat(t.cohort().bySite()).containsExactly(entry("S1", 1L));
            assertThat(t.retained().total()).isZero();
        }
    }

    @Test
    void aGapOfExactlyMaxGapDaysKeepsTheEpisodeOneDayMoreCutsIt() {
        DispensingAccumulator acc = fed(concat(List.of(
                // A: no dose on 03-02, 03-03, 03-04 = 3 days = the longest gap → one episode 03-01..03-05
                daily("A", "S1", "2016-03-01", "2016-03-01"), daily("A", "S1", "2016-03-05", "2016-03-05"),
                // B: no dose on 03-02..03-05 = 4 days → two episodes, 03-01 and 03-06
                daily("B", "S1", "2016-03-01", "2016-03-01"), daily("B", "S1", "2016-03-06", "2016-03-06"))));
        OamtResult r = acc.result();
        // hand: 1 + 2 episodes, all ended (2016-12-31 is far more than 3 days after their last dose)
        assertThat(r.rows()).isEqualTo(3);
        assertThat(r).isEqualTo(fromEpisodes(ended("A", "S1", BISHKEK, "2016-03-01", "2016-03-05"),
                ended("B", "S1", BISHKEK, "2016-03-01", "2016-03-01"),
                ended("B", "S1", BISHKEK, "2016-03-06", "2016-03-06")));
        // hand: A 5 days (03-01..03-05), B 1 + 1 days → 7 days of 2016's 366
        assertThat(r.personYears()).isCloseTo(7.0 / 366, within(1e-12));
        assertThat(r.onTreatmentAtCensus().total()).isZero();
        assertThat(acc.rows()).isEqualTo(4);
        assertThat(acc.rowsOutsideWindow()).isZero();
    }

    @Test
    void aClientAcrossThePeriodBoundaryStartsInTheRecruitmentWindow() {
        // C: daily 2015-12-20..2016-01-10: Dec 20..31 = 12 doses, Jan 1..10 = 10 → one episode, ended 2016-01-10
        DispensingAccumulator acc = fed(daily("C", "S1", "2015-12-20", "2016-01-10"));
        assertThat(acc.rows()).isEqualTo(22);
        OamtResult r = acc.result();
        assertThat(r).isEqualTo(fromEpisodes(ended("C", "S1", BISHKEK, "2015-12-20", "2016-01-10")));
        // hand: in 2016 only January 1..10 = 10 days
        assertThat(r.personYears()).isCloseTo(10.0 / 366, within(1e-12));
        // hand: started 2015-12-20, in the 2015 window; due 2016-06-20 and 2016-12-20, both on or before
        // 2016-12-31, and off treatment on both → in both cohorts, retained at neither
        oneStarterAtS1NotRetained(r);
    }

    @Test
    void aClientDosedFromBeforeTheWindowIsNotANewStarter() {
        DispensingAccumulator acc = fed(concat(List.of(
                // D: daily 2014-11-01..2015-02-28; before 2014-12-29: Nov 30 + Dec 1..28 = 58 doses outside the
                // window; inside: Dec 29..31 = 3, Jan 31, Feb 28 → 62; one episode reported from 2014-12-29
                daily("D", "S2", "2014-11-01", "2015-02-28"),
                // D also has a dose after the records' end → outside
                daily("D", "S2", "2017-01-01", "2017-01-01"),
                // D2: first dose ever on 2015-01-01, daily to 2015-02-28 → a starter of the 2015 window
                daily("D2", "S1", "2015-01-01", "2015-02-28"),
                // D3: one dose on 2014-12-29, then daily from 2015-01-01: no dose on 12-30, 12-31 = 2 days ≤ 3, so
                // one episode from 2014-12-29: not a starter (a window from 2015-01-01 would have made it one)
                daily("D3", "S1", "2014-12-29", "2014-12-29"), daily("D3", "S1", "2015-01-01", "2015-01-31"))));
        assertThat(acc.windowStart()).isEqualTo(LocalDate.of(2014, 12, 29));
        // hand: D 58 + 62 + 1, D2 31 + 28 = 59, D3 1 + 31 = 32 → 212 rows, 58 + 1 = 59 outside
        assertThat(acc.rows()).isEqualTo(212);
        assertThat(acc.rowsOutsideWindow()).isEqualTo(59);
        OamtResult r = acc.result();
        assertThat(r).isEqualTo(fromEpisodes(ended("D", "S2", OSH, "2014-12-29", "2015-02-28"),
                ended("D2", "S1", BISHKEK, "2015-01-01", "2015-02-28"),
                ended("D3", "S1", BISHKEK, "2014-12-29", "2015-01-31")));
        // hand: starters in 2015: D2 only; due 2015-07-01 and 2016-01-01, off treatment on both
        oneStarterAtS1NotRetained(r);
    }

    @Test
    void aClientWhoStopsAndRestarts() {
        DispensingAccumulator acc = fed(concat(List.of(
                // E: every other day 2015-03-01..2015-04-30 (day 0 to 60, 31 doses; 1 day off between: same episode)
                doses("E", "S1", Drug.METHADONE, "2015-03-01", "2015-04-30", 2),
                // then every other day from 2015-09-01: 2016-12-31 is day 122 + 365 = 487, odd, so the last dose is
                // 2016-12-30, 1 day before the records' end → ongoing
                doses("E", "S1", Drug.METHADONE, "2015-09-01", "2016-12-31", 2))));
        OamtResult r = acc.result();
        assertThat(r).isEqualTo(fromEpisodes(ended("E", "S1", BISHKEK, "2015-03-01", "2015-04-30"),
                ongoing("E", "S1", BISHKEK, "2015-09-01")));
        // hand: started 2015-03-01; 6-month date 2015-09-01 is the restart day, 12-month date 2016-03-01 in the
        // second episode: retained on the date at both, never without a break
        assertThat(r.retention(6, RetentionRule.ON_TREATMENT_AT_DATE).retained().total()).isEqualTo(1);
        assertThat(r.retention(12, RetentionRule.ON_TREATMENT_AT_DATE).retained().total()).isEqualTo(1);
        assertThat(r.retention(6, RetentionRule.CONTINUOUS).retained().total()).isZero();
        assertThat(r.retention(12, RetentionRule.CONTINUOUS).cohort().total()).isEqualTo(1);
        assertThat(r.retention(12, RetentionRule.CONTINUOUS).retained().total()).isZero();
        // hand: on treatment all of 2016 → 366 / 366 = 1 person-year; on treatment on 2016-12-31
        assertThat(r.personYears()).isCloseTo(1.0, within(1e-12));
        assertThat(r.onTreatmentAtCensus().total()).isEqualTo(1);
    }

    @Test
    void anEpisodeIsOngoingWhenItsLastDoseIsWithinMaxGapDaysOfTheRecordsEnd() {
        DispensingAccumulator acc = fed(concat(List.of(
                // F1: last dose 2016-12-28; no dose on 12-29, 12-30, 12-31 = 3 days → ongoing
                daily("F1", "S1", "2016-12-01", "2016-12-28"),
                // F2: last dose 2016-12-27; 12-28..12-31 = 4 days → ended on 12-27
                daily("F2", "S1", "2016-12-01", "2016-12-27"))));
        OamtResult r = acc.result();
        assertThat(r).isEqualTo(fromEpisodes(ongoing("F1", "S1", BISHKEK, "2016-12-01"),
                ended("F2", "S1", BISHKEK, "2016-12-01", "2016-12-27")));
        // hand: on 2016-12-31 F1 only; person-years F1 31 days + F2 27 days = 58 days of 366
        assertThat(r.onTreatmentAtCensus().total()).isEqualTo(1);
        assertThat(r.personYears()).isCloseTo(58.0 / 366, within(1e-12));
    }

    @Test
    void aClientDosedAtTwoSitesCountsAtTheSiteOfTheLatestDose() {
        List<DoseRecord> rows = concat(List.of(
                // G: daily at S1 in January-June, at S2 in July-December: no gap, one episode, latest dose at S2
                daily("G", "S1", "2016-01-01", "2016-06-30"), daily("G", "S2", "2016-07-01", "2016-12-31"),
                // H: methadone at both S1 and S2 on 2016-12-31: the last in site order, S2
                daily("H", "S1", "2016-12-31", "2016-12-31"), daily("H", "S2", "2016-12-31", "2016-12-31"),
                // H2: buprenorphine at S1 and methadone at S2 that day: the last in drug order (methadone,
                // buprenorphine, other), buprenorphine at S1
                doses("H2", "S1", Drug.BUPRENORPHINE, "2016-12-31", "2016-12-31", 1),
                daily("H2", "S2", "2016-12-31", "2016-12-31")));
        OamtResult r = fed(rows).result();
        // hand: on 2016-12-31: G and H at S2 (Osh), H2 at S1 (Bishkek); each at one site
        assertThat(r.onTreatmentAtCensus().total()).isEqualTo(3);
        assertThat(r.onTreatmentAtCensus().bySite()).containsExactly(entry("S1", 1L), entry("S2", 2L));
        assertThat(r.onTreatmentAtCensus().byArea()).containsExactly(entry(BISHKEK, 1L), entry(OSH, 2L));
        assertThat(r.onTreatmentAtCensus().clientsInMoreThanOneSite()).isZero();
        assertThat(r.byDrugAtCensus()).containsExactly(entry(Drug.METHADONE, 2L), entry(Drug.BUPRENORPHINE, 1L));
        // hand: G all of 2016 = 1 person-year; H, H2 one day each, ongoing → 1 day each
        assertThat(r.personYears()).isCloseTo(1.0 + 2.0 / 366, within(1e-12));
        // the same rows in reverse order give the same result
        List<DoseRecord> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        assertThat(fed(reversed).result()).isEqualTo(r);
    }

    @Test
    void aSiteMissingFromTheSiteTableGivesAnUnknownAreaAndIsNamed() {
        DispensingAccumulator acc = fed(concat(List.of(daily("J", "S9", "2016-12-31", "2016-12-31"),
                daily("K", "S1", "2016-12-31", "2016-12-31"))));
        OamtResult r = acc.result();
        // hand: J at S9 (not in the table): counted, area, provider type and setting unknown; K at S1 in Bishkek
        assertThat(r.onTreatmentAtCensus().total()).isEqualTo(2);
        assertThat(r.onTreatmentAtCensus().areaUnknown()).isEqualTo(1);
        assertThat(r.onTreatmentAtCensus().providerTypeUnknown()).isEqualTo(1);
        assertThat(r.onTreatmentAtCensus().settingUnknown()).isEqualTo(1);
        assertThat(r.onTreatmentAtCensus().byArea()).containsExactly(entry(BISHKEK, 1L));
        assertThat(r.onTreatmentAtCensus().bySite()).containsExactly(entry("S1", 1L), entry("S9", 1L));
        assertThat(acc.sitesNotInTable()).containsExactly("S9");
    }

    @Test
    void figuresCiteTheDoseFile() {
        DispensingAccumulator acc = fed(concat(List.of(daily("F1", "S1", "2016-12-01", "2016-12-28"),
                daily("G", "S2", "2016-12-31", "2016-12-31"))));
        Source src = new RecordSource("doses.csv", acc.rows(), 2).toSource();
        List<Observation> figures = acc.result().toFigures(KG, src);
        ReferencePeriod census = ReferencePeriod.asOf(LocalDate.of(2016, 12, 31));
        // hand: F1 and G on treatment on 2016-12-31, G in Osh; 28 + 1 = 29 doses
        assertThat(figures).contains(Observation.of(Measure.OST_CLIENTS, Count.of(2), census, KG, src),
                Observation.of(Measure.OST_CLIENTS, Count.of(1), census, OSH.withParent(KG), src));
        assertThat(src.citation()).isEqualTo("computed from doses.csv, 29 rows, 2 rejected");
    }

    @Test
    void theLongestGapIsRequiredAndChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> DispensingAccumulator.of(Y2016, context(), 0))
                .withMessage("The longest gap without a dose within an episode is not within 1 to 365 days: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> DispensingAccumulator.of(Y2016, context(), 366))
                .withMessage("The longest gap without a dose within an episode is not within 1 to 365 days: 366");
        assertThatIllegalArgumentException().isThrownBy(() -> DispensingAccumulator.of(Y2016, context(), -1));
        // hand: 2015-01-01 − 1 day = 2014-12-31; − 365 days = 2014-01-01
        assertThat(DispensingAccumulator.of(Y2016, context(), 1).windowStart()).isEqualTo(LocalDate.of(2014, 12, 31));
        assertThat(DispensingAccumulator.of(Y2016, context(), 365).windowStart()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(DispensingAccumulator.of(Y2016, context(), 365).maxGapDays()).isEqualTo(365);
        assertThatNullPointerException().isThrownBy(() -> DispensingAccumulator.of(null, context(), 3));
        assertThatNullPointerException().isThrownBy(() -> DispensingAccumulator.of(Y2016, null, 3));
        assertThatNullPointerException().isThrownBy(() -> gap3().merge(null));
        // a census before the recruitment window is the earliest day: 2014-06-30 − 3 days = 2014-06-27
        OamtSettings early = new OamtSettings(ReferencePeriod.ofYear(2016), LocalDate.of(2014, 6, 30),
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), LocalDate.of(2016, 12, 31));
        assertThat(DispensingAccumulator.of(early, context(), 3).windowStart()).isEqualTo(LocalDate.of(2014, 6, 27));
        // a period starting before the recruitment window: 2014-01-01 − 3 days = 2013-12-29
        OamtSettings span = new OamtSettings(ReferencePeriod.ofYears(2014, 2016), LocalDate.of(2016, 12, 31),
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), LocalDate.of(2016, 12, 31));
        assertThat(DispensingAccumulator.of(span, context(), 3).windowStart()).isEqualTo(LocalDate.of(2013, 12, 29));
        OamtSettings noRecords = new OamtSettings(ReferencePeriod.ofYear(2016), LocalDate.of(2016, 12, 31),
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), LocalDate.of(2014, 12, 31));
        assertThatIllegalArgumentException().isThrownBy(() -> DispensingAccumulator.of(noRecords, context(), 3))
                .withMessage("The records end (follow-up end 2014-12-31) before the earliest day the indicators look "
                        + "at: 2015-01-01");
    }

    @Test
    void refusesForeignMerges() {
        DispensingAccumulator a = gap3();
        assertThatIllegalArgumentException().isThrownBy(() -> a.merge(DispensingAccumulator.of(Y2016, context(), 4)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> a.merge(DispensingAccumulator.of(Y2016, RecordContext.empty(), 3)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> a.merge(DispensingAccumulator.of(OamtSettings.forYear(2017), context(), 3)));
        a.add(daily("A", "S1", "2016-01-01", "2016-01-01").get(0));
        assertThat(a.toString()).isEqualTo("episodes from doses, longest gap 3 days, window 2014-12-29 to 2016-12-31: "
                + "1 doses, 0 outside the window, 1 clients");
    }
}
