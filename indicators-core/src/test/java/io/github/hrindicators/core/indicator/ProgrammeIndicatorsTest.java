package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OST clients in prisons, NSP coverage in prisons and clients per site (SPEC §2; issue #5). */
class ProgrammeIndicatorsTest {
    private static final Subgroup PRISON = Subgroup.of(Setting.PRISON);

    @Test
    void kyrgyzShareOfOstClientsInPrisons() {
        // csv: ost_prison_clients 450 inmates daily, ~2016-2017 (TalkingDrugs); ost_clients 1505, 2016
        // (Liberman et al. 2024). hand: 450 / 1505 = 0.299003
        Dataset d = Dataset.of(
                Kyrgyz.count(Measure.OST_CLIENTS, 450, "2016-2017", Kyrgyz.TALKING_DRUGS).withSubgroup(PRISON),
                Kyrgyz.count(Measure.OST_CLIENTS, 1505, "2016", Kyrgyz.LIBERMAN_2024));
        List<IndicatorResult> rs = StandardIndicators.OST_PRISON_SHARE.evaluate(d, Kyrgyz.KG, 2016);
        assertThat(rs).hasSize(1);
        IndicatorResult r = rs.get(0);
        assertThat(r.subgroup()).isEqualTo(PRISON);
        assertThat(r.variant().code()).isEqualTo("all_ost_clients");
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.299003, within(1e-6));
        assertThat(r.numerator()).hasValue(Count.of(450));
        assertThat(r.denominator()).hasValue(Count.of(1505));
        assertThat(r.warnings()).isEmpty();
        // 2015: 1200 in total but no prison figure for 2015 or earlier -> explicit missing numerator
        Dataset d2015 = Dataset.of(Kyrgyz.count(Measure.OST_CLIENTS, 1200, "2015", Kyrgyz.LIBERMAN_2024));
        IndicatorResult missing = StandardIndicators.OST_PRISON_SHARE.evaluate(d2015, Kyrgyz.KG, 2015).get(0);
        assertThat(missing.reason().orElseThrow().message()).contains("No ost_clients").contains("prison");
    }

    @Test
    void nspCoverageInPrisons() {
        // csv: nsp_prison_clients 1500 (2013, vb.kg); no size estimate of PWID in prisons is published, so a test
        // denominator of 2000: hand 1500 / 2000 = 0.75
        Observation clients = count(Measure.NSP_CLIENTS, 1500, "2013").withSubgroup(PRISON);
        Observation size = estimate(Measure.PWID_POPULATION_SIZE, 2000, "2013").withSubgroup(PRISON);
        Observation national = estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013");
        List<IndicatorResult> rs = StandardIndicators.NSP_PRISON_COVERAGE.evaluate(Dataset.of(clients, size, national), AREA,
                2013);
        assertThat(rs).hasSize(1);
        assertThat(((Proportion) rs.get(0).value().orElseThrow()).toFraction()).isCloseTo(0.75, within(1e-12));
        assertThat(rs.get(0).denominator()).hasValue(Estimate.of(2000));
        // without the prison size estimate it is not computable; the national size is never used
        IndicatorResult none = StandardIndicators.NSP_PRISON_COVERAGE.evaluate(Dataset.of(clients, national), AREA, 2013)
                .get(0);
        assertThat(none.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(none.reason().orElseThrow().message()).contains("pwid_population_size").contains("prison");
    }

    @Test
    void kyrgyzOstClientsPerSite() {
        // Liberman et al. 2024 Table 1 (csv): 1200 clients / 31 sites (2015), 1505 / 31 (2016), 1455 / 29 (2017).
        // hand: 1200 / 31 = 38.709677; 1505 / 31 = 48.548387; 1455 / 29 = 50.172414
        Dataset d = Dataset.of(Kyrgyz.count(Measure.OST_CLIENTS, 1200, "2015", Kyrgyz.LIBERMAN_2024),
                Kyrgyz.count(Measure.OST_CLIENTS, 1505, "2016", Kyrgyz.LIBERMAN_2024),
                Kyrgyz.count(Measure.OST_CLIENTS, 1455, "2017", Kyrgyz.LIBERMAN_2024),
                Kyrgyz.count(Measure.OST_SITES, 31, "2015", Kyrgyz.LIBERMAN_2024),
                Kyrgyz.count(Measure.OST_SITES, 31, "2016", Kyrgyz.LIBERMAN_2024),
                Kyrgyz.count(Measure.OST_SITES, 29, "2017", Kyrgyz.LIBERMAN_2024));
        List<IndicatorResult> rs = StandardIndicators.OST_CLIENTS_PER_SITE.evaluateSeries(d, Kyrgyz.KG, 2015, 2017,
                EvaluationSettings.defaults());
        assertThat(rs).hasSize(3);
        assertThat(rs.get(0).value().orElseThrow().doubleValue()).isCloseTo(38.709677, within(1e-6));
        assertThat(rs.get(1).value().orElseThrow().doubleValue()).isCloseTo(48.548387, within(1e-6));
        assertThat(rs.get(2).value().orElseThrow().doubleValue()).isCloseTo(50.172414, within(1e-6));
        assertThat(rs.get(0).value().orElseThrow()).isInstanceOf(Estimate.class);
        assertThat(rs.get(0).definition().unit()).isEqualTo(ResultUnit.PER_SITE);
        assertThat(rs.get(2).denominator()).hasValue(Count.of(29));
    }

    @Test
    void nspClientsPerSite() {
        // csv: nsp_sites 40 (~2019-2020, HRI 2020); a test count of 8000 clients: hand 8000 / 40 = 200
        Dataset d = Dataset.of(count(Measure.NSP_CLIENTS, 8000, "2019"), count(Measure.NSP_SITES, 40, "2019"));
        IndicatorResult r = StandardIndicators.NSP_CLIENTS_PER_SITE.evaluate(d, AREA, 2019).get(0);
        assertThat(r.value()).hasValue(Estimate.of(200));
        assertThat(r.variant().code()).isEqualTo("nsp_sites");
    }

    @Test
    void zeroSitesIsNotComputable() {
        Dataset d = Dataset.of(count(Measure.NSP_CLIENTS, 8000, "2019"), count(Measure.NSP_SITES, 0, "2019"));
        assertThat(StandardIndicators.NSP_CLIENTS_PER_SITE.evaluate(d, AREA, 2019).get(0).reason().orElseThrow().code())
                .isEqualTo(NotComputableReason.Code.ZERO_DENOMINATOR);
    }
}
