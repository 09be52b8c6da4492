package io.github.hrindicators.interop;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * A small export written out by hand in the tests: five figures from the Kyrgyz dataset's published values (1,505 on
 * OST in 2016, 450 of them in prisons; 25,000 PWID estimated in 2013; 8,500 people living with HIV in 2016, 6,300 to
 * 11,000; 6,402 registered as living with HIV on 1 January 2016) and the OST coverage computed from them.
 */
final class Small {
    static final Area KG = Area.of("Kyrgyzstan");
    static final Source S = Source.of("test source");
    static final String MAPPING = String.join("\n",
            "indicator,measure,area,setting,data_element,category_option_combo,org_unit,low_data_element,"
                    + "high_data_element,adx_attributes",
            "ost_coverage,,Kyrgyzstan,,OST_COV,,KG,,,",
            ",ost_clients,Kyrgyzstan,,OST,,KG,,,",
            ",ost_clients,Kyrgyzstan,prison,OST,PRISON,KG,,,SETTING=PRISON",
            ",plhiv_estimate,Kyrgyzstan,,PLHIV,,KG,PLHIV_LO,PLHIV_HI,",
            ",registered_hiv_alive,Kyrgyzstan,,REG,,KG,,,", "");

    private Small() {
    }

    static List<Observation> figures() {
        return List.of(
                Observation.of(Measure.OST_CLIENTS, Count.of(1505), ReferencePeriod.ofYear(2016), KG, S),
                Observation.of(Measure.OST_CLIENTS, Count.of(450), ReferencePeriod.ofYear(2016), KG, S)
                        .withSubgroup(Subgroup.of(Setting.PRISON)),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(25000), ReferencePeriod.ofYear(2013), KG, S),
                Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(8500, 6300, 11000,
                        IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS), ReferencePeriod.ofYear(2016), KG, S),
                Observation.of(Measure.REGISTERED_HIV_ALIVE, Count.of(6402),
                        ReferencePeriod.asOf(LocalDate.of(2016, 1, 1)), KG, S));
    }

    static IndicatorResult ostCoverage() {
        return Catalogue.standard().get("ost_coverage").evaluate(Dataset.of(figures()), KG, 2016,
                EvaluationSettings.defaults()).get(0);
    }

    static Mapping mapping() {
        try {
            return Mapping.read(new StringReader(MAPPING), "small.csv", Catalogue.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dhis2Export export() {
        return Dhis2Export.of(mapping(), List.of(ostCoverage()), figures());
    }
}
