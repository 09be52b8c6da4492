package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvFigureReaderTest {

    static InputStream resource(String name) {
        return CsvFigureReaderTest.class.getResourceAsStream(name);
    }

    static Dataset read(String name) {
        return CsvFigureReader.defaults().read(resource("csv/" + name), name);
    }

    static DataFileException failure(String name) {
        return catchThrowableOfType(DataFileException.class, () -> read(name));
    }

    @Test
    void readsEveryColumn() {
        Dataset d = read("valid.csv");
        Area kg = Area.of("Kyrgyzstan");
        Source talking = Source.of("TalkingDrugs, 2017");
        assertThat(d.size()).isEqualTo(6);
        assertThat(d.observations()).contains(
                Observation.of(Measure.REGISTERED_HIV_ALIVE, Count.of(6402), ReferencePeriod.parse("2016-01-01"), kg, talking)
                        .withNote("people registered as living with HIV"),
                Observation.of(Measure.INJECTING_SHARE_REGISTERED_ALIVE, Proportion.ofPercent(51.5),
                        ReferencePeriod.parse("2016-01-01"), kg, talking),
                Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(8500, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                        ReferencePeriod.ofYear(2016), kg, Source.of("UNAIDS country page")),
                Observation.of(Measure.OST_CLIENTS, Count.of(450), ReferencePeriod.ofYear(2016), kg, talking)
                        .withSubgroup(Subgroup.of(Setting.PRISON)).withNote("inmates receiving OST daily"),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(4100), ReferencePeriod.ofYear(2021),
                        Area.of("Бишкек"), Source.of("IAS 2023 abstract 4072"))
                        .withSubgroup(Subgroup.TOTAL.withGender(Gender.MALE).withAgeBand(AgeBand.of(15, 24))),
                Observation.of(Measure.HIV_PREVALENCE_PWID, Proportion.ofFraction(0.07, 0.02, 0.13, IntervalMethod.PUBLISHED_MIN_MAX),
                        ReferencePeriod.ofYears(2008, 2010), kg, Source.of("Thorne et al. 2010")));
    }

    @Test
    void readsByteOrderMarkCyrillicAndColumnsInAnyOrder() {
        Dataset d = read("bom-cyrillic.csv");
        assertThat(d.areas()).extracting(Area::name).containsExactly("Бишкек", "Ош");
        assertThat(d.find(Measure.PWID_POPULATION_SIZE, Area.of("Ош"), Subgroup.TOTAL))
                .singleElement().extracting(Observation::value).isEqualTo(Estimate.of(1150));
    }

    @Test
    void keepsDifferentSourcesAsAlternatives() {
        assertThat(read("alternatives.csv").find(Measure.PWID_POPULATION_SIZE, Area.of("Kyrgyzstan"),
                Subgroup.TOTAL)).extracting(o -> o.source().citation()).containsExactlyInAnyOrder(
                        "Sputnik 2015", "HRI 2020");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("missing-column.csv", List.of("missing-column.csv, line 1 (source): "
                        + "is a required column")),
                Arguments.of("unknown-column.csv", List.of("line 1, column 2: 'valeu' is not a known column; "
                        + "did you mean 'value'?", "(value): is a required column")),
                Arguments.of("empty-value.csv", List.of("empty-value.csv, line 2, column 2 (value): is empty")),
                Arguments.of("not-number.csv", List.of(
                        "line 2, column 2 (value): '51,5' is not a number",
                        "line 3, column 2 (value): '1 505' is not a number",
                        "line 4, column 2 (value): 'n/a' is not a number")),
                Arguments.of("count-not-whole.csv", List.of("line 2, column 2 (value): '-5' is negative",
                        "line 3, column 2 (value): '2.5' is not a whole number")),
                Arguments.of("share-above-100.csv", List.of("line 2, column 2 (value): '120' is above 100 %")),
                Arguments.of("low-above-high.csv", List.of("line 2, column 4 (low): '11000' is above high 6300")),
                Arguments.of("unknown-measure.csv", List.of("line 2, column 1 (measure): 'ost_client' is not a "
                        + "known measure; did you mean 'ost_clients'?")),
                Arguments.of("unknown-unit.csv", List.of("line 2, column 3 (unit): is missing; hiv_prevalence_pwid "
                        + "is a share", "line 3, column 3 (unit): 'percnt' is not a unit of a share")),
                Arguments.of("unknown-subgroup.csv", List.of("line 2, column 9 (setting): 'jail' is not a known "
                        + "setting; expected one of community, facility, prison", "line 3, column 10 (gender): 'm' is not a "
                        + "known gender")),
                Arguments.of("bad-period.csv", List.of("line 2, column 7 (period): '~2016' is not a period: an "
                        + "approximate period is not read")),
                Arguments.of("duplicate.csv", List.of("duplicate.csv, line 3: '1505' duplicates a figure: same "
                        + "measure, period, area, subgroup and source as line 2")),
                Arguments.of("conflict.csv", List.of("conflict.csv, line 3: '1455' conflicts with a figure: same "
                        + "measure, period, area, subgroup and source as line 2 but value 1505")),
                Arguments.of("empty.csv", List.of("empty.csv: is empty; expected a header row")),
                Arguments.of("header-only.csv", List.of("header-only.csv: has a header but no figures")),
                Arguments.of("semicolon.csv", List.of("semicolon.csv, line 1, column 1: 'measure;value;period;area;"
                        + "source' is the only column: the columns seem to be separated by ';', not ','; read the file with"
                        + " delimiter ';'")),
                Arguments.of("ragged.csv", List.of("ragged.csv, line 2: has 12 fields but the header has 13",
                        "ragged.csv, line 3: has 14 fields but the header has 13")),
                Arguments.of("truncated.csv", List.of("truncated.csv, line 2, column 12 (source): opens a quote that"
                        + " is never closed")));
    }

    @Test
    void tellsADuplicateFromAConflictByKind() {
        assertThat(failure("duplicate.csv").problems()).extracting(Problem::kind)
                .containsExactly(Problem.Kind.DUPLICATE);
        assertThat(failure("conflict.csv").problems()).extracting(Problem::kind).containsExactly(Problem.Kind.CONFLICT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesBadFileWithEveryProblemLocated(String file, List<String> expected) {
        DataFileException e = failure(file);
        assertThat(e).as(file).isNotNull();
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.problems()).hasSize(expected.size());
        for (String s : expected) {
            assertThat(e.getMessage()).contains(s);
        }
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] bytes = "measure,value,period,area,source\nost_clients,1505,2016,Bi\u00ffshkek,x\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(DataFileException.class, () -> CsvFigureReader.defaults().read(
                new ByteArrayInputStream(bytes), "latin1.csv")).problems()).extracting(Problem::toString)
                .containsExactly("latin1.csv, line 2: has bytes that are not UTF-8 text at byte offset 57; save the"
                        + " file as UTF-8, or read it with the encoding it was saved in (such as windows-1251 for"
                        + " Cyrillic text saved by Excel)");
    }

    @Test
    void refusesOverlongFieldWithoutLoadingIt() {
        String big = "x".repeat(200_000);
        byte[] bytes = ("measure,value,period,area,source\nost_clients,1505,2016,Bishkek," + big + "\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CsvFigureReader.defaults().read(new ByteArrayInputStream(bytes), "long.csv"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("long.csv, line 2, column 5 (source): 'xxx")
                .hasMessageContaining("' is 200000 characters long; a field may hold at most 100000");
    }

    @Test
    void listsAHundredProblemsAndCountsTheRest() {
        StringBuilder csv = new StringBuilder("measure,value,period,area,source\n");
        for (int i = 0; i < 150; i++) {
            csv.append("ost_clients,n/a,2016,Bishkek,x\n");
        }
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> CsvFigureReader.defaults().read(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "many.csv"));
        assertThat(e.problems()).hasSize(DataFileException.MAX_PROBLEMS);
        assertThat(e.omitted()).isEqualTo(50);
        assertThat(e.getMessage()).startsWith("many.csv: 150 problems, nothing was loaded")
                .endsWith("… and 50 more");
    }

    /** Rows of distinct figures (one source each), generated on the fly rather than held in memory. */
    static InputStream generatedCsv(int rows) {
        StringBuilder b = new StringBuilder("measure,value,period,area,source\n");
        for (int i = 0; i < rows; i++) {
            b.append("ost_clients,").append(i).append(",2016,Bishkek,source ").append(i).append('\n');
        }
        return new ByteArrayInputStream(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesMoreFiguresThanAWholeFileMayHoldButStreamsThem() {
        assertThat(CsvFigureReader.defaults().maxFigures()).isEqualTo(1_000_000);
        int rows = 1001;
        assertThatThrownBy(() -> CsvFigureReader.defaults().withMaxFigures(1000).read(generatedCsv(rows), "big.csv"))
                .isInstanceOf(DataFileException.class)
                .hasMessage("big.csv: 1 problem, nothing was loaded" + System.lineSeparator() + "  big.csv, line 1002:"
                        + " is one figure more than the 1000 figures read at once; split the file into parts of at"
                        + " most 1000 figures each");
        assertThat(CsvFigureReader.defaults().withMaxFigures(1001).read(generatedCsv(rows), "big.csv").size())
                .isEqualTo(rows);
        long[] seen = {0};
        assertThat(CsvFigureReader.defaults().streamAsRead(generatedCsv(rows), "big.csv", o -> seen[0]++)).isEqualTo(rows);
        assertThat(seen[0]).isEqualTo(rows);
    }

    @Test
    void streamsFiguresOneAtATime() {
        List<Observation> seen = new ArrayList<>();
        long n = CsvFigureReader.defaults().streamAsRead(resource("csv/valid.csv"), "valid.csv", seen::add);
        assertThat(n).isEqualTo(6);
        assertThat(Dataset.of(seen)).isEqualTo(read("valid.csv"));
    }

    @Test
    void streamReportsBadRowsAtTheEnd() {
        List<Observation> seen = new ArrayList<>();
        assertThatThrownBy(() -> CsvFigureReader.defaults().streamAsRead(resource("csv/not-number.csv"), "not-number.csv",
                seen::add)).isInstanceOf(DataFileException.class).hasMessageContaining("3 problems");
    }

    @Test
    void reportsMissingFile() {
        assertThatThrownBy(() -> CsvFigureReader.defaults().read(Path.of("no-such-file.csv")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("no-such-file.csv: cannot be read");
    }
}
