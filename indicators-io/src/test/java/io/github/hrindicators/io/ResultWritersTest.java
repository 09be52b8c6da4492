package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** Results of the Kyrgyz dataset for 2016, written and parsed back with plain Jackson. */
class ResultWritersTest {
    static List<IndicatorResult> results;

    @BeforeAll
    static void evaluate() {
        Dataset d = CsvFigureReader.defaults().read(KyrgyzDatasetTest.FILE);
        results = Catalogue.standard().evaluate(d, Area.of("Kyrgyzstan"), 2016, EvaluationSettings.defaults());
    }

    static List<Map<String, String>> csvRows() {
        StringWriter w = new StringWriter();
        CsvResultWriter.write(results, w);
        return new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(w.toString()).readAll();
    }

    @Test
    void csvHasOneRowPerResultWithEveryColumn() {
        List<Map<String, String>> rows = csvRows();
        assertThat(rows).hasSize(results.size());
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(ResultColumns.HEADERS);
        for (int i = 0; i < rows.size(); i++) {
            IndicatorResult r = results.get(i);
            Map<String, String> row = rows.get(i);
            assertThat(row.get("indicator")).isEqualTo(r.definition().id());
            assertThat(row.get("variant")).isEqualTo(r.variant().code());
            for (int k = 0; k < IndicatorResult.MAX_INTERVALS; k++) {
                String method = row.get("interval_" + (k + 1) + "_method");
                assertThat(method).isEqualTo(k < r.intervals().size() ? r.intervals().get(k).method().code() : "");
            }
            assertThat(row.get("status")).isEqualTo(r.status().name().toLowerCase(java.util.Locale.ROOT));
            assertThat(row.get("value").isEmpty()).isEqualTo(r.value().isEmpty());
            assertThat(row.get("reason").isEmpty()).isEqualTo(r.reason().isEmpty());
        }
    }

    @Test
    void csvOstCoverageCarriesValueInputsAndSources() {
        // hand: 1505 OST clients (Liberman et al. 2024) / 25000 PWID (2013 estimate within the default horizon)
        assertThat(csvRows())
                .filteredOn(r -> r.get("indicator").equals("ost_coverage") && r.get("status").equals("computed"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("inputs")).contains("1505 (2016; Liberman et al. 2024"))
                .allSatisfy(r -> assertThat(r.get("level")).isNotEmpty());
    }

    @Test
    void everyNumberIsTheShortestThatReadsBack() {
        // property over every numeric cell of the Kyrgyz 2016 results: reading the text back gives the double, and
        // no shorter decimal would (so no binary noise such as 0.14300000000000002 for 14.3 %)
        java.util.regex.Pattern number = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE]-?\\d+)?");
        List<String> cells = csvRows().stream().flatMap(r -> r.values().stream())
                .filter(c -> number.matcher(c).matches()).toList();
        assertThat(cells).hasSizeGreaterThan(100).allSatisfy(c -> {
            java.math.BigDecimal text = new java.math.BigDecimal(c);
            double d = text.doubleValue();
            int digits = text.stripTrailingZeros().precision();
            if (digits > 1 && d != Math.rint(d)) {
                double shorter = text.round(new java.math.MathContext(digits - 1)).doubleValue();
                assertThat(shorter).as("a shorter form of %s reads back the same", c).isNotEqualTo(d);
            }
        });
    }

    @Test
    void sinksWriteWhatTheListWritersWrite() {
        StringWriter all = new StringWriter();
        CsvResultWriter.write(results, all);
        StringWriter streamed = new StringWriter();
        try (ResultSink sink = CsvResultWriter.open(streamed)) {
            results.forEach(sink);
        }
        assertThat(streamed.toString()).isEqualTo(all.toString());
        StringWriter json = new StringWriter();
        try (ResultSink sink = JsonResultWriter.open(json)) {
            sink.accept(results.get(0));
            sink.close();
            org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> sink.accept(results.get(0)));
        }
        assertThat(JsonMapper.builder().build().readTree(json.toString()).get("results").size()).isEqualTo(1);
    }

    @Test
    void aYesNoResultIsWrittenAsYesOrNo() {
        Area kg = Area.of("Kyrgyzstan");
        Dataset d = Dataset.of(io.github.hrindicators.core.Observation.of(
                io.github.hrindicators.core.Measure.DRUG_CONSUMPTION_ROOMS, io.github.hrindicators.core.YesNo.NO,
                io.github.hrindicators.core.ReferencePeriod.ofYear(2020), kg,
                io.github.hrindicators.core.Source.of("synthetic")));
        List<IndicatorResult> rs = io.github.hrindicators.core.indicator.StandardIndicators.DRUG_CONSUMPTION_ROOMS
                .evaluate(d, kg, 2020);
        StringWriter csv = new StringWriter();
        CsvResultWriter.write(rs, csv);
        assertThat(csv.toString()).contains(",computed,no,yes_no,").contains("reported figure: "
                + "drug_consumption_rooms = no (2020; synthetic");
        StringWriter json = new StringWriter();
        JsonResultWriter.write(rs, json);
        JsonNode n = JsonMapper.builder().build().readTree(json.toString()).get("results").get(0);
        assertThat(n.get("value").isString()).isTrue();
        assertThat(n.get("value").asString()).isEqualTo("no");
        assertThat(n.get("inputs").get(0).get("value").asString()).isEqualTo("no");
    }

    @Test
    void jsonHasTheSameResultsWithStructuredLists() {
        StringWriter w = new StringWriter();
        JsonResultWriter.write(results, w);
        JsonNode doc = JsonMapper.builder().build().readTree(w.toString());
        JsonNode array = doc.get("results");
        assertThat(array.size()).isEqualTo(results.size());
        for (int i = 0; i < results.size(); i++) {
            IndicatorResult r = results.get(i);
            JsonNode n = array.get(i);
            assertThat(n.get("indicator").asString()).isEqualTo(r.definition().id());
            assertThat(n.get("inputs").size()).isEqualTo(r.inputs().size());
            assertThat(n.get("warnings").size()).isEqualTo(r.warnings().size());
            assertThat(n.get("target_gaps").size()).isEqualTo(r.gaps().size());
            assertThat(n.get("intervals").size()).isEqualTo(r.intervals().size());
            for (int k = 0; k < r.intervals().size(); k++) {
                assertThat(n.get("intervals").get(k).get("lower").asDouble()).isEqualTo(r.intervals().get(k).lower());
                assertThat(n.get("intervals").get(k).get("upper").asDouble()).isEqualTo(r.intervals().get(k).upper());
            }
            r.value().ifPresent(v -> assertThat(n.get("value").asDouble()).isEqualTo(v.doubleValue()));
            if (!r.inputs().isEmpty()) {
                assertThat(n.get("inputs").get(0).get("sources").get(0).asString())
                        .isEqualTo(r.inputs().get(0).sources().get(0).citation());
            }
        }
    }
}
