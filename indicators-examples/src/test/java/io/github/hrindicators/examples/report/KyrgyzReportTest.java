package io.github.hrindicators.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.examples.KyrgyzDataset;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the written report against results computed here, independently of the report's code: the HTML is parsed
 * (jsoup), rows are found by their data attributes, and shown values are compared with the library's values.
 */
class KyrgyzReportTest {
    @TempDir
    static Path dir;

    private static Document html;
    private static List<IndicatorResult> computed;

    @BeforeAll
    static void writeReport() throws IOException {
        Path index = KyrgyzReport.write(dir);
        html = Jsoup.parse(index.toFile(), "UTF-8");
        computed = Catalogue.standard().evaluateSeries(KyrgyzDataset.load(), KyrgyzDataset.KYRGYZSTAN, 2001, 2025,
                EvaluationSettings.defaults()).values().stream().flatMap(List::stream)
                .filter(r -> r.status() == IndicatorResult.Status.COMPUTED).toList();
    }

    private static Element row(IndicatorResult r) {
        List<Element> rows = html.select("tr.result").stream()
                .filter(e -> e.attr("data-indicator").equals(r.definition().id())
                        && e.attr("data-year").equals(Integer.toString(r.period().startYear()))
                        && e.attr("data-variant").equals(r.variantLabel())
                        && e.attr("data-subgroup").equals(r.subgroup().isTotal() ? "total" : r.subgroup().toString()))
                .toList();
        assertThat(rows).as("rows for %s", r).hasSize(1);
        return rows.get(0);
    }

    private static Element row(String id, int year, String variantPart) {
        return computed.stream().filter(r -> r.definition().id().equals(id) && r.period().startYear() == year
                && r.subgroup().isTotal() && r.variantLabel().contains(variantPart)).findFirst()
                .map(KyrgyzReportTest::row).orElseThrow();
    }

    private static String shownValue(Element row) {
        return row.selectFirst("td.value").ownText();
    }

    @Test
    void everyComputedResultHasOneRowShowingItsValue() {
        assertThat(computed).isNotEmpty();
        assertThat(html.select("tr.result")).hasSize(computed.size());
        for (IndicatorResult r : computed) {
            Element row = row(r);
            // the shown text, read back as a number, is the value rounded to the digits shown
            String shown = shownValue(row);
            String digits = shown.replace(",", "").replace(" %", "").replace("−", "-");
            double number = Double.parseDouble(digits);
            int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
            double value = r.number().orElseThrow() * (r.definition().unit() == ResultUnit.PROPORTION ? 100 : 1);
            assertThat(number).as("value of %s shown as %s", r, shown)
                    .isCloseTo(value, within(0.5 * Math.pow(10, -decimals) + 1e-9));
            assertThat(row.attr("data-definition")).isEqualTo(r.definition().id() + " v" + r.definition().version());
        }
    }

    @Test
    void headlineFiguresMatchHandCalculations() {
        // hand: 1505 / 25000 = 6.02 %
        assertThat(shownValue(row("ost_coverage", 2016, "proxy"))).isEqualTo("6.0 %");
        // hand: 6402 / 8500 = 75.32 %
        assertThat(shownValue(row("first_95", 2016, ""))).isEqualTo("75.3 %");
        // hand: 8500 - 6402 = 2098, range 6300 - 6402 = -102 to 11000 - 6402 = 4598
        Element undiagnosed = row("undiagnosed_hiv", 2016, "");
        assertThat(shownValue(undiagnosed)).isEqualTo("2,098");
        assertThat(undiagnosed.select("td").get(4).text()).startsWith("−102 to 4,598");
        // published: 59 % of new diagnoses in 2010, 2.4 % in 2023
        assertThat(shownValue(row("pwid_share_hiv_cases", 2010, "new diagnoses"))).isEqualTo("59.0 %");
        assertThat(shownValue(row("pwid_share_hiv_cases", 2023, "new diagnoses"))).isEqualTo("2.4 %");
        assertThat(html.select("ul.headlines li")).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void everyFootnoteResolvesAndRowsCiteTheirInputsSources() {
        Map<String, String> sources = html.select("ol.sources li").stream()
                .collect(Collectors.toMap(Element::id, Element::text));
        assertThat(html.select("a.fn")).isNotEmpty();
        for (Element a : html.select("a.fn")) {
            assertThat(a.attr("href")).startsWith("#");
            assertThat(sources).containsKey(a.attr("href").substring(1));
        }
        for (IndicatorResult r : computed) {
            Set<String> cited = row(r).select("td.value a.fn").stream()
                    .map(a -> sources.get(a.attr("href").substring(1))).collect(Collectors.toSet());
            Set<String> expected = r.inputs().stream().flatMap(i -> i.sources().stream()).map(Source::citation)
                    .map(c -> Jsoup.parse(c).text()).collect(Collectors.toSet());
            assertThat(cited).as("sources of %s", r).isEqualTo(expected);
        }
    }

    @Test
    void conflictingEstimatesAreAlternativesEachWithItsOwnRow() {
        // 2011: OST clients over the two PWID size estimates around 2010, 44,000 and 18,934
        List<String> variants = html.select("tr.result[data-indicator=ost_coverage][data-year=2011]")
                .eachAttr("data-variant");
        assertThat(variants).hasSize(2).anyMatch(v -> v.contains("44000")).anyMatch(v -> v.contains("18934"));
        assertThat(html.select("#summary").text()).contains("each alternative gives its own result");
    }

    @Test
    void reconciliationShowsReportedBesideComputed() {
        Elements rows = html.select("table.reconciliation tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(ReportedIndicators.bundled().size());
        Element ost2016 = rows.select("[data-indicator=ost_coverage][data-year=2016]").first();
        assertThat(ost2016.selectFirst("td.reported").ownText()).isEqualTo("4.8 %");
        assertThat(ost2016.selectFirst("td.computed").text()).isEqualTo("6.0 %");
        // hand: 6.02 - 4.8 = 1.22 percentage points, beyond the 0.05 rounding of "4.8"; 1505 / 0.048 = 31354
        assertThat(ost2016.select("td").eachText()).contains("+1.22 pp", "yes");
        assertThat(ost2016.text()).contains("31354");
        Element nsp2013 = rows.select("[data-indicator=needles_syringes_per_pwid][data-year=2013]").first();
        assertThat(nsp2013.selectFirst("td.computed").text()).isEqualTo("not computed");
        assertThat(nsp2013.select("li").eachText()).contains("UNAIDS 2025 (> 200): met");
    }

    @Test
    void everyChartIsAPngDataUri() throws IOException {
        Elements images = html.select("img");
        assertThat(images).hasSize(7);
        for (Element img : images) {
            String src = img.attr("src");
            assertThat(src).startsWith("data:image/png;base64,");
            byte[] png = Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()));
            assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH);
            assertThat(img.attr("alt")).isNotBlank();
        }
    }

    @Test
    void resultsFilesAreWrittenBesideThePage() throws IOException {
        String csv = Files.readString(dir.resolve("results.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("indicator,version,name,variant,variant_label,alternatives,period");
        // UNAIDS: ART coverage 2016 28 % (21-37 %), its published range kept as the first interval
        assertThat(csv.lines().filter(l -> l.startsWith("art_coverage,") && l.contains(",published,")
                && l.contains(",2016,")).findFirst().orElseThrow())
                .contains(",0.28,").contains(",published_plausible_bounds,0.21,0.37,");
        assertThat(Files.readString(dir.resolve("results.json"), StandardCharsets.UTF_8)).startsWith("{")
                .contains("\"results\"");
    }
}
