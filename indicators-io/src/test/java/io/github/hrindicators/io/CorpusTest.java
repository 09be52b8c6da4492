package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of realistic files. Bad files ({@code corpus/bad}): each is refused whole with exactly the problems
 * listed for it in {@code corpus/bad.tsv} (file, the reader's options, one expected problem per line). Good files
 * ({@code corpus/good}), Excel exports in a Russian locale among them: each reads, with its values checked by hand.
 */
class CorpusTest {
    static InputStream open(String path) {
        InputStream in = CorpusTest.class.getResourceAsStream("corpus/" + path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    /** A CSV reader with options written as {@code delimiter=; decimal=, encoding=windows-1251 area=X max=2}. */
    static CsvFigureReader csv(String options) {
        CsvFigureReader r = CsvFigureReader.defaults();
        for (String o : options.split(" ")) {
            String value = o.substring(o.indexOf('=') + 1);
            if (o.startsWith("delimiter=")) {
                r = r.withDelimiter(value.equals("tab") ? '\t' : value.charAt(0));
            } else if (o.startsWith("decimal=")) {
                r = r.withDecimalSeparator(value.charAt(0));
            } else if (o.startsWith("encoding=")) {
                r = r.withEncoding(Charset.forName(value));
            } else if (o.startsWith("area=")) {
                r = r.withDefaultArea(Area.of(value));
            } else if (o.startsWith("max=")) {
                r = r.withMaxFigures(Integer.parseInt(value));
            }
        }
        return r;
    }

    static JsonFigureReader json(String options) {
        CsvFigureReader c = csv(options);
        JsonFigureReader r = JsonFigureReader.defaults().withMaxFigures(c.maxFigures());
        r = c.encoding().map(r::withEncoding).orElse(r);
        return c.defaultArea().map(r::withDefaultArea).orElse(r);
    }

    /** The problems of a bad file, as {@link Problem#toString()} lines, each after its kind and a tab. */
    static List<String> problems(String file, String options) {
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> {
            if (file.endsWith(".json")) {
                json(options).read(open("bad/" + file), file);
            } else {
                csv(options).read(open("bad/" + file), file);
            }
        });
        assertThat(e).as(file + " must be refused").isNotNull();
        return e.problems().stream().map(p -> p.kind() + "\t" + p).toList();
    }

    static Stream<Arguments> badFiles() throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        try (InputStream in = open("bad.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 4);
                options.put(f[0], f[1]);
                expected.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2] + "\t" + f[3]);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return expected.entrySet().stream().map(e -> Arguments.of(e.getKey(), options.get(e.getKey()), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesBadFileWithExactlyItsProblems(String file, String options, List<String> expected) {
        assertThat(problems(file, options)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void speaksInPlainWordsWithoutTheParsersJargon(String file, String options, List<String> expected) {
        for (String problem : problems(file, options)) {
            assertThat(problem.substring(problem.indexOf('\t') + 1)).as(file).startsWith(file).doesNotContain("Exception", "Feature", "(code ", "REDACTED",
                    "ALLOW_", "Jackson", "StreamRead", "U+", "cannot be parsed", "token");
        }
    }

    static Dataset good(String file, String options) {
        return file.endsWith(".json") ? json(options).read(open("good/" + file), file).dataset()
                : csv(options).read(open("good/" + file), file);
    }

    static Observation only(Dataset d, Measure m) {
        return d.observations().stream().filter(o -> o.measure() == m).reduce((a, b) -> {
            throw new AssertionError("two figures of " + m);
        }).orElseThrow();
    }

    @Test
    void readsTheKyrgyzFiguresExportedByExcelInARussianLocaleAsTheBundledFile() {
        // ';' between columns, decimal commas, Windows-1251, CRLF: the bundled UTF-8 file as Excel saves it there
        Dataset excel = good("kyrgyzstan-excel-russian-locale.csv", "delimiter=; decimal=, encoding=windows-1251");
        assertThat(excel).isEqualTo(CsvFigureReader.defaults().read(KyrgyzDatasetTest.FILE));
        assertThat(excel.size()).isEqualTo(97);
        // hand: the row "injecting_share_registered_alive;51,5;percent;...;2016-01-01;Kyrgyzstan"
        assertThat(excel.find(Measure.INJECTING_SHARE_REGISTERED_ALIVE, KyrgyzDatasetTest.KG, Subgroup.TOTAL))
                .extracting(Observation::value).containsExactly(Proportion.ofPercent(51.5));
    }

    @Test
    void readsCyrillicTextExportedByExcelAsWindows1251() {
        Dataset d = good("oblasts-excel-windows-1251.csv", "delimiter=; decimal=, encoding=windows-1251");
        assertThat(d.observations()).containsExactlyInAnyOrder(
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(4100), ReferencePeriod.ofYear(2021),
                        Area.of("Бишкек"), Source.of("IAS 2023, тезис 4072")),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(1150), ReferencePeriod.ofYear(2013),
                        Area.of("Ош"), Source.of("ICAP, 2013")),
                Observation.of(Measure.HIV_PREVALENCE_PWID, Proportion.ofPercent(14.3, 12.1, 16.5,
                        IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95), ReferencePeriod.ofYear(2016),
                        Area.of("Бишкек"), Source.of("ДЭН 2016")));
    }

    @Test
    void readsExcelUnicodeText() {
        // UTF-16LE after its byte order mark, tab-separated, decimal comma
        Dataset d = good("excel-unicode-text.txt", "delimiter=tab decimal=,");
        Area kg = Area.of("Кыргызстан");
        assertThat(d.observations()).containsExactlyInAnyOrder(
                Observation.of(Measure.INJECTING_SHARE_REGISTERED_ALIVE, Proportion.ofPercent(51.5),
                        ReferencePeriod.parse("2016-01-01"), kg, Source.of("РЦ СПИД, 2016")),
                Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(8500, 6300, 11000,
                        IntervalMethod.PUBLISHED_UNSPECIFIED), ReferencePeriod.ofYear(2016), kg, Source.of("UNAIDS")));
    }

    @Test
    void readsExcelUtf8WithATrailingSeparatorAndEmptyRows() {
        Dataset d = good("excel-utf8-trailing-separator.csv", "delimiter=; decimal=,");
        assertThat(d.observations()).containsExactlyInAnyOrder(
                Observation.of(Measure.OST_CLIENTS, Count.of(1505), ReferencePeriod.ofYear(2016),
                        Area.of("Кыргызстан"), Source.of("Республиканский центр наркологии")),
                Observation.of(Measure.HIV_PREVALENCE_PWID, Proportion.ofPercent(14.3), ReferencePeriod.ofYear(2016),
                        Area.of("Бишкек"), Source.of("ДЭН 2016")));
    }

    @Test
    void stripsInvisibleCharactersAtTheEndsSoThatTheAreaAndSourceAreOne() {
        Dataset d = good("invisible-padding.csv", "-");
        assertThat(d.areas()).extracting(Area::name).containsExactly("Kyrgyzstan");
        assertThat(d.observations()).extracting(o -> o.source().citation()).containsOnly("Ministry of Health 2017");
        assertThat(only(d, Measure.NSP_CLIENTS).value()).isEqualTo(Count.of(9000));
    }

    @Test
    void readsComposedAndDecomposedLettersAsOneArea() {
        Dataset d = good("decomposed-letters.csv", "-");
        assertThat(d.areas()).extracting(Area::name).containsExactly("\u0427\u0443\u0439");
        assertThat(d.size()).isEqualTo(2);
    }

    @Test
    void givesFiguresWithoutAreaTheReadersDefaultArea() {
        Dataset d = good("no-area-column.csv", "area=Kyrgyzstan");
        assertThat(d.observations()).extracting(Observation::area).containsOnly(Area.of("Kyrgyzstan"));
        assertThat(only(d, Measure.OST_SITES).value()).isEqualTo(Count.of(30));
    }

    @Test
    void readsQuotedTextWithLineBreaksQuotesAndCommasOnOldMacLines() {
        Observation o = only(good("quoted-text-cr-lines.csv", "-"), Measure.OST_CLIENTS);
        assertThat(o.source().citation()).isEqualTo("Ministry of Health, 2017");
        assertThat(o.note()).contains("the \"daily\" count\rat year end");
    }

    @Test
    void readsJsonMetadataAfterTheFigures() {
        DatasetDocument doc = json("-").read(open("good/metadata-after-figures.json"), "m.json");
        assertThat(doc.metadata().title()).contains("OST 2016");
        assertThat(doc.dataset().observations()).extracting(o -> o.area().name() + " " + o.value())
                .containsExactlyInAnyOrder("Kyrgyzstan 1505", "Бишкек 700");
    }

    @Test
    void readsJsonInUtf16() {
        Observation o = only(good("utf16-big-endian.json", "-"), Measure.PWID_POPULATION_SIZE);
        assertThat(o.value()).isEqualTo(Estimate.of(1150));
        assertThat(o.area()).isEqualTo(Area.of("Ош"));
        assertThat(o.period()).isEqualTo(ReferencePeriod.ofYear(2013));
    }

    @Test
    void streamsTheGoodFilesToTheSameFigures(@TempDir Path dir) throws IOException {
        for (String file : List.of("metadata-after-figures.json", "invisible-padding.csv")) {
            Path copy = dir.resolve(file);
            try (InputStream in = open("good/" + file)) {
                Files.copy(in, copy);
            }
            List<Observation> seen = new ArrayList<>();
            if (file.endsWith(".json")) {
                JsonFigureReader.defaults().stream(copy, seen::add);
            } else {
                CsvFigureReader.defaults().stream(copy, seen::add);
            }
            assertThat(Dataset.of(seen)).as(file).isEqualTo(good(file, "-"));
        }
    }
}
