package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Source;

/**
 * Kyrgyz figures from /work/shared/data/kyrgyzstan-published-figures.csv (all CONFIRMED there), each with the
 * source the CSV names, for tests.
 */
final class Kyrgyz {
    static final Area KG = Area.of("Kyrgyzstan");
    static final Source LIBERMAN_2024 = Source.of("Liberman et al. 2024 Glob Health Econ Sustain 2(4) Table 1 "
            + "doi:10.36922/ghes.2536");
    static final Source UNAIDS_PAGE = Source.of("UNAIDS country page Kyrgyzstan");
    static final Source FACTBOOK = Source.of("CIA World Factbook (UNAIDS-derived)");
    static final Source KG24_2020_10 = Source.of("24.kg citing RAC, Oct 2020");
    static final Source KG24_2020_03 = Source.of("24.kg citing RAC, 3 Mar 2020");
    static final Source KG24_2020_04 = Source.of("24.kg citing RAC, Apr 2020");
    static final Source KG24_2023 = Source.of("24.kg citing RCBVHHC 2023");
    static final Source RESAD = Source.of("RESAD/CADAP regional report on drug situation in Central Asia p.55");
    static final Source DAD_2013 = Source.of("Drug Alcohol Depend 2013 132 Suppl:S56 Table 1 citing UNODC 2010");
    static final Source HRI_2020 = Source.of("HRI Global State of Harm Reduction 2020 Table 2.2.1");
    static final Source TALKING_DRUGS = Source.of("TalkingDrugs (Harm Reduction International), Stay Together to "
            + "Stay Alive, ~2017");
    static final Source UNODC_2006 = Source.of("UNODC 2006 study cited in RESAD/CADAP report p.55");

    private Kyrgyz() {
    }

    static Observation count(Measure m, long value, String period, Source source) {
        return Observation.of(m, Count.of(value), ReferencePeriod.parse(period), KG, source);
    }

    static Observation estimate(Measure m, double value, String period, Source source) {
        return Observation.of(m, Estimate.of(value), ReferencePeriod.parse(period), KG, source);
    }

    static Observation estimate(Measure m, double value, double low, double high, String period, Source source) {
        return Observation.of(m, Estimate.of(value, low, high, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS), ReferencePeriod.parse(period), KG,
                source);
    }

    static Observation percent(Measure m, double percent, String period, Source source) {
        return Observation.of(m, Proportion.ofPercent(percent), ReferencePeriod.parse(period), KG, source);
    }

    static Observation percent(Measure m, double percent, double low, double high, String period, Source source) {
        return Observation.of(m, Proportion.ofPercent(percent, low, high, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                ReferencePeriod.parse(period), KG, source);
    }
}
