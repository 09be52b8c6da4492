package io.github.hrindicators.examples;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Period;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.RangeKind;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.time.LocalDate;

/**
 * The seed figures of the Kyrgyz worked case, each a CONFIRMED row of {@code shared/data/kyrgyzstan-published-figures.csv}
 * with its source as published there.
 */
public final class KyrgyzSeedFigures {
    /** The area of every seed figure. */
    public static final Area KYRGYZSTAN = Area.of("Kyrgyzstan");

    static final Source TALKING_DRUGS = Source.of("TalkingDrugs (Harm Reduction International), 'Documentary Shows "
            + "Power of Harm Reduction in Kyrgyzstan' (Stay Together to Stay Alive), ~2017, "
            + "https://www.talkingdrugs.org/documentary-shows-power-of-harm-reduction-kyrgyzstan/");
    static final Source LIBERMAN_2024 = Source.of("Liberman et al. 2024 Glob Health Econ Sustain 2(4) Table 1 "
            + "doi:10.36922/ghes.2536, https://article.accscience.com/read-online/full-issue/GHES/2-4/files/"
            + "basic-html/page25.html");
    static final Source SPUTNIK_2015 = Source.of("Sputnik Kyrgyzstan 20 Mar 2015 citing ICAP, "
            + "https://ru.sputnik.kg/society/20150320/1014764615.html; AFEW (GF-funded 2013 study)");
    static final Source UNAIDS_COUNTRY_PAGE = Source.of("UNAIDS country page Kyrgyzstan (seen via mirror jsmsk.cn "
            + "of unaids.org/en/regionscountries/countries/kyrgyzstan)");
    static final Source UNAIDS_PREVALENCE = Source.of("UNAIDS country page Kyrgyzstan (via mirror jsmsk.cn of "
            + "https://www.unaids.org/en/regionscountries/countries/kyrgyzstan); also "
            + "http://www.aidsalliance.org/about/where-we-work/75-antiaids-association-aaa");
    static final Source HRI_2020 = Source.of("HRI Global State of Harm Reduction 2020 Table 2.2.1 (ref 33), "
            + "https://docslib.org/doc/49625/2-2-eurasia-81-2-2-eurasia; EHRA "
            + "https://old.harmreductioneurasia.org/ru/countries/kyrgyzstan");

    private KyrgyzSeedFigures() {
    }

    /**
     * The seed dataset: 6,402 registered as living with HIV on 1 January 2016, 51.5 % of them PWID; 450 inmates on
     * OST daily (~2016–2017); 1,505 OST clients in 2016; a PWID size estimate of 25,000 (2013); the UNAIDS 2016
     * PLHIV estimate 8,500 (6,300–11,000); HIV prevalence among PWID 12.4 % (~2016, UNAIDS) and 14.3 %
     * (~2016–2019, HRI), kept as two alternatives.
     *
     * @return the dataset
     */
    public static Dataset dataset() {
        return Dataset.of(
                Observation.of(Measure.REGISTERED_HIV_ALIVE, Count.of(6402), Period.asOf(LocalDate.of(2016, 1, 1)),
                        KYRGYZSTAN, TALKING_DRUGS).withNote("people registered as living with HIV"),
                Observation.of(Measure.INJECTING_SHARE_REGISTERED_ALIVE, Proportion.ofPercent(51.5),
                        Period.asOf(LocalDate.of(2016, 1, 1)), KYRGYZSTAN, TALKING_DRUGS)
                        .withNote("% of registered PLHIV"),
                Observation.of(Measure.OST_CLIENTS, Count.of(450), Period.ofYears(2016, 2017), KYRGYZSTAN,
                        TALKING_DRUGS).withSubgroup(Subgroup.of(Setting.PRISON))
                        .withNote("inmates receiving OST daily; published as ~2016-2017"),
                Observation.of(Measure.OST_CLIENTS, Count.of(1505), Period.ofYear(2016), KYRGYZSTAN, LIBERMAN_2024),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(25000), Period.ofYear(2013), KYRGYZSTAN,
                        SPUTNIK_2015),
                Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(8500, 6300, 11000, RangeKind.PLAUSIBLE_BOUNDS),
                        Period.ofYear(2016), KYRGYZSTAN, UNAIDS_COUNTRY_PAGE),
                Observation.of(Measure.HIV_PREVALENCE_PWID, Proportion.ofPercent(12.4), Period.ofYear(2016),
                        KYRGYZSTAN, UNAIDS_PREVALENCE).withNote("published as ~2016"),
                Observation.of(Measure.HIV_PREVALENCE_PWID, Proportion.ofPercent(14.3), Period.ofYears(2016, 2019),
                        KYRGYZSTAN, HRI_2020).withNote("published as ~2016-2019"));
    }
}
