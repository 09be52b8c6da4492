package io.github.hrindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.io.CsvFigureReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordsExampleTest {
    @TempDir
    Path dir;

    @Test
    void runsOnSyntheticRecordsAndWritesFiguresTheReadersTake() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RecordsExample.run(new String[] {dir.toString(), "5"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "records-example-output.txt"), text); // to look at after a run
        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).startsWith("SYNTHETIC records (seed 5), not Kyrgyz data")
                .contains("PRV.11 people on OAMT on 2016-12-31: 1,505")
                .contains("PRV.8 people given needles-syringes: 7,000")
                // the generator doses every client on OAMT on 2016-12-31, on that day or a week before: with a gap of
                // 30 days each is under way on 2016-12-31, so the same 1,505
                .contains("PRV.11 from the dose file alone (hri records --episodes-from-doses --max-gap-days 30; 30 "
                        + "is this example's choice, WHO gives no threshold): 1,505;");
        Dataset figures = CsvFigureReader.defaults().read(dir.resolve("figures.csv"));
        assertThat(figures.find(Measure.OST_CLIENTS, Area.of("Synthetic country"), Subgroup.TOTAL))
                .singleElement().satisfies(o -> assertThat(o.value().doubleValue()).isEqualTo(1505));
    }

    @Test
    void wrongUsageIsStatus2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(RecordsExample.run(new String[] {}, System.out, e)).isEqualTo(2);
        assertThat(RecordsExample.run(new String[] {dir.toString(), "x"}, System.out, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The seed is not a whole number: 'x'")
                .contains(RecordsExample.USAGE);
    }
}
