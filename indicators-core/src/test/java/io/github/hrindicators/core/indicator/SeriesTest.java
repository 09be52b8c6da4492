package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.ReferencePeriod;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Time series of indicators (issue #5). */
class SeriesTest {
    // Liberman et al. 2024 Table 1 (csv): OST clients 1200 (2015), 1505 (2016), 1455 (2017); sites 31, 31, 29;
    // PWID size 25,000 (2013, Sputnik citing ICAP); OST clients > 1000 in 2013 (UNDP 2014)
    private static final Dataset OST = Dataset.of(
            Kyrgyz.count(Measure.OST_CLIENTS, 1000, "2013", Kyrgyz.LIBERMAN_2024),
            Kyrgyz.count(Measure.OST_CLIENTS, 1200, "2015", Kyrgyz.LIBERMAN_2024),
            Kyrgyz.count(Measure.OST_CLIENTS, 1505, "2016", Kyrgyz.LIBERMAN_2024),
            Kyrgyz.count(Measure.OST_CLIENTS, 1455, "2017", Kyrgyz.LIBERMAN_2024),
            Kyrgyz.count(Measure.OST_SITES, 31, "2015", Kyrgyz.LIBERMAN_2024),
            Kyrgyz.count(Measure.OST_SITES, 31, "2016", Kyrgyz.LIBERMAN_2024),
            Kyrgyz.count(Measure.OST_SITES, 29, "2017", Kyrgyz.LIBERMAN_2024),
            Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013", Kyrgyz.UNODC_2006));

    @Test
    void yearsWithoutFiguresAreLeftOutAndPartialYearsSayWhatIsMissing() {
        List<IndicatorResult> rs = StandardIndicators.OST_CLIENTS_PER_SITE.evaluateSeries(OST, Kyrgyz.KG, 2010,
                2018, EvaluationSettings.defaults());
        // 2010-2012 and 2014: no figure of ost_clients or ost_sites of that year (counts are never carried to
        // another year) -> left out; 2013: clients but no sites -> explicit missing; 2015-2017 computed; 2018 left out
        assertThat(rs).extracting(r -> r.period()).containsExactly(ReferencePeriod.ofYear(2013), ReferencePeriod.ofYear(2015),
                ReferencePeriod.ofYear(2016), ReferencePeriod.ofYear(2017));
        assertThat(rs.get(0).reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(rs.get(0).reason().orElseThrow().message()).contains("ost_sites");
        assertThat(rs.subList(1, 4)).allSatisfy(r -> assertThat(r.status()).isEqualTo(IndicatorResult.Status.COMPUTED));
        assertThat(rs.subList(1, 4)).allSatisfy(r -> assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isFalse());
        assertThat(rs.get(3).inputYears()).containsExactly(2017);
    }

    @Test
    void ostCoverageSeriesUsesTheNearestEarlierSize() {
        // hand: 1200 / 25000 = 0.048, 1505 / 25000 = 0.0602, 1455 / 25000 = 0.0582 (size of 2013 each year)
        List<IndicatorResult> rs = StandardIndicators.OST_COVERAGE.evaluateSeries(OST, Kyrgyz.KG, 2015, 2017,
                EvaluationSettings.defaults());
        assertThat(rs).extracting(r -> r.value().orElseThrow().doubleValue()).containsExactly(1200 / 25000.0,
                1505 / 25000.0, 1455 / 25000.0);
        assertThat(rs).allSatisfy(r -> assertThat(r.warnings()).anySatisfy(
                w -> assertThat(w.message()).contains("pwid_population_size 2013")));
    }

    @Test
    void allIndicatorsByYear() {
        SortedMap<Integer, List<IndicatorResult>> byYear = Catalogue.standard().evaluateSeries(OST, Kyrgyz.KG, 2011, 2013,
                EvaluationSettings.defaults());
        assertThat(byYear.keySet()).containsExactly(2011, 2012, 2013);
        assertThat(byYear.get(2011)).isEmpty();
        assertThat(byYear.get(2012)).isEmpty();
        // 2013: OST coverage (1000 / 25000), clients per site (missing sites), NSP reach etc. (size only: missing
        // numerator), and every result is for 2013
        assertThat(byYear.get(2013)).isNotEmpty()
                .allSatisfy(r -> assertThat(r.period()).isEqualTo(ReferencePeriod.ofYear(2013)));
        assertThat(byYear.get(2013)).extracting(r -> r.definition().id()).startsWith("ost_coverage");
        assertThat(byYear.get(2013).get(0).value().orElseThrow().doubleValue()).isEqualTo(1000 / 25000.0);
    }

    @Test
    void aSeriesMustNotRunBackwards() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardIndicators.OST_COVERAGE.evaluateSeries(OST,
                Kyrgyz.KG, 2017, 2016, EvaluationSettings.defaults())).withMessageContaining("2017 to 2016");
        assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.standard().evaluateSeries(OST, Kyrgyz.KG, 2017, 2016,
                EvaluationSettings.defaults()));
        assertThatNullPointerException().isThrownBy(() -> ((Indicator) null).evaluateSeries(OST, Kyrgyz.KG, 2016, 2017,
                EvaluationSettings.defaults()));
    }

    @Test
    void everyIndicatorNamesItsInputMeasures() {
        assertThat(Catalogue.standard().indicators()).allSatisfy(i -> assertThat(i.inputMeasures()).isNotEmpty());
        assertThat(StandardIndicators.FIRST_95_PLHIV.inputMeasures()).contains(Measure.REGISTERED_HIV_CUMULATIVE,
                Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, Measure.KNOWS_STATUS_SHARE_PLHIV);
        assertThat(Catalogue.standard().indicators()).extracting(i -> i.definition().id()).doesNotHaveDuplicates().startsWith(
                "ost_coverage", "ost_prison_share", "ost_clients_per_site", "needles_syringes_per_pwid");
        assertThat(Catalogue.standard().indicators().stream().map(Indicator::definition).toList()).hasSameSizeAs(Catalogue.standard().indicators());
    }
}
