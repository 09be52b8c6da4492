package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's examples run, and its measure table matches the Measure enum. */
class ReadmeTest {
    static final String README = read();

    static String read() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String block(String language) {
        Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(README);
        assertThat(m.find()).as("```" + language + " block").isTrue();
        return m.group(1);
    }

    @Test
    void usageExampleRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.copy(Path.of("../indicators-examples/src/main/resources/io/github/hrindicators/examples/kyrgyzstan.csv"),
                dir.resolve("kyrgyzstan.csv"));
        Files.writeString(dir.resolve("figures.json"), block("json"), StandardCharsets.UTF_8);
        // --- README usage example: begin ---
        Dataset figures = CsvFigureReader.defaults().read(dir.resolve("kyrgyzstan.csv"));    // all or nothing
        DatasetDocument doc = JsonFigureReader.defaults().read(dir.resolve("figures.json")); // metadata + dataset
        long n = CsvFigureReader.defaults().stream(dir.resolve("kyrgyzstan.csv"), figure -> { /* checked, then one by one */ });
        CsvFigureWriter.write(figures, dir.resolve("copy.csv"));                          // reads back equal
        List<IndicatorResult> results = Catalogue.standard().evaluate(figures, Area.of("Kyrgyzstan"), 2016,
                EvaluationSettings.defaults());
        CsvResultWriter.write(results, dir.resolve("results.csv"));
        JsonResultWriter.write(results, dir.resolve("results.json"));
        // --- README usage example: end ---
        assertThat(n).isEqualTo(figures.size());
        assertThat(doc.dataset().size()).isEqualTo(3);
        assertThat(CsvFigureReader.defaults().read(dir.resolve("copy.csv"))).isEqualTo(figures);
        assertThat(Files.readAllLines(dir.resolve("results.csv"))).hasSize(results.size() + 1);
        assertThat(Files.readString(dir.resolve("results.json"))).contains("ost_coverage");
    }

    @Test
    void russianLocaleExampleReadsTheSameDataset(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        try (java.io.InputStream in = CorpusTest.open("good/kyrgyzstan-excel-russian-locale.csv")) {
            Files.copy(in, dir.resolve("kyrgyzstan-excel.csv"));
        }
        // --- README options example: begin ---
        CsvFigureReader excel = CsvFigureReader.defaults()
                .withDelimiter(';')
                .withDecimalSeparator(',')
                .withEncoding(Charset.forName("windows-1251"));
        Dataset same = excel.read(dir.resolve("kyrgyzstan-excel.csv"));
        // --- README options example: end ---
        assertThat(same).isEqualTo(CsvFigureReader.defaults().read(KyrgyzDatasetTest.FILE));
        String file = dir.resolve("kyrgyzstan-excel.csv").toString();
        assertThat(catchThrowableOfType(DataFileException.class, () -> CsvFigureReader.defaults().read(
                dir.resolve("kyrgyzstan-excel.csv"))).problems()).extracting(Problem::toString).singleElement()
                .asString().startsWith(file + ", line 1, column 1: 'measure;value;unit;")
                .endsWith("is the only column: the columns seem to be separated by ';', not ','; read the file with"
                        + " delimiter ';'");
    }

    @Test
    void csvExampleReads() {
        assertThat(CsvFigureReader.defaults().read(new ByteArrayInputStream(block("csv").getBytes(StandardCharsets.UTF_8)),
                "README.md").size()).isEqualTo(6);
    }

    @Test
    void jsonExampleReads() {
        DatasetDocument d = JsonFigureReader.defaults().read(
                new ByteArrayInputStream(block("json").getBytes(StandardCharsets.UTF_8)), "README.md");
        assertThat(d.dataset().size()).isEqualTo(3);
        assertThat(d.metadata().licence()).hasValue("CC-BY-4.0");
    }

    @Test
    void measureTableMatchesTheEnum() {
        Matcher m = Pattern.compile("(?m)^\\| `([a-z_0-9]+)` \\| ([a-z_]+) \\| ([^|]+) \\| ([^|]+) \\|$")
                .matcher(README.substring(README.indexOf("## Measures"), README.indexOf("## Rules")));
        List<String> table = m.results().map(r -> r.group(1) + "/" + r.group(2) + "/" + r.group(4).strip())
                .toList();
        List<String> expected = Measure.values().stream()
                .map(x -> x.code() + "/" + x.kind().name().toLowerCase(Locale.ROOT) + "/" + x.description())
                .toList();
        assertThat(table).containsExactlyElementsOf(expected);
    }
}
