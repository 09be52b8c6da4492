package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticRecordsTest {
    static final SyntheticRecords KG = SyntheticRecords.of(SyntheticRecords.Settings.kyrgyzOamt2016(42));

    @Test
    void oamtMeetsThePublishedTotalsExactly() {
        List<Client> clients = new ArrayList<>();
        KG.clients(clients::add);
        RecordContext ctx = RecordContext.of(clients, KG.sites());
        OamtAccumulator oamt = OamtAccumulator.of(OamtSettings.forYear(2016), ctx);
        KG.episodes(oamt::add);
        OamtResult r = oamt.result();
        // Liberman et al. 2024, Table 1: 1,505 people on OAMT in 2016 at 31 sites (CONFIRMED rows)
        assertThat(r.onTreatmentAtCensus().total()).isEqualTo(1505);
        assertThat(r.onTreatmentAtCensus().bySite()).hasSize(31);
        // hand: sites 10, 20, 30 (every tenth) are prisons
        assertThat(r.onTreatmentAtCensus().bySetting()).containsOnlyKeys(Setting.FACILITY, Setting.PRISON);
        assertThat(r.onTreatmentAtCensus().settingUnknown()).isZero();
        // hand: 1,505 current + 500 former clients, all in the client table (+ 7,000 NSP clients)
        assertThat(clients).hasSize(7_000 + 1_505 + 500);
        assertThat(r.onTreatmentAtCensus().byGender()).doesNotContainKey(io.github.hrindicators.core.Gender.UNKNOWN);
        // a former client's episode ended before the census date; some current clients restarted
        assertThat(r.retention(6, RetentionRule.ON_TREATMENT_AT_DATE).cohort().total())
                .isGreaterThan(r.retention(6, RetentionRule.ON_TREATMENT_AT_DATE).retained().total());
        DoseAccumulator doses = DoseAccumulator.of(ReferencePeriod.ofYear(2016), ctx);
        KG.doses(doses::add);
        assertThat(doses.rows()).isEqualTo(1505);
        assertThat(doses.result().onMaintenance().total()).isLessThan(1505).isPositive();
    }

    @Test
    void contactsAreExactlyTheRowsAskedForOverTheClientsAskedFor() {
        SyntheticRecords small = SyntheticRecords.of(SyntheticRecords.Settings.kyrgyzOamt2016(7).withNspContacts(9_000));
        NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.empty());
        small.contacts(nsp::add);
        assertThat(nsp.rows()).isEqualTo(9_000);
        assertThat(nsp.rowsOutsidePeriod()).isZero();
        // hand: the first 7,000 rows are the 7,000 clients, one each
        assertThat(nsp.clients()).isEqualTo(7_000);
        assertThat(nsp.result().reached().total()).isEqualTo(7_000);
        assertThat(small.settings().nspContacts()).isEqualTo(9_000);
    }

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        List<NspContact> a = new ArrayList<>();
        List<NspContact> b = new ArrayList<>();
        List<NspContact> c = new ArrayList<>();
        SyntheticRecords.Settings s = SyntheticRecords.Settings.kyrgyzOamt2016(42).withNspContacts(500);
        SyntheticRecords.of(s).contacts(a::add);
        SyntheticRecords.of(s).contacts(b::add);
        SyntheticRecords.of(SyntheticRecords.Settings.kyrgyzOamt2016(43).withNspContacts(500)).contacts(c::add);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
        List<OamtEpisode> e1 = new ArrayList<>();
        List<OamtEpisode> e2 = new ArrayList<>();
        KG.episodes(e1::add);
        KG.episodes(e2::add);
        assertThat(e1).isEqualTo(e2);
        assertThat(a).allSatisfy(x -> assertThat(x.area().name()).startsWith("Synthetic area "));
        assertThat(a).allSatisfy(x -> assertThat(x.uic().code()).startsWith("SYN"));
    }

    @Test
    void settingsRefuseImpossibleValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticRecords.Settings(1, 2016, 7, 40, 100, 10,
                31, 30, 0)).withMessage("OAMT clients at the census date is not at least 31: 30");
        assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticRecords.Settings(1, 1900, 7, 40, 100, 10,
                31, 31, 0)).withMessage("Year is not within 1905-2998: 1900");
        assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticRecords.Settings(1, 2016, 7, 40, 100, -1,
                31, 31, 0)).withMessage("NSP contacts is negative: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> new SyntheticRecords.Settings(1, 2016, 0, 40, 100, 1,
                31, 31, 0)).withMessage("Areas is not at least 1: 0");
    }
}
