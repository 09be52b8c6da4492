package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureConverterTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "1505", "51.5", "-5", "+2", "5.", ".5", "1e3", "1.5E-10", "", ".", "-", "e5",
        "1e", "1e1234", "51,5", "1 505", "n/a", "NaN", "Infinity", "0x10", "１２"})
    void plainNumberScanAgreesWithTheDocumentedPattern(String text) {
        assertThat(FigureConverter.isPlainNumber(text)).isEqualTo(FigureConverter.NUMBER.matcher(text).matches());
    }

    @Tag("property")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void fastParseAgreesWithParseDouble(long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 50_000; k++) {
            String text = switch (k % 4) {
                case 0 -> Long.toString(r.nextLong() >>> r.nextInt(64));
                case 1 -> Double.toString(r.nextDouble() * Math.pow(10, r.nextInt(12)));
                case 2 -> (r.nextBoolean() ? "-" : "") + r.nextInt(100_000) + "." + r.nextInt(1000);
                default -> "0." + "0".repeat(r.nextInt(12)) + r.nextInt(1_000_000);
            };
            assertThat(FigureConverter.parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Tag("property")
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void plainNumberScanAgreesOnGeneratedText(long seed) {
        Random r = new Random(seed);
        String alphabet = "0123456789+-.eE ,x";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(9); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(FigureConverter.isPlainNumber(text)).as(text)
                    .isEqualTo(FigureConverter.NUMBER.matcher(text).matches());
        }
    }
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "1505", "51.5", "-5", "+2", "5.", ".5", "-.5", "+.25", "1e3", "1.5E-10", "0.000001",
        "123456789012345", "1234567890123456", "12345678901234.5", "007", "-0", "12345678901234567890",
        "0.1234567890123456789", "-9223372036854775808"})
    void fastParseAgreesWithParseDoubleOnEveryFormOfPlainNumber(String text) {
        assertThat(FigureConverter.isPlainNumber(text)).isTrue();
        assertThat(FigureConverter.parse(text)).isEqualTo(Double.parseDouble(text));
    }
}
