package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class PwidShareOfHivCasesTest {
    private static final Indicator SHARE = StandardIndicators.PWID_SHARE_OF_HIV_CASES;

    private static List<IndicatorResult> run(int year, Observation... obs) {
        return SHARE.evaluate(Dataset.of(obs), AREA, year);
    }

    private static double fraction(IndicatorResult r) {
        return ((Proportion) r.value().orElseThrow()).toFraction();
    }

    @Test
    void publishedShareOfRegisteredAliveDerivesTheKyrgyzSeedCount() {
        // hand: 6402 × 0.515 = 3297.03 -> 3,297 PWID among people registered alive on 1 January 2016
        List<IndicatorResult> rs = run(2016, count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
                percent(Measure.INJECTING_SHARE_REGISTERED_ALIVE, 51.5, "2016-01-01"));
        assertThat(rs).hasSize(1);
        IndicatorResult r = rs.get(0);
        assertThat(r.variant().code()).isEqualTo("alive_published_share");
        assertThat(fraction(r)).isCloseTo(0.515, within(1e-12));
        assertThat(((Estimate) r.numerator().orElseThrow()).point()).isCloseTo(3297.03, within(1e-9));
        assertThat(r.denominator().orElseThrow().doubleValue()).isEqualTo(6402);
        assertThat(r.inputs()).filteredOn(InputUsed::isDerived).singleElement()
                .satisfies(i -> assertThat(i.derivation().orElseThrow()).isEqualTo("6402 × 51.5 % = 3297.03"));
        assertThat(r.hasWarning(WarningCode.DERIVED_INPUT)).isTrue();
    }

    @Test
    void countsGiveBothVariants() {
        // hand: 2417 / 4030 = 0.5997518...; 2417 / 3500 = 0.6905714...
        List<IndicatorResult> rs = run(2012, count(Measure.REGISTERED_HIV_CUMULATIVE, 4030, "2012-03-01"),
                count(Measure.REGISTERED_HIV_CUMULATIVE_INJECTING, 2417, "2012-03-01"),
                count(Measure.REGISTERED_HIV_CUMULATIVE_KNOWN_ROUTE, 3500, "2012-03-01"));
        assertThat(rs).extracting(IndicatorResult::variantLabel).containsExactly(
                "cumulative registered cases: all cases", "cumulative registered cases: cases with known route");
        assertThat(fraction(rs.get(0))).isCloseTo(0.5997518, within(1e-7));
        assertThat(fraction(rs.get(1))).isCloseTo(0.6905714, within(1e-7));
    }

    @Test
    void stocksArePairedByDate() {
        // Kyrgyz 2012 figures: 2417 of 4030 on 1 March, 2560 of 4417 on 1 September (hand: 0.59975, 0.57958)
        List<IndicatorResult> rs = run(2012, count(Measure.REGISTERED_HIV_CUMULATIVE, 4030, "2012-03-01"),
                count(Measure.REGISTERED_HIV_CUMULATIVE, 4417, "2012-09-01"),
                count(Measure.REGISTERED_HIV_CUMULATIVE_INJECTING, 2417, "2012-03-01"),
                count(Measure.REGISTERED_HIV_CUMULATIVE_INJECTING, 2560, "2012-09-01"));
        assertThat(rs).hasSize(2);
        assertThat(rs).extracting(PwidShareOfHivCasesTest::fraction)
                .satisfiesExactly(f -> assertThat(f).isCloseTo(0.5997518, within(1e-7)),
                        f -> assertThat(f).isCloseTo(0.5795789, within(1e-7)));
        assertThat(rs).allSatisfy(r -> assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue());
    }

    @Test
    void newDiagnosesShareWithoutTotal() {
        IndicatorResult r = run(2014, percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 32.4, "2014")).get(0);
        assertThat(r.variant().code()).isEqualTo("new_diagnoses_published_share");
        assertThat(fraction(r)).isCloseTo(0.324, within(1e-12));
        assertThat(r.numerator()).isEmpty();
    }

    @Test
    void partAboveWholeIsNotComputable() {
        IndicatorResult r = run(2016, count(Measure.NEW_HIV_DIAGNOSES, 100, "2016"),
                count(Measure.NEW_HIV_DIAGNOSES_INJECTING, 120, "2016")).get(0);
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR);
        assertThat(r.reason().orElseThrow().message()).contains("120").contains("100");
    }

    @Test
    void zeroWholeIsNotComputable() {
        IndicatorResult r = run(2016, count(Measure.NEW_HIV_DIAGNOSES, 0, "2016"),
                count(Measure.NEW_HIV_DIAGNOSES_INJECTING, 0, "2016")).get(0);
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.ZERO_DENOMINATOR);
    }

    @Test
    void missingPiecesAreNamed() {
        IndicatorResult noTotal = run(2016, count(Measure.NEW_HIV_DIAGNOSES_INJECTING, 10, "2016")).get(0);
        assertThat(noTotal.reason().orElseThrow().message()).contains("new_hiv_diagnoses");
        IndicatorResult noInjecting = run(2016, count(Measure.NEW_HIV_DIAGNOSES, 720, "2016")).get(0);
        assertThat(noInjecting.reason().orElseThrow().message())
                .contains("new_hiv_diagnoses_injecting or injecting_share_new_diagnoses");
        IndicatorResult nothing = run(2016).get(0);
        assertThat(nothing.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(nothing.variant().code()).isEqualTo("all_bases");
    }

    @Test
    void shareOfAnotherYearIsNotCarriedForward() {
        // a 2014 share of new diagnoses is not a 2016 value: with only 2016's total, the share is missing
        IndicatorResult r = run(2016, count(Measure.NEW_HIV_DIAGNOSES, 720, "2016"),
                percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 32.4, "2014")).get(0);
        assertThat(r.status()).isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE);
        assertThat(r.reason().orElseThrow().message())
                .contains("new_hiv_diagnoses_injecting or injecting_share_new_diagnoses");
    }

    @Test
    void injectingCountOfAnotherYearIsNotDividedByThisYearsTotal() {
        // Kyrgyz figures: 2,635 injecting cases on 1 February 2013, 7,117 cumulative cases in 2016; 2635 / 7117
        // would be no share of anything
        List<IndicatorResult> rs = run(2016, count(Measure.REGISTERED_HIV_CUMULATIVE, 7117, "2016"),
                count(Measure.REGISTERED_HIV_CUMULATIVE_INJECTING, 2635, "2013-02-01"));
        assertThat(rs).singleElement().satisfies(r -> assertThat(r.status())
                .isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE));
    }
    private static Observation other(Measure m, long value) {
        return Observation.of(m, Count.of(value), ReferencePeriod.parse("2016"), AREA, Figures.OTHER_SOURCE);
    }

    private static List<String> warnings(IndicatorResult r) {
        return r.warnings().stream().map(w -> w.code() + " " + w.message()).toList();
    }

    @Test
    void everyResultWarnsAboutTheAlternativesItWasChosenFrom() {
        // two sources for each count and two published shares; the second share's range 10-20 % excludes 40 %
        List<IndicatorResult> rs = run(2016, count(Measure.NEW_HIV_DIAGNOSES, 800, "2016"),
                other(Measure.NEW_HIV_DIAGNOSES, 900), count(Measure.NEW_HIV_DIAGNOSES_INJECTING, 300, "2016"),
                other(Measure.NEW_HIV_DIAGNOSES_INJECTING, 320), count(Measure.NEW_HIV_DIAGNOSES_KNOWN_ROUTE, 700,
                        "2016"), percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 35, "2016"),
                percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 40, 10, 20, "2016"));
        String totals = "ALTERNATIVE_INPUTS 2 figures for new_hiv_diagnoses from";
        String parts = "ALTERNATIVE_INPUTS 2 figures for new_hiv_diagnoses_injecting from";
        String shares = "ALTERNATIVE_INPUTS 2 figures for injecting_share_new_diagnoses from";
        String excludes = "RANGE_EXCLUDES_POINT The range of injecting_share_new_diagnoses (2016) excludes its point";
        List<IndicatorResult> all = rs.stream().filter(r -> r.variant().code().equals("new_diagnoses_all")).toList();
        assertThat(all).isNotEmpty().allSatisfy(r -> assertThat(warnings(r)).anyMatch(w -> w.startsWith(totals))
                .anyMatch(w -> w.startsWith(parts)));
        List<IndicatorResult> known = rs.stream().filter(r -> r.variant().code().equals("new_diagnoses_known_route")).toList();
        assertThat(known).isNotEmpty().allSatisfy(r -> assertThat(warnings(r)).anyMatch(w -> w.startsWith(parts))
                .noneMatch(w -> w.startsWith(totals)));
        List<IndicatorResult> published = rs.stream().filter(r -> r.variant().code().equals("new_diagnoses_published_share")).toList();
        // 2 shares × 2 totals
        assertThat(published).hasSize(4).allSatisfy(r -> assertThat(warnings(r)).anyMatch(w -> w.startsWith(totals))
                .anyMatch(w -> w.startsWith(shares)));
        assertThat(published).filteredOn(r -> r.variantLabel().contains("40 %"))
                .hasSize(2).allSatisfy(r -> assertThat(warnings(r)).anyMatch(w -> w.startsWith(excludes)));
    }

    @Test
    void publishedSharesWithoutTotalStillWarn() {
        List<IndicatorResult> rs = run(2016, percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 35, "2016"),
                percent(Measure.INJECTING_SHARE_NEW_DIAGNOSES, 40, 10, 20, "2016"));
        assertThat(rs).hasSize(2).allSatisfy(r -> assertThat(warnings(r))
                .anyMatch(w -> w.startsWith("ALTERNATIVE_INPUTS 2 figures for injecting_share_new_diagnoses from")));
        assertThat(warnings(rs.get(1))).contains("RANGE_EXCLUDES_POINT The range of injecting_share_new_diagnoses"
                + " (2016) excludes its point: " + rs.get(1).value().orElseThrow());
    }
}
