package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** JSON that is not JSON, described in plain words (the corpus has the common cases; these are the rest). */
class JsonProblemsTest {
    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("{\"figures\": [{} {}]}", "d.json, line 1, column 17 (/figures/1): '{' is where ','"
                        + " between two items, or ']' at the end of the array, was expected"),
                Arguments.of("{\"figures\" []}", "d.json, line 1, column 12 (/figures): '[' is where ':' between a"
                        + " field name and its value was expected"),
                Arguments.of("{\"figures\": [}", "d.json, line 1, column 14 (/figures): closes an object or"
                        + " array that was not opened here; check the brackets"),
                Arguments.of("{\"figures\": [{\"value\": " + "1".repeat(101) + "}]}", "d.json, line 1, column 125"
                        + " (/figures/0/value): is a number of more than 100 digits"),
                Arguments.of("{\"" + "n".repeat(1001) + "\": 1}", "d.json, line 1, column 1: is a field name of"
                        + " more than 1000 characters"),
                Arguments.of("{\"figures\": [], \"title\": tru}", "d.json, line 1, column 26 (/title): 'tru' is not"
                        + " a JSON value; text must be in double quotes, numbers written with '.' and no spaces"),
                Arguments.of("{\"figures\": [{\"value\": -Infinity}]}", "d.json, line 1, column 24"
                        + " (/figures/0/value): '-Infinity' is not a number JSON can hold; give a number, or leave the"
                        + " field out"),
                Arguments.of("{\"figures\": [{\"value\": 1.}]}", "d.json, line 1, column 25 (/figures/0/value): '}'"
                        + " is not a number as JSON writes it: digits, an optional '.' fraction and exponent, no leading"
                        + " zeros; text must be in double quotes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void describesTheProblemInPlainWords(String json, String expected) {
        assertThat(ReaderOptionsTest.problems(() -> JsonFigureReader.defaults().read(
                ReaderEdgesTest.bytes(json), "d.json"))).containsExactly(expected);
    }
}
