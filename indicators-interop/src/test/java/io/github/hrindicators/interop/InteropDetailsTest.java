package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.StandardIndicators;
import io.github.hrindicators.io.DataFileException;
import java.io.BufferedWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Smaller behaviours of the module's types: plain-word file failures, value equality, writers flushing. */
class InteropDetailsTest {
    @Test
    void aFolderGivenAsAFileIsAPlainProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> Mapping.read(dir, Catalogue.standard())).isInstanceOfSatisfying(
                DataFileException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).startsWith("The file cannot be read: ").doesNotContain("Exception");
                    assertThat(p.message()).isNotEqualTo("The file cannot be read: ");
                }));
        assertThatThrownBy(() -> Dhis2Import.of(Small.mapping(), Catalogue.standard(), "x").read(dir))
                .isInstanceOf(DataFileException.class).hasMessageContaining("The file cannot be read: ");
    }

    @Test
    void mappingsAreValues() {
        Mapping a = Small.mapping();
        Mapping b = Small.mapping();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(Kyrgyz.mapping()).isNotEqualTo("a mapping");
        assertThat(a.toString()).isEqualTo("Mapping[5 rules]");
        assertThat(Mapping.describe(a.rules().get(0))).isEqualTo("indicator ost_coverage (every variant) in "
                + "Kyrgyzstan, total");
        assertThat(Mapping.describe(a.rules().get(2))).isEqualTo("measure ost_clients in Kyrgyzstan, prison");
    }

    @Test
    void rulesRefuseBlankCodes() {
        var subject = new MappingRule.MeasureSubject(Measure.OST_CLIENTS);
        assertThatThrownBy(() -> new MappingRule(subject, " ", Subgroup.TOTAL, "DE", Optional.empty(),
                Optional.empty(), "KG", Optional.empty(), Optional.empty(), Map.of()))
                .hasMessage("The area code is blank");
        assertThatThrownBy(() -> new MappingRule(subject, "KG", Subgroup.TOTAL, "DE", Optional.empty(),
                Optional.empty(), "", Optional.empty(), Optional.empty(), Map.of()))
                .hasMessage("The orgUnit code is blank");
        assertThatThrownBy(() -> new MappingRule(subject, "KG", Subgroup.TOTAL, "DE", Optional.of(" "),
                Optional.empty(), "KG", Optional.empty(), Optional.empty(), Map.of()))
                .hasMessage("The code code is blank");
    }

    @Test
    void writersFlushWithoutClosing() throws Exception {
        Dhis2Export e = Small.export();
        for (int k = 0; k < 3; k++) {
            StringWriter target = new StringWriter();
            BufferedWriter w = new BufferedWriter(target, 1 << 16);
            if (k == 0) {
                e.writeDataValueSets(w, Optional.empty(), Optional.empty());
            } else if (k == 1) {
                e.writeCsv(w);
            } else {
                e.writeAdx(w, "DS", Instant.EPOCH);
            }
            assertThat(target.toString()).as("writer %d", k).endsWith("\n").hasSizeGreaterThan(500);
        }
    }

    @Test
    void attributeOptionCombosGoOnEachValue() throws Exception {
        Mapping m = Mapping.of(List.of(new MappingRule(new MappingRule.MeasureSubject(Measure.OST_CLIENTS), "Kyrgyzstan",
                Subgroup.TOTAL, "OST", Optional.empty(), Optional.of("FUNDER_GF"), "KG", Optional.empty(),
                Optional.empty(), Map.of())));
        Observation o = Observation.of(Measure.OST_CLIENTS, Count.of(0), ReferencePeriod.ofYear(2016), Small.KG,
                Small.S);
        StringWriter w = new StringWriter();
        Dhis2Export e = Dhis2Export.of(m, List.of(), List.of(o));
        e.writeDataValueSets(w, Optional.empty(), Optional.empty());
        assertThat(w.toString()).contains("\"attributeOptionCombo\" : \"FUNDER_GF\"").contains("\"value\" : \"0\"")
                .doesNotContain("dataSet").doesNotContain("completeDate");
        Dhis2Import.Imported back = Dhis2Import.of(m, Catalogue.standard(), "x").read(w.toString(), "w.json");
        assertThat(back.figures().observations()).extracting(Observation::value).containsExactly(Count.of(0));
        StringWriter csv = new StringWriter();
        e.writeCsv(csv);
        assertThat(csv.toString().lines().skip(1).findFirst()).contains("OST,2016,KG,,FUNDER_GF,0,,,ost_clients; "
                + "source: test source,false");
    }

    @Test
    void analyticsNamesCategoryAndAttributeCombosInTheirOwnColumns() {
        Mapping m = Mapping.of(List.of(new MappingRule(new MappingRule.MeasureSubject(Measure.OST_CLIENTS), "Kyrgyzstan",
                Subgroup.TOTAL, "OST", Optional.of("ALL"), Optional.of("GF"), "KG", Optional.empty(),
                Optional.empty(), Map.of())));
        Dhis2Import.Imported back = Dhis2Import.of(m, Catalogue.standard(), "x").read("""
            {"headers": [{"name": "ou"}, {"name": "ao"}, {"name": "value"}, {"name": "dx"}, {"name": "co"},
                         {"name": "pe"}],
             "rows": [["KG", "GF", "12", "OST", "ALL", "2019"]]}""", "a.json");
        assertThat(back.figures().observations()).extracting(Observation::value).containsExactly(Count.of(12));
        assertThatThrownBy(() -> Dhis2Import.of(m, Catalogue.standard(), "x").read("""
            {"headers": [{"name": "dx"}, {"name": "pe"}, {"name": "ou"}, {"name": "value"}],
             "rows": [["OST", "2019"]]}""", "a.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("rows[0]").hasMessageContaining("has fewer cells than headers");
        assertThatThrownBy(() -> Dhis2Import.of(m, Catalogue.standard(), "x").read("""
            {"dataValues": {"dataElement": "OST"}}""", "a.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("is not a list of data values");
        assertThatThrownBy(() -> Dhis2Import.of(m, Catalogue.standard(), "x").read("""
            {"dataValues": [3]}""", "a.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("dataValues[0]").hasMessageContaining("is not a data value object");
        assertThatThrownBy(() -> Dhis2Import.of(m, Catalogue.standard(), "x").read("[]", "a.json"))
                .isInstanceOf(DataFileException.class).hasMessageContaining("is not a JSON object");
        assertThatThrownBy(() -> Dhis2Import.of(m, Catalogue.standard(), " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every interval part goes into the extension exactly when the interval has it. */
    @Test
    void intervalExtensionsCarryLevelSeedAndDrawsWhenTheIntervalHasThem() {
        for (IndicatorResult r : Kyrgyz.results2016()) {
            if (r.value().isEmpty() || r.intervals().isEmpty() || !r.subgroup().isTotal()) {
                continue;
            }
            MeasureReport mr = FhirExport.measureReport(List.of(r));
            assertThat(mr.getText().getDivAsString()).contains(r.definition().name()).contains(r.area().name());
            List<Extension> ext = mr.getGroupFirstRep().getExtensionsByUrl(FhirExport.INTERVAL);
            for (int k = 0; k < ext.size(); k++) {
                var i = r.intervals().get(k);
                assertThat(ext.get(k).hasExtension("level")).isEqualTo(i.confidenceLevel().isPresent());
                assertThat(ext.get(k).hasExtension("seed")).isEqualTo(i.seed().isPresent());
                assertThat(ext.get(k).hasExtension("draws")).isEqualTo(i.draws().isPresent());
                if (i.seed().isPresent()) {
                    assertThat(ext.get(k).getExtensionByUrl("seed").getValue().primitiveValue())
                            .isEqualTo(Long.toString(i.seed().getAsLong()));
                    assertThat(ext.get(k).getExtensionByUrl("draws").getValue().primitiveValue())
                            .isEqualTo(Integer.toString(i.draws().getAsInt()));
                }
            }
        }
    }

    @Test
    void scoresHaveTheirIndicatorsUnits() {
        IndicatorResult undiagnosed = Kyrgyz.results2016().stream().filter(r -> r.definition().id()
                .equals("undiagnosed_hiv") && r.value().isPresent()).findFirst().orElseThrow();
        var score = FhirExport.measureReport(List.of(undiagnosed)).getGroupFirstRep().getMeasureScore();
        assertThat(score.getUnit()).isEqualTo("people");
        assertThat(score.getValue()).isEqualByComparingTo("2098");
        IndicatorResult perSite = Kyrgyz.results2016().stream().filter(r -> r.definition().id()
                .equals("ost_clients_per_site") && r.value().isPresent()).findFirst().orElseThrow();
        assertThat(FhirExport.measureReport(List.of(perSite)).getGroupFirstRep().getMeasureScore().getUnit())
                .isEqualTo("people per site");
        assertThat(FhirExport.measureReport(List.of(perSite)).getGroupFirstRep().getPopulation().get(1).getCount())
                .isEqualTo(31);
        assertThat(FhirExport.measure(StandardIndicators.NEEDLES_SYRINGES_PER_PWID).getScoring().getCodingFirstRep()
                .getCode()).isEqualTo("ratio");
        assertThat(FhirExport.measure(StandardIndicators.NEEDLES_SYRINGES_PER_PWID).getImprovementNotation()
                .getCodingFirstRep().getCode()).isEqualTo("increase");
        assertThat(FhirExport.measure(StandardIndicators.OST_COVERAGE).getText().getDivAsString())
                .contains("OST coverage");
        assertThat(FhirExport.fhirId("a_b_c")).isEqualTo("a-b-c");
    }

    @Test
    void numbersAreShortestPlainDecimals() {
        assertThat(Numbers.plain(0.0)).isEqualTo("0");
        assertThat(Numbers.plain(-0.0)).isEqualTo("0");
        assertThat(Numbers.plain(25000.0)).isEqualTo("25000");
        assertThat(Numbers.plain(1e-7)).isEqualTo("0.0000001");
        assertThat(Numbers.percent(0.0)).isEqualTo("0");
        assertThat(Numbers.percent(0.0602)).isEqualTo("6.02");
        assertThat(Numbers.value(io.github.hrindicators.core.Rate.perPersonPerYear(152.5))).isEqualTo("152.5");
        assertThat(Dhis2Period.of(ReferencePeriod.ofMonth(java.time.YearMonth.of(2016, 1)))).contains("201601");
    }
}
