package io.github.hrindicators.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.examples.KyrgyzDataset;
import io.github.hrindicators.examples.KyrgyzSeedExample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The tool as a user runs it: arguments in, text and an exit status out. */
class HriTest {
    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run hri(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Hri.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @TempDir
    Path dir;

    /** The bundled Kyrgyz figures, copied into a folder whose name and file name hold spaces. */
    Path kyrgyzFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("my figures"));
        Path file = folder.resolve("kyrgyz figures.csv");
        try (InputStream in = KyrgyzDataset.class.getResourceAsStream(KyrgyzDataset.FILE)) {
            Files.copy(in, file);
        }
        return file;
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void everyCommandAnswersHelpWithItsUsageAndStatusZero() {
        CommandLine cl = new CommandLine(new Hri(false));
        assertThat(cl.getSubcommands()).hasSizeGreaterThan(4);
        for (String command : cl.getSubcommands().keySet()) {
            Run r = command.equals("help") ? hri("help", "compute") : hri(command, "--help");
            assertThat(r.status()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: hri " + (command.equals("help") ? "compute" : command));
            assertThat(r.err()).as(command).isEmpty();
        }
        Run top = hri("--help");
        assertThat(top.status()).isZero();
        assertThat(top.out()).contains("compute", "validate", "Exit status:");
    }

    @Test
    void computesInRussianWithLangRu() throws IOException {
        Run r = hri("compute", kyrgyzFile().toString(), "--year", "2016", "--lang", "ru");
        assertThat(r.status()).isZero();
        // the same hand value, 1505 / 25000 = 6,02 %, with the Russian decimal comma and a narrow space in 1 505
        assertThat(r.out()).contains("Kyrgyzstan, 2016: индикаторы по файлу kyrgyz figures.csv")
                .containsPattern("Охват ОЗТ \\[знаменатель: численность ЛУИН \\(приближённо\\)\\] +6,02 %")
                .contains("числитель 1\u202F505 / знаменатель 25\u202F000")
                .contains("предупреждение mixed_years: Для 2016 года объединены исходные данные разных лет")
                .contains("Не рассчитывается по этим данным").doesNotContain("OST coverage", "not computable");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow())
                .matches("рассчитано результатов: [0-9]+, не рассчитывается: [0-9]+");
        Run catalogue = hri("indicators", "--lang", "ru");
        assertThat(catalogue.out()).contains("ost_coverage (версия 1.0): Охват ОЗТ",
                "уровни:      низкий — ниже 20 %, средний — от 20 % до 40 %, высокий — выше 40 %",
                "100 (не подтверждено)");
        Run measures = hri("measures", "--lang", "ru");
        // one line a measure after the header, each with a Russian kind and description
        assertThat(measures.out().lines().skip(1)).hasSize(io.github.hrindicators.core.Measure.values().size())
                .allMatch(l -> l.substring(l.indexOf(' ')).chars().anyMatch(c -> c >= 'а' && c <= 'я'));
        assertThat(measures.out()).startsWith("показатель").contains(
                "pwid_population_size", "численность", "оценочная численность людей, употребляющих инъекционные "
                        + "наркотики (ЛУИН)");
        Run example = hri("example", "--lang", "ru");
        assertThat(example.out()).startsWith("Кыргызстан, 2016: индикаторы ВИЧ и снижения вреда для ЛУИН")
                .contains("Охват ОЗТ");
    }

    @Test
    void computesTheKyrgyzOstCoverageFromAFileInAFolderWithSpaces() throws IOException {
        Run r = hri("compute", kyrgyzFile().toString(), "--year", "2016");
        assertThat(r.status()).isZero();
        // hand: 1,505 people on OST (2016) / 25,000 PWID (size estimate of 2013) = 6.02 %
        assertThat(r.out()).contains("Kyrgyzstan, 2016: indicators from kyrgyz figures.csv")
                .containsPattern("OST coverage \\[denominator: PWID size \\(proxy\\)\\] +6\\.02 %")
                .contains("Not computable from these figures");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow())
                .matches("[0-9]+ results computed, [0-9]+ not computable");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void readsARussianLocaleExcelExportWithTheReaderOptionsToTheSameResults() throws IOException {
        // the io corpus's export of the bundled file: ';', decimal commas, Windows-1251, CRLF (see this module's pom)
        Path excel = dir.resolve("excel.csv");
        try (InputStream in = HriTest.class.getResourceAsStream("/corpus/kyrgyzstan-excel-russian-locale.csv")) {
            Files.copy(in, excel);
        }
        Run refused = hri("compute", excel.toString(), "--year", "2016");
        assertThat(refused.status()).isEqualTo(Hri.DATA_PROBLEMS);
        assertThat(refused.err()).contains("line 1, column 1", "read the file with delimiter ';'");

        Run read = hri("compute", excel.toString(), "--year", "2016", "--delimiter", ";", "--decimal", ",",
                "--encoding", "windows-1251");
        Run bundled = hri("compute", kyrgyzFile().toString(), "--year", "2016");
        assertThat(read.status()).isZero();
        // the same table, but for the file name in the title and its underline
        assertThat(read.out().replace("excel.csv\n" + "=".repeat(43), "F"))
                .isEqualTo(bundled.out().replace("kyrgyz figures.csv\n" + "=".repeat(52), "F"));
        assertThat(read.out()).startsWith("Kyrgyzstan, 2016: indicators from excel.csv\n" + "=".repeat(43) + "\n");
    }

    @Test
    void writesEveryResultToCsvAndJson() throws IOException {
        Path csv = dir.resolve("results.csv");
        Path json = dir.resolve("results.json");
        Run r = hri("compute", kyrgyzFile().toString(), "--year", "2016", "--area", "Kyrgyzstan", "--csv",
                csv.toString(), "--json", json.toString());
        assertThat(r.status()).isZero();
        List<String> rows = Files.readAllLines(csv);
        // one header row, then one row per result: as many as the catalogue gives for Kyrgyzstan 2016
        int results = KyrgyzSeedExample.results().size();
        assertThat(rows).hasSize(1 + results);
        // OST coverage: Kyrgyzstan in total (computed) and its prisons (no denominator)
        assertThat(rows.stream().filter(l -> l.startsWith("ost_coverage,"))).hasSize(2)
                .anyMatch(l -> l.contains(",computed,")).anyMatch(l -> l.contains(",not_computable,"));
        assertThat(Files.readString(json)).contains("\"indicator\" : \"ost_coverage\"");
        assertThat(r.out()).endsWith("results written to " + csv + "; results written to " + json
                + System.lineSeparator());
    }

    @Test
    void saysInPlainWordsWhenTheFileIsMissingAndWhereItLooked() {
        Run r = hri("compute", "no such figures.csv");
        assertThat(r.status()).isEqualTo(Hri.USAGE);
        assertThat(r.err()).startsWith("hri: there is no file no such figures.csv (looked for ")
                .contains(Path.of("no such figures.csv").toAbsolutePath().toString())
                .doesNotContain("Exception");
    }

    @Test
    void listsEveryProblemOfABadFileWithStatusOne() throws IOException {
        Path bad = write("bad.csv", "measure,value,period,area,source\nost_client,1505,2016,Kyrgyzstan,s\n"
                + "ost_clients,n/a,2016,Kyrgyzstan,s\n");
        for (String command : List.of("compute", "validate")) {
            Run r = hri(command, bad.toString());
            assertThat(r.status()).as(command).isEqualTo(Hri.DATA_PROBLEMS);
            assertThat(r.err()).as(command).contains(bad + ": 2 problems, nothing was loaded",
                    bad + ", line 2, column 1 (measure): 'ost_client' is not a known measure; did you mean 'ost_clients'?",
                    bad + ", line 3, column 2 (value): 'n/a' is not a number");
            assertThat(r.out()).as(command).isEmpty();
        }
    }

    @Test
    void validatesAGoodFileAndSaysWhatItHolds() throws IOException {
        Path good = write("good.csv", "measure,value,period,area,source\nost_clients,1505,2016,Kyrgyzstan,s\n"
                + "ost_clients,300,2015,Osh,s\npwid_population_size,25000,2013,Kyrgyzstan,t\n");
        Run r = hri("validate", good.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo(good + ": no problems; 3 figures of 2 measures, 2013–2016, areas: "
                + "Kyrgyzstan, Osh");
    }

    @Test
    void refusesWrongUsageWithStatusTwo() throws IOException {
        Path good = write("good.csv", "measure,value,period,area,source\nost_clients,1505,2016,Kyrgyzstan,s\n");
        String[][] wrong = {
            {"compute"},
            {"compute", good.toString(), "--yaer", "2016"},
            {"compute", good.toString(), "--year", "16"},
            {"compute", good.toString(), "--year", "2016-2014"},
            {"compute", good.toString(), "--delimiter", "|"},
            {"compute", good.toString(), "--decimal", ","},
            {"compute", good.toString(), "--encoding", "klingon-1"},
            {"compute", good.toString(), "--area", "Osh"},
            {"compute", good.toString(), "--max-figures", "0"},
            {"compute", good.toString(), "--csv", dir.resolve("no folder/r.csv").toString()},
            {"compute", good.toString(), "--level", "0.95"},
            {"compute", good.toString(), "--level", "100"},
            {"compute", good.toString(), "--level", "ninety"},
            {"compute", good.toString(), "--level", "95", "--level", "95"},
            {"compute", good.toString(), "--level", "90", "--level", "95", "--level", "99", "--level", "99.8"},
            {"frobnicate"},
        };
        for (String[] args : wrong) {
            Run r = hri(args);
            assertThat(r.status()).as(String.join(" ", args)).isEqualTo(Hri.USAGE);
            assertThat(r.err()).as(String.join(" ", args)).isNotBlank().doesNotContain("Exception", "\tat ");
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
        }
        assertThat(hri("compute", good.toString(), "--area", "Osh").err())
                .contains("has no figure for the area 'Osh'; its areas are Kyrgyzstan");
        assertThat(hri("compute", good.toString(), "--decimal", ",").err()).contains("needs --delimiter ';'");
        assertThat(hri("compute", good.toString(), "--csv", dir.resolve("no folder/r.csv").toString()).err())
                .contains("its folder does not exist");
        assertThat(hri("compute", good.toString(), "--level", "ninety").err())
                .contains("'ninety' is not a confidence level in percent, a number from 50 to below 100");
        assertThat(hri("compute", good.toString(), "--level", "0.95").err()).contains("'0.95' is not a confidence");
    }

    @Test
    void writesTheReportOfAUsersFileIntoAFolderWithSpaces() throws IOException {
        Path folder = dir.resolve("my report");
        Path figures = kyrgyzFile();
        Run r = hri("report", figures.toString(), "--area", "Kyrgyzstan", "--out", folder.toString(), "--lang",
                "ru");
        assertThat(r.status()).isZero();
        assertThat(r.out().strip()).isEqualTo("отчёт записан в " + folder.resolve("index.html"));
        assertThat(Files.readString(folder.resolve("index.html"))).contains("<html lang=\"ru\">",
                "kyrgyz figures.csv");
        assertThat(folder.resolve("results.csv")).isNotEmptyFile();

        Run several = hri("report", figures.toString(), "--out", folder.toString());
        assertThat(several.status()).isEqualTo(Hri.USAGE);
        assertThat(several.err()).contains("has figures for 9 areas; choose one with --area:", "Kyrgyzstan, Osh city");
        Run noReported = hri("report", figures.toString(), "--area", "Kyrgyzstan", "--out", folder.toString(),
                "--reported", dir.resolve("none.csv").toString());
        assertThat(noReported.status()).isEqualTo(Hri.USAGE);
        assertThat(noReported.err()).startsWith("hri: there is no file ").doesNotContain("Exception");
        Run badLanguage = hri("report", figures.toString(), "--lang", "de");
        assertThat(badLanguage.status()).isEqualTo(Hri.USAGE);
    }

    @Test
    void theExampleWritesTheKyrgyzReport() {
        Path folder = dir.resolve("kyrgyz report");
        Run r = hri("example", "--report", folder.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).endsWith("report written to " + folder.resolve("index.html") + System.lineSeparator());
        assertThat(folder.resolve("index.html")).content().contains("Computed and reported", "OST coverage");
    }

    @Test
    void computesIntervalsAtEveryLevelAsked() throws IOException {
        Path csv = dir.resolve("levels.csv");
        Run r = hri("compute", kyrgyzFile().toString(), "--year", "2016", "--area", "Kyrgyzstan", "--level", "99.8",
                "--level", "95", "--csv", csv.toString());
        assertThat(r.status()).isZero();
        String first95 = Files.readAllLines(csv).stream().filter(l -> l.startsWith("first_95,")).findFirst()
                .orElseThrow();
        // plausible bounds, then delta and Monte Carlo at 99.8 % (the first level asked), then at 95 %
        assertThat(first95).containsPattern(",plausible_bounds,[^,]+,[^,]+,,,,delta_log,[^,]+,[^,]+,0\\.998,,,"
                + "monte_carlo,[^,]+,[^,]+,0\\.998,[0-9]+,[0-9]+,delta_log,[^,]+,[^,]+,0\\.95,");
    }

    @Test
    void computesEveryYearTheFiguresCoverWhenNoneIsAsked() throws IOException {
        Path f = write("years.csv", "measure,value,period,area,source\nost_clients,1505,2016,Kyrgyzstan,s\n"
                + "ost_clients,1200,2014,Kyrgyzstan,s\npwid_population_size,25000,2014-2016,Kyrgyzstan,t\n");
        Run r = hri("compute", f.toString());
        assertThat(r.status()).isZero();
        // hand: 1,200 / 25,000 = 4.80 % (2014); 2015 has no OST figure; 1,505 / 25,000 = 6.02 % (2016)
        assertThat(r.out()).contains("Kyrgyzstan, 2014:", "4.80 %", "Kyrgyzstan, 2016:", "6.02 %")
                .doesNotContain("Kyrgyzstan, 2015:", "Not computable from these figures")
                .contains("(run with --year to see why)");
        Run span = hri("compute", f.toString(), "--year", "2015-2016");
        assertThat(span.out()).contains("Kyrgyzstan, 2015:", "Kyrgyzstan, 2016:").doesNotContain("Kyrgyzstan, 2014:");
    }

    @Test
    void streamsAFileOfMoreFiguresThanAWholeReadHoldsAndSaysTheDuplicateCheckWasSkipped() throws IOException {
        // the third figure repeats the first: beyond a whole read of 2 figures, so never compared with it
        Path f = write("big.csv", "measure,value,period,area,source\nost_clients,1505,2016,Kyrgyzstan,s\n"
                + "pwid_population_size,25000,2016,Kyrgyzstan,t\nost_clients,1505,2016,Kyrgyzstan,s\n");
        assertThat(hri("validate", f.toString()).status()).as("whole: the duplicate is found")
                .isEqualTo(Hri.DATA_PROBLEMS);
        Run r = hri("validate", f.toString(), "--max-figures", "2");
        assertThat(r.status()).isZero();
        assertThat(r.err().strip()).isEqualTo(f + " holds more than 2 figures: it was read as a stream, without the"
                + " check for duplicate and conflicting figures");
        assertThat(r.out()).contains("3 figures of 2 measures");

        Path bad = write("big-bad.csv", "measure,value,period,area,source\nost_clients,1505,2016,Kyrgyzstan,s\n"
                + "ost_clients,1200,2015,Kyrgyzstan,s\npwid_population_size,-1,2016,Kyrgyzstan,t\n");
        Run refused = hri("compute", bad.toString(), "--max-figures", "2");
        assertThat(refused.status()).isEqualTo(Hri.DATA_PROBLEMS);
        assertThat(refused.err()).contains("line 4, column 2 (value): '-1' is negative");
        assertThat(refused.out()).isEmpty();
    }

    @Test
    void readsJsonByItsNameAndRefusesCsvOptionsForIt() throws IOException {
        Path f = write("f.json", "{\"area\": \"Kyrgyzstan\", \"figures\": [{\"measure\": \"ost_clients\", "
                + "\"value\": 1505, \"period\": \"2016\", \"source\": \"s\"}]}");
        assertThat(hri("validate", f.toString()).out()).contains("1 figure of 1 measure, 2016, areas: Kyrgyzstan");
        Run r = hri("validate", f.toString(), "--delimiter", ";");
        assertThat(r.status()).isEqualTo(Hri.USAGE);
        assertThat(r.err()).contains("are options of CSV files");
    }

    @Test
    void listsEveryMeasureAndEveryIndicatorOfTheCatalogue() {
        Run measures = hri("measures");
        assertThat(measures.status()).isZero();
        for (Measure m : Measure.values()) {
            assertThat(measures.out()).containsPattern("(?m)^" + m.code() + " +\\S+ +" + java.util.regex.Pattern.quote(
                    m.description()) + "$");
        }
        Run indicators = hri("indicators");
        for (Indicator i : Catalogue.standard().indicators()) {
            assertThat(indicators.out()).contains(i.id() + " (version " + i.definition().version() + "): "
                    + i.definition().name());
        }
    }

    @Test
    void writesCoverageLevelsInWordsWithUnconfirmedCutOffsMarked() {
        // TG2012 (README table): OST low < 20 %, high > 40 %; needles-syringes low < 100 (unconfirmed), high > 200
        assertThat(hri("indicators").out())
                .contains("levels:      low below 20 %, medium 20 % to 40 %, high above 40 %; WHO, UNODC, UNAIDS")
                .contains("levels:      low below 100 (unconfirmed), medium 100 (unconfirmed) to 200, high above 200;");
    }

    @Test
    void answersAWrongOptionWithTheNearestOneAndWhereHelpIs() {
        Run r = hri("compute", "f.csv", "--are", "Osh");
        assertThat(r.status()).isEqualTo(Hri.USAGE);
        assertThat(r.err()).isEqualTo(String.join(System.lineSeparator(), "hri: Unknown options: '--are', 'Osh'",
                "Possible solutions: --area", "Run 'hri compute --help' to see how to use it.", ""));
        Run command = hri("comptue", "f.csv");
        assertThat(command.status()).isEqualTo(Hri.USAGE);
        assertThat(command.err()).startsWith("hri: 'comptue' is not a command").contains("hri compute")
                .endsWith("Run 'hri --help' to see how to use it." + System.lineSeparator());
    }

    @Test
    void runsTheKyrgyzExample() {
        Run r = hri("example");
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Kyrgyzstan, 2016: HIV and harm-reduction indicators for PWID")
                // hand: 6,402 registered alive × 51.5 % PWID = 3,297.03 → 3,297
                .contains("3,297");
    }
}
