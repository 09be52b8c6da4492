package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OamtAccumulatorTest {
    static final Area KG = Area.of("Kyrgyzstan");
    static final Area BISHKEK = Area.of("Bishkek");
    static final Area OSH = Area.of("Osh");

    static OamtEpisode ongoing(String uic, String site, Area area, String start) {
        return OamtEpisode.ongoing(Uic.of(uic), site, area, Drug.METHADONE, LocalDate.parse(start));
    }

    static OamtEpisode ended(String uic, String site, Area area, String start, String end) {
        return OamtEpisode.ended(Uic.of(uic), site, area, Drug.METHADONE, LocalDate.parse(start),
                LocalDate.parse(end), "dropped out");
    }

    static RecordContext context() {
        return RecordContext.of(List.of(), List.of(
                new Site("S1", "Narcology centre Bishkek", BISHKEK, ProviderType.PUBLIC, Setting.FACILITY),
                new Site("S2", "Osh OAMT site", OSH, ProviderType.PUBLIC, Setting.FACILITY),
                new Site("S3", "Colony 47", BISHKEK, ProviderType.PUBLIC, Setting.PRISON)));
    }

    /** Reporting year 2016: census 2016-12-31, person-years in 2016, starters in 2015, follow-up to 2016-12-31. */
    static OamtResult sixClients() {
        OamtAccumulator acc = OamtAccumulator.of(OamtSettings.forYear(2016), context());
        // P: started 2015-03-01, still on treatment
        acc.add(ongoing("P", "S1", BISHKEK, "2015-03-01"));
        // Q: an episode that ends and restarts: 2015-02-01..2015-05-31, again from 2015-07-01
        acc.add(ended("Q", "S1", BISHKEK, "2015-02-01", "2015-05-31"));
        acc.add(ongoing("Q", "S1", BISHKEK, "2015-07-01"));
        // R: a transfer, S1 to S2 without a day off: one spell 2015-04-01..2016-06-30
        acc.add(ended("R", "S1", BISHKEK, "2015-04-01", "2015-06-30"));
        acc.add(ended("R", "S2", OSH, "2015-07-01", "2016-06-30"));
        // T: on treatment since 2014 (not a starter of 2015)
        acc.add(ongoing("T", "S2", OSH, "2014-05-01"));
        // U: started 2015-11-15, stopped 2016-01-31
        acc.add(ended("U", "S1", BISHKEK, "2015-11-15", "2016-01-31"));
        // V: started in prison 2016-08-01 (outside the recruitment window)
        acc.add(ongoing("V", "S3", BISHKEK, "2016-08-01"));
        assertThat(acc.rows()).isEqualTo(8); // hand: P 1 + Q 2 + R 2 + T 1 + U 1 + V 1
        return acc.result();
    }

    @Test
    void onTreatmentAtTheCensusDate() {
        OamtResult r = sixClients();
        // hand: on 2016-12-31: P, Q (restarted), T, V; R ended 2016-06-30, U 2016-01-31 → 4
        assertThat(r.onTreatmentAtCensus().total()).isEqualTo(4);
        assertThat(r.onTreatmentAtCensus().bySite()).containsExactly(entry("S1", 2L), entry("S2", 1L),
                entry("S3", 1L));
        assertThat(r.onTreatmentAtCensus().bySetting()).containsExactly(entry(Setting.FACILITY, 3L),
                entry(Setting.PRISON, 1L));
        assertThat(r.onTreatmentAtCensus().byProviderType()).containsExactly(entry(ProviderType.PUBLIC, 4L));
        assertThat(r.byDrugAtCensus()).containsExactly(entry(Drug.METHADONE, 4L));
    }

    @Test
    void personYearsCountEachDayOnceAndEachYearByItsLength() {
        // hand: P, Q, T all of 2016 → 3; R 2016-01-01..06-30 = 31+29+31+30+31+30 = 182 days; U January = 31 days;
        // V 2016-08-01..12-31 = 31+30+31+30+31 = 153 days; 182 + 31 + 153 = 366 = one year of 2016 → 3 + 1 = 4
        assertThat(sixClients().personYears()).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void daysOnTreatmentAreDisaggregatedEachDayOnceAtOnePlace() {
        Breakdown d = sixClients().daysOnTreatment();
        // hand (2016 has 366 days): P, Q all year at S1 = 732; T all year at S2 = 366; R S2 2016-01-01..06-30 = 182;
        // U S1 January = 31; V S3 2016-08-01..12-31 = 153. Total 732 + 366 + 182 + 31 + 153 = 1,464 = 4 years × 366
        assertThat(d.total()).isEqualTo(1_464);
        assertThat(d.bySite()).containsOnly(entry("S1", 763L), entry("S2", 548L), entry("S3", 153L));
        assertThat(d.byArea()).containsOnly(entry(BISHKEK, 916L), entry(OSH, 548L));
        assertThat(d.bySetting()).containsOnly(entry(Setting.FACILITY, 1_311L), entry(Setting.PRISON, 153L));

        // overlapping episodes: the day goes to the episode that started first; on a full tie, to the first site
        OamtAccumulator acc = OamtAccumulator.of(OamtSettings.forYear(2016), context());
        acc.add(ended("A", "S1", BISHKEK, "2016-01-01", "2016-01-31"));
        acc.add(ended("A", "S2", OSH, "2016-01-20", "2016-02-29")); // new days: 2016-02-01..02-29 = 29
        acc.add(ended("C", "S2", OSH, "2016-03-01", "2016-03-10")); // added first, but S1 comes first
        acc.add(ended("C", "S1", BISHKEK, "2016-03-01", "2016-03-10"));
        OamtResult r = acc.result();
        // hand: A 31 at S1 + 29 at S2 = 60; C 10 at S1; the places add up to the total, 70
        assertThat(r.daysOnTreatment().bySite()).containsOnly(entry("S1", 41L), entry("S2", 29L));
        assertThat(r.daysOnTreatment().total()).isEqualTo(70);
        // and the person-years are the same days over 366
        assertThat(r.personYears()).isCloseTo(70.0 / 366, within(1e-12));
    }

    @Test
    void retentionAfterOwnStartWithAnEpisodeThatEndsAndRestarts() {
        OamtResult r = sixClients();
        Retention sixAtDate = r.retention(6, RetentionRule.ON_TREATMENT_AT_DATE);
        // hand: starters in 2015: P (03-01), Q (02-01), R (04-01, its S2 episode is a transfer, not a start), U
        // (11-15) → 4; 6-month dates 09-01, 08-01, 10-01, 2016-05-15: on treatment P, Q (restarted 07-01), R → 3
        assertThat(sixAtDate.cohort().total()).isEqualTo(4);
        assertThat(sixAtDate.retained().total()).isEqualTo(3);
        assertThat(sixAtDate.share()).contains(Proportion.of(Count.of(3), Count.of(4)));
        assertThat(sixAtDate.notYetDue()).isZero();
        // hand: R's start is at S1, so the cohort by site: S1 has P, Q, R, U
        assertThat(sixAtDate.cohort().bySite()).containsExactly(entry("S1", 4L));
        // hand: without a break: Q stopped on 2015-05-31 → P and R
        Retention sixContinuous = r.retention(6, RetentionRule.CONTINUOUS);
        assertThat(sixContinuous.retained().total()).isEqualTo(2);
        // hand: 12-month dates 2016-03-01, 02-01, 04-01, 11-15: P, Q, R (until 06-30) → 3; continuous P, R → 2
        assertThat(r.retention(12, RetentionRule.ON_TREATMENT_AT_DATE).retained().total()).isEqualTo(3);
        assertThat(r.retention(12, RetentionRule.CONTINUOUS).retained().total()).isEqualTo(2);
        assertThat(r.retention(12, RetentionRule.CONTINUOUS).months()).isEqualTo(12);
        assertThat(r.retention(12, RetentionRule.CONTINUOUS).rule()).isEqualTo(RetentionRule.CONTINUOUS);
        assertThatIllegalArgumentException().isThrownBy(() -> r.retention(3, RetentionRule.CONTINUOUS))
                .withMessage("Retention is computed at 6 and 12 months, not at 3");
    }

    @Test
    void startersWhoseFollowUpDateIsAfterTheRecordsAreNotYetDue() {
        // records complete to 2016-06-30: P's 12-month date 2016-03-01 is due, U's 2016-11-15 is not
        OamtSettings s = new OamtSettings(ReferencePeriod.ofYear(2016), LocalDate.of(2016, 6, 30),
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), LocalDate.of(2016, 6, 30));
        OamtAccumulator acc = OamtAccumulator.of(s, RecordContext.empty());
        acc.add(ongoing("P", "S1", BISHKEK, "2015-03-01"));
        acc.add(ended("U", "S1", BISHKEK, "2015-11-15", "2016-01-31"));
        Retention twelve = acc.result().retention(12, RetentionRule.ON_TREATMENT_AT_DATE);
        assertThat(twelve.cohort().total()).isEqualTo(1);
        assertThat(twelve.notYetDue()).isEqualTo(1);
        // hand: 6-month dates 2015-09-01 and 2016-05-15 are both due; U stopped 2016-01-31 → 1 of 2
        assertThat(acc.result().retention(6, RetentionRule.ON_TREATMENT_AT_DATE).toString())
                .isEqualTo("retained at 6 months (ON_TREATMENT_AT_DATE): 1 of 2, 0 not yet due");
        assertThat(OamtAccumulator.of(s, RecordContext.empty()).result().retention(6, RetentionRule.CONTINUOUS)
                .share()).isEmpty();
    }

    @Test
    void overlappingEpisodesAtTwoSitesAreOneClientAndOneSpell() {
        OamtAccumulator acc = OamtAccumulator.of(OamtSettings.forYear(2016), RecordContext.empty());
        acc.add(ended("W", "S1", BISHKEK, "2016-01-01", "2016-03-31"));
        OamtEpisode bupe = new OamtEpisode(Uic.of("W"), "S2", OSH, Drug.BUPRENORPHINE, LocalDate.of(2016, 3, 1),
                java.util.Optional.of(LocalDate.of(2016, 12, 31)), java.util.Optional.empty());
        acc.add(bupe);
        OamtResult r = acc.result();
        // hand: 2016-01-01..12-31 once = 1 person-year, not 1 + 31/366
        assertThat(r.personYears()).isCloseTo(1.0, within(1e-12));
        // hand: on 2016-12-31 only the S2 episode: W counts at S2, buprenorphine, in Osh
        assertThat(r.onTreatmentAtCensus().bySite()).containsExactly(entry("S2", 1L));
        assertThat(r.byDrugAtCensus()).containsExactly(entry(Drug.BUPRENORPHINE, 1L));
        // no site table: provider type and setting unknown
        assertThat(r.onTreatmentAtCensus().providerTypeUnknown()).isEqualTo(1);
        assertThat(r.onTreatmentAtCensus().settingUnknown()).isEqualTo(1);
        assertThat(bupe.covers(LocalDate.of(2016, 3, 1))).isTrue();
        assertThat(bupe.covers(LocalDate.of(2017, 1, 1))).isFalse();
        assertThat(bupe.covers(LocalDate.of(2016, 2, 29))).isFalse();
    }

    @Test
    void figuresFeedTheCatalogue() {
        Source src = new RecordSource("episodes.csv", 8, 0).toSource();
        List<Observation> figures = sixClients().toFigures(KG, src);
        ReferencePeriod census = ReferencePeriod.asOf(LocalDate.of(2016, 12, 31));
        assertThat(figures).contains(Observation.of(Measure.OST_CLIENTS, Count.of(4), census, KG, src),
                Observation.of(Measure.OST_CLIENTS, Count.of(1), census, OSH.withParent(KG), src),
                Observation.of(RecordMeasures.OAMT_PERSON_YEARS, Estimate.of(sixClients().personYears()),
                        ReferencePeriod.ofYear(2016), KG, src),
                Observation.of(RecordMeasures.OAMT_RETAINED_6_MONTHS, Count.of(3), ReferencePeriod.ofYear(2016), KG,
                        src),
                Observation.of(RecordMeasures.OAMT_STARTERS_12_MONTHS, Count.of(4), ReferencePeriod.ofYear(2016), KG,
                        src));
        assertThat(src.citation()).isEqualTo("computed from episodes.csv, 8 rows, 0 rejected");
    }

    @Test
    void refusesForeignMergesAndBadSettings() {
        OamtAccumulator a = OamtAccumulator.of(OamtSettings.forYear(2016), RecordContext.empty());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> a.merge(OamtAccumulator.of(OamtSettings.forYear(2015), RecordContext.empty())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> a.merge(OamtAccumulator.of(OamtSettings.forYear(2016), context())));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OamtSettings(ReferencePeriod.asOf(LocalDate.of(2016, 1, 1)),
                        LocalDate.of(2016, 1, 1), LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31),
                        LocalDate.of(2016, 1, 1)))
                .withMessage("Person-years need a period of a month or more, not a date: 2016-01-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OamtSettings(ReferencePeriod.ofYear(2016), LocalDate.of(2016, 1, 1),
                        LocalDate.of(2015, 2, 1), LocalDate.of(2015, 1, 31), LocalDate.of(2016, 1, 1)))
                .withMessage("Recruitment window ends before it starts: 2015-02-01 to 2015-01-31");
        assertThat(sixClients().toString()).startsWith("OAMT: on treatment 2016-12-31 4, person-years 2016 4.0");
    }
}
