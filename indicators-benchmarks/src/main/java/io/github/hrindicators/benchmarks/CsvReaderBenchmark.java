package io.github.hrindicators.benchmarks;

import io.github.hrindicators.io.CsvFigureReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Rows per second of {@link CsvFigureReader#streamAsRead(Path, java.util.function.Consumer)} (parse, validate, build an
 * {@code Observation} per row) next to a raw jackson-dataformat-csv streaming read of the same file (every field as
 * a string, nothing else), in the same run. The file has {@value #ROWS} figures and is generated in a temporary
 * directory. The forks run with {@code -Xmx64m}: a reader whose memory grew with the file (about 100 MB) would
 * fail with OutOfMemoryError.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class CsvReaderBenchmark {
    /** Figures in the generated file. */
    public static final int ROWS = 1_000_000;

    private static final String[] MEASURES = {"ost_clients", "pwid_population_size", "hiv_prevalence_pwid",
        "registered_hiv_cumulative", "plhiv_estimate", "nsp_clients"};
    private static final String[] AREAS = {"Kyrgyzstan", "Бишкек", "Osh city", "Kara-Suu", "Tokmok"};

    private static final CsvMapper RAW = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY, CsvReadFeature.SKIP_EMPTY_LINES).build();

    private Path dir;
    private Path file;

    /**
     * Writes the file: six measures, five areas (Latin and Cyrillic), 30 years, prison and total subgroups,
     * ranges on a third of the estimates, one source per row.
     *
     * @throws IOException if the file cannot be written
     */
    @Setup(Level.Trial)
    public void writeFile() throws IOException {
        dir = Files.createTempDirectory("csv-reader-benchmark");
        file = dir.resolve("figures.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("measure,value,unit,low,high,range_kind,period,area,setting,source,note\n");
            for (int i = 0; i < ROWS; i++) {
                String measure = MEASURES[i % MEASURES.length];
                String area = AREAS[(i / MEASURES.length) % AREAS.length];
                int year = 1995 + (i / 30) % 30;
                String setting = i % 7 == 0 ? "prison" : "";
                String source = "\"Source " + i + ", report p. " + (i % 97) + "\"";
                String row;
                switch (measure) {
                    case "hiv_prevalence_pwid" -> row = measure + "," + (i % 1000) / 10.0 + ",percent,,,,";
                    case "pwid_population_size", "plhiv_estimate" -> row = i % 3 == 0
                            ? measure + "," + (5000 + i % 1000) + ",,4000,7000,plausible_bounds,"
                            : measure + "," + (5000 + i % 1000) + ",,,,,";
                    default -> row = measure + "," + (i % 5000) + ",,,,,";
                }
                w.write(row + year + "," + area + "," + setting + "," + source + "," + (i % 5 == 0 ? "Jan-Oct" : "")
                        + "\n");
            }
        }
    }

    /**
     * Removes the file.
     *
     * @throws IOException if it cannot be removed
     */
    @TearDown(Level.Trial)
    public void deleteFile() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /**
     * The library's streaming reader: every row parsed, validated and built into an {@code Observation}.
     *
     * @param bh consumes the figures
     * @return the number of figures
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long library(Blackhole bh) {
        return CsvFigureReader.defaults().streamAsRead(file, bh::consume);
    }

    /**
     * Raw jackson-dataformat-csv streaming read of the same file: every field read as a string.
     *
     * @param bh consumes the fields
     * @return the number of rows
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public long rawJackson(Blackhole bh) throws IOException {
        long rows = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser p = RAW.reader().with(CsvSchema.emptySchema()).createParser(r)) {
            p.nextToken();
            for (JsonToken t = p.nextToken(); t == JsonToken.START_ARRAY; t = p.nextToken()) {
                for (JsonToken v = p.nextToken(); v == JsonToken.VALUE_STRING; v = p.nextToken()) {
                    bh.consume(p.getString());
                }
                rows++;
            }
        }
        return rows - 1;
    }
}
