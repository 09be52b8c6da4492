package io.github.hrindicators.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.YesNo;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.StandardIndicators;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Yes/no indicators on their way out: FHIR writes 1 for yes and 0 for no with the unit saying so, DHIS2 a BOOLEAN
 * data element's {@code true} or {@code false}. The figures are hand-made for the test, not published values.
 */
class YesNoExportTest {
    private static final Source HAND = Source.of("hand-made for this test");
    private static final List<Observation> FIGURES = List.of(
            Observation.of(Measure.DRUG_CONSUMPTION_ROOMS, YesNo.of(false), ReferencePeriod.ofYear(2016), Small.KG,
                    HAND),
            Observation.of(Measure.PEER_NALOXONE_DISTRIBUTION, YesNo.of(true), ReferencePeriod.ofYear(2016),
                    Small.KG, HAND));

    private static IndicatorResult result(io.github.hrindicators.core.indicator.Indicator indicator) {
        return indicator.evaluate(Dataset.of(FIGURES), Small.KG, 2016).get(0);
    }

    @Test
    void fhirWritesYesAsOneAndNoAsZeroWithTheUnitSayingSo() {
        MeasureReport rooms = FhirExport.measureReport(List.of(result(StandardIndicators.DRUG_CONSUMPTION_ROOMS)));
        MeasureReport peers = FhirExport.measureReport(List.of(result(StandardIndicators.PEER_NALOXONE_DISTRIBUTION)));
        assertThat(rooms.getGroupFirstRep().getMeasureScore().getValue()).isEqualByComparingTo("0");
        assertThat(peers.getGroupFirstRep().getMeasureScore().getValue()).isEqualByComparingTo("1");
        assertThat(peers.getGroupFirstRep().getMeasureScore().getUnit()).isEqualTo("1 = yes, 0 = no");
        // a yes/no is no proportion or ratio: FHIR's scoring for a single value
        assertThat(FhirExport.measure(StandardIndicators.PEER_NALOXONE_DISTRIBUTION).getScoring().getCodingFirstRep()
                .getCode()).isEqualTo("continuous-variable");
    }

    @Test
    @org.junit.jupiter.api.Tag("validator")
    void theYesNoReportsValidate() {
        assertThat(FhirValidation.errors(FhirExport.measureReport(List.of(
                result(StandardIndicators.DRUG_CONSUMPTION_ROOMS))))).isEmpty();
        assertThat(FhirValidation.errors(FhirExport.measureReport(List.of(
                result(StandardIndicators.PEER_NALOXONE_DISTRIBUTION))))).isEmpty();
    }

    @Test
    void dhis2WritesABooleanDataElementsValue() throws Exception {
        Mapping mapping = Mapping.read(new StringReader(String.join("\n",
                "indicator,measure,area,setting,data_element,category_option_combo,org_unit,low_data_element,"
                        + "high_data_element,adx_attributes",
                "drug_consumption_rooms,,Kyrgyzstan,,DCR,,KG,,,",
                ",peer_naloxone_distribution,Kyrgyzstan,,PEER_NAL,,KG,,,", "")), "yes-no.csv",
                io.github.hrindicators.core.indicator.Catalogue.standard());
        StringWriter out = new StringWriter();
        Dhis2Export.of(mapping, List.of(result(StandardIndicators.DRUG_CONSUMPTION_ROOMS)), FIGURES)
                .writeDataValueSets(out, Optional.empty(), Optional.empty());
        JsonMapper json = JsonMapper.builder().build();
        var values = json.readTree(out.toString()).get("dataValues");
        assertThat(values).hasSize(2);
        assertThat(values.get(0).get("dataElement").stringValue()).isEqualTo("DCR");
        assertThat(values.get(0).get("value").stringValue()).isEqualTo("false");
        assertThat(values.get(1).get("dataElement").stringValue()).isEqualTo("PEER_NAL");
        assertThat(values.get(1).get("value").stringValue()).isEqualTo("true");
    }
}
