package io.github.hrindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KyrgyzExportTest {
    @Test
    void writesTheFourFilesAndListsWhatItLeavesOut(@TempDir Path dir) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            KyrgyzExport.main(new String[] {dir.resolve("export").toString()});
        } finally {
            System.setOut(saved);
        }
        Path folder = dir.resolve("export");
        assertThat(Files.readString(folder.resolve("kyrgyzstan-datavaluesets.json")))
                .contains("\"dataElement\" : \"HRI_OST_COVERAGE\"", "\"value\" : \"6.02\"");
        assertThat(Files.readString(folder.resolve("kyrgyzstan-datavalues.csv")))
                .startsWith("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,value,");
        assertThat(Files.readString(folder.resolve("kyrgyzstan-adx.xml"))).contains("period=\"2016-01-01/P1Y\"");
        assertThat(Files.readString(folder.resolve("kyrgyzstan-measurereports.json")))
                .contains("\"id\": \"ost-coverage-pwid-size-proxy-2016\"");
        // the 2008-2010 national size estimate has no DHIS2 period: listed, not dropped
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("not exported:",
                "pwid_population_size 44000, Kyrgyzstan, 2008-2010, total: the period 2008-2010 spans several years");
    }
}
