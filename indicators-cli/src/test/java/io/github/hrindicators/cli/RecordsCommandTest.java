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
}
