package io.github.hrindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnFileExampleTest {
    private static final Path BUNDLED =
            Path.of("src/main/resources/io/github/hrindicators/examples/kyrgyzstan.csv");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return OwnFileExample.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void oneYearOfTheBundledFileWithResultFiles(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("results.csv");
        Path json = dir.resolve("results.json");
        assertThat(run(BUNDLED.toString(), "--year", "2016", "--area", "Kyrgyzstan", "--csv", csv.toString(),
                "--json", json.toString())).isZero();
        // hand: 1505 / 25000 = 6.02 %; 6402 × 0.515 = 3297.03
        assertThat(out()).contains("Kyrgyzstan, 2016").contains("6.02 %").contains("3,297")
                .contains("Not computable from these figures").contains("results written to");
        assertThat(err()).isEmpty();
        assertThat(Files.readString(csv)).contains("ost_coverage");
        assertThat(Files.readString(json)).contains("\"ost_coverage\"");
    }

    @Test
    void everyYearAndAreaByDefault() {
        assertThat(run(BUNDLED.toString())).isZero();
        // the bundled file has computable figures in 2011 (OST clients 1428 over a PWID size estimate) and 2016
        assertThat(out()).contains("Kyrgyzstan, 2016").contains("Kyrgyzstan, 2011").contains("results computed");
        assertThat(OwnFileExample.yearsOf(KyrgyzDataset.load(), Area.of("Bishkek"))).containsExactly(2021);
    }

    @Test
    void badFilePrintsEveryProblemAndFails(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "measure,value,period,area,source\n"
                + "ost_clients,1 505,2016,Kyrgyzstan,Test\n"
                + "ost_clinets,10,2016,Kyrgyzstan,Test\n", StandardCharsets.UTF_8);
        assertThat(run(bad.toString())).isEqualTo(1);
        assertThat(err()).contains("bad.csv").contains("line 2").contains("1 505").contains("line 3")
                .contains("ost_clinets").contains("ost_clients").contains("nothing was loaded")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out()).isEmpty();
    }

    @Test
    void missingFileIsAProblemNotAStackTrace(@TempDir Path dir) {
        assertThat(run(dir.resolve("none.json").toString())).isEqualTo(1);
        assertThat(err()).contains("none.json").doesNotContain("\tat ");
    }

    @Test
    void badArgumentsPrintTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("No input file given").contains(OwnFileExample.USAGE);
        err.reset();
        assertThat(run("figures.xlsx")).isEqualTo(2);
        assertThat(err()).contains("not .csv or .json");
        err.reset();
        assertThat(run(BUNDLED.toString(), "--year", "16")).isEqualTo(2);
        assertThat(err()).contains("'16'");
        err.reset();
        assertThat(run(BUNDLED.toString(), "--year")).isEqualTo(2);
        assertThat(err()).contains("needs a value");
        err.reset();
        assertThat(run(BUNDLED.toString(), "--colour", "red")).isEqualTo(2);
        assertThat(err()).contains("Unknown option: --colour");
        err.reset();
        assertThat(run(BUNDLED.toString(), "other.csv")).isEqualTo(2);
        assertThat(err()).contains("More than one input file");
        err.reset();
        assertThat(run(BUNDLED.toString(), "--area", "Atlantis")).isEqualTo(2);
        assertThat(err()).contains("Atlantis").contains("Kyrgyzstan");
    }
}
