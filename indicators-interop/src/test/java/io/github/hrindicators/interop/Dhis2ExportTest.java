package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class Dhis2ExportTest {
    private static final String PLHIV_COMMENT = "plhiv_estimate; source: test source; published plausible bounds "
            + "interval 6300 to 11000 [interval published_plausible_bounds]";

    /**
     * The payload written out by hand from DHIS2's Developer manual (Web API, "Data values": a data value set in the
     * bulk form, period and org unit on each value): OST coverage 1505 / 25000 = 6.02 % (hand), the figures with
     * their periods as DHIS2 writes them (2016; the 1 January 2016 stock as the daily period 20160101), the
     * PLHIV estimate's published bounds as two more values; the 2013 PWID size has no rule.
     */
    @Test
    void dataValueSetsMatchTheDocumentedPayload() throws Exception {
        StringWriter out = new StringWriter();
        Small.export().writeDataValueSets(out, Optional.of("HRI_DS"), Optional.of(LocalDate.of(2017, 3, 1)));
        String expected = """
            {"dataSet": "HRI_DS", "completeDate": "2017-03-01", "dataValues": [
              {"dataElement": "OST_COV", "period": "2016", "orgUnit": "KG", "value": "6.02",
               "comment": "OST coverage, denominator: PWID size (proxy) (ost_coverage 1.0)"},
              {"dataElement": "OST", "period": "2016", "orgUnit": "KG", "value": "1505",
               "comment": "ost_clients; source: test source"},
              {"dataElement": "OST", "categoryOptionCombo": "PRISON", "period": "2016", "orgUnit": "KG",
               "value": "450", "comment": "ost_clients; source: test source"},
              {"dataElement": "PLHIV", "period": "2016", "orgUnit": "KG", "value": "8500",
               "comment": "%s"},
              {"dataElement": "PLHIV_LO", "period": "2016", "orgUnit": "KG", "value": "6300",
               "comment": "lower bound of the published plausible bounds interval of PLHIV"},
              {"dataElement": "PLHIV_HI", "period": "2016", "orgUnit": "KG", "value": "11000",
               "comment": "upper bound of the published plausible bounds interval of PLHIV"},
              {"dataElement": "REG", "period": "20160101", "orgUnit": "KG", "value": "6402",
               "comment": "registered_hiv_alive; source: test source"}
            ]}""".formatted(PLHIV_COMMENT);
        JsonMapper json = JsonMapper.builder().build();
        assertThat(json.readTree(out.toString())).isEqualTo(json.readTree(expected));
    }

    @Test
    void unmappedFiguresAreListedWithTheReason() {
        assertThat(Small.export().unmapped()).extracting(Unmapped::toString).containsExactly(
                "pwid_population_size 25000, Kyrgyzstan, 2013, total: no mapping rule for this measure, area and "
                        + "subgroup");
    }

    /** DHIS2 Developer manual, "CSV data value format": the columns in this order, a header line first. */
    @Test
    void csvHasTheDocumentedColumnOrder() throws Exception {
        StringWriter out = new StringWriter();
        Small.export().writeCsv(out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("dataelement,period,orgunit,categoryoptioncombo,attributeoptioncombo,"
                + "value,storedby,lastupdated,comment,followup");
        assertThat(lines.get(1)).isEqualTo(
                "OST_COV,2016,KG,,,6.02,,,OST coverage, denominator: PWID size (proxy) (ost_coverage 1.0),false"
                        .replace("OST coverage, denominator: PWID size (proxy) (ost_coverage 1.0)",
                                "\"OST coverage, denominator: PWID size (proxy) (ost_coverage 1.0)\""));
        assertThat(lines.get(3)).isEqualTo("OST,2016,KG,PRISON,,450,,,ost_clients; source: test source,false");
        assertThat(lines.get(5)).isEqualTo("PLHIV_LO,2016,KG,,,6300,,,lower bound of the published plausible "
                + "bounds interval of PLHIV,false");
        assertThat(lines).hasSize(8);
        assertThat(out.toString()).contains("\r\n");
    }

    @Test
    void csvQuotesQuotesAndLineBreaks() throws Exception {
        Mapping m = Mapping.of(List.of(new MappingRule(new MappingRule.MeasureSubject(Measure.OST_CLIENTS),
                "Kyrgyzstan", io.github.hrindicators.core.Subgroup.TOTAL, "OST", Optional.empty(), Optional.empty(),
                "KG", Optional.empty(), Optional.empty(), java.util.Map.of())));
        Observation o = Observation.of(Measure.OST_CLIENTS, Count.of(1), ReferencePeriod.ofYear(2016), Small.KG,
                io.github.hrindicators.core.Source.of("a \"quoted\"\nsource"));
        StringWriter out = new StringWriter();
        Dhis2Export.of(m, List.of(), List.of(o)).writeCsv(out);
        assertThat(out.toString()).contains(",\"ost_clients; source: a \"\"quoted\"\"\nsource\",false\r\n");
    }

    /**
     * The ADX message written out by hand from the IHE ADX supplement and DHIS2's "ADX data format": one group per
     * org unit and period (a year as 2016-01-01/P1Y, a day as 2016-01-01/P1D), the data set on each group, a
     * disaggregation as an attribute; and it validates against the ADX structure schema.
     */
    @Test
    void adxMatchesTheDocumentedMessageAndSchema() throws Exception {
        StringWriter out = new StringWriter();
        Small.export().writeAdx(out, "HRI_DS", Instant.parse("2017-03-01T10:15:30.123Z"));
        String xml = out.toString();
        String c = "ost_clients; source: test source";
        assertThat(xml).isEqualTo("<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<adx xmlns=\"urn:ihe:qrph:adx:2015\" exported=\"2017-03-01T10:15:30Z\">\n"
                + "  <group orgUnit=\"KG\" period=\"2016-01-01/P1Y\" dataSet=\"HRI_DS\">\n"
                + "    <dataValue dataElement=\"OST_COV\" value=\"6.02\"><annotation>OST coverage, denominator: "
                + "PWID size (proxy) (ost_coverage 1.0)</annotation></dataValue>\n"
                + "    <dataValue dataElement=\"OST\" value=\"1505\"><annotation>" + c + "</annotation></dataValue>\n"
                + "    <dataValue dataElement=\"OST\" SETTING=\"PRISON\" value=\"450\"><annotation>" + c
                + "</annotation></dataValue>\n"
                + "    <dataValue dataElement=\"PLHIV\" value=\"8500\"><annotation>" + PLHIV_COMMENT
                + "</annotation></dataValue>\n"
                + "    <dataValue dataElement=\"PLHIV_LO\" value=\"6300\"><annotation>lower bound of the published "
                + "plausible bounds interval of PLHIV</annotation></dataValue>\n"
                + "    <dataValue dataElement=\"PLHIV_HI\" value=\"11000\"><annotation>upper bound of the published "
                + "plausible bounds interval of PLHIV</annotation></dataValue>\n"
                + "  </group>\n"
                + "  <group orgUnit=\"KG\" period=\"2016-01-01/P1D\" dataSet=\"HRI_DS\">\n"
                + "    <dataValue dataElement=\"REG\" value=\"6402\"><annotation>registered_hiv_alive; source: test "
                + "source</annotation></dataValue>\n"
                + "  </group>\n"
                + "</adx>\n");
        validateAdx(xml);
    }

    static void validateAdx(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(Dhis2ExportTest.class.getResource("adx.xsd")).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void adxRefusesValuesItCannotTellApart() {
        Mapping m = Mapping.of(List.of(rule(Measure.OST_CLIENTS, "OST", Optional.of("ALL"), Optional.empty()),
                rule(Measure.OST_SITES, "SITES", Optional.empty(), Optional.of("FUNDER"))));
        Observation sites = Observation.of(Measure.OST_SITES, Count.of(31), ReferencePeriod.ofYear(2016), Small.KG,
                Small.S);
        assertThatThrownBy(() -> Dhis2Export.of(m, List.of(), List.of(sites)).writeAdx(new StringWriter(), "DS",
                Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SITES has the attribute option combo FUNDER");
    }

    private static MappingRule rule(Measure m, String de, Optional<String> coc, Optional<String> aoc) {
        return new MappingRule(new MappingRule.MeasureSubject(m), "Kyrgyzstan",
                io.github.hrindicators.core.Subgroup.TOTAL, de, coc, aoc, "KG", Optional.empty(), Optional.empty(),
                java.util.Map.of());
    }

    @Test
    void valuesThatWouldOverwriteEachOtherAreListedNotExported() {
        Observation a = Observation.of(Measure.OST_CLIENTS, Count.of(1505), ReferencePeriod.ofYear(2016), Small.KG,
                Small.S);
        Observation b = Observation.of(Measure.OST_CLIENTS, Count.of(1400), ReferencePeriod.ofYear(2016), Small.KG,
                io.github.hrindicators.core.Source.of("another source"));
        Dhis2Export e = Dhis2Export.of(Small.mapping(), List.of(), List.of(a, b));
        assertThat(e.values()).extracting(DataValue::value).containsExactly("1505");
        assertThat(e.unmapped()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo(
                "data element OST, org unit KG and period 2016 already carry ost_clients 1505, Kyrgyzstan, 2016, "
                        + "total"));
    }

    @Test
    void spansOfYearsAndUncomputedResultsAreListed() {
        Observation span = Observation.of(Measure.OST_CLIENTS, Count.of(1505), ReferencePeriod.ofYears(2015, 2016),
                Small.KG, Small.S);
        IndicatorResult notComputed = Catalogue.standard().get("ost_coverage").evaluate(
                io.github.hrindicators.core.Dataset.of(span), Small.KG, 2016).get(0);
        Dhis2Export e = Dhis2Export.of(Small.mapping(), List.of(notComputed), List.of(span));
        assertThat(e.values()).isEmpty();
        assertThat(e.unmapped()).extracting(Unmapped::reason).satisfiesExactly(
                r -> assertThat(r).startsWith("not computed: "),
                r -> assertThat(r).isEqualTo("the period 2015-2016 spans several years, and DHIS2 has no period "
                        + "for a span of years"));
    }

    /** The Kyrgyz 2016 results and all bundled figures through the shipped example mapping. */
    @Test
    void kyrgyzExportListsEveryResultAndFigureItLeavesOut() throws Exception {
        List<IndicatorResult> results = Kyrgyz.results2016();
        List<Observation> figures = Kyrgyz.figures().observations();
        Dhis2Export e = Dhis2Export.of(Kyrgyz.mapping(), results, figures);
        long computed = results.stream().filter(r -> r.value().isPresent()).count();
        long resultValues = e.values().stream().filter(v -> !v.dataElement().startsWith("HRI_FIG_")
                && !v.dataElement().endsWith("_LOW") && !v.dataElement().endsWith("_HIGH")).count();
        long unmappedResults = e.unmapped().stream().filter(u -> !u.reason().startsWith("not computed")
                && results.stream().anyMatch(r -> u.what().startsWith(r.definition().id() + " ("))).count();
        assertThat(resultValues + unmappedResults).isEqualTo(computed);
        long figureValues = e.values().stream().filter(v -> v.dataElement().startsWith("HRI_FIG_")
                && !v.dataElement().endsWith("_LOW") && !v.dataElement().endsWith("_HIGH")).count();
        assertThat(figureValues + e.unmapped().size() - unmappedResults
                - results.stream().filter(r -> r.value().isEmpty()).count()).isEqualTo(figures.size());
        assertThat(e.values()).anySatisfy(v -> {
            assertThat(v.dataElement()).isEqualTo("HRI_OST_COVERAGE");
            assertThat(v.value()).isEqualTo("6.02");
        });
        StringWriter adx = new StringWriter();
        e.writeAdx(adx, "HRI", Instant.EPOCH);
        validateAdx(adx.toString());
    }
}
