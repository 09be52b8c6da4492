package io.github.hrindicators.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.examples.KyrgyzDataset;
import io.github.hrindicators.examples.report.ReportedIndicators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Kyrgyz report, read back with jsoup: the values shown against hand calculations, footnotes, charts. */
class CountryReportTest {
    @TempDir
    static Path dir;

    private static Document html;
    private static Document russian;
    private static List<IndicatorResult> computed;

    @BeforeAll
    static void writeReports() throws IOException {
        CountryReport report = CountryReport.of(KyrgyzDataset.load(), KyrgyzDataset.KYRGYZSTAN, 2001, 2025,
                "kyrgyzstan.csv", ReportedIndicators.bundled(), Language.EN);
        html = Jsoup.parse(report.write(dir.resolve("en")).toFile(), "UTF-8");
        russian = Jsoup.parse(CountryReport.of(KyrgyzDataset.load(), KyrgyzDataset.KYRGYZSTAN, 2001, 2025,
                "kyrgyzstan.csv", ReportedIndicators.bundled(), Language.RU).write(dir.resolve("ru")).toFile(),
                "UTF-8");
        computed = report.results().stream().filter(r -> r.status() == IndicatorResult.Status.COMPUTED).toList();
    }

    private static List<Element> rows(String indicator, int year) {
        return html.select("tr.result[data-indicator=" + indicator + "][data-year=" + year + "]");
    }

    private static String value(Element row) {
        return row.selectFirst("td.value").ownText();
    }

    @Test
    void everyComputedResultHasOneRow() {
        assertThat(html.select("tr.result")).hasSize(computed.size());
        assertThat(html.select("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("meta[name=viewport]").attr("content")).contains("width=device-width");
    }

    @Test
    void valuesMatchHandCalculationsInOnePrecisionPerUnit() {
        // hand: 1505 / 25000 = 6.02 %
        assertThat(rows("ost_coverage", 2016).stream().map(CountryReportTest::value)).contains("6.02 %");
        // hand: 6402 / 8500 = 75.32 %
        assertThat(rows("first_95", 2016).stream().map(CountryReportTest::value)).contains("75.32 %");
        // hand: 8500 − 6402 = 2098, range 6300 − 6402 = −102 to 11000 − 6402 = 4598
        Element undiagnosed = rows("undiagnosed_hiv", 2016).get(0);
        assertThat(value(undiagnosed)).isEqualTo("2,098");
        assertThat(undiagnosed.select("td").get(4).text()).startsWith("\u2212102–4,598");
        // published shares of new diagnoses: 59 % (2010), 2.4 % (2023), two decimals as every share
        assertThat(rows("pwid_share_hiv_cases", 2010).stream().map(CountryReportTest::value)).contains("59.00 %");
        assertThat(rows("pwid_share_hiv_cases", 2023).stream().map(CountryReportTest::value)).contains("2.40 %");
        // the same in Russian: decimal comma, thousands with a narrow no-break space
        assertThat(russian.select("tr.result[data-indicator=undiagnosed_hiv][data-year=2016] td.value").first()
                .ownText()).isEqualTo("2\u202F098");
        assertThat(russian.select("html").attr("lang")).isEqualTo("ru");
        assertThat(russian.select("#summary h2").text()).isEqualTo("Сводка");
    }

    @Test
    void conflictingEstimatesAreAlternativesNamedByTheirValuesNotTheirCodes() {
        // 2011: OST clients over the two PWID size estimates around 2010, 44,000 and 18,934
        List<String> variants = rows("ost_coverage", 2011).stream().map(r -> r.select("td").get(1).text())
                .toList();
        assertThat(variants).hasSize(2).anyMatch(v -> v.contains("44,000")).anyMatch(v -> v.contains("18,934"));
        assertThat(html.select("ul.legend").text()).doesNotContain("pwid_population_size", "registered_hiv");
    }

    @Test
    void everyFootnoteResolvesAndRowsCiteTheirInputsSources() {
        Map<String, String> sources = html.select("ol.sources li").stream()
                .collect(Collectors.toMap(Element::id, Element::text));
        assertThat(html.select("a.fn")).isNotEmpty().allMatch(a -> sources.containsKey(a.attr("href").substring(1)));
        for (Element row : html.select("tr.result")) {
            Set<String> cited = row.select("td.value a.fn").stream().map(a -> sources.get(a.attr("href")
                    .substring(1))).collect(Collectors.toSet());
            Set<String> inputs = row.select("td").get(7).select("a.fn").stream()
                    .map(a -> sources.get(a.attr("href").substring(1))).collect(Collectors.toSet());
            assertThat(cited).isEqualTo(inputs).isNotEmpty();
        }
        // a citation with an address is a link to it
        Element link = html.select("ol.sources a[href]").first();
        assertThat(link.attr("href")).startsWith("http").isEqualTo(link.text());
        assertThat(computed.stream().flatMap(r -> r.inputs().stream()).flatMap(i -> i.sources().stream())
                .map(Source::citation).filter(c -> c.contains("https://")).count()).isPositive();
    }

    @Test
    void reconciliationShowsReportedBesideComputed() {
        Element ost2016 = html.select("table.reconciliation tr").stream()
                .filter(r -> r.text().startsWith("OST coverage 2016")).findFirst().orElseThrow();
        assertThat(ost2016.selectFirst("td.reported").ownText()).isEqualTo("4.80 %");
        assertThat(ost2016.selectFirst("td.computed").text()).isEqualTo("6.02 %");
        // hand: 6.02 − 4.8 = 1.22 percentage points, beyond the 0.05 rounding of "4.8"; 1505 / 0.048 = 31354
        assertThat(ost2016.select("td").eachText()).contains("+1.22 pp", "yes");
        assertThat(ost2016.text()).contains("31354");
    }

    @Test
    void chartsAreInlineSvgWithATitlePerMarkAndHtmlLegends() {
        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("figure svg.chart")).hasSizeGreaterThan(4);
        for (Element svg : html.select("figure svg.chart")) {
            assertThat(svg.select("circle.mark, path.mark, rect.bar")).as(svg.id()).isNotEmpty()
                    .allMatch(m -> !m.select("title").text().isBlank());
            assertThat(svg.parent().select("ul.legend li")).as(svg.id()).isNotEmpty();
        }
        // the first 95 above 100 % (6402 registered over the low end 6300) and the negative undiagnosed of 2023-2025
        // are marked
        assertThat(html.select("#chart-undiagnosed_hiv path.flagged")).isNotEmpty();
        // the cascade: values with "%" beside the bars, targets as ticks
        assertThat(html.select("#chart-cascade text.bar-value").eachText()).allMatch(t -> t.endsWith("%"));
        assertThat(html.select("#chart-cascade rect.bar")).hasSize(3);
        assertThat(html.select("#chart-cascade line.target")).hasSize(3);
    }

    @Test
    void resultsFilesAreWrittenBesideThePage() throws IOException {
        String csv = Files.readString(dir.resolve("en/results.csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("indicator,version,name,variant,variant_label,alternatives,period");
        assertThat(csv.lines().count()).isEqualTo(1 + html.select("tr.result").size()
                + html.select("table.not-computable tbody tr").size());
        assertThat(Files.readString(dir.resolve("en/results.json"), StandardCharsets.UTF_8)).startsWith("{");
    }

    @Test
    void theRussianReportHasNoEnglishLeftBesideCodesNamesAndCitations() {
        // what may stay in Latin letters: the data's own citations and notes, the catalogue's sources (titles of
        // publications), addresses, measure codes, indicator codes and the names of the organisations that define them
        List<String> allowed = new java.util.ArrayList<>();
        KyrgyzDataset.load().observations().forEach(o -> {
            allowed.add(o.source().citation());
            o.note().ifPresent(allowed::add);
        });
        ReportedIndicators.bundled().forEach(r -> {
            allowed.add(r.source().citation());
            r.denominatorNote().ifPresent(allowed::add);
        });
        for (io.github.hrindicators.core.indicator.Indicator i
                : io.github.hrindicators.core.indicator.Catalogue.standard().indicators()) {
            allowed.addAll(i.definition().sources());
            i.definition().targets().forEach(t -> allowed.add(t.source()));
        }
        String text = russian.text() + " " + russian.select("[title],[aria-label]").stream()
                .map(e -> e.attr("title") + " " + e.attr("aria-label")).collect(Collectors.joining(" "));
        for (String a : allowed.stream().flatMap(a -> java.util.Arrays.stream(a.split("https?://\\S+")))
                .map(String::strip).filter(a -> a.length() > 1).sorted((a, b) -> b.length() - a.length()).toList()) {
            text = text.replace(a, " ");
        }
        text = text.replaceAll("https?://\\S+", " ").replaceAll("\\b[a-z0-9]+(_[a-z0-9]+)+\\b", " ")
                .replaceAll("\\b(Kyrgyzstan|kyrgyzstan\\.csv|results\\.(csv|json)|UNAIDS|WHO|GAM|GHSS-hep|KP|PRV|HEP|GF"
                        + "|I|II)\\b", " ");
        List<String> english = java.util.Arrays.stream(text.split("\\s+"))
                .filter(w -> w.matches(".*[A-Za-z]{2,}.*")).distinct().toList();
        assertThat(english).as("English words in the Russian report").isEmpty();
        // and the Russian is there: a not-computable reason, a warning, a variant, a definition
        assertThat(russian.text()).contains("Нет данных").contains("Для 2016 года объединены исходные данные разных лет")
                .contains("знаменатель: численность ЛУИН");
    }
}
