package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** The text of single cells of the result CSV, for rows whose values are worked out by hand. */
class ResultColumnsTest {

    static List<Map<String, String>> rows(List<IndicatorResult> results) {
        StringWriter w = new StringWriter();
        CsvResultWriter.write(results, w);
        return new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(w.toString()).readAll();
    }

    static Map<String, String> row(List<Map<String, String>> rows, String indicator, String variantStart) {
        return rows.stream().filter(r -> r.get("indicator").equals(indicator) && r.get("setting").isEmpty()
                && r.get("variant_label").startsWith(variantStart)).findFirst().orElseThrow();
    }

    static List<Map<String, String>> kyrgyz2016() {
        ResultWritersTest.evaluate();
        return rows(ResultWritersTest.results);
    }

    @Test
    void ostCoverageRowHasItsGapsWarningsAndInputs() {
        Map<String, String> r = row(kyrgyz2016(), "ost_coverage", "denominator: PWID size");
        // 1505 OST clients / 25000 PWID (2013) = 0.0602
        assertThat(r.get("value")).isEqualTo("0.0602");
        assertThat(r.get("unit")).isEqualTo("proportion (fraction)");
        assertThat(r.get("numerator")).isEqualTo("1505");
        assertThat(r.get("denominator")).isEqualTo("25000");
        assertThat(r.get("level")).isEqualTo("low");
        // UNAIDS 2025 target 50 %: 0.5 - 0.0602 = 0.4398; 0.5 × 25000 - 1505 = 10995 more clients
        assertThat(r.get("target_gaps")).endsWith(
                " | unaids-2025: gap 0.4398, not met, 10995 more in the numerator");
        assertThat(r.get("warnings")).isEqualTo("mixed_years: Inputs from different years combined for 2016: "
                + "ost_clients 2016, pwid_population_size 2013 | proxy_denominator: The denominator is a proxy: "
                + "pwid_population_size stands in for opioid_dependent_pwid_size");
        assertThat(r.get("inputs")).startsWith("numerator: ost_clients = 1505 (2016; Liberman et al. 2024 ")
                .contains(" | denominator: pwid_population_size = 25000 (2013; Sputnik Kyrgyzstan 20 Mar 2015 ");
        assertThat(List.of(r.get("reason_code"), r.get("reason"), r.get("interval_1_method"))).containsOnly("");
        assertThat(r.get("variant")).isEqualTo("pwid_size_proxy");
    }

    @Test
    void firstNinetyFiveRowHasThePlausibleBoundsOfTheEstimate() {
        Map<String, String> r = row(kyrgyz2016(), "first_95", "");
        // 6402 registered alive / PLHIV 8500 (6300-11000): 6402 / 11000 = 0.582, 6402 / 6300 = 1.01619...
        // (Python 3.11: repr(6402/6300) = '1.016190476190476', the shortest form that reads back)
        assertThat(r.get("interval_1_lower")).isEqualTo("0.582");
        assertThat(r.get("interval_1_upper")).isEqualTo("1.016190476190476");
        assertThat(r.get("interval_1_method")).isEqualTo("plausible_bounds");
        assertThat(r.get("interval_1_level")).isEmpty();
        // then the delta method and Monte Carlo, at the default 95 %, the latter with its seed and draws
        assertThat(r.get("interval_2_method")).isEqualTo("delta_log");
        assertThat(r.get("interval_3_method")).isEqualTo("monte_carlo");
        assertThat(r.get("interval_3_level")).isEqualTo("0.95");
        assertThat(r.get("interval_3_seed")).isNotEmpty();
        assertThat(r.get("interval_3_draws")).isNotEmpty();
        assertThat(r.get("interval_4_method")).isEmpty();
    }

    @Test
    void everyLevelOfARunHasItsGroupOfColumns() {
        // the Kyrgyz first 95 at 95 % and 99.8 %: plausible bounds, delta and Monte Carlo at 95 %, then at 99.8 %
        List<IndicatorResult> results = Catalogue.standard().evaluate(CsvFigureReader.defaults().read(KyrgyzDatasetTest.FILE),
                Area.of("Kyrgyzstan"),
                2016, EvaluationSettings.defaults().withAdditionalLevels(0.998));
        Map<String, String> r = row(rows(results), "first_95", "");
        assertThat(List.of(r.get("interval_4_method"), r.get("interval_4_level"), r.get("interval_5_method"),
                r.get("interval_5_level"))).containsExactly("delta_log", "0.998", "monte_carlo", "0.998");
        assertThat(Double.parseDouble(r.get("interval_4_lower"))).isLessThan(
                Double.parseDouble(r.get("interval_2_lower")));
        assertThat(r.get("interval_6_method")).isEmpty();
    }

    @Test
    void derivedInputsSayHowTheyWereDerived() {
        Map<String, String> r = row(kyrgyz2016(), "pwid_share_hiv_cases", "people registered alive");
        // 6402 registered alive × 51.5 % injecting = 3297.03
        assertThat(r.get("unit")).isEqualTo("proportion (fraction)");
        assertThat(r.get("inputs")).contains("numerator: registered_hiv_alive_injecting (derived) = 3297.03 ("
                + "2016-01-01; ").endsWith("; derived: 6402 × 51.5 % = 3297.03)");
    }

    @Test
    void rowsWithoutAValueGiveTheReasonAndOtherUnitsNoFractionNote() {
        Map<String, String> r = row(kyrgyz2016(), "needles_syringes_per_pwid", "");
        assertThat(r.get("status")).isEqualTo("not_computable");
        assertThat(r.get("value")).isEmpty();
        assertThat(r.get("unit")).isEqualTo("per_person_per_year");
        assertThat(r.get("reason_code")).isEqualTo("missing_input");
        assertThat(r.get("reason")).isEqualTo("No needles_syringes_distributed for Kyrgyzstan (total) in 2016 "
                + "(population estimates: up to 5 years earlier)");
    }

    @Test
    void metTargetsSayMetAndNeedNothingMore() {
        Area a = Area.of("Testland");
        Source s = Source.of("hand-made");
        // 12500 OST clients / 25000 PWID = 0.5: exactly the 50 % target, which is met with a gap of 0
        Dataset d = Dataset.of(
                Observation.of(Measure.OST_CLIENTS, Count.of(12500), ReferencePeriod.ofYear(2016), a, s),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(25000), ReferencePeriod.ofYear(2016), a, s));
        Map<String, String> r = row(rows(Catalogue.standard().evaluate(d, a, 2016, EvaluationSettings.defaults())),
                "ost_coverage", "denominator: PWID size");
        assertThat(r.get("value")).isEqualTo("0.5");
        assertThat(r.get("target_gaps")).contains("unaids-2025: gap 0, met").doesNotContain("not met")
                .doesNotContain("more in the numerator");
    }
    @Test
    void publishedRangesAreIntervalsToo() {
        // UNAIDS: ART coverage 2016 28 % (21-37 %), plausible bounds, published with the figure
        Map<String, String> r = row(kyrgyz2016(), "art_coverage", "published");
        assertThat(r.get("variant")).isEqualTo("published");
        assertThat(r.get("value")).isEqualTo("0.28");
        assertThat(List.of(r.get("interval_1_method"), r.get("interval_1_lower"), r.get("interval_1_upper")))
                .containsExactly("published_plausible_bounds", "0.21", "0.37");
    }

    @Test
    void jsonInputsKeepTheirDerivation() {
        ResultWritersTest.evaluate();
        StringWriter w = new StringWriter();
        JsonResultWriter.write(ResultWritersTest.results, w);
        JsonNode share = JsonMapper.builder().build().readTree(w.toString()).get("results").valueStream()
                .filter(r -> r.get("indicator").asString().equals("pwid_share_hiv_cases")
                        && r.get("variant").asString().equals("alive_published_share"))
                .findFirst().orElseThrow();
        // 6402 registered alive × 51.5 % injecting = 3297.03; published inputs have no derivation
        assertThat(share.get("inputs").valueStream().map(i -> i.has("derivation") ? i.get("derivation").asString()
                : "-").toList()).containsExactly("-", "-", "6402 × 51.5 % = 3297.03");
    }
}
