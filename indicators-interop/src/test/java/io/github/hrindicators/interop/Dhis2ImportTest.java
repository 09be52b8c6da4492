package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.Problem;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class Dhis2ImportTest {
    private static final Dhis2Import SMALL = Dhis2Import.of(Small.mapping(), Catalogue.standard(), "play.example");

    /** What a figure is, source and note aside: the round trip gives these back unchanged. */
    private static List<Object> identity(Observation o) {
        return List.of(o.measure(), o.value(), o.period(), o.area(), o.subgroup());
    }

    private static String dataValueSets(Dhis2Export e) throws Exception {
        StringWriter out = new StringWriter();
        e.writeDataValueSets(out, Optional.of("HRI_DS"), Optional.empty());
        return out.toString();
    }

    @Test
    void kyrgyzFiguresComeBackUnchanged() throws Exception {
        Mapping mapping = Kyrgyz.mapping();
        List<Observation> figures = Kyrgyz.figures().observations();
        Dhis2Export e = Dhis2Export.of(mapping, List.of(), figures);
        Dhis2Import.Imported back = Dhis2Import.of(mapping, Catalogue.standard(), "hmis.example.kg")
                .read(dataValueSets(e), "export.json");
        List<List<Object>> exported = figures.stream().filter(o -> e.unmapped().stream()
                .noneMatch(u -> u.what().startsWith(o.measure().code() + " ") && u.what().contains(", " + o.period()
                        + ",") && u.what().contains(o.area().name()))).map(Dhis2ImportTest::identity).toList();
        assertThat(exported).hasSizeGreaterThan(50);
        assertThat(back.figures().observations()).extracting(Dhis2ImportTest::identity)
                .containsExactlyInAnyOrderElementsOf(exported);
        assertThat(back.reported()).isEmpty();
    }

    @Test
    void aYesNoFigureGoesOutAsABooleanAndComesBack() throws Exception {
        Mapping m = Mapping.of(List.of(new MappingRule(new MappingRule.MeasureSubject(
                Measure.DRUG_CONSUMPTION_ROOMS), "Kyrgyzstan", io.github.hrindicators.core.Subgroup.TOTAL, "DCR",
                Optional.empty(), Optional.empty(), "KG", Optional.empty(), Optional.empty(), java.util.Map.of())));
        Observation no = Observation.of(Measure.DRUG_CONSUMPTION_ROOMS, io.github.hrindicators.core.YesNo.NO,
                io.github.hrindicators.core.ReferencePeriod.ofYear(2020), Small.KG,
                io.github.hrindicators.core.Source.of("synthetic"));
        Dhis2Export e = Dhis2Export.of(m, List.of(), List.of(no));
        String json = dataValueSets(e);
        assertThat(json).contains("\"value\" : \"false\"");
        Dhis2Import.Imported back = Dhis2Import.of(m, Catalogue.standard(), "hmis.example.kg").read(json,
                "dcr.json");
        assertThat(back.figures().observations()).extracting(Dhis2ImportTest::identity)
                .containsExactly(identity(no));
    }

    @Test
    void intervalsAndTheirMethodComeBack() throws Exception {
        Dhis2Import.Imported back = SMALL.read(dataValueSets(Small.export()), "small.json");
        Observation plhiv = back.figures().observations().stream()
                .filter(o -> o.measure().equals(Measure.PLHIV_ESTIMATE)).findFirst().orElseThrow();
        assertThat(plhiv.value()).isEqualTo(Estimate.of(8500, 6300, 11000,
                IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS));
        assertThat(plhiv.source().citation()).isEqualTo("DHIS2 play.example, data set HRI_DS, period 2016, data "
                + "element PLHIV");
        assertThat(back.figures().observations()).extracting(Dhis2ImportTest::identity).contains(
                List.of(Measure.OST_CLIENTS, Count.of(450), ReferencePeriod.ofYear(2016), Small.KG,
                        Subgroup.of(Setting.PRISON)));
        assertThat(back.reported()).singleElement().satisfies(r -> {
            assertThat(r.indicatorId()).isEqualTo("ost_coverage");
            assertThat(r.value()).isEqualTo(Proportion.ofPercent(6.02));
            assertThat(r.year()).isEqualTo(2016);
        });
    }

    /** Set-level period and org unit (DHIS2's first example: values sharing one period and org unit). */
    @Test
    void setLevelPeriodAndOrgUnitApplyToEveryValue() {
        Dhis2Import.Imported back = SMALL.read("""
            {"dataSet": "DS", "period": "201603", "orgUnit": "KG",
             "dataValues": [{"dataElement": "OST", "value": "1480"},
                            {"dataElement": "OST", "value": "12", "deleted": true, "period": "201604"}]}""",
                "set.json");
        assertThat(back.figures().observations()).extracting(Dhis2ImportTest::identity).containsExactly(
                List.of(Measure.OST_CLIENTS, Count.of(1480), ReferencePeriod.ofMonth(java.time.YearMonth.of(2016,
                        3)), Small.KG, Subgroup.TOTAL));
        assertThat(back.skipped()).extracting(Unmapped::reason).containsExactly("marked deleted");
    }

    /** The analytics API's response: headers dx, pe, ou, value; dx as dataElement.categoryOptionCombo. */
    @Test
    void analyticsResponsesAreRead() {
        Dhis2Import.Imported back = SMALL.read("""
            {"headers": [{"name": "dx"}, {"name": "pe"}, {"name": "ou"}, {"name": "value"}],
             "rows": [["OST", "2016", "KG", "1505"], ["OST.PRISON", "2016", "KG", "450.0"]]}""", "analytics.json");
        assertThat(back.figures().observations()).extracting(Observation::value)
                .containsExactlyInAnyOrder(Count.of(1505), Count.of(450));
        assertThat(back.figures().observations().get(0).source().citation()).startsWith("DHIS2 play.example, "
                + "analytics, period 2016");
    }

    static Stream<Arguments> badPayloads() {
        return Stream.of(
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"NOPE\", \"period\": \"2016\", \"orgUnit\": \"KG\","
                        + " \"value\": \"1\"}]}", "dataValues[0].dataElement", Problem.Kind.VALUE, "has no rule in the"
                        + " mapping"),
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"OST\", \"period\": \"2016\", \"orgUnit\": \"KG\","
                        + " \"value\": \"many\"}]}", "dataValues[0].value", Problem.Kind.VALUE, "is not a number"),
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"OST\", \"period\": \"2016\", \"orgUnit\": \"KG\","
                        + " \"value\": \"1505.5\"}]}", "dataValues[0].value", Problem.Kind.VALUE, "a count is a whole "
                        + "number"),
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"OST\", \"period\": \"2016Q1\", \"orgUnit\": "
                        + "\"KG\", \"value\": \"1\"}]}", "dataValues[0].period", Problem.Kind.VALUE, "is a quarter"),
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"OST\", \"orgUnit\": \"KG\", \"value\": \"1\"}]}",
                        "dataValues[0].period", Problem.Kind.LAYOUT, "is missing"),
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"PLHIV_LO\", \"period\": \"2016\", \"orgUnit\": "
                        + "\"KG\", \"value\": \"6300\"}]}", "dataValues[0]", Problem.Kind.LAYOUT, "whose value is not"
                        + " in the payload"),
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"PLHIV\", \"period\": \"2016\", \"orgUnit\": "
                        + "\"KG\", \"value\": \"8500\"}, {\"dataElement\": \"PLHIV_LO\", \"period\": \"2016\", "
                        + "\"orgUnit\": \"KG\", \"value\": \"6300\"}]}", "dataValues[1]", Problem.Kind.LAYOUT,
                        "the payload lacks the other (PLHIV_HI)"),
                Arguments.of("{\"dataValues\": [{\"dataElement\": \"OST\", \"period\": \"2016\", \"orgUnit\": \"KG\","
                        + " \"value\": \"1\"}, {\"dataElement\": \"OST\", \"period\": \"2016\", \"orgUnit\": \"KG\","
                        + " \"value\": \"2\"}]}", "dataValues[1]", Problem.Kind.DUPLICATE, "a second time (first at "
                        + "dataValues[0])"),
                Arguments.of("{\"headers\": [{\"name\": \"dx\"}], \"rows\": []}", "headers", Problem.Kind.LAYOUT,
                        "has no header named pe"));
    }

    @ParameterizedTest
    @MethodSource("badPayloads")
    void badPayloadsAreRefusedWholeWithLocatedProblems(String json, String field, Problem.Kind kind,
            String message) {
        String withGoodValue = json.replace("\"dataValues\": [", "\"dataValues\": [{\"dataElement\": \"REG\", "
                + "\"period\": \"20160101\", \"orgUnit\": \"KG\", \"value\": \"6402\"}, ");
        // Nothing is half-imported: a good value beside the bad one does not make the payload pass.
        for (String payload : List.of(json, withGoodValue)) {
            String expectedField = payload == json ? field : shifted(field);
            String expectedMessage = payload == json ? message : shifted(message);
            assertThatThrownBy(() -> SMALL.read(payload, "bad.json")).isInstanceOfSatisfying(DataFileException.class,
                    e -> assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("bad.json");
                        assertThat(p.field()).isEqualTo(expectedField);
                        assertThat(p.kind()).isEqualTo(kind);
                        assertThat(p.message()).contains(expectedMessage);
                    }));
        }
    }

    /** The same place with one more (good) value at the start of the list. */
    private static String shifted(String text) {
        return text.replace("dataValues[1]", "dataValues[2]").replace("dataValues[0]", "dataValues[1]");
    }

    @Test
    void indicatorValuesThatAreNoReportedValueAreListed() {
        Dhis2Import.Imported back = SMALL.read("""
            {"dataValues": [{"dataElement": "OST_COV", "period": "201601", "orgUnit": "KG", "value": "6"}]}""",
                "month.json");
        assertThat(back.reported()).isEmpty();
        assertThat(back.skipped()).singleElement().satisfies(u -> {
            assertThat(u.what()).isEqualTo("dataValues[0] (ost_coverage 6, Kyrgyzstan, 201601)");
            assertThat(u.reason()).contains("a period shorter than a year");
        });
    }

    /** The whole Kyrgyz export, results included, reads back: what cannot be a reported value is listed. */
    @Test
    void theKyrgyzExportWithResultsReadsBack() throws Exception {
        Dhis2Export e = Dhis2Export.of(Kyrgyz.mapping(), Kyrgyz.results2016(), Kyrgyz.figures().observations());
        Dhis2Import.Imported back = Dhis2Import.of(Kyrgyz.mapping(), Catalogue.standard(), "x")
                .read(dataValueSets(e), "all.json");
        assertThat(back.skipped()).extracting(Unmapped::reason).anySatisfy(r -> assertThat(r)
                .contains("the subgroup prison")).anySatisfy(r -> assertThat(r)
                .contains("Reported number of people is negative"));
        assertThat(back.reported()).extracting(r -> r.indicatorId()).contains("ost_coverage", "first_95");
    }

    @Test
    void brokenJsonIsLocatedInPlainWords() {
        assertThatThrownBy(() -> SMALL.read("{\"dataValues\": [\n  {\"dataElement\": \"OST\",, }]}", "broken.json"))
                .isInstanceOfSatisfying(DataFileException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.kind()).isEqualTo(Problem.Kind.SYNTAX);
                            assertThat(p.line()).isEqualTo(2);
                            assertThat(p.column()).isGreaterThan(20);
                            assertThat(p.message()).doesNotContain("Exception").doesNotContain("token");
                        }));
    }

    @Test
    void aPayloadWithoutDataValuesOrRowsIsRefused() {
        assertThatThrownBy(() -> SMALL.read("{\"values\": []}", "odd.json")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("neither dataValues");
    }

    @Test
    void aMissingFileNamesItsPath() {
        assertThatThrownBy(() -> SMALL.read(java.nio.file.Path.of("no such payload.json")))
                .isInstanceOf(DataFileException.class).hasMessageContaining("There is no such file")
                .hasMessageContaining("no such payload.json");
    }
}
