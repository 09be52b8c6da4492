package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Observation;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems of JSON documents and CSV rows beyond the example files, and what streaming hands to the consumer. */
class ReaderEdgesTest {

    static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> jsonProblems(String json) {
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> JsonFigureReader.defaults().read(bytes(json), "d.json"));
        assertThat(e).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    static final String FIGURE = "{\"measure\": \"ost_clients\", \"value\": 1505, \"period\": \"2016\", "
            + "\"area\": \"Bishkek\", \"source\": \"s\"}";

    @Test
    void refusesRepeatedDocumentFieldsAndMetadataThatIsNotText() {
        assertThat(jsonProblems("{\"figures\": [], \"title\": \"a\", \"title\": \"b\"}"))
                .containsExactly("d.json, line 1, column 40 (/title): is a repeated field; give each field once");
        assertThat(jsonProblems("{\"title\": 5, \"figures\": []}"))
                .containsExactly("d.json, line 1, column 11 (/title): '5' is not a string; title must be text");
        assertThat(jsonProblems("{\"area\": \"  \", \"figures\": []}"))
                .containsExactly("d.json, line 1, column 10 (/area): '  ' is blank; a default area must be a name such"
                        + " as Kyrgyzstan");
    }

    @Test
    void refusesDocumentWithoutFigures() {
        assertThat(jsonProblems("{\"title\": \"a\"}")).containsExactly(
                "d.json: has no 'figures' array; expected {\"figures\": [{\"measure\": ...}, ...]}");
    }

    @Test
    void keepsReadingTheDocumentAfterFiguresThatAreNotAnArray() {
        // The misspelt field after the bad figures is reported too, with its suggestion.
        assertThat(jsonProblems("{\"figures\": {}, \"titel\": \"a\"}")).containsExactly(
                "d.json, line 1, column 13 (/figures): '{' is not an array; figures must be an array of objects",
                "d.json, line 1, column 26 (/titel): is not a known field; did you mean 'title'?; the document's "
                        + "fields are title, description, licence, area and figures");
    }

    @Test
    void refusesRepeatedFieldOfAFigure() {
        assertThat(jsonProblems("{\"figures\": [{\"value\": 1, \"value\": 2, \"measure\": \"ost_clients\","
                + " \"period\": \"2016\", \"area\": \"Bishkek\", \"source\": \"s\"}]}")).containsExactly(
                        "d.json, line 1, column 36 (/figures/0/value): is a repeated field; give each field once");
    }

    @Test
    void streamingHandsOnlyValidFiguresToTheConsumer() {
        List<Observation> seen = new ArrayList<>();
        // The second figure has an unknown field, the third a range kind without a range: neither is handed on.
        String json = "{\"figures\": [" + FIGURE + ", " + FIGURE.replace("}", ", \"colour\": \"red\"}") + ", "
                + FIGURE.replace("ost_clients\"", "plhiv_estimate\", \"range_kind\": \"min_max\"") + "]}";
        assertThatThrownBy(() -> JsonFigureReader.defaults().streamAsRead(bytes(json), "d.json", seen::add))
                .isInstanceOf(DataFileException.class).hasMessageStartingWith("d.json: 2 problems");
        assertThat(seen).extracting(Observation::value).containsExactly(Count.of(1505));

        List<Observation> rows = new ArrayList<>();
        String csv = "measure,value,range_kind,period,area,source\nost_clients,1505,,2016,Bishkek,s\n"
                + "plhiv_estimate,8500,min_max,2016,Bishkek,s\n";
        assertThatThrownBy(() -> CsvFigureReader.defaults().streamAsRead(bytes(csv), "d.csv", rows::add))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("d.csv, line 3, column 3 (range_kind): 'min_max' is given without a range");
        assertThat(rows).extracting(Observation::value).containsExactly(Count.of(1505));
    }

    @Test
    void streamsAJsonFileAndReturnsItsMetadata(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "{\"title\": \"Bishkek\", \"figures\": [" + FIGURE + "]}");
        List<Observation> seen = new ArrayList<>();
        assertThat(JsonFigureReader.defaults().stream(file, seen::add).title()).contains("Bishkek");
        assertThat(seen).hasSize(1);
    }

    @Test
    void locatesProblemsOnTheLineWhereTheRowStarts() {
        // The quoted note of line 2 runs onto line 3, so the next row starts on line 4.
        String csv = "measure,note,value,period,area,source\n"
                + "ost_clients,\"first\nsecond\",n/a,2016,Bishkek,s\n"
                + "ost_clients,,n/b,2016,Bishkek,s\n";
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> CsvFigureReader.defaults().read(bytes(csv), "d.csv"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "d.csv, line 2, column 3 (value): 'n/a' " + FigureConverter.NUMBER_EXPECTED,
                "d.csv, line 4, column 3 (value): 'n/b' " + FigureConverter.NUMBER_EXPECTED);
    }

    @Test
    void problemsStartAtLineAndColumnZeroAndListAtMostAHundred() {
        assertThat(new Problem(Problem.Kind.VALUE, "f", 0, 0, "", "", "m").toString()).isEqualTo("f: m");
        assertThatThrownBy(() -> new Problem(Problem.Kind.VALUE, "f", -1, 0, "", "", "m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Problem line is negative: -1");
        assertThatThrownBy(() -> new Problem(Problem.Kind.VALUE, "f", 1, -1, "", "", "m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Problem column is negative: -1");
        assertThat(new Problem(Problem.Kind.VALUE, "f", 1, 1, "", "x".repeat(80), "m").text()).hasSize(80);
        assertThat(new Problem(Problem.Kind.VALUE, "f", 1, 1, "", "x".repeat(81), "m").text()).isEqualTo("x".repeat(80) + "…");

        Problem p = Problem.ofFile(Problem.Kind.LAYOUT, "f", "m");
        assertThat(new DataFileException("f", Collections.nCopies(100, p), 0).problems()).hasSize(100);
        assertThatThrownBy(() -> new DataFileException("f", Collections.nCopies(101, p), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Number of problems is not within 1-100: 101");
        assertThatThrownBy(() -> new DataFileException("f", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Number of problems is not within 1-100: 0");
        assertThatThrownBy(() -> new DataFileException("f", List.of(p), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DataFileException("f", List.of(p), 0).getMessage()).isEqualTo("f: 1 problem, nothing was "
                + "loaded" + System.lineSeparator() + "  f: m");
    }

    @Test
    void metadataDropsBlankText() {
        DatasetMetadata m = new DatasetMetadata(Optional.of("  "), Optional.of(" About "), Optional.of(""),
                Optional.of(Area.of("Kyrgyzstan")));
        assertThat(m.title()).isEmpty();
        assertThat(m.description()).contains("About");
        assertThat(m.licence()).isEmpty();
    }

    @Test
    void suggestsOnlyCloseWords() {
        List<String> known = List.of("value", "source", "ost_clients");
        // distance("valeu", "value") = 2 (two substitutions): within the minimum of 2
        assertThat(Suggestions.didYouMean("valeu", known)).isEqualTo("; did you mean 'value'?");
        // distance("vxxxe", "value") = 3: above max(2, 5 / 3 = 1)
        assertThat(Suggestions.didYouMean("vxxxe", known)).isEmpty();
        // Longer words allow a third of their length: "ost_clients" has 11 letters, so 3 edits ("ost_clnts" is 2,
        // "xxx_clients" 3) but not 4 ("xxx_clxents").
        assertThat(Suggestions.didYouMean("OST_CLNTS", known)).isEqualTo("; did you mean 'ost_clients'?");
        assertThat(Suggestions.didYouMean("xxx_clients", known)).isEqualTo("; did you mean 'ost_clients'?");
        assertThat(Suggestions.didYouMean("xxx_clxents", known)).isEmpty();
        // Ties go to the first known word: "valce" is 1 edit from "value" and from the later "valve".
        assertThat(Suggestions.didYouMean("valce", List.of("value", "valve"))).isEqualTo("; did you mean 'value'?");
        // Words over 100 characters are not compared at all.
        assertThat(Suggestions.didYouMean("v".repeat(101), List.of("v".repeat(101)))).isEmpty();
        assertThat(Suggestions.didYouMean("v".repeat(100), List.of("v".repeat(100))))
                .isEqualTo("; did you mean '" + "v".repeat(100) + "'?");
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "abc")).isZero();
    }
    @Test
    void aFieldReportedInOneFigureIsNotExcusedInTheNext() {
        // figure 0's value is an object (reported as such); figure 1 has no value at all
        String json = "{\"figures\": [" + FIGURE.replace("1505", "{}") + ",\n"
                + FIGURE.replace("\"value\": 1505, ", "") + "]}";
        assertThat(jsonProblems(json)).containsExactly(
                "d.json, line 1, column 50 (/figures/0/value): '{' is not a string or a number",
                "d.json, line 2, column 1 (/figures/1/value): is empty; value is required");
    }

    @Test
    void refusesARepeatedColumn() {
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> CsvFigureReader.defaults().read(
                bytes("measure,value,period,value,area,source\nost_clients,1,2016,1,Bishkek,s\n"), "d.csv"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "d.csv, line 1, column 4: 'value' is a repeated column; name each column once");
    }

    @Test
    void stopsAJsonDocumentAtTheFirstFigureBeyondTheLimit() {
        StringBuilder b = new StringBuilder("{\"figures\": [\n");
        int max = 50;
        int n = max + 2;
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",\n").append("{\"measure\": \"ost_clients\", \"value\": ").append(i)
                    .append(", \"period\": \"2016\", \"area\": \"B\", \"source\": \"s").append(i).append("\"}");
        }
        String json = b.append("]}").toString();
        // figure k is on line k + 2; reading stops at the first one beyond the limit, so there is one problem
        DataFileException e = catchThrowableOfType(DataFileException.class,
                () -> JsonFigureReader.defaults().withMaxFigures(max).read(bytes(json), "d.json"));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly("d.json, line 52 (/figures/50): is one"
                + " figure more than the 50 figures read at once; split the file into parts of at most 50 figures each");
    }

    @Test
    void aStreamThatFailsIsAProblemOfTheFile() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws java.io.IOException {
                throw new java.io.IOException("disk gone");
            }
        };
        assertThatThrownBy(() -> CsvFigureReader.defaults().read(failing, "gone.csv")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("gone.csv: cannot be read: ").hasMessageContaining("disk gone");
    }
}
