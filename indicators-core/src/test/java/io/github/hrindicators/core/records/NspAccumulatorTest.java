package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.AgeScheme;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.StandardIndicators;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NspAccumulatorTest {
    static final Area KG = Area.of("Kyrgyzstan");
    static final Area BISHKEK = Area.of("Bishkek");
    static final Area OSH = Area.of("Osh");
    static final ReferencePeriod Y2016 = ReferencePeriod.ofYear(2016);
    static final Uic A = Uic.of("A");
    static final Uic B = Uic.of("B");
    static final Uic C = Uic.of("C");

    static NspContact contact(Uic uic, String date, String site, Area area, long needles) {
        return NspContact.of(uic, LocalDate.parse(date), site, area, ProviderType.COMMUNITY_LED, needles);
    }

    static RecordContext context() {
        return RecordContext.of(
                List.of(Client.of(A, Gender.MALE).withBirthYear(1990),
                        Client.of(B, Gender.FEMALE).withBirthDate(LocalDate.of(1995, 6, 1))),
                List.of(new Site("S1", "Drop-in Bishkek", BISHKEK, ProviderType.COMMUNITY_LED, Setting.COMMUNITY)));
    }

    static NspResult twoSites() {
        NspAccumulator acc = NspAccumulator.of(Y2016, context());
        acc.add(contact(A, "2016-01-05", "S1", BISHKEK, 10));
        acc.add(contact(A, "2016-02-03", "S2", OSH, 5)); // S2 is not in the site table: no setting
        acc.add(contact(B, "2016-03-01", "S1", BISHKEK, 20));
        acc.add(contact(C, "2016-04-01", "S1", BISHKEK, 0)); // a contact without needles-syringes
        return acc.result();
    }

    @Test
    void aClientAtTwoSitesIsOneClientNationallyAndOneAtEachSite() {
        NspResult r = twoSites();
        // hand: A (S1, S2) and B (S1) were given needles-syringes; C was not → reached = 2, not 3
        assertThat(r.reached().total()).isEqualTo(2);
        // hand: S1 has A and B, S2 has A → 2 + 1 = 3 = 2 national + 1 overlap
        assertThat(r.reached().bySite()).containsExactly(entry("S1", 2L), entry("S2", 1L));
        assertThat(r.reached().byArea()).containsExactly(entry(BISHKEK, 2L), entry(OSH, 1L));
        assertThat(r.reached().areaOverlaps()).containsExactly(entry(AreaPair.of(OSH, BISHKEK), 1L));
        assertThat(r.reached().clientsInMoreThanOneArea()).isEqualTo(1);
        assertThat(r.reached().clientsInMoreThanOneSite()).isEqualTo(1);
        // hand: setting from the site table: A and B at S1 (community); A's S2 contact has no setting, but A has one
        assertThat(r.reached().bySetting()).containsExactly(entry(Setting.COMMUNITY, 2L));
        assertThat(r.reached().settingUnknown()).isZero();
        // hand: A male born 1990 → 26 on 2016-12-31; B female born 1995-06-01 → 21
        assertThat(r.reached().byGender()).containsExactly(entry(Gender.FEMALE, 1L), entry(Gender.MALE, 1L));
        assertThat(r.reached().byAgeBand(AgeScheme.WHO_UNDER_25))
                .containsExactly(entry(AgeBand.under(25), 1L), entry(AgeBand.atLeast(25), 1L));
        assertThat(r.reached().byAgeBand(AgeScheme.WHO_FINE))
                .containsExactly(entry(AgeBand.of(20, 24), 1L), entry(AgeBand.of(25, 49), 1L));
        // hand: served adds C (no client row → unknown gender, no age)
        assertThat(r.served().total()).isEqualTo(3);
        assertThat(r.served().byGender()).containsEntry(Gender.UNKNOWN, 1L);
        assertThat(r.served().ageNotInBand(AgeScheme.WHO_FINE)).isEqualTo(1);
    }

    @Test
    void needlesSyringesAddUpAcrossEveryDisaggregation() {
        NspResult r = twoSites();
        // hand: 10 + 5 + 20 + 0 = 35; S1 10 + 20 + 0 = 30, S2 5
        assertThat(r.needlesSyringes().total()).isEqualTo(35);
        assertThat(r.needlesSyringes().isDistinctClients()).isFalse();
        assertThat(r.needlesSyringes().bySite()).containsExactly(entry("S1", 30L), entry("S2", 5L));
        assertThat(r.needlesSyringes().byArea()).containsExactly(entry(BISHKEK, 30L), entry(OSH, 5L));
        // hand: S2 has no row in the site table → its 5 have no setting
        assertThat(r.needlesSyringes().bySetting()).containsExactly(entry(Setting.COMMUNITY, 30L));
        assertThat(r.needlesSyringes().settingUnknown()).isEqualTo(5);
        // hand: A (male) 10 + 5 = 15, B (female) 20
        assertThat(r.needlesSyringes().byGender()).containsExactly(entry(Gender.FEMALE, 20L), entry(Gender.MALE, 15L));
        assertThat(r.needlesSyringes().byProviderType()).containsExactly(entry(ProviderType.COMMUNITY_LED, 35L));
        assertThat(r.needlesSyringes().areaOverlaps()).isEmpty();
        // hand: KP-4 = 35 / 2 reached = 17.5
        assertThat(r.needlesSyringesPerClientReached().getAsDouble()).isEqualTo(17.5);
    }

    @Test
    void aClientAcrossThePeriodBoundaryCountsInEachPeriodWithThatPeriodsContactsOnly() {
        List<NspContact> contacts = List.of(contact(A, "2015-12-20", "S1", BISHKEK, 7),
                contact(A, "2016-01-10", "S1", BISHKEK, 3));
        NspAccumulator dec = NspAccumulator.of(ReferencePeriod.ofMonth(YearMonth.of(2015, 12)), context());
        NspAccumulator jan = NspAccumulator.of(ReferencePeriod.ofMonth(YearMonth.of(2016, 1)), context());
        NspAccumulator both = NspAccumulator.of(ReferencePeriod.ofYears(2015, 2016), context());
        contacts.forEach(c -> {
            dec.add(c);
            jan.add(c);
            both.add(c);
        });
        // hand: December has A with 7, January has A with 3: A is one client in each month ...
        assertThat(dec.result().reached().total()).isEqualTo(1);
        assertThat(dec.result().needlesSyringes().total()).isEqualTo(7);
        assertThat(dec.rowsOutsidePeriod()).isEqualTo(1);
        assertThat(jan.result().needlesSyringes().total()).isEqualTo(3);
        assertThat(jan.result().rowsOutsidePeriod()).isEqualTo(1);
        // ... and one client, not two, over both years, with 7 + 3 = 10
        assertThat(both.result().reached().total()).isEqualTo(1);
        assertThat(both.result().needlesSyringes().total()).isEqualTo(10);
        assertThat(both.result().months()).isEqualTo(24);
        assertThat(both.rows()).isEqualTo(2);
        assertThat(both.clients()).isEqualTo(1);
    }

    @Test
    void regularAccessInBothForms() {
        NspAccumulator acc = NspAccumulator.of(Y2016, RecordContext.empty());
        LocalDate jan1 = LocalDate.of(2016, 1, 1);
        Uic d = Uic.of("D");
        Uic e = Uic.of("E");
        Uic f = Uic.of("F");
        Uic g = Uic.of("G");
        Uic h = Uic.of("H");
        for (int k = 0; k <= 12; k++) {
            // D: days 0, 29, ..., 348 (13 contacts): 28 days between contacts, 17 after the last (349..365)
            acc.add(NspContact.of(d, jan1.plusDays(29L * k), "S1", BISHKEK, ProviderType.PUBLIC, 1));
            if (k != 6) {
                // E: as D without day 174: days 146..202 have no contact, 57 days → a 30-day window is empty
                acc.add(NspContact.of(e, jan1.plusDays(29L * k), "S1", BISHKEK, ProviderType.PUBLIC, 1));
            }
            if (k >= 1) {
                // G: first contact on day 30: days 0..29 (30 days) without one → not regular
                acc.add(NspContact.of(g, jan1.plusDays(30 + 29L * (k - 1)), "S1", BISHKEK, ProviderType.PUBLIC, 1));
                // H: first contact on day 29: days 0..28 (29 days) without one → regular
                acc.add(NspContact.of(h, jan1.plusDays(29L * k), "S1", BISHKEK, ProviderType.PUBLIC, 1));
            }
        }
        for (int day = 0; day < 12; day++) {
            // F: 12 contacts, all in January: 12 contact days in 12 months, but days 12..365 without a contact
            acc.add(NspContact.of(f, jan1.plusDays(day), "S1", BISHKEK, ProviderType.PUBLIC, 1));
        }
        // F again on day 0: two contacts on one day are one contact day
        acc.add(NspContact.of(f, jan1, "S1", BISHKEK, ProviderType.PUBLIC, 1));
        NspResult r = acc.result();
        // hand: every 30 days: D (longest gap 28), H (29) → 2
        assertThat(r.regularEvery30Days().total()).isEqualTo(2);
        assertThat(r.regularEvery30Days().bySite()).containsExactly(entry("S1", 2L));
        // hand: contact days ≥ 12 months: D 13, E 12, F 12, G 12, H 12 → 5
        assertThat(r.months()).isEqualTo(12);
        assertThat(r.regularMonthlyAverage().total()).isEqualTo(5);
        assertThat(r.served().total()).isEqualTo(5);
    }

    @Test
    void aMonthWithOneContactInTheMiddleIsRegular() {
        NspAccumulator acc = NspAccumulator.of(ReferencePeriod.ofMonth(YearMonth.of(2016, 3)), RecordContext.empty());
        acc.add(contact(A, "2016-03-16", "S1", BISHKEK, 2));
        acc.add(contact(B, "2016-03-31", "S1", BISHKEK, 2));
        NspResult r = acc.result();
        // hand: March has 31 days; A on day 15: 15 days before, 15 after → regular; B on day 30: days 0..29 empty
        assertThat(r.regularEvery30Days().total()).isEqualTo(1);
        assertThat(r.regularMonthlyAverage().total()).isEqualTo(2);
    }

    @Test
    void figuresFeedTheCatalogueIndicators() {
        Source source = RecordSource.citation(List.of(new RecordSource("contacts.csv", 4, 1)));
        assertThat(source.citation()).isEqualTo("computed from contacts.csv, 4 rows, 1 rejected");
        List<Observation> figures = new ArrayList<>(twoSites().toFigures(KG, source));
        assertThat(figures).contains(Observation.of(Measure.NSP_CLIENTS, Count.of(2), Y2016, KG, source),
                Observation.of(Measure.NSP_CLIENTS, Count.of(1), Y2016, OSH.withParent(KG), source),
                Observation.of(Measure.NSP_CLIENTS, Count.of(1), Y2016, KG, source)
                        .withSubgroup(Subgroup.TOTAL.withGender(Gender.MALE)),
                Observation.of(Measure.NEEDLES_SYRINGES_DISTRIBUTED, Count.of(35), Y2016, KG, source),
                Observation.of(RecordMeasures.NSP_CLIENTS_SERVED, Count.of(3), Y2016, KG, source));
        // hand: WHO_UNDER_25 and WHO_FINE share no band here (<25, 25+, 20-24, 25-49): one figure per band
        assertThat(figures.stream().filter(o -> o.measure() == Measure.NSP_CLIENTS
                && o.subgroup().ageBand().isPresent())).hasSize(4);
        figures.add(Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(200), Y2016, KG,
                Source.of("hand-made size estimate")));
        IndicatorResult reach = StandardIndicators.NSP_REACH.evaluate(Dataset.of(figures), KG, 2016).get(0);
        // hand: 2 reached / 200 PWID = 1 %
        assertThat(reach.number().getAsDouble()).isCloseTo(0.01, within(1e-12));
        IndicatorResult perPwid = StandardIndicators.NEEDLES_SYRINGES_PER_PWID.evaluate(Dataset.of(figures), KG, 2016)
                .get(0);
        // hand: 35 / 200 = 0.175 per PWID
        assertThat(perPwid.number().getAsDouble()).isCloseTo(0.175, within(1e-12));
    }

    /**
     * PRV.10 with the pharmacy source: the NSP count computed from records and a pharmacy figure given beside it
     * (pharmacies keep no client records) are added, as the catalogue derives all sources.
     */
    @Test
    void recordFiguresAndAPharmacyFigureGiveTheAllSourcesIndicators() {
        Source records = RecordSource.citation(List.of(new RecordSource("contacts.csv", 4, 0)));
        List<Observation> figures = new ArrayList<>(twoSites().toFigures(KG, records));
        figures.add(Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(200), Y2016, KG,
                Source.of("hand-made size estimate")));
        figures.add(Observation.of(Measure.NEEDLES_SYRINGES_PHARMACY, Count.of(65), Y2016, KG,
                Source.of("hand-made pharmacy sales survey")));
        Dataset data = Dataset.of(figures);
        IndicatorResult all = StandardIndicators.NEEDLES_SYRINGES_PER_PWID_ALL_SOURCES.evaluate(data, KG, 2016).get(0);
        // hand: (35 from the records + 65 from pharmacies) / 200 PWID = 0.5 per PWID
        assertThat(all.number().getAsDouble()).isCloseTo(0.5, within(1e-12));
        IndicatorResult share = StandardIndicators.NEEDLES_SYRINGES_NSP_SHARE.evaluate(data, KG, 2016).get(0);
        // hand: 35 / 100 = 35 % from NSPs
        assertThat(share.number().getAsDouble()).isCloseTo(0.35, within(1e-12));
        // without the pharmacy figure, the all-sources indicator is not computed rather than taken as NSPs alone
        Dataset nspOnly = Dataset.of(figures.stream().filter(o -> o.measure() != Measure.NEEDLES_SYRINGES_PHARMACY)
                .toList());
        assertThat(StandardIndicators.NEEDLES_SYRINGES_PER_PWID_ALL_SOURCES.evaluate(nspOnly, KG, 2016).get(0)
                .number()).isEmpty();
    }

    @Test
    void refusesDatesAndForeignMerges() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NspAccumulator.of(ReferencePeriod.asOf(LocalDate.of(2016, 1, 1)),
                        RecordContext.empty()))
                .withMessage("NSP indicators need a period of a month or more, not a date: 2016-01-01");
        NspAccumulator a = NspAccumulator.of(Y2016, RecordContext.empty());
        assertThatIllegalArgumentException()
                .isThrownBy(() -> a.merge(NspAccumulator.of(ReferencePeriod.ofYear(2015), RecordContext.empty())))
                .withMessage("Accumulators of different periods or contexts cannot be merged: 2016 and 2015");
        assertThatIllegalArgumentException().isThrownBy(() -> a.merge(NspAccumulator.of(Y2016, context())));
        assertThat(a.result().needlesSyringesPerClientReached()).isEmpty();
        assertThat(a.result().toString()).isEqualTo("NSP 2016: reached 0, served 0, regular (every 30 days) 0, "
                + "regular (monthly average) 0, needles-syringes 0");
    }
}
