package io.github.hrindicators.cli;

import static io.github.hrindicators.cli.HriTest.hri;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.records.SyntheticRecords;
import io.github.hrindicators.examples.RecordsExample;
import io.github.hrindicators.io.CsvFigureReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hri records} as a user runs it, on synthetic record files in a folder whose name holds a space. */
class RecordsCommandTest {
    @TempDir
    Path tmp;

    Path synthetic() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("my records"));
        RecordsExample.write(SyntheticRecords.of(SyntheticRecords.Settings.kyrgyzOamt2016(11).withNspContacts(20_000)),
                dir);
        return dir;
    }

    @Test
    void printsTheIndicatorsWithTheirDisaggregationsAndWritesFigures() throws IOException {
        Path d = synthetic();
        HriTest.Run r = hri("records", "--contacts", d.resolve("contacts.csv").toString(), "--episodes",
                d.resolve("episodes.csv").toString(), "--doses", d.resolve("doses.csv").toString(), "--clients",
                d.resolve("clients.csv").toString(), "--sites", d.resolve("sites.csv").toString(), "--year", "2016",
                "--country", "Synthetic country", "--figures", d.resolve("figures.csv").toString());
        assertThat(r.status()).as(r.err()).isZero();
        // the generator's calibration: 1,505 on OAMT on 31 December 2016; 7,000 NSP clients, all in 20,000 rows
        assertThat(r.out()).contains("contacts.csv, 20,000 rows, 0 rejected")
                .contains("PRV.8 people given needles-syringes: 7,000")
                .contains("PRV.11 people on OAMT on 2016-12-31: 1,505")
                .contains("    by setting: facility ").contains("PRV.12 person-years on OAMT in 2016: ")
                .contains("PRV.13 retained 12 months after their start").contains("PRV.14 people on a maintenance dose")
                .contains("UIC hygiene: ").contains("figures written to " + d.resolve("figures.csv"));
        assertThat(CsvFigureReader.defaults().read(d.resolve("figures.csv")).size()).isPositive();
    }

    @Test
    void aFileWithProblemsIsRefusedOrQuarantined() throws IOException {
        Path bad = tmp.resolve("contacts.csv");
        Files.writeString(bad, "uic,date,site,area,provider_type,needles_syringes\nA1,2016-01-05,S1,Bishkek,public,10\n"
                + "A2,2016-01-06,S1,Bishkek,public,ten\n");
        HriTest.Run refused = hri("records", "--contacts", bad.toString(), "--year", "2016");
        assertThat(refused.status()).isEqualTo(Hri.DATA_PROBLEMS);
        assertThat(refused.err()).contains(bad + ", line 3, column 6 (needles_syringes): 'ten' is not a whole number");
        assertThat(refused.out()).isEmpty();
        Path q = Files.createDirectories(tmp.resolve("rejects"));
        HriTest.Run kept = hri("records", "--contacts", bad.toString(), "--year", "2016", "--quarantine", q.toString());
        assertThat(kept.status()).as(kept.err()).isZero();
        assertThat(kept.out()).contains("contacts.csv, 1 row, 1 rejected").contains("PRV.8 people given "
                + "needles-syringes: 1");
        assertThat(Files.readString(q.resolve("contacts.csv.rejects.csv"))).contains("3,\"column 6 (needles_syringes):")
                .contains("\"A2,2016-01-06,S1,Bishkek,public,ten\"");
    }

    @Test
    void wrongUsageIsStatus2() throws IOException {
        assertThat(hri("records", "--year", "2016").err()).contains("give at least one of --contacts, --episodes and "
                + "--doses");
        assertThat(hri("records", "--year", "2016").status()).isEqualTo(Hri.USAGE);
        assertThat(hri("records", "--contacts", tmp.resolve("none.csv").toString(), "--year", "2016").err())
                .contains("there is no file");
        Path f = tmp.resolve("c.csv");
        Files.writeString(f, "x\n");
        assertThat(hri("records", "--contacts", f.toString(), "--year", "2016", "--quarantine",
                tmp.resolve("nope").toString()).status()).isEqualTo(Hri.USAGE);
        assertThat(hri("records", "--contacts", f.toString(), "--year", "1800").status()).isEqualTo(Hri.USAGE);
        assertThat(hri("records", "--contacts", f.toString()).status()).isEqualTo(Hri.USAGE);
        assertThat(hri("records", "--contacts", f.toString(), "--year", "2016", "--decimal", ",").err())
                .contains("the decimal separator ',' needs --delimiter ';' or --delimiter tab");
        Path semi = tmp.resolve("s.csv");
        Files.writeString(semi, "uic;date;site;drug;dose_mg;phase\nA1;2016-01-05;S1;methadone;7,5;maintenance\n");
        HriTest.Run excel = hri("records", "--doses", semi.toString(), "--year", "2016", "--delimiter", ";", "--decimal",
                ",", "--encoding", "UTF-8");
        assertThat(excel.status()).as(excel.err()).isZero();
        // hand: one methadone maintenance dose of 7.5 mg < 60 → 0 of 1
        assertThat(excel.out()).contains("PRV.14 people on a maintenance dose: 1")
                .contains("PRV.14 of them at the minimum dose or more (methadone 60 mg, buprenorphine 8 mg): 0");
        HriTest.Run help = hri("records", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--quarantine=FOLDER").contains("--contacts=FILE");
        assertThat(hri("--help").out()).contains("records");
    }

    @Test
    void episodesFromDosesGivePrv11To13() throws IOException {
        Path doses = tmp.resolve("doses.csv");
        Files.writeString(doses, "uic,date,site,drug,dose_mg,phase\n"
                + "A1,2016-12-01,S1,methadone,60,maintenance\n"
                + "A1,2016-12-28,S1,methadone,60,maintenance\n"
                + "B2,2015-03-01,S9,methadone,20,induction\n"
                + "C3,2014-01-01,S1,methadone,60,maintenance\n"
                + "D4,2016-12-31,S9,buprenorphine,8,maintenance\n");
        Path sites = tmp.resolve("sites.csv");
        Files.writeString(sites, "site,name,area,provider_type,setting\nS1,Clinic,Bishkek,public,facility\n");
        HriTest.Run r = hri("records", "--doses", doses.toString(), "--sites", sites.toString(), "--year", "2016",
                "--episodes-from-doses", "--max-gap-days", "30", "--figures", tmp.resolve("f.csv").toString());
        assertThat(r.status()).as(r.err()).isZero();
        // hand: window 2015-01-01 − 30 days = 2014-12-02 to 2016-12-31, so C3's dose is outside; A1: no dose on
        // 12-02..12-27 = 26 days ≤ 30, one episode, last dose 3 days before 12-31 → under way; B2: one dose, ended
        // (far more than 30 days before 12-31), a starter of 2015 not on treatment on 2015-09-01; D4: one dose on
        // 12-31 at S9, not in the site table → under way, area unknown
        assertThat(r.out()).contains("doses.csv, 5 rows, 0 rejected")
                .contains("OAMT, 2016 (3 episodes built from the doses: a gap of more than 30 days without a dose ends "
                        + "one; doses outside 2014-12-02 to 2016-12-31 ignored: 1)")
                .contains("sites of doses not in the site table, their episodes' area unknown: S9")
                .contains("PRV.11 people on OAMT on 2016-12-31: 2")
                // hand: A1 from 12-01 on = 31 days, D4 1 day: 32 / 366 = 0.087 → 0.1
                .contains("PRV.12 person-years on OAMT in 2016: 0.1")
                .contains("PRV.13 retained 6 months after their start (starters 2015-01-01 to 2015-12-31, on OAMT "
                        + "on the date): 0 of 1 = 0.0 %")
                .contains("    by area: Bishkek 1, not known 1");
        assertThat(CsvFigureReader.defaults().read(tmp.resolve("f.csv")).size()).isPositive();
    }

    @Test
    void episodesFromDosesNeedAGapTheDosesAndNoEpisodeFile() throws IOException {
        Path f = tmp.resolve("d.csv");
        Files.writeString(f, "uic,date,site,drug,dose_mg,phase\nA1,2016-12-01,S1,methadone,60,maintenance\n");
        HriTest.Run noGap = hri("records", "--doses", f.toString(), "--year", "2016", "--episodes-from-doses");
        assertThat(noGap.status()).isEqualTo(Hri.USAGE);
        assertThat(noGap.err()).contains("--episodes-from-doses needs --max-gap-days N").contains("WHO gives no "
                + "threshold");
        assertThat(hri("records", "--doses", f.toString(), "--year", "2016", "--max-gap-days", "30").err())
                .contains("--max-gap-days goes with --episodes-from-doses");
        assertThat(hri("records", "--doses", f.toString(), "--episodes", f.toString(), "--year", "2016",
                "--episodes-from-doses", "--max-gap-days", "30").err()).contains("needs --doses and no --episodes");
        assertThat(hri("records", "--contacts", f.toString(), "--year", "2016", "--episodes-from-doses",
                "--max-gap-days", "30").status()).isEqualTo(Hri.USAGE);
        HriTest.Run zero = hri("records", "--doses", f.toString(), "--year", "2016", "--episodes-from-doses",
                "--max-gap-days", "0");
        assertThat(zero.status()).isEqualTo(Hri.USAGE);
        assertThat(zero.err()).contains("--max-gap-days is not within 1 to 365: 0");
        assertThat(hri("records", "--help").out()).contains("--episodes-from-doses").contains("--max-gap-days=N");
    }
}
