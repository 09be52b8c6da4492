package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting as the mapping reader needs it; every expected row is written out by hand. */
class CsvTextTest {
    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws Exception {
        List<CsvText.Row> rows = CsvText.rows("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\r\nlast,\n", ',');
        assertThat(rows).containsExactly(
                new CsvText.Row(1, List.of("a", "b,c", "say \"hi\"")),
                new CsvText.Row(2, List.of("two\nlines", "x")),
                new CsvText.Row(4, List.of("last", "")));
    }

    @Test
    void aFinalLineWithoutLineBreakAndATrailingDelimiterAreRows() throws Exception {
        assertThat(CsvText.rows("a;b\nc;", ';')).containsExactly(new CsvText.Row(1, List.of("a", "b")),
                new CsvText.Row(2, List.of("c", "")));
        assertThat(CsvText.rows("\n\nz", ',')).containsExactly(new CsvText.Row(1, List.of("")),
                new CsvText.Row(2, List.of("")), new CsvText.Row(3, List.of("z")));
        assertThat(CsvText.rows("", ',')).isEmpty();
        assertThat(CsvText.rows("\"\"", ',')).containsExactly(new CsvText.Row(1, List.of("")));
    }

    @Test
    void anUnclosedQuoteIsLocatedWhereItOpens() {
        assertThatThrownBy(() -> CsvText.rows("a\nb,\"open\n\nstill open", ','))
                .isInstanceOfSatisfying(CsvText.BadQuote.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("field 2 that is never closed");
                });
    }

    @Test
    void textAfterAClosingQuoteIsLocated() {
        assertThatThrownBy(() -> CsvText.rows("ok\n\"a\"b,c", ','))
                .isInstanceOfSatisfying(CsvText.BadQuote.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("after the closing quote of field 1");
                });
        assertThat(catchLine("x\n\"a\nb\"c")).isEqualTo(2);
    }

    private static long catchLine(String text) {
        try {
            CsvText.rows(text, ',');
            return -1;
        } catch (CsvText.BadQuote e) {
            return e.line();
        }
    }

    @Test
    void decodingSkipsAByteOrderMarkAndLocatesBadBytes() {
        assertThat(CsvText.decode("\uFEFFабв".getBytes(StandardCharsets.UTF_8), "f")).isEqualTo("абв");
        byte[] bad = {'a', '\n', 'b', '\n', 'c', (byte) 0xE9, 'd'};
        assertThatThrownBy(() -> CsvText.decode(bad, "f.csv")).isInstanceOfSatisfying(DataFileException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.kind()).isEqualTo(Problem.Kind.ENCODING);
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("byte 6 of the file");
                }));
    }
}
