package io.github.hrindicators.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class KyrgyzSeedExampleTest {

    private static IndicatorResult find(List<IndicatorResult> rs, String id, String variantPart) {
        return rs.stream().filter(r -> r.definition().id().equals(id) && r.variantLabel().contains(variantPart))
                .findFirst().orElseThrow();
    }

    @Test
    void seedResultsMatchHandCalculations() {
        List<IndicatorResult> rs = KyrgyzSeedExample.results();
        // hand: 6402 × 0.515 = 3297.03
        assertThat(find(rs, "pwid_share_hiv_cases", "registered alive").numerator().orElseThrow().doubleValue())
                .isCloseTo(3297.03, within(1e-9));
        // hand: 1505 / 25000 = 0.0602
        assertThat(((Proportion) find(rs, "ost_coverage", "proxy").value().orElseThrow()).toFraction())
                .isCloseTo(0.0602, within(1e-12));
        // hand: 8500 - 6402 = 2098
        assertThat(((Estimate) find(rs, "undiagnosed_hiv", "").value().orElseThrow()).point()).isEqualTo(2098);
        // hand: 6402 / 8500 = 0.7531765
        assertThat(((Proportion) find(rs, "first_95", "").value().orElseThrow()).toFraction())
                .isCloseTo(0.7531765, within(1e-7));
        // the 450 inmates have no prison denominator: explicit "not computable"
        assertThat(rs).filteredOn(r -> r.definition().id().equals("ost_coverage") && !r.subgroup().isTotal())
                .singleElement().satisfies(r -> assertThat(r.status())
                        .isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE));
    }

    @Test
    void newIndicatorsTheBundledFiguresAllowAndThoseTheyDoNot() {
        List<IndicatorResult> rs = KyrgyzSeedExample.results();
        // kyrgyzstan-published-figures.csv (CONFIRMED): anti-HCV 60.9 % (HRI GSHR 2020) and 43.9 % (EHRA), ~2016-2019
        assertThat(rs).filteredOn(r -> r.definition().id().equals("anti_hcv_prevalence_pwid"))
                .extracting(r -> r.number().orElseThrow()).containsExactlyInAnyOrder(0.609, 0.439);
        // GAM 1.7: the 450 inmates on OST daily (TalkingDrugs, ~2016-2017), reported as they are
        assertThat(rs).filteredOn(r -> r.definition().id().equals("prison_oamt_clients")).singleElement()
                .satisfies(r -> assertThat(r.number().orElseThrow()).isEqualTo(450));
        // hand: 31 OST sites (Liberman et al. 2024, 2016) / 25,000 PWID (2013) × 1000 = 1.24 per 1,000 PWID
        assertThat(rs).filteredOn(r -> r.definition().id().equals("ost_sites_per_1000_pwid") && r.subgroup().isTotal())
                .singleElement()
                .satisfies(r -> assertThat(r.number().orElseThrow()).isCloseTo(1.24, within(1e-12)));
        // no survey, prison or HCV programme figures: not computable, each naming what it lacks
        for (String id : List.of("hiv_testing_pwid", "condom_use_pwid", "safe_injecting_pwid", "hcv_cure_pwid",
                "prison_condoms", "needles_syringes_per_pwid_all_sources", "naloxone_kits")) {
            assertThat(rs).filteredOn(r -> r.definition().id().equals(id)).isNotEmpty().allSatisfy(r -> assertThat(
                    r.reason().orElseThrow().message()).startsWith("No "));
        }
        assertThat(rs).filteredOn(r -> r.definition().id().equals("prevention_coverage_pwid")).singleElement()
                .satisfies(r -> assertThat(r.reason().orElseThrow().message())
                        .contains("prevention_two_services_pwid_survey").contains("prevention_package_pwid"));
    }

    @Test
    void mainPrintsTheSeedTableWithSources() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            KyrgyzSeedExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        String table = bytes.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("3,297").contains("6,402").contains("51.50 %").contains("6.02 %")
                .contains("2,098").contains("-102 to 4,598").contains("75.32 %").contains("Not computable from these figures")
                .contains("10,995 more needed").contains("Liberman et al. 2024").contains("TalkingDrugs");
    }
}
