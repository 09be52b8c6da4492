package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Proportion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ART coverage, viral suppression, the first 95's published variant and the PWID cascade (SPEC §2). */
class HivCascadeTest {

    private static double fraction(IndicatorResult r) {
        return ((Proportion) r.value().orElseThrow()).toFraction();
    }

    private static TargetGap gap(IndicatorResult r) {
        assertThat(r.gaps()).hasSize(1);
        return r.gaps().get(0);
    }

    @Test
    void kyrgyzArtCoverageOverEstimatedPlhiv() {
        // kyrgyzstan-published-figures.csv: art_receiving 4200 on 2020-04-01 (24.kg citing RAC); plhiv_estimate
        // 9200 for 2020 (CIA World Factbook, UNAIDS-derived). hand: 4200 / 9200 = 0.456522;
        // gap to 95 % × 95 % = 0.9025: 0.9025 - 0.456522 = 0.445978; further people: ceil(0.9025 × 9200) - 4200
        // = 8303 - 4200 = 4103
        Dataset d = Dataset.of(Kyrgyz.count(Measure.ART_CLIENTS, 4200, "2020-04-01", Kyrgyz.KG24_2020_04),
                Kyrgyz.estimate(Measure.PLHIV_ESTIMATE, 9200, "2020", Kyrgyz.FACTBOOK));
        List<IndicatorResult> rs = StandardIndicators.ART_COVERAGE.evaluate(d, Kyrgyz.KG, 2020);
        assertThat(rs).hasSize(1);
        IndicatorResult r = rs.get(0);
        assertThat(r.variant().code()).isEqualTo("plhiv_estimate");
        assertThat(fraction(r)).isCloseTo(0.456522, within(1e-6));
        assertThat(gap(r).target()).isEqualTo(StandardIndicators.ART_OF_ALL_PLHIV_95_95);
        assertThat(gap(r).gap()).isCloseTo(0.445978, within(1e-6));
        assertThat(gap(r).additionalNumerator()).hasValue(4103);
        assertThat(r.level()).isEmpty();
    }

    @Test
    void artCoverageOverDerivedRegisteredAliveIsAFlaggedProxy() {
        // 24.kg Oct 2020 (csv): cumulative 10173 and deaths 2166 on 2020-10-01; art_receiving 4200 (2020-04-01).
        // hand: alive derived 10173 - 2166 = 8007; 4200 / 8007 = 0.524541
        Dataset d = Dataset.of(Kyrgyz.count(Measure.ART_CLIENTS, 4200, "2020-04-01", Kyrgyz.KG24_2020_04),
                Kyrgyz.count(Measure.REGISTERED_HIV_CUMULATIVE, 10173, "2020-10-01", Kyrgyz.KG24_2020_10),
                Kyrgyz.count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 2166, "2020-10-01", Kyrgyz.KG24_2020_10));
        IndicatorResult r = StandardIndicators.ART_COVERAGE.evaluate(d, Kyrgyz.KG, 2020).get(0);
        assertThat(r.variant().code()).isEqualTo("registered_alive_proxy");
        assertThat(fraction(r)).isCloseTo(0.524541, within(1e-6));
        assertThat(r.hasWarning(WarningCode.PROXY_DENOMINATOR)).isTrue();
        assertThat(r.hasWarning(WarningCode.DERIVED_INPUT)).isTrue();
        InputUsed derived = r.inputs().stream().filter(InputUsed::isDerived).findFirst().orElseThrow();
        assertThat(derived.derivation()).hasValue("10173 − 2166 = 8007");
        assertThat(derived.label()).isEqualTo("denominator: registered_hiv_alive (derived)");
    }

    @Test
    void kyrgyzPublishedCascadeSharesWithTheirRanges() {
        // csv: art_coverage_pct_plhiv 28 (21-37) and viral_suppression_pct_plhiv 18 (13-24), 2016, UNAIDS country
        // page; knows_status_pct 80, 2023-10, 24.kg citing RCBVHHC 2023.
        Dataset d = Dataset.of(
                Kyrgyz.percent(Measure.ART_COVERAGE_SHARE_PLHIV, 28, 21, 37, "2016", Kyrgyz.UNAIDS_PAGE),
                Kyrgyz.percent(Measure.VIRAL_SUPPRESSION_SHARE_PLHIV, 18, 13, 24, "2016", Kyrgyz.UNAIDS_PAGE),
                Kyrgyz.percent(Measure.KNOWS_STATUS_SHARE_PLHIV, 80, "2023-10", Kyrgyz.KG24_2023));
        IndicatorResult art = StandardIndicators.ART_COVERAGE.evaluate(d, Kyrgyz.KG, 2016).get(0);
        assertThat(art.variant().code()).isEqualTo("published");
        Proportion p = (Proportion) art.value().orElseThrow();
        assertThat(p.toPercent()).isCloseTo(28, within(1e-9));
        assertThat(p.interval().orElseThrow().lower()).isCloseTo(0.21, within(1e-12));
        assertThat(p.interval().orElseThrow().upper()).isCloseTo(0.37, within(1e-12));
        // hand: 0.9025 - 0.28 = 0.6225
        assertThat(gap(art).gap()).isCloseTo(0.6225, within(1e-12));
        assertThat(gap(art).met()).isFalse();

        IndicatorResult vs = StandardIndicators.VIRAL_SUPPRESSION.evaluate(d, Kyrgyz.KG, 2016).get(0);
        // hand: 0.95³ = 0.857375; 0.857375 - 0.18 = 0.677375
        assertThat(gap(vs).target().threshold()).isCloseTo(0.857375, within(1e-12));
        assertThat(gap(vs).gap()).isCloseTo(0.677375, within(1e-12));
        assertThat(((Proportion) vs.value().orElseThrow()).interval().orElseThrow().upper()).isCloseTo(0.24,
                within(1e-12));

        IndicatorResult aware = StandardIndicators.FIRST_95_PLHIV.evaluate(d, Kyrgyz.KG, 2023).get(0);
        assertThat(aware.variant().code()).isEqualTo("published");
        // hand: 0.95 - 0.80 = 0.15
        assertThat(gap(aware).gap()).isCloseTo(0.15, within(1e-12));
        assertThat(aware.inputs()).extracting(InputUsed::label)
                .containsExactly("published value: knows_status_share_plhiv");
    }

    @Test
    void artBandsAreOptIn() {
        Dataset d = Dataset.of(count(Measure.ART_CLIENTS, 300, "2016"), estimate(Measure.PLHIV_ESTIMATE, 1000, "2016"));
        assertThat(StandardIndicators.ART_COVERAGE.evaluate(d, AREA, 2016).get(0).level()).isEmpty();
        // hand: 300 / 1000 = 0.30, within 25-75 % -> medium; both cut-offs unconfirmed -> warning
        IndicatorResult r = StandardIndicators.ART_COVERAGE.withDefinition(StandardIndicators.ART_COVERAGE.definition()
                .withBands(StandardIndicators.ART_UNCONFIRMED_BANDS)).evaluate(d, AREA, 2016).get(0);
        assertThat(r.level()).hasValue(CoverageLevel.MEDIUM);
        assertThat(r.hasWarning(WarningCode.UNCONFIRMED_THRESHOLD)).isTrue();
        assertThat(StandardIndicators.ART_UNCONFIRMED_BANDS.isConfirmed()).isFalse();
    }

    @Test
    void artCoverageWithoutAnyInputNamesWhatIsMissing() {
        IndicatorResult r = StandardIndicators.ART_COVERAGE.evaluate(Dataset.of(count(Measure.ART_CLIENTS, 3, "2016")),
                AREA, 2016).get(0);
        assertThat(r.reason().orElseThrow().message()).contains("plhiv_estimate or registered_hiv_alive")
                .contains("published art_coverage_share_plhiv");
        IndicatorResult noArt = StandardIndicators.VIRAL_SUPPRESSION
                .evaluate(Dataset.of(estimate(Measure.PLHIV_ESTIMATE, 1000, "2016")), AREA, 2016).get(0);
        assertThat(noArt.reason().orElseThrow().message()).contains("virally_suppressed");
    }

    @Test
    void pwidCascadeThreeIndicators() {
        // hand: first 95: 600 / 1000 = 0.60 (gap 0.35); second: 450 / 600 = 0.75 (gap 0.20);
        // third: 400 / 450 = 0.888889 (gap 0.061111); ART among PWID living with HIV: 450 / 1000 = 0.45
        Dataset d = Dataset.of(estimate(Measure.PLHIV_PWID_ESTIMATE, 1000, "2016"),
                count(Measure.REGISTERED_HIV_ALIVE_INJECTING, 600, "2016"),
                count(Measure.ART_CLIENTS_PWID, 450, "2016"),
                count(Measure.VIRALLY_SUPPRESSED_PWID, 400, "2016"));
        IndicatorResult first = StandardIndicators.FIRST_95_PWID.evaluate(d, AREA, 2016).get(0);
        IndicatorResult second = StandardIndicators.SECOND_95_PWID.evaluate(d, AREA, 2016).get(0);
        IndicatorResult third = StandardIndicators.THIRD_95_PWID.evaluate(d, AREA, 2016).get(0);
        assertThat(fraction(first)).isCloseTo(0.60, within(1e-12));
        assertThat(gap(first).gap()).isCloseTo(0.35, within(1e-12));
        assertThat(gap(first).target()).isEqualTo(StandardIndicators.FIRST_95);
        assertThat(fraction(second)).isCloseTo(0.75, within(1e-12));
        assertThat(gap(second).target()).isEqualTo(StandardIndicators.SECOND_95);
        assertThat(fraction(third)).isCloseTo(0.888889, within(1e-6));
        assertThat(gap(third).target()).isEqualTo(StandardIndicators.THIRD_95);
        assertThat(gap(third).gap()).isCloseTo(0.061111, within(1e-6));
        List<IndicatorResult> art = StandardIndicators.ART_COVERAGE_PWID.evaluate(d, AREA, 2016);
        assertThat(art).extracting(IndicatorResult::variantLabel).containsExactly(
                "denominator: estimated PWID living with HIV",
                "denominator: PWID registered alive (proxy, diagnosed only)");
        assertThat(fraction(art.get(0))).isCloseTo(0.45, within(1e-12));
        assertThat(fraction(art.get(1))).isCloseTo(0.75, within(1e-12));
        assertThat(art.get(1).hasWarning(WarningCode.PROXY_DENOMINATOR)).isTrue();
    }

    @Test
    void suppressedAboveOnArtIsNotComputable() {
        Dataset d = Dataset.of(count(Measure.ART_CLIENTS_PWID, 450, "2016"),
                count(Measure.VIRALLY_SUPPRESSED_PWID, 451, "2016"));
        assertThat(StandardIndicators.THIRD_95_PWID.evaluate(d, AREA, 2016).get(0).reason().orElseThrow().code())
                .isEqualTo(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR);
    }
}
