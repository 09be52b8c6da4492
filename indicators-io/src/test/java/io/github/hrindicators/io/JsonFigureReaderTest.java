package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Subgroup;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonFigureReaderTest {

    static DatasetDocument read(String name) {
        return JsonFigureReader.defaults().read(CsvFigureReaderTest.resource("json/" + name), name);
    }

    static DataFileException failure(String json, String name) {
        return catchThrowableOfType(DataFileException.class, () -> JsonFigureReader.defaults().read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name));
    }

    @Test
    void readsMetadataAndFiguresWithDefaultArea() {
        DatasetDocument doc = read("valid.json");
        assertThat(doc.metadata()).isEqualTo(new DatasetMetadata(Optional.of("Kyrgyz figures"),
                Optional.of("A few published figures"), Optional.of("CC-BY-4.0"), Optional.of(Area.of("Kyrgyzstan"))));
        Area kg = Area.of("Kyrgyzstan");
        assertThat(doc.dataset().size()).isEqualTo(4);
        assertThat(doc.dataset().find(Measure.REGISTERED_HIV_ALIVE, kg, Subgroup.TOTAL))
                .singleElement().extracting(Observation::value).isEqualTo(Count.of(6402));
        assertThat(doc.dataset().find(Measure.INJECTING_SHARE_REGISTERED_ALIVE, kg, Subgroup.TOTAL))
                .singleElement().extracting(Observation::value).isEqualTo(Proportion.ofPercent(51.5));
        assertThat(doc.dataset().find(Measure.PLHIV_ESTIMATE, kg, Subgroup.TOTAL)).singleElement()
                .extracting(Observation::value)
                .isEqualTo(Estimate.of(8500, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS));
        assertThat(doc.dataset().find(Measure.PWID_POPULATION_SIZE, Area.of("Бишкек"),
                Subgroup.TOTAL.withGender(Gender.MALE).withAgeBand(AgeBand.of(15, 24)))).hasSize(1);
    }

    @Test
    void streamsTheSameFigures() {
        List<Observation> seen = new ArrayList<>();
        DatasetMetadata m = JsonFigureReader.defaults().streamAsRead(CsvFigureReaderTest.resource("json/valid.json"), "valid.json",
                seen::add);
        assertThat(m).isEqualTo(read("valid.json").metadata());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(read("valid.json").dataset().observations());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty.json", List.of("empty.json: is empty; expected a JSON object")),
                Arguments.of("top-level-array.json", List.of("top-level-array.json, line 1, column 1: '[' is not a"
                        + " JSON object")),
                Arguments.of("figures-not-array.json", List.of("figures-not-array.json, line 1, column 27 "
                        + "(/figures): '{' is not an array")),
                Arguments.of("truncated.json", List.of("truncated.json, line 1, column 54 (/figures/0/value): the"
                        + " document ends too early")),
                Arguments.of("unknown-field.json", List.of("unknown-field.json, line 1, column 26 (/extra): is not"
                        + " a known field")),
                Arguments.of("bad-figures.json", List.of(
                        "bad-figures.json, line 4, column 17 (/figures/0/measure): 'ost_client' is not a known "
                                + "measure; did you mean 'ost_clients'?",
                        "bad-figures.json, line 5, column 41 (/figures/1/value): '1 505' is not a number",
                        "bad-figures.json, line 5, column 105 (/figures/1/colour): is not a known field",
                        "bad-figures.json, line 6, column 41 (/figures/2/value): '{' is not a string or a number",
                        "bad-figures.json, line 7, column 5 (/figures/3): '42' is not an object",
                        "bad-figures.json, line 9 (/figures/5): '1455' conflicts with a figure: same measure, "
                                + "period, area, subgroup and source as line 8 but value 1505")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesBadDocumentWithEveryProblemLocated(String file, List<String> expected) {
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> read(file));
        assertThat(e).as(file).isNotNull();
        for (String s : expected) {
            assertThat(e.getMessage()).contains(s);
        }
        assertThat(e.problems()).hasSize(expected.size());
    }

    @Test
    void refusesDeepNestingWithoutStackOverflow() {
        String deep = "{\"figures\": [{\"note\": " + "[".repeat(100_000) + "]}]}";
        assertThat(failure(deep, "deep.json").problems()).extracting(Problem::toString).containsExactly(
                "deep.json, line 1, column 23 (/figures/0/note): '[' is not a string or a number",
                "deep.json, line 1, column 36 (/figures/0/note/0/0/0/0/0/0/0/0/0/0/0/0/0): is nested more than 16"
                        + " levels deep; a figure is an object in the 'figures' array, holding text and numbers only");
    }

    @Test
    void refusesOverlongString() {
        String big = "{\"title\": \"" + "x".repeat(ReadOptions.MAX_FIELD_LENGTH + 1) + "\", \"figures\": []}";
        assertThat(failure(big, "big.json").problems()).extracting(Problem::toString).containsExactly(
                "big.json, line 1, column 11 (/title): is text of more than 100000 characters, the longest a field"
                        + " may hold");
    }

    @Test
    void figuresWithoutAreaNeedADefault() {
        String json = "{\"figures\": [{\"measure\": \"ost_clients\", \"value\": 1, \"period\": \"2016\","
                + " \"source\": \"s\"}]}";
        assertThat(failure(json, "noarea.json").getMessage())
                .contains("noarea.json, line 1, column 14 (/figures/0/area): is empty; area is required");
    }

    @Test
    void refusesContentAfterTheDocument() {
        assertThatThrownBy(() -> JsonFigureReader.defaults().read(new ByteArrayInputStream(
                "{\"figures\": []} {}".getBytes(StandardCharsets.UTF_8)), "two.json"))
                .isInstanceOf(DataFileException.class);
    }
}
