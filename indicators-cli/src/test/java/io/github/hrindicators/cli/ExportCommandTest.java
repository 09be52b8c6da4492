package io.github.hrindicators.cli;

import static io.github.hrindicators.cli.HriTest.hri;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.examples.KyrgyzDataset;
import io.github.hrindicators.interop.Dhis2Import;
import io.github.hrindicators.interop.Mapping;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hri export} on the bundled Kyrgyz figures and the example mapping. */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws IOException {
        Path file = Files.createDirectories(dir.resolve("my files")).resolve(name);
        try (InputStream in = KyrgyzDataset.class.getResourceAsStream(resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void writesEveryFormatAndListsWhatItLeavesOut() throws IOException {
        Path figures = copy(KyrgyzDataset.FILE, "kg figures.csv");
        Path mapping = copy("kyrgyzstan-dhis2-mapping.csv", "kg mapping.csv");
        Path json = dir.resolve("values.json");
        HriTest.Run r = hri("export", figures.toString(), "--mapping", mapping.toString(), "--year", "2016",
                "--dhis2-json", json.toString(), "--dhis2-csv", dir.resolve("values.csv").toString(), "--adx",
                dir.resolve("values.xml").toString(), "--fhir", dir.resolve("reports.json").toString(),
                "--data-set", "HRI");
        assertThat(r.status()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("data values written", "not exported:",
                "the period 2016-2019 spans several years");
        assertThat(Files.readString(dir.resolve("values.csv"))).startsWith("dataelement,period,orgunit,");
        assertThat(Files.readString(dir.resolve("values.xml"))).contains("<adx xmlns=\"urn:ihe:qrph:adx:2015\"");
        assertThat(Files.readString(dir.resolve("reports.json"))).contains("\"resourceType\": \"Bundle\"",
                "\"resourceType\": \"MeasureReport\"");
        // the payload reads back through the same mapping
        Dhis2Import.Imported back = Dhis2Import.of(Mapping.read(mapping, Catalogue.standard()), Catalogue.standard(),
                "test").read(json);
        assertThat(back.figures().size()).isGreaterThan(5);
        assertThat(back.reported()).anySatisfy(v -> assertThat(v.indicatorId()).isEqualTo("ost_coverage"));
    }

    @Test
    void aBadMappingFileIsADataProblemWithItsLine() throws IOException {
        Path figures = copy(KyrgyzDataset.FILE, "kg.csv");
        Path mapping = Files.writeString(dir.resolve("map.csv"), "indicator,area,data_element,org_unit\n"
                + "ost_covrage,Kyrgyzstan,DE,KG\n", StandardCharsets.UTF_8);
        HriTest.Run r = hri("export", figures.toString(), "--mapping", mapping.toString(), "--dhis2-csv",
                dir.resolve("o.csv").toString());
        assertThat(r.status()).isEqualTo(Hri.DATA_PROBLEMS);
        assertThat(r.err()).contains("map.csv, line 2", "is not an indicator of the catalogue")
                .doesNotContain("Exception");
        assertThat(dir.resolve("o.csv")).doesNotExist();
    }

    @Test
    void usageErrorsSayWhatIsMissing() throws IOException {
        Path figures = copy(KyrgyzDataset.FILE, "kg.csv");
        Path mapping = copy("kyrgyzstan-dhis2-mapping.csv", "m.csv");
        HriTest.Run none = hri("export", figures.toString(), "--mapping", mapping.toString());
        assertThat(none.status()).isEqualTo(Hri.USAGE);
        assertThat(none.err()).contains("give at least one of --dhis2-json");
        HriTest.Run adx = hri("export", figures.toString(), "--mapping", mapping.toString(), "--adx", "a.xml");
        assertThat(adx.status()).isEqualTo(Hri.USAGE);
        assertThat(adx.err()).contains("--adx needs --data-set");
        HriTest.Run noMapping = hri("export", figures.toString(), "--adx", "a.xml");
        assertThat(noMapping.status()).isEqualTo(Hri.USAGE);
        assertThat(noMapping.err()).contains("--mapping");
    }
}
