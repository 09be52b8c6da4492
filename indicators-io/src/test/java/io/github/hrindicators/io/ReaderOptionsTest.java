package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Observation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers' options and reading modes. */
class ReaderOptionsTest {
    static final String HEADER = "measure,value,unit,period,area,source\n";

    static InputStream bytes(String text, Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    static List<String> problems(Runnable read) {
        DataFileException e = catchThrowableOfType(DataFileException.class, read::run);
        assertThat(e).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void defaultsAreCommaPointUtf8NoAreaAndAMillionFigures() {
        CsvFigureReader csv = CsvFigureReader.defaults();
        assertThat(csv.delimiter()).isEqualTo(',');
        assertThat(csv.decimalSeparator()).isEqualTo('.');
        assertThat(csv.encoding()).isEmpty();
        assertThat(csv.defaultArea()).isEmpty();
        assertThat(csv.maxFigures()).isEqualTo(1_000_000);
        JsonFigureReader json = JsonFigureReader.defaults();
        assertThat(json.encoding()).isEmpty();
        assertThat(json.defaultArea()).isEmpty();
        assertThat(json.maxFigures()).isEqualTo(1_000_000);
    }

    @Test
    void withMethodsReturnNewReadersAndLeaveTheOldOnesAsTheyWere() {
        Charset cp1251 = Charset.forName("windows-1251");
        CsvFigureReader r = CsvFigureReader.defaults().withDelimiter('\t').withDecimalSeparator(',')
                .withEncoding(cp1251).withDefaultArea(Area.of("Ош")).withMaxFigures(7);
        assertThat(r.delimiter()).isEqualTo('\t');
        assertThat(r.decimalSeparator()).isEqualTo(',');
        assertThat(r.encoding()).contains(cp1251);
        assertThat(r.defaultArea()).contains(Area.of("Ош"));
        assertThat(r.maxFigures()).isEqualTo(7);
        assertThat(CsvFigureReader.defaults().delimiter()).isEqualTo(',');
        JsonFigureReader j = JsonFigureReader.defaults().withEncoding(cp1251).withDefaultArea(Area.of("Ош"))
                .withMaxFigures(1);
        assertThat(j.encoding()).contains(cp1251);
        assertThat(j.defaultArea()).contains(Area.of("Ош"));
        assertThat(j.maxFigures()).isEqualTo(1);
        assertThat(CsvFigureReader.defaults().withDelimiter(';').withDelimiter(',').delimiter()).isEqualTo(',');
        assertThat(CsvFigureReader.defaults().withDecimalSeparator('.').decimalSeparator()).isEqualTo('.');
    }

    @Test
    void refusesOptionsThatCannotBeRead() {
        assertThatThrownBy(() -> CsvFigureReader.defaults().withDelimiter('|'))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Delimiter is not ',', ';' or tab: '|'");
        assertThatThrownBy(() -> CsvFigureReader.defaults().withDecimalSeparator(','))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Decimal separator ',' needs a delimiter"
                        + " other than ',': set the delimiter to ';' or tab first");
        assertThatThrownBy(() -> CsvFigureReader.defaults().withDelimiter(';').withDecimalSeparator(',')
                .withDelimiter(',')).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Delimiter is ',' but so is the decimal separator: set the decimal separator to '.' first");
        assertThatThrownBy(() -> CsvFigureReader.defaults().withDecimalSeparator(';'))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Decimal separator is not '.' or ',': ';'");
        assertThatThrownBy(() -> CsvFigureReader.defaults().withMaxFigures(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Most figures is not at least 1: 0");
        assertThatThrownBy(() -> JsonFigureReader.defaults().withMaxFigures(-1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CsvFigureReader.defaults().withEncoding(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JsonFigureReader.defaults().withDefaultArea(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void readsUtf16WhenAskedAndAfterEitherByteOrderMark() {
        String csv = HEADER + "ost_clients,1505,,2016,Бишкек,s\n";
        Observation expected = CsvFigureReader.defaults().read(bytes(csv, StandardCharsets.UTF_8), "a.csv")
                .observations().get(0);
        for (Charset c : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
            byte[] body = csv.getBytes(c);
            byte[] marked = c.equals(StandardCharsets.UTF_16) ? body : ("\uFEFF" + csv).getBytes(c);
            assertThat(CsvFigureReader.defaults().read(new ByteArrayInputStream(marked), "b.csv").observations())
                    .as(c.name()).containsExactly(expected);
            assertThat(CsvFigureReader.defaults().withEncoding(StandardCharsets.UTF_16).read(
                    new ByteArrayInputStream(marked), "b.csv").observations()).as(c.name()).containsExactly(expected);
        }
        assertThat(CsvFigureReader.defaults().withEncoding(StandardCharsets.UTF_16LE)
                .read(bytes(csv, StandardCharsets.UTF_16LE), "c.csv").observations()).containsExactly(expected);
        assertThat(CsvFigureReader.defaults().withEncoding(StandardCharsets.UTF_8)
                .read(bytes("\uFEFF" + csv, StandardCharsets.UTF_8), "d.csv").observations()).containsExactly(expected);
    }

    @Test
    void locatesBadBytesBeyondTheFirstBufferOnTheirLine() {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            b.append("ost_clients,").append(i).append(",,2016,Kyrgyzstan,source ").append(i).append("\r\n");
        }
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "ost_clients,1,,2016,\u0411\u0438\u0448\u043a\u0435\u043a,s\n".getBytes(Charset.forName("windows-1251"));
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        // hand: the header is line 1, 3000 rows follow, the bad row is line 3002; its Cyrillic starts 20 bytes in
        assertThat(problems(() -> CsvFigureReader.defaults().read(new ByteArrayInputStream(all), "big.csv")))
                .containsExactly("big.csv, line 3002: has bytes that are not UTF-8 text at byte offset "
                        + (head.length + 20) + ": this looks like Windows-1251 (Cyrillic) text; save it as UTF-8, or"
                        + " read it with encoding windows-1251");
    }

    @Test
    void defaultAreaFillsEmptyCellsButNotNamedAreas() {
        String csv = HEADER + "ost_clients,1505,,2016,,s\nost_clients,700,,2016,Бишкек,s\n";
        assertThat(CsvFigureReader.defaults().withDefaultArea(Area.of("Kyrgyzstan"))
                .read(bytes(csv, StandardCharsets.UTF_8), "a.csv").observations())
                .extracting(o -> o.area().name() + " " + o.value())
                .containsExactlyInAnyOrder("Kyrgyzstan 1505", "Бишкек 700");
        String json = "{\"figures\": [{\"measure\": \"ost_clients\", \"value\": 1, \"period\": \"2016\","
                + " \"source\": \"s\"}]}";
        assertThat(JsonFigureReader.defaults().withDefaultArea(Area.of("Kyrgyzstan"))
                .read(bytes(json, StandardCharsets.UTF_8), "a.json").dataset().areas())
                .containsExactly(Area.of("Kyrgyzstan"));
        // the document's own area comes first
        assertThat(JsonFigureReader.defaults().withDefaultArea(Area.of("Kyrgyzstan"))
                .read(bytes("{\"area\": \"Ош\", " + json.substring(1), StandardCharsets.UTF_8), "b.json").dataset()
                .areas()).containsExactly(Area.of("Ош"));
    }

    static final String METADATA_AFTER = "{\"figures\": [\n"
            + "{\"measure\": \"ost_clients\", \"value\": 1505, \"period\": \"2016\", \"source\": \"s\"}\n"
            + "], \"area\": \"Kyrgyzstan\"}";

    @Test
    void holdsFiguresBeforeTheAreaWithinTheLimit() {
        assertThat(JsonFigureReader.defaults().withMaxFigures(1).read(bytes(METADATA_AFTER, StandardCharsets.UTF_8),
                "a.json").dataset().observations()).extracting(Observation::value).containsExactly(Count.of(1505));
        String two = METADATA_AFTER.replace("\n]", ",\n{\"measure\": \"ost_sites\", \"value\": 3, \"period\":"
                + " \"2016\", \"source\": \"s\"}\n]");
        assertThat(problems(() -> JsonFigureReader.defaults().withMaxFigures(1).read(bytes(two,
                StandardCharsets.UTF_8), "a.json"))).containsExactly("a.json, line 3 (/figures/1): is one figure"
                        + " more than the 1 figures read at once; split the file into parts of at most 1 figures each");
    }

    @Test
    void streamingAsReadNeedsTheAreaBeforeTheFiguresAndSaysSo() {
        List<Observation> seen = new ArrayList<>();
        assertThat(problems(() -> JsonFigureReader.defaults().streamAsRead(bytes(METADATA_AFTER,
                StandardCharsets.UTF_8), "a.json", seen::add))).containsExactly("a.json, line 2, column 1"
                        + " (/figures/0/area): is empty; area is required (a document's 'area' applies to the figures"
                        + " after it when the document is read one figure at a time: move it before 'figures')");
        assertThat(seen).isEmpty();
    }

    @Test
    void checkedStreamingFindsTheAreaAfterTheFigures(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), METADATA_AFTER);
        List<Observation> seen = new ArrayList<>();
        assertThat(JsonFigureReader.defaults().stream(file, seen::add).defaultArea()).contains(Area.of("Kyrgyzstan"));
        assertThat(seen).extracting(Observation::area).containsExactly(Area.of("Kyrgyzstan"));
    }

    @Test
    void checkedStreamingHandsOverNothingOfABadFile(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), HEADER + "ost_clients,1505,,2016,Bishkek,s\n"
                + "ost_clients,n/a,,2016,Bishkek,s\n");
        Path json = Files.writeString(dir.resolve("a.json"), "{\"figures\": [{\"measure\": \"ost_clients\","
                + " \"value\": 1, \"period\": \"2016\", \"area\": \"B\", \"source\": \"s\"}, {\"measure\": \"x\"}]}");
        Path broken = Files.writeString(dir.resolve("b.json"), "{\"figures\": [{\"measure\": \"ost_clients\","
                + " \"value\": 1, \"period\": \"2016\", \"area\": \"B\", \"source\": \"s\"}, ");
        List<Observation> seen = new ArrayList<>();
        assertThat(problems(() -> CsvFigureReader.defaults().stream(csv, seen::add))).hasSize(1);
        assertThat(problems(() -> JsonFigureReader.defaults().stream(json, seen::add))).hasSize(5);
        assertThat(problems(() -> JsonFigureReader.defaults().stream(broken, seen::add))).containsExactly(
                broken + ", line 1, column 100 (/figures/1): the document ends too early: a closing '}', ']' or '\"'"
                        + " is missing");
        assertThat(seen).isEmpty();
        // as read, the good figure before the bad one was handed over
        assertThat(problems(() -> CsvFigureReader.defaults().streamAsRead(csv, seen::add))).hasSize(1);
        assertThat(seen).hasSize(1);
        assertThat(problems(() -> JsonFigureReader.defaults().streamAsRead(json, seen::add))).hasSize(5);
        assertThat(seen).hasSize(2);
    }

    @Test
    void reportsAFileThatCannotBeReadInPlainWords(@TempDir Path dir) {
        Path missing = dir.resolve("missing.csv");
        assertThat(problems(() -> CsvFigureReader.defaults().stream(missing, o -> { })))
                .containsExactly(missing + ": cannot be read: there is no such file");
        assertThat(problems(() -> JsonFigureReader.defaults().stream(missing, o -> { })))
                .containsExactly(missing + ": cannot be read: there is no such file");
        assertThat(problems(() -> JsonFigureReader.defaults().streamAsRead(missing, o -> { })))
                .containsExactly(missing + ": cannot be read: there is no such file");
        assertThat(catchThrowableOfType(DataFileException.class, () -> CsvFigureReader.defaults().read(missing))
                .problems()).extracting(Problem::kind).containsExactly(Problem.Kind.UNREADABLE);
        assertThat(ReadSupport.describe(new java.nio.file.AccessDeniedException("x")))
                .isEqualTo("cannot be read: permission denied");
        assertThat(ReadSupport.describe(new IOException("disk gone"))).isEqualTo("cannot be read: disk gone");
        assertThat(ReadSupport.describe(new IOException())).isEqualTo("cannot be read");
    }

    @Test
    void refusesInvisibleCharactersInJsonMetadata() {
        assertThat(problems(() -> JsonFigureReader.defaults().read(bytes("{\"title\": \"a\\u200Bb\", \"figures\":"
                + " []}", StandardCharsets.UTF_8), "t.json"))).containsExactly("t.json, line 1, column 11 (/title):"
                        + " 'a·b' holds a zero-width space at character 2, which cannot be seen; remove it and type the"
                        + " text again");
        assertThat(JsonFigureReader.defaults().read(bytes("{\"title\": \"\\u00A0OST\\uFEFF\", \"figures\": ["
                + ReaderEdgesTest.FIGURE + "]}", StandardCharsets.UTF_8), "t.json").metadata().title())
                .isEqualTo(Optional.of("OST"));
    }
}
