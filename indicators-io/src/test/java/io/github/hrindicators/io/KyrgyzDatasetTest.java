package io.github.hrindicators.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled Kyrgyz dataset of the examples module loads without problems; figures as in the shared source file. */
class KyrgyzDatasetTest {
    static final Path FILE =
            Path.of("../indicators-examples/src/main/resources/io/github/hrindicators/examples/kyrgyzstan.csv");
    static final Area KG = Area.of("Kyrgyzstan");

    static List<Observation> find(Dataset d, Measure m, Subgroup s, String period) {
        return d.find(m, KG, s).stream().filter(o -> o.period().equals(ReferencePeriod.parse(period))).toList();
    }

    @Test
    void loadsWithoutProblems() {
        Dataset d = CsvFigureReader.defaults().read(FILE);
        assertThat(d.size()).isEqualTo(97);
        // published: 6,402 registered as living with HIV on 1 January 2016, 51.5 % of them PWID (TalkingDrugs)
        assertThat(find(d, Measure.REGISTERED_HIV_ALIVE, Subgroup.TOTAL, "2016-01-01")).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(Count.of(6402)))
                .satisfies(o -> assertThat(o.source().citation()).startsWith("TalkingDrugs (Harm Reduction"));
        assertThat(find(d, Measure.INJECTING_SHARE_REGISTERED_ALIVE, Subgroup.TOTAL, "2016-01-01"))
                .singleElement().extracting(Observation::value).isEqualTo(Proportion.ofPercent(51.5));
        // published: 25,000 PWID in 2013 (Sputnik citing ICAP)
        assertThat(find(d, Measure.PWID_POPULATION_SIZE, Subgroup.TOTAL, "2013")).singleElement()
                .extracting(Observation::value).isEqualTo(Estimate.of(25000));
        // published: UNAIDS 8,500 (6,300-11,000) people living with HIV in 2016
        assertThat(find(d, Measure.PLHIV_ESTIMATE, Subgroup.TOTAL, "2016")).singleElement()
                .extracting(Observation::value)
                .isEqualTo(Estimate.of(8500, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS));
        // published: OST for 450 inmates daily, ~2016-2017
        assertThat(find(d, Measure.OST_CLIENTS, Subgroup.of(Setting.PRISON), "2016-2017")).singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(Count.of(450)))
                .satisfies(o -> assertThat(o.note()).hasValueSatisfying(n -> assertThat(n).contains("~2016-2017")));
        // partial-year counts keep their wording
        assertThat(find(d, Measure.NEW_HIV_DIAGNOSES, Subgroup.TOTAL, "2012")).singleElement()
                .satisfies(o -> assertThat(o.note()).contains("new cases Jan-Oct"));
        // city size estimates keep their own area
        assertThat(d.find(Measure.PWID_POPULATION_SIZE, Area.of("Bishkek"), Subgroup.TOTAL)).singleElement()
                .extracting(Observation::value).isEqualTo(Estimate.of(4100));
    }

    @Test
    void conflictingNationalSizeEstimatesStaySeparate() {
        Dataset d = CsvFigureReader.defaults().read(FILE);
        assertThat(d.find(Measure.PWID_POPULATION_SIZE, KG, Subgroup.TOTAL)).extracting(o -> o.value().doubleValue())
                .containsExactly(25000.0, 44000.0, 30083.0, 18934.0, 25000.0, 26700.0);
    }
}
