package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.records.Client;
import io.github.hrindicators.core.records.DispensingAccumulator;
import io.github.hrindicators.core.records.DosePhase;
import io.github.hrindicators.core.records.DoseRecord;
import io.github.hrindicators.core.records.Drug;
import io.github.hrindicators.core.records.NspAccumulator;
import io.github.hrindicators.core.records.NspContact;
import io.github.hrindicators.core.records.OamtEpisode;
import io.github.hrindicators.core.records.OamtResult;
import io.github.hrindicators.core.records.OamtSettings;
import io.github.hrindicators.core.records.RecordContext;
import io.github.hrindicators.core.records.RecordSource;
import io.github.hrindicators.core.records.Site;
import io.github.hrindicators.core.records.Uic;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        return write(name, text, StandardCharsets.UTF_8);
    }

    Path write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, cs);
        return p;
    }

    static final String CONTACTS = """
            uic,date,site,area,provider_type,needles_syringes,condoms,naloxone_kits,hiv_test,hcv_test
            ab c1990m,2016-01-05,S1,Bishkek,community-led,10,5,1,yes,no
            АВС1990М,2016-02-03,S2,Osh,public,5,,,,
            XYZ1985F,2016-03-01,S1,Bishkek,community_led,20,0,0,1,0
            """;

    @Test
    void readsContactsInOnePassIntoAnAccumulator() throws IOException {
        Path file = write("contacts.csv", CONTACTS);
        NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.empty());
        RecordSource source = RecordReader.defaults().readContacts(file, nsp::add);
        assertThat(source).isEqualTo(new RecordSource(file.toString(), 3, 0));
        // hand: "ab c1990m" and Cyrillic "АВС1990М" normalise to ABC1990M → 2 clients, 10 + 5 + 20 = 35 needles
        assertThat(nsp.result().reached().total()).isEqualTo(2);
        assertThat(nsp.result().needlesSyringes().total()).isEqualTo(35);
    }

    @Test
    void readsContactsFromAStreamNamedInProblems() {
        List<NspContact> got = new ArrayList<>();
        RecordSource s = RecordReader.defaults().readContacts(new java.io.ByteArrayInputStream(
                CONTACTS.getBytes(StandardCharsets.UTF_8)), "part 1 of contacts.csv", got::add);
        assertThat(s).isEqualTo(new RecordSource("part 1 of contacts.csv", 3, 0));
        assertThat(got).hasSize(3);
        assertThatExceptionOfType(DataFileException.class).isThrownBy(() -> RecordReader.defaults().readContacts(
                new java.io.ByteArrayInputStream("uic\n".getBytes(StandardCharsets.UTF_8)), "part 2", got::add))
                .satisfies(e -> assertThat(e.problems().get(0).file()).isEqualTo("part 2"));
    }

    @Test
    void readsEveryFieldOfAContact() throws IOException {
        List<NspContact> got = new ArrayList<>();
        RecordReader.defaults().readContacts(write("c.csv", CONTACTS), got::add);
        assertThat(got.get(0)).isEqualTo(new NspContact(Uic.of("ABC1990M"), LocalDate.of(2016, 1, 5), "S1",
                Area.of("Bishkek"), ProviderType.COMMUNITY_LED, 10, 5, 1, true, false));
        assertThat(got.get(1)).isEqualTo(NspContact.of(Uic.of("ABC1990M"), LocalDate.of(2016, 2, 3), "S2",
                Area.of("Osh"), ProviderType.PUBLIC, 5));
        assertThat(got.get(2).hivTest()).isTrue();
    }

    @Test
    void refusesAFileWithProblemsWholeLocatingEachProblem() throws IOException {
        Path file = write("contacts.csv", """
                uic,date,site,area,provider_type,needles_syringes
                A1,2016-01-05,S1,Bishkek,public,10
                ,2016-13-01,S1,Bishkek,state,-3
                B1,2016-02-30,S1,,public,1.5
                C1,2016-01-05,S1,Bishkek,public
                """);
        List<NspContact> got = new ArrayList<>();
        DataFileException e = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readContacts(file, got::add)).actual();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ", line 3, column 1 (uic): is empty; expected the client's unique identifier code (UIC)",
                file + ", line 3, column 2 (date): '2016-13-01' is not a day of the calendar; expected a date written "
                        + "year-month-day, such as 2016-03-31",
                file + ", line 3, column 5 (provider_type): 'state' is not known; expected one of community-led, "
                        + "public, other",
                file + ", line 3, column 6 (needles_syringes): '-3' is not a whole number; expected a whole number of "
                        + "needles-syringes, such as 10, without signs or thousands separators",
                file + ", line 4, column 2 (date): '2016-02-30' is not a day of the calendar; expected a date written "
                        + "year-month-day, such as 2016-03-31",
                file + ", line 4, column 4 (area): is empty; expected the name of an area, such as Bishkek",
                file + ", line 4, column 6 (needles_syringes): '1.5' is not a whole number; expected a whole number "
                        + "of needles-syringes, such as 10, without signs or thousands separators",
                file + ", line 5: has 5 fields but the header has 6; check the quotes around text that holds ','");
        assertThat(e.problems()).extracting(Problem::kind).containsOnly(Problem.Kind.VALUE, Problem.Kind.LAYOUT);
        assertThat(e.getMessage()).startsWith(file + ": 8 problems, nothing was loaded");
        // the consumer got line 2 only: nothing after the first bad row
        assertThat(got).hasSize(1);
    }

    /** The edges of the value rules: years 1900 to 2999, counts of up to 18 digits, dates of exactly 10 characters. */
    @Test
    void takesValuesAtTheEdgesOfTheirRulesAndRefusesThoseJustPast() throws IOException {
        Path ok = write("edges.csv", """
                uic,date,site,area,provider_type,needles_syringes
                A1,1900-01-01,S1,Bishkek,public,999999999999999999
                A2,2999-12-31,S1,Bishkek,public,0
                """);
        List<NspContact> got = new ArrayList<>();
        RecordReader.defaults().readContacts(ok, got::add);
        assertThat(got).extracting(NspContact::date).containsExactly(LocalDate.of(1900, 1, 1),
                LocalDate.of(2999, 12, 31));
        assertThat(got.get(0).needlesSyringes()).isEqualTo(999_999_999_999_999_999L);
        Path bad = write("past.csv", """
                uic,date,site,area,provider_type,needles_syringes
                A1,1899-12-31,S1,Bishkek,public,1000000000000000000
                A2,3000-01-01,S1,Bishkek,public,1
                A3,2016-1-05,S1,Bishkek,public,1
                """);
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readContacts(bad, c -> { }))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        bad + ", line 2, column 2 (date): '1899-12-31' is not within the years 1900-2999; expected a "
                                + "date such as 2016-03-31",
                        bad + ", line 2, column 6 (needles_syringes): '1000000000000000000' has more than 18 "
                                + "digits; expected a whole number of needles-syringes below a billion billion, such "
                                + "as 10",
                        bad + ", line 3, column 2 (date): '3000-01-01' is not within the years 1900-2999; expected a "
                                + "date such as 2016-03-31",
                        bad + ", line 4, column 2 (date): '2016-1-05' is not a date; expected a date written "
                                + "year-month-day, such as 2016-03-31"));
        Path clients = write("clients.csv", """
                uic,gender,birth_year
                A1,male,1900
                A2,female,2999
                A3,male,1899
                A4,male,3000
                """);
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readClients(clients))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::line).containsExactly(4L, 5L));
    }

    /** A field longer than a field may be is refused at its line and column, with its length, not cut short. */
    @Test
    void refusesAFieldLongerThanTheLongestAllowed() throws IOException {
        int max = ReadOptions.MAX_FIELD_LENGTH;
        Path file = write("long.csv", "uic,date,site,area,provider_type,needles_syringes\n"
                + "A1,2016-01-05," + "S".repeat(max) + ",Bishkek,public,1\n"
                + "A2,2016-01-05," + "S".repeat(max + 1) + ",Bishkek,public,1\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readContacts(file, c -> { }))
                .satisfies(e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.TOO_LONG);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.column()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("site");
                    assertThat(p.message()).isEqualTo("is " + (max + 1) + " characters long; a field may hold at "
                            + "most " + max);
                }));
    }

    @Test
    void quarantineWritesEveryRefusedRowUnchangedWithItsLineAndReason() throws Exception {
        Path file = write("contacts.csv", "uic,date,site,area,provider_type,needles_syringes\r\n"
                + "A1,2016-01-05,S1,Bishkek,public,10\r\n"
                + "B1,2016-01-06,S1,\"Bishkek, \"\"north\"\"\",public,x\r\n"
                + "C1,2016-01-07,S1,Bishkek,public,7\r\n"
                + "D1,2016-01-08,S1,\"two\nlines\",public,-1\r\n"
                + "E1,2016-01-09,S1,Bishkek,public,3\r\n");
        RecordReader reader = RecordReader.defaults().withQuarantine(dir);
        NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.empty());
        RecordSource source = reader.readContacts(file, nsp::add);
        // hand: rows A1, C1, E1 accepted (10 + 7 + 3 = 20), B1 and D1 rejected
        assertThat(source).isEqualTo(new RecordSource(file.toString(), 3, 2));
        assertThat(source.toString()).endsWith("contacts.csv, 3 rows, 2 rejected");
        assertThat(nsp.result().needlesSyringes().total()).isEqualTo(20);
        Path rejects = reader.rejectsFile(file).orElseThrow();
        assertThat(rejects).isEqualTo(dir.resolve("contacts.csv.rejects.csv"));
        String expected = "line,reason,row\n"
                + "3,\"column 6 (needles_syringes): 'x' is not a whole number; expected a whole number of "
                + "needles-syringes, such as 10, without signs or thousands separators\","
                + "\"B1,2016-01-06,S1,\"\"Bishkek, \"\"\"\"north\"\"\"\"\"\",public,x\"\n"
                + "5,\"column 6 (needles_syringes): '-1' is not a whole number; expected a whole number of "
                + "needles-syringes, such as 10, without signs or thousands separators\","
                + "\"D1,2016-01-08,S1,\"\"two\nlines\"\",public,-1\"\n";
        assertThat(Files.readString(rejects)).isEqualTo(expected);
        // the rejects file is itself CSV: its row column gives back each refused row exactly
        List<String> rows = new ArrayList<>();
        CsvRows r = new CsvRows(Files.newBufferedReader(rejects), ',', 1000);
        while (r.next()) {
            rows.add(r.field(2));
        }
        assertThat(rows).containsExactly("row", "B1,2016-01-06,S1,\"Bishkek, \"\"north\"\"\",public,x",
                "D1,2016-01-08,S1,\"two\nlines\",public,-1");
    }

    @Test
    void quarantineStillRefusesProblemsOfTheWholeFile() throws IOException {
        Path file = write("episodes.csv", "uic,site,drug,start\nA1,S1,methadone,2016-01-01\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().withQuarantine(dir).readEpisodes(file, e -> { }))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        file + ", line 1 (area): is a required column of OAMT episodes but the header lacks it; "
                                + "required columns are uic, site, area, drug, start"));
    }

    @Test
    void readsExcelStyleFilesWithTheReaderOptions() throws IOException {
        Path file = write("doses.csv", "uic;date;site;drug;dose_mg;phase\n"
                + "А1;2016-02-01;S1;methadone;30;induction\n"
                + "А1;2016-02-20;S1;buprenorphine;7,5;maintenance\n", Charset.forName("windows-1251"));
        List<DoseRecord> got = new ArrayList<>();
        RecordReader excel = RecordReader.defaults().withDelimiter(';').withDecimalSeparator(',')
                .withEncoding(Charset.forName("windows-1251"));
        assertThat(excel.readDoses(file, got::add).rows()).isEqualTo(2);
        assertThat(got).containsExactly(
                new DoseRecord(Uic.of("A1"), LocalDate.of(2016, 2, 1), "S1", Drug.METHADONE, 30, DosePhase.INDUCTION),
                new DoseRecord(Uic.of("A1"), LocalDate.of(2016, 2, 20), "S1", Drug.BUPRENORPHINE, 7.5,
                        DosePhase.MAINTENANCE));
        assertThat(excel.delimiter()).isEqualTo(';');
        assertThat(excel.decimalSeparator()).isEqualTo(',');
        assertThat(excel.encoding()).contains(Charset.forName("windows-1251"));
        assertThat(excel.quarantine()).isEmpty();
        assertThat(excel.rejectsFile(file)).isEmpty();
        // the default reader names the option that would read the file
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readDoses(file, d -> { }))
                .satisfies(e -> assertThat(e.problems().get(0).message())
                        .contains("read it with encoding windows-1251"));
        Path semicolons = write("d2.csv", "uic;date;site;drug;dose_mg;phase\nA1;2016-02-01;S1;methadone;30;induction\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readDoses(semicolons, d -> { }))
                .satisfies(e -> assertThat(e.problems().get(0).message()).isEqualTo("is the only column: the "
                        + "columns seem to be separated by ';', not ','; read the file with delimiter ';'"));
        Path comma = write("d3.csv", "uic,date,site,drug,dose_mg,phase\nA1,2016-02-01,S1,methadone,7;5,induction\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readDoses(comma, d -> { }))
                .satisfies(e -> assertThat(e.problems().get(0).toString()).isEqualTo(comma + ", line 2, column 5 "
                        + "(dose_mg): '7;5' is not a number; expected the daily dose in milligrams in digits with '.' "
                        + "as decimal point, such as 60 or 7.5"));
    }

    @Test
    void readsEpisodesAndReportsEpisodesThatDoNotFitTogether() throws IOException {
        Path file = write("episodes.csv", """
                uic,site,area,drug,start,end,end_reason
                A1,S1,Bishkek,methadone,2015-02-01,2015-05-31,dropped out
                A1,S1,Bishkek,Methadone,2015-07-01,,
                B1,S1,Bishkek,methadone,2015-07-01,2015-06-01,transfer
                """);
        List<OamtEpisode> got = new ArrayList<>();
        DataFileException e = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readEpisodes(file, got::add)).actual();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(file + ", line 4: does not make a "
                + "valid record: Episode end 2015-06-01 is before its start 2015-07-01");
        assertThat(got).containsExactly(
                OamtEpisode.ended(Uic.of("A1"), "S1", Area.of("Bishkek"), Drug.METHADONE, LocalDate.of(2015, 2, 1),
                        LocalDate.of(2015, 5, 31), "dropped out"),
                OamtEpisode.ongoing(Uic.of("A1"), "S1", Area.of("Bishkek"), Drug.METHADONE, LocalDate.of(2015, 7, 1)));
    }

    @Test
    void readsTablesAndRefusesACodeGivenTwice() throws IOException {
        Path clients = write("clients.csv", """
                uic,gender,birth_year,birth_date,key_population,area
                A1,male,1990,,PWID,Bishkek
                B1,female,,1995-06-01,,
                a 1,other,1991,,,
                """);
        DataFileException e = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readClients(clients)).actual();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                clients + ", line 4: repeats the code A1 of line 2; give each one row");
        assertThat(e.problems().get(0).kind()).isEqualTo(Problem.Kind.DUPLICATE);
        RecordTable<Client> table = RecordReader.defaults().withQuarantine(dir).readClients(clients);
        assertThat(table.rows()).containsExactly(
                Client.of(Uic.of("A1"), Gender.MALE).withBirthYear(1990).withKeyPopulation("PWID")
                        .withArea(Area.of("Bishkek")),
                Client.of(Uic.of("B1"), Gender.FEMALE).withBirthDate(LocalDate.of(1995, 6, 1)));
        assertThat(table.source().rejected()).isEqualTo(1);
        Path sites = write("sites.csv", "site,name,area,provider_type,setting\nS1,Drop-in,Bishkek,community-led,"
                + "community\nS3,Colony 47,Bishkek,public,prison\n");
        assertThat(RecordReader.defaults().readSites(sites).rows()).containsExactly(
                new Site("S1", "Drop-in", Area.of("Bishkek"), ProviderType.COMMUNITY_LED, Setting.COMMUNITY),
                new Site("S3", "Colony 47", Area.of("Bishkek"), ProviderType.PUBLIC, Setting.PRISON));
    }

    @Test
    void refusesBadHeadersEmptyFilesAndOtherValues() throws IOException {
        Path empty = write("empty.csv", "\n\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readSites(empty))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(empty
                        + ": is empty; expected a header row naming the columns of sites, such as "
                        + "site,name,area,provider_type,setting"));
        Path header = write("h.csv", "uic,gender,gendre,gender\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readClients(header))
                .satisfies(e -> assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        header + ", line 1, column 3: 'gendre' is not a column of clients; did you mean 'gender'?; "
                                + "the columns are uic, gender, birth_year, birth_date, key_population, area",
                        header + ", line 1, column 4: 'gender' is a repeated column; name each column once"));
        Path noRows = write("n.csv", "uic,gender\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readClients(noRows))
                .satisfies(e -> assertThat(e.problems().get(0).message()).isEqualTo("has a header but no rows of "
                        + "clients"));
        Path values = write("v.csv", "uic,gender,birth_year,birth_date,,key_population\n"
                + "A1,man,90,1990-01-01,x,\"\u200Bx\"\n"
                + "A2,male,1990,1991-01-01,,\n"
                + "\"" + "X".repeat(70) + "\",male,1990,3000-01-01,,\n"
                + "A4,male,1990,1/1/1990,,\n"
                + "\"A5,male\n");
        DataFileException e = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readClients(values)).actual();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                values + ", line 2, column 5: 'x' is in column 5, which has no name in the header; name the column, "
                        + "or remove the text",
                values + ", line 3: does not make a valid record: Birth date 1991-01-01 is not in the birth year 1990",
                values + ", line 4, column 1 (uic): '" + "X".repeat(70) + "' is not a client code: Client code is "
                        + "longer than 64 characters: '" + "X".repeat(70) + "'",
                values + ", line 4, column 4 (birth_date): '3000-01-01' is not within the years 1900-2999; expected "
                        + "a date such as 2016-03-31",
                values + ", line 5, column 4 (birth_date): '1/1/1990' is not a date; expected a date written "
                        + "year-month-day, such as 2016-03-31",
                values + ", line 6, column 1 (uic): opens a quote that is never closed; add the closing quote (\") "
                        + "at the end of this field");
        Path values2 = write("v2.csv", "uic,gender,birth_year,key_population\nA1,man,90,\"\u200Bx\u200By\"\n");
        DataFileException e2 = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readClients(values2)).actual();
        assertThat(e2.problems()).extracting(Problem::field).containsExactly("gender", "birth_year",
                "key_population");
        assertThat(e2.problems().get(1).message()).isEqualTo("is not a year; expected a year from 1900 to 2999, "
                + "such as 1990");
        Path bools = write("b.csv", "uic,date,site,area,provider_type,needles_syringes,hiv_test\n"
                + "A1,2016-01-01,S1,Bishkek,public,1,maybe\n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readContacts(bools, c -> { }))
                .satisfies(x -> assertThat(x.problems().get(0).message()).isEqualTo("is not yes or no; expected yes "
                        + "or no (or 1 or 0), or nothing for no"));
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readSites(dir.resolve("missing.csv")))
                .satisfies(x -> assertThat(x.problems().get(0).kind()).isEqualTo(Problem.Kind.UNREADABLE));
        assertThat(RecordReader.defaults().withQuarantine(dir).quarantine()).contains(dir);
        assertThat(Optional.of(RecordReader.REJECTS_SUFFIX)).contains(".rejects.csv");
    }

    @Test
    void theReadmeRecordExampleRuns() throws IOException {
        write("clients.csv", "uic,gender,birth_year\nABC1990M,male,1990\n");
        write("sites.csv", "site,name,area,provider_type,setting\nS1,Drop-in,Bishkek,community-led,community\n");
        write("contacts.csv", CONTACTS);
        // the block of the README's "Record files" section, as it is there
        RecordReader reader = RecordReader.defaults();                   // or .withQuarantine(rejectsFolder)
        RecordTable<Client> clients = reader.readClients(dir.resolve("clients.csv"));
        RecordTable<Site> sites = reader.readSites(dir.resolve("sites.csv"));
        NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.of(clients.rows(), sites.rows()));
        RecordSource contacts = reader.readContacts(dir.resolve("contacts.csv"), nsp::add);
        List<Observation> figures = nsp.result().toFigures(Area.of("Kyrgyzstan"), RecordSource.citation(List.of(contacts)));
        // hand: 2 clients reached (ABC1990M twice, XYZ1985F), 35 needles-syringes
        assertThat(figures).contains(Observation.of(Measure.NSP_CLIENTS, Count.of(2), ReferencePeriod.ofYear(2016),
                Area.of("Kyrgyzstan"), Source.of("computed from " + dir.resolve("contacts.csv") + ", 3 rows, 0 rejected")));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains("RecordSource contacts = reader.readContacts(dir.resolve(\"contacts.csv\"), nsp::add);",
                "NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.of(clients.rows(), sites.rows()));");
    }

    @Test
    void theReadmeDispensingExampleRuns() throws IOException {
        write("clients.csv", "uic,gender,birth_year\nABC1990M,male,1990\n");
        write("sites.csv", "site,name,area,provider_type,setting\nS1,Clinic,Bishkek,public,facility\n");
        // ABC1990M: 2016-12-01 and 2016-12-20 (18 days without a dose, ≤ 30), under way on 2016-12-31;
        // XYZ1985F: 2016-06-01 only, more than 30 days before 2016-12-31 → ended
        write("doses.csv", "uic,date,site,drug,dose_mg,phase\nABC1990M,2016-12-01,S1,methadone,60,maintenance\n"
                + "ABC1990M,2016-12-20,S1,methadone,60,maintenance\nXYZ1985F,2016-06-01,S1,methadone,40,induction\n");
        RecordReader reader = RecordReader.defaults();
        RecordTable<Client> clients = reader.readClients(dir.resolve("clients.csv"));
        RecordTable<Site> sites = reader.readSites(dir.resolve("sites.csv"));
        // the dispensing block of the README's "Record files" section, as it is there
        DispensingAccumulator oamt = DispensingAccumulator.of(OamtSettings.forYear(2016), RecordContext.of(clients.rows(), sites.rows()), 30);
        RecordSource doses = reader.readDoses(dir.resolve("doses.csv"), oamt::add);  // 30 days: the programme's rule
        OamtResult r = oamt.result();                                                // PRV.11, PRV.12, PRV.13
        List<Observation> oamtFigures = r.toFigures(Area.of("Kyrgyzstan"), RecordSource.citation(List.of(doses)));
        // hand: ABC1990M on OAMT on 2016-12-31 → 1; 2 episodes from 3 doses
        assertThat(r.rows()).isEqualTo(2);
        assertThat(oamtFigures).contains(Observation.of(Measure.OST_CLIENTS, Count.of(1),
                ReferencePeriod.asOf(LocalDate.of(2016, 12, 31)), Area.of("Kyrgyzstan"),
                Source.of("computed from " + dir.resolve("doses.csv") + ", 3 rows, 0 rejected")));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(
                "DispensingAccumulator oamt = DispensingAccumulator.of(OamtSettings.forYear(2016), RecordContext.of(clients.rows(), sites.rows()), 30);",
                "RecordSource doses = reader.readDoses(dir.resolve(\"doses.csv\"), oamt::add);  // 30 days: the programme's rule",
                "OamtResult r = oamt.result();                                                // PRV.11, PRV.12, PRV.13",
                "List<Observation> oamtFigures = r.toFigures(Area.of(\"Kyrgyzstan\"), RecordSource.citation(List.of(doses)));");
    }

    @Test
    void readsJsonLinesWithTheSameFieldsAsTheCsvColumns() throws IOException {
        Path file = write("contacts.jsonl", """
                {"uic": "ab c1990m", "date": "2016-01-05", "site": "S1", "area": "Bishkek", "provider_type": "community-led", "needles_syringes": 10, "condoms": 5, "naloxone_kits": 1, "hiv_test": true, "hcv_test": false}

                {"uic": "XYZ1985F", "date": "2016-03-01", "site": "S1", "area": "Bishkek", "provider_type": "public", "needles_syringes": 20, "hiv_test": null}
                """);
        List<NspContact> got = new ArrayList<>();
        assertThat(RecordReader.defaults().readContacts(file, got::add)).isEqualTo(new RecordSource(file.toString(), 2, 0));
        assertThat(got).containsExactly(new NspContact(Uic.of("ABC1990M"), LocalDate.of(2016, 1, 5), "S1",
                Area.of("Bishkek"), ProviderType.COMMUNITY_LED, 10, 5, 1, true, false),
                NspContact.of(Uic.of("XYZ1985F"), LocalDate.of(2016, 3, 1), "S1", Area.of("Bishkek"),
                        ProviderType.PUBLIC, 20));
        Path doses = write("doses.ndjson", "{\"uic\": \"A1\", \"date\": \"2016-02-20\", \"site\": \"S1\", "
                + "\"drug\": \"buprenorphine\", \"dose_mg\": 7.5, \"phase\": \"maintenance\"}\n");
        List<DoseRecord> d = new ArrayList<>();
        RecordReader.defaults().readDoses(doses, d::add);
        assertThat(d).extracting(DoseRecord::milligrams).containsExactly(7.5);
        assertThat(RecordReader.isJsonLines("x.JSONL")).isTrue();
        assertThat(RecordReader.isJsonLines("x.json")).isFalse();
    }

    @Test
    void refusesBadJsonLinesLocatingEachProblemByLineAndPointer() throws IOException {
        Path file = write("contacts.jsonl", """
                {"uic": "A1", "date": "2016-01-05", "site": "S1", "area": "Bishkek", "provider_type": "public", "needles_syringes": -3}
                {"uic": "A2", "date": "2016-01-05", "site": "S1", "area": "Bishkek", "provider_type": "public", "needles_syringes": 1, "colour": "red", "hiv_test": [1]}
                {"uic": "A3", "date": 2016-01-05}
                ["A4"]
                {"uic": "A5", "site": "S1", "area": "Bishkek", "provider_type": "public", "needles_syringes": 2.5}
                {"uic": null, "date": "2016-01-05", "site": "S1", "area": "Bishkek", "provider_type": "public", "needles_syringes": 1}
                """);
        DataFileException e = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readContacts(file, c -> { })).actual();
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                file + ", line 1 (/needles_syringes): '-3' is not a whole number; expected a whole number of "
                        + "needles-syringes, such as 10, without signs or thousands separators",
                file + ", line 2 (/colour): is not a field of these records; the fields are uic, date, site, area, "
                        + "provider_type, needles_syringes, condoms, naloxone_kits, hiv_test, hcv_test",
                file + ", line 2 (/hiv_test): is a JSON array; expected a text, a number, true or false",
                // hand: the "-" after 2016 is character 27 of line 3
                file + ", line 3: is not one JSON object (the reader stopped at character 27); check its quotes, "
                        + "commas and braces, and write each record on one line",
                file + ", line 4: is not a JSON object; write each record as one object, such as "
                        + "{\"uic\": \"ABC1990M\", …}",
                // a field not given is missing; a field given as null is empty
                file + ", line 5 (/date): is missing; expected a date written year-month-day, such as 2016-03-31",
                file + ", line 5 (/needles_syringes): '2.5' is not a whole number; expected a whole number of "
                        + "needles-syringes, such as 10, without signs or thousands separators",
                file + ", line 6 (/uic): is empty; expected the client's unique identifier code (UIC)");
        // quarantine: every line rejected, each written unchanged with its line
        NspAccumulator nsp = NspAccumulator.of(ReferencePeriod.ofYear(2016), RecordContext.empty());
        RecordSource s = RecordReader.defaults().withQuarantine(dir).readContacts(file, nsp::add);
        assertThat(s.rejected()).isEqualTo(6);
        assertThat(s.rows()).isZero();
        assertThat(Files.readString(dir.resolve("contacts.jsonl.rejects.csv"))).contains(
                "4,\"is not a JSON object; write each record as one object, such as {\"\"uic\"\": "
                        + "\"\"ABC1990M\"\", …}\",\"[\"\"A4\"\"]\"");
        Path empty = write("empty.jsonl", "\n  \n");
        assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readSites(empty))
                .satisfies(x -> assertThat(x.problems().get(0).message()).isEqualTo("is empty; expected one JSON "
                        + "object of sites a line, such as {\"site\": …, \"name\": …, \"area\": …, "
                        + "\"provider_type\": …, \"setting\": …}"));
    }

    @Test
    void readsContactsInPartsOnSeveralThreadsToTheResultOfOnePass() throws IOException {
        Path file = dir.resolve("big contacts.csv");
        try (CsvRecordWriter<NspContact> w = CsvRecordWriter.contacts(file)) {
            io.github.hrindicators.core.records.SyntheticRecords.of(io.github.hrindicators.core.records.SyntheticRecords
                    .Settings.kyrgyzOamt2016(9).withNspContacts(40_000)).contacts(w);
        }
        assertThat(Files.size(file)).isGreaterThan(Parts.MIN_SIZE);
        ReferencePeriod y = ReferencePeriod.ofYear(2016);
        NspAccumulator one = NspAccumulator.of(y, RecordContext.empty());
        RecordSource s1 = RecordReader.defaults().readContacts(file, one::add);
        for (int threads : new int[] {1, 2, 3, 7}) {
            NspAccumulator parts = NspAccumulator.of(y, RecordContext.empty());
            assertThat(RecordReader.defaults().readContacts(file, parts, threads)).isEqualTo(s1);
            assertThat(parts.result()).isEqualTo(one.result());
        }
        // the cuts fall at line starts, after the header, and the parts cover the rest of the file
        long[] cuts = Parts.cuts(file, 3, false, Optional.empty()).orElseThrow();
        assertThat(cuts[0]).isEqualTo(CONTACTS.indexOf('\n') + 1);
        assertThat(cuts[3]).isEqualTo(Files.size(file));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[(int) cuts[1] - 1]).isEqualTo((byte) '\n');
        assertThat(bytes[(int) cuts[2] - 1]).isEqualTo((byte) '\n');
        assertThat(Parts.cuts(file, 2, false, Optional.of(StandardCharsets.UTF_16LE))).isEmpty();
        assertThat(Parts.cuts(dir.resolve("none.csv"), 2, false, Optional.empty())).isEmpty();
        assertThat(Parts.cuts(write("small.csv", CONTACTS), 2, false, Optional.empty())).isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> RecordReader.defaults().readContacts(file, one, 0))
                .withMessage("Threads is not at least 1: 0");
    }

    @Test
    void readsDosesAndEpisodesInPartsToTheResultOfOnePass() throws IOException {
        StringBuilder doses = new StringBuilder("uic,date,site,drug,dose_mg,phase\n");
        StringBuilder episodes = new StringBuilder("uic,site,area,drug,start,end,end_reason\n");
        for (int i = 0; i < 30_000; i++) {
            LocalDate day = LocalDate.of(2016, 1, 1).plusDays(i % 366);
            doses.append("A").append(i % 1_000).append(',').append(day).append(",S").append(i % 7)
                    .append(i % 4 == 0 ? ",buprenorphine," : ",methadone,").append(20 + i % 90)
                    .append(i % 10 == 0 ? ",induction\n" : ",maintenance\n");
            episodes.append("E").append(i).append(",S").append(i % 7).append(",Area ").append(i % 3)
                    .append(",methadone,").append(day.minusYears(1)).append(',')
                    .append(i % 3 == 0 ? day + ",dropped out" : ",").append('\n');
        }
        Path d = write("doses.csv", doses.toString());
        Path e = write("episodes.csv", episodes.toString());
        assertThat(Files.size(d)).isGreaterThan(Parts.MIN_SIZE);
        assertThat(Files.size(e)).isGreaterThan(Parts.MIN_SIZE);
        ReferencePeriod y = ReferencePeriod.ofYear(2016);
        io.github.hrindicators.core.records.DoseAccumulator oneDose = io.github.hrindicators.core.records
                .DoseAccumulator.of(y, RecordContext.empty());
        RecordSource ds = RecordReader.defaults().readDoses(d, oneDose::add);
        io.github.hrindicators.core.records.OamtAccumulator oneEpisode = io.github.hrindicators.core.records
                .OamtAccumulator.of(io.github.hrindicators.core.records.OamtSettings.forYear(2016),
                        RecordContext.empty());
        RecordSource es = RecordReader.defaults().readEpisodes(e, oneEpisode::add);
        for (int threads : new int[] {1, 2, 3}) {
            io.github.hrindicators.core.records.DoseAccumulator dp = oneDose.newPart();
            assertThat(RecordReader.defaults().readDoses(d, dp, threads)).isEqualTo(ds);
            assertThat(dp.result()).isEqualTo(oneDose.result());
            io.github.hrindicators.core.records.OamtAccumulator ep = oneEpisode.newPart();
            assertThat(RecordReader.defaults().readEpisodes(e, ep, threads)).isEqualTo(es);
            assertThat(ep.result()).isEqualTo(oneEpisode.result());
        }
        // hand: 30,000 rows of each; 1,000 dose codes, all with a dose in 2016
        assertThat(ds.rows()).isEqualTo(30_000);
        assertThat(es.rows()).isEqualTo(30_000);
        assertThat(oneDose.result().latestByPhase().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(1_000);
    }

    @Test
    void aCutInsideAQuotedLineBreakOrABadRowFallsBackToOnePass() throws IOException {
        StringBuilder b = new StringBuilder("uic,date,site,area,provider_type,needles_syringes\n");
        for (int i = 0; i < 20_000; i++) {
            // an area whose quoted name holds line breaks: most line breaks of the file are inside quotes
            b.append("K").append(i % 500).append(",2016-01-05,S1,\"B\ni\ns\nh\nk\ne\nk\",public,").append(i % 9)
                    .append('\n');
        }
        Path file = write("quoted.csv", b.toString());
        ReferencePeriod y = ReferencePeriod.ofYear(2016);
        NspAccumulator one = NspAccumulator.of(y, RecordContext.empty());
        RecordReader.defaults().readContacts(file, one::add);
        NspAccumulator parts = NspAccumulator.of(y, RecordContext.empty());
        RecordReader.defaults().readContacts(file, parts, 2);
        // hand: 500 codes; 20,000 rows of 0..8 needles-syringes
        assertThat(parts.result()).isEqualTo(one.result());
        assertThat(parts.result().reached().total()).isEqualTo(500);
        // JSON Lines of 2.4 MB, cut in two; one bad row, in the second part
        StringBuilder j = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            j.append("{\"uic\": \"K").append(i % 500).append("\", \"date\": \"2016-01-05\", \"site\": \"S1\", ")
                    .append("\"area\": \"Bishkek\", \"provider_type\": \"public\", \"needles_syringes\": ")
                    .append(i == 15_000 ? "\"x\"" : String.valueOf(i % 9)).append("}\n");
        }
        Path bad = write("bad.jsonl", j.toString());
        DataFileException viaParts = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readContacts(bad, NspAccumulator.of(y, RecordContext.empty()),
                        2)).actual();
        DataFileException onePass = assertThatExceptionOfType(DataFileException.class)
                .isThrownBy(() -> RecordReader.defaults().readContacts(bad, c -> { })).actual();
        // the problems are those of the one-pass read, located in the file's own lines
        assertThat(viaParts.problems()).isEqualTo(onePass.problems());
        assertThat(onePass.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(15_001));
        NspAccumulator quarantined = NspAccumulator.of(y, RecordContext.empty());
        assertThat(RecordReader.defaults().withQuarantine(dir).readContacts(bad, quarantined, 2).rejected())
                .isPositive();
    }
}
