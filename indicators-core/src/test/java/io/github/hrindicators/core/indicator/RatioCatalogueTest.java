package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static io.github.hrindicators.core.indicator.Figures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.AgeBand;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ratio indicator of the standard catalogue, one row each: the figures, the variant expected, and the value
 * worked out by hand. Adding a ratio indicator to the catalogue is one entry in {@link StandardIndicators} and one
 * row here. Figures are synthetic unless a row names its source.
 */
class RatioCatalogueTest {
    private static final Subgroup PRISON = Subgroup.of(Setting.PRISON);

    static Stream<Arguments> rows() {
        return Stream.of(
                // Liberman et al. 2024 (1505 on OST, 2016) / Sputnik 2015 citing ICAP (25000 PWID, 2013): 0.0602
                row("ost_coverage", "pwid_size_proxy", 1505.0 / 25000,
                        count(Measure.OST_CLIENTS, 1505, "2016"), estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013")),
                row("ost_coverage", "opioid_dependent_pwid", 1505.0 / 20000,
                        count(Measure.OST_CLIENTS, 1505, "2016"),
                        estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 20000, "2016")),
                // 2,000,000 / 25,000 = 80 per PWID per year
                row("needles_syringes_per_pwid", "pwid_size", 80,
                        count(Measure.NEEDLES_SYRINGES_DISTRIBUTED, 2_000_000, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")),
                // 7000 / 25000 = 0.28
                row("nsp_reach", "pwid_size", 0.28, count(Measure.NSP_CLIENTS, 7000, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")),
                // 1500 / 30 = 50 clients per site
                row("ost_clients_per_site", "ost_sites", 50, count(Measure.OST_CLIENTS, 1500, "2016"),
                        count(Measure.OST_SITES, 30, "2016")),
                // 7000 / 35 = 200 clients per site
                row("nsp_clients_per_site", "nsp_sites", 200, count(Measure.NSP_CLIENTS, 7000, "2016"),
                        count(Measure.NSP_SITES, 35, "2016")),
                // 6402 registered alive / 8500 estimated PLHIV = 0.753176...
                row("first_95", "plhiv_estimate", 6402.0 / 8500, count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
                        estimate(Measure.PLHIV_ESTIMATE, 8500, "2016")),
                // 2380 on ART / 8500 = 0.28
                row("art_coverage", "plhiv_estimate", 0.28, count(Measure.ART_CLIENTS, 2380, "2016"),
                        estimate(Measure.PLHIV_ESTIMATE, 8500, "2016")),
                // 2380 on ART / 6402 registered alive (proxy) = 0.371759...
                row("art_coverage", "registered_alive_proxy", 2380.0 / 6402, count(Measure.ART_CLIENTS, 2380, "2016"),
                        count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01")),
                // 1530 suppressed / 8500 = 0.18
                row("viral_suppression_plhiv", "plhiv_estimate", 0.18, count(Measure.VIRALLY_SUPPRESSED, 1530, "2016"),
                        estimate(Measure.PLHIV_ESTIMATE, 8500, "2016")),
                // 6402 registered alive × 51.5 % = 3297.03 PWID diagnosed; 25000 × 14.3 % = 3575 PWID living with HIV;
                // 3297.03 / 3575 = 0.922246153846... (both inputs derived)
                row("first_95_pwid", "plhiv_pwid_estimate", 3297.03 / 3575,
                        count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
                        percent(Measure.INJECTING_SHARE_REGISTERED_ALIVE, 51.5, "2016-01-01"),
                        estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016"),
                        percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016")),
                // 1000 PWID on ART / (25000 × 14.3 % = 3575) = 0.279720...
                row("art_coverage_pwid", "plhiv_pwid_estimate", 1000.0 / 3575,
                        count(Measure.ART_CLIENTS_PWID, 1000, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016"),
                        percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016")),
                // 1000 PWID on ART / 2000 PWID registered alive = 0.5
                row("second_95_pwid", "registered_alive_pwid", 0.5, count(Measure.ART_CLIENTS_PWID, 1000, "2016"),
                        count(Measure.REGISTERED_HIV_ALIVE_INJECTING, 2000, "2016-01-01")),
                // 800 suppressed / 1000 on ART = 0.8
                row("third_95_pwid", "art_clients_pwid", 0.8, count(Measure.VIRALLY_SUPPRESSED_PWID, 800, "2016"),
                        count(Measure.ART_CLIENTS_PWID, 1000, "2016")),
                // 450 on OST in prisons / 1505 on OST in all = 0.299003...
                row("ost_prison_share", "all_ost_clients", 450.0 / 1505,
                        count(Measure.OST_CLIENTS, 450, "2016").withSubgroup(PRISON),
                        count(Measure.OST_CLIENTS, 1505, "2016")),
                // 300 NSP clients in prisons / 1000 PWID in prisons = 0.3
                row("nsp_prison_coverage", "pwid_in_prisons", 0.3,
                        count(Measure.NSP_CLIENTS, 300, "2016").withSubgroup(PRISON),
                        estimate(Measure.PWID_POPULATION_SIZE, 1000, "2016").withSubgroup(PRISON)),
                // GAM 1.6C part II: 5000 reached with the package / 25000 PWID = 0.2
                row("prevention_coverage_pwid", "pwid_size", 0.2, count(Measure.PREVENTION_PACKAGE_PWID, 5000, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")),
                // GF KP-1d: 1200 / 4100 PWID in Bishkek (IAS 2023 abstract 4072 size; synthetic count) = 0.292682...
                row("prevention_package_reach_pwid", "pwid_size_targeted_area", 1200.0 / 4100,
                        count(Measure.PREVENTION_PACKAGE_PWID, 1200, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 4100, "2016")),
                // GF KP-4: 1,400,000 needles-syringes / 7000 PWID reached = 200 per PWID reached
                row("needles_syringes_per_pwid_reached", "nsp_clients", 200,
                        count(Measure.NEEDLES_SYRINGES_DISTRIBUTED, 1_400_000, "2016"),
                        count(Measure.NSP_CLIENTS, 7000, "2016")),
                // PRV.10 all sources: (2,000,000 NSP + 500,000 pharmacy) / 25,000 = 100
                row("needles_syringes_per_pwid_all_sources", "pwid_size", 100,
                        count(Measure.NEEDLES_SYRINGES_DISTRIBUTED, 2_000_000, "2016"),
                        count(Measure.NEEDLES_SYRINGES_PHARMACY, 500_000, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")),
                // PRV.10 by source: 2,000,000 / 2,500,000 = 0.8 from NSPs (0.2 from pharmacies)
                row("needles_syringes_nsp_share", "all_sources", 0.8,
                        count(Measure.NEEDLES_SYRINGES_DISTRIBUTED, 2_000_000, "2016"),
                        count(Measure.NEEDLES_SYRINGES_PHARMACY, 500_000, "2016")),
                // HEP.2A: 600 tested for HCV / 2400 in prevention services = 0.25
                row("hcv_testing_prevention_pwid", "prevention_services", 0.25,
                        count(Measure.HCV_TESTED_PREVENTION_PWID, 600, "2016"),
                        count(Measure.PREVENTION_SERVICES_PWID, 2400, "2016")),
                // HEP.4A: 270 positive / 600 tested = 0.45
                row("hcv_positivity_prevention_pwid", "hcv_tested", 0.45,
                        count(Measure.HCV_POSITIVE_PREVENTION_PWID, 270, "2016"),
                        count(Measure.HCV_TESTED_PREVENTION_PWID, 600, "2016")),
                // HEP.6: 81 started / 270 diagnosed = 0.3
                row("hcv_treatment_initiation_pwid", "hcv_diagnosed", 0.3,
                        count(Measure.HCV_TREATMENT_STARTED_PWID, 81, "2016"),
                        count(Measure.HCV_DIAGNOSED_PWID, 270, "2016")),
                // HEP.7: 72 cured / 75 assessed for SVR = 0.96
                row("hcv_cure_pwid", "svr_assessed", 0.96, count(Measure.HCV_CURED_PWID, 72, "2016"),
                        count(Measure.HCV_SVR_ASSESSED_PWID, 75, "2016")),
                // HRI availability: 40 NSP sites / 26,700 PWID × 1000 = 1.498127... (GSHR 2020 Kyrgyz figures, ~2019)
                row("nsp_sites_per_1000_pwid", "pwid_size", 40.0 / 26700 * 1000, count(Measure.NSP_SITES, 40, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 26700, "2016")),
                // 31 OST sites / 26,700 × 1000 = 1.161048...
                row("ost_sites_per_1000_pwid", "pwid_size", 31.0 / 26700 * 1000, count(Measure.OST_SITES, 31, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 26700, "2016")),
                // 5000 naloxone kits / 25,000 PWID = 0.2 per PWID
                row("naloxone_kits_per_pwid", "pwid_size", 0.2, count(Measure.NALOXONE_KITS_DISTRIBUTED, 5000, "2016"),
                        estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")));
    }

    private static Arguments row(String id, String variant, double expected, Observation... figures) {
        return Arguments.of(id, variant, expected, List.of(figures));
    }

    @ParameterizedTest(name = "{0} [{1}] = {2}")
    @MethodSource("rows")
    void valueIsTheHandDerivation(String id, String variant, double expected, List<Observation> figures) {
        List<IndicatorResult> rs = Catalogue.standard().get(id).evaluate(Dataset.of(figures), Figures.AREA, 2016);
        IndicatorResult r = rs.stream().filter(x -> x.variant().code().equals(variant)).findFirst().orElseThrow();
        assertThat(r.number().orElseThrow()).as("%s", r).isCloseTo(expected, within(1e-12));
        assertThat(r.variant().denominator()).isPresent();
        assertThat(Catalogue.standard().get(id).formula().variants()).as("the variants the formula lists")
                .contains(r.variant());
        assertThat(r.inputs()).anyMatch(i -> i.role() == InputRole.NUMERATOR)
                .anyMatch(i -> i.role() == InputRole.DENOMINATOR);
    }

    @Test
    void everyFormulaOfTheCatalogueListsItsVariantsOnceEach() {
        for (Indicator indicator : Catalogue.standard().indicators()) {
            List<String> codes = indicator.formula().variants().stream().map(Variant::code).toList();
            assertThat(codes).as(indicator.definition().id()).isNotEmpty().doesNotHaveDuplicates();
        }
    }

    @Test
    void kp1dIsComputedForEachAgeBandOfTheGlobalFundWithItsOwnDenominator() {
        // GF KP-1d by the age bands it names (15-19, 20-24, 25+); synthetic figures:
        // 15-19: 60 / 400 = 0.15; 20-24: 150 / 600 = 0.25; 25+: 990 / 3100 = 0.319354...; total 1200 / 4100
        Subgroup young = Subgroup.TOTAL.withAgeBand(AgeBand.of(15, 19));
        Subgroup middle = Subgroup.TOTAL.withAgeBand(AgeBand.of(20, 24));
        Subgroup older = Subgroup.TOTAL.withAgeBand(AgeBand.atLeast(25));
        Dataset data = Dataset.of(List.of(
                count(Measure.PREVENTION_PACKAGE_PWID, 1200, "2016"), estimate(Measure.PWID_POPULATION_SIZE, 4100, "2016"),
                count(Measure.PREVENTION_PACKAGE_PWID, 60, "2016").withSubgroup(young),
                estimate(Measure.PWID_POPULATION_SIZE, 400, "2016").withSubgroup(young),
                count(Measure.PREVENTION_PACKAGE_PWID, 150, "2016").withSubgroup(middle),
                estimate(Measure.PWID_POPULATION_SIZE, 600, "2016").withSubgroup(middle),
                count(Measure.PREVENTION_PACKAGE_PWID, 990, "2016").withSubgroup(older),
                estimate(Measure.PWID_POPULATION_SIZE, 3100, "2016").withSubgroup(older)));
        Map<Subgroup, Double> values = Catalogue.standard().get("prevention_package_reach_pwid")
                .evaluate(data, Figures.AREA, 2016).stream()
                .collect(Collectors.toMap(IndicatorResult::subgroup, r -> r.number().orElseThrow()));
        assertThat(values).hasSize(4);
        assertThat(values.get(Subgroup.TOTAL)).isCloseTo(1200.0 / 4100, within(1e-12));
        assertThat(values.get(young)).isCloseTo(0.15, within(1e-12));
        assertThat(values.get(middle)).isCloseTo(0.25, within(1e-12));
        assertThat(values.get(older)).isCloseTo(990.0 / 3100, within(1e-12));
    }
}
