package io.github.hrindicators.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.CoverageLevel;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.StandardIndicators;
import io.github.hrindicators.core.indicator.TargetGap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
    private static final Area KG = Area.of("Kyrgyzstan");
    // kyrgyzstan-reported-indicators.csv: source of every reported row
    private static final Source AIDSINFO = Source.of("UNAIDS AIDSinfo, Global AIDS Monitoring 2019 data export "
            + "(country-reported values), as republished in the open-numbers/ddf--unaids--aidsinfo repository");
    private static final Source LIBERMAN = Source.of("Liberman et al. 2024 Glob Health Econ Sustain 2(4) Table 1");
    private static final Source SPUTNIK = Source.of("Sputnik Kyrgyzstan 20 Mar 2015 citing ICAP");

    // kyrgyzstan-published-figures.csv: OST clients 1200 (2015), 1505 (2016), 1455 (2017), Liberman et al. 2024;
    // PWID size 25,000 (2013, Sputnik citing ICAP)
    private static final Dataset OST = Dataset.of(
            Observation.of(Measure.OST_CLIENTS, Count.of(1200), ReferencePeriod.ofYear(2015), KG, LIBERMAN),
            Observation.of(Measure.OST_CLIENTS, Count.of(1505), ReferencePeriod.ofYear(2016), KG, LIBERMAN),
            Observation.of(Measure.OST_CLIENTS, Count.of(1455), ReferencePeriod.ofYear(2017), KG, LIBERMAN),
            Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(25000), ReferencePeriod.ofYear(2013), KG, SPUTNIK));

    private static ReportedValue ost(String percent, int year) {
        // kyrgyzstan-reported-indicators.csv, ost_coverage_pct, "denominator not stated"
        return ReportedValue.parse("ost_coverage", ResultUnit.PROPORTION, percent, year, KG, AIDSINFO,
                "denominator not stated");
    }

    private static ReportedValue needles(String value, int year, String note) {
        return ReportedValue.parse("needles_syringes_per_pwid", ResultUnit.PER_PERSON_PER_YEAR, value, year, KG,
                AIDSINFO, note);
    }

    private static List<IndicatorResult> ostSeries() {
        return StandardIndicators.OST_COVERAGE.evaluateSeries(OST, KG, 2015, 2018,
                EvaluationSettings.defaults());
    }

    @Test
    void kyrgyzOstCoverageReportedVersusComputed() {
        // reported (csv): 4.9 % (2015), 4.8 % (2016), 4.9 % (2017), 4.4 % (2018).
        // computed, hand: 1200 / 25000 = 4.8 %, 1505 / 25000 = 6.02 %, 1455 / 25000 = 5.82 %; no OST count for 2018
        // (a 2017 count is not a 2018 value). differences: -0.1, 1.22, 0.92 percentage points, all beyond 0.05.
        // implied denominators, hand: 1200 / 0.049 = 24489.8 -> 24490; 1505 / 0.048 = 31354.2 -> 31354;
        // 1455 / 0.049 = 29693.9 -> 29694
        List<Comparison> cs = Reconciliation.compare(List.of(ost("4.9", 2015), ost("4.8", 2016), ost("4.9", 2017),
                ost("4.4", 2018)), ostSeries());
        assertThat(cs).hasSize(4);
        double[] differences = {-0.1, 1.22, 0.92};
        String[] implied = {"1200 / 0.049 ≈ 24490", "1505 / 0.048 ≈ 31354", "1455 / 0.049 ≈ 29694"};
        for (int i = 0; i < 3; i++) {
            Comparison c = cs.get(i);
            assertThat(c.computed()).isPresent();
            assertThat(c.difference().orElseThrow()).isCloseTo(differences[i], within(1e-9));
            assertThat(c.beyondRounding()).isTrue();
            assertThat(c.explanation().orElseThrow().toString()).contains(implied[i])
                    .contains("never used as an input").contains("denominator not stated");
            // the reported value's own level and gaps: below 20 % -> low; 40 % and 50 % targets not met
            assertThat(c.reportedLevel()).hasValue(CoverageLevel.LOW);
            assertThat(c.reportedGaps()).extracting(TargetGap::met).containsExactly(false, false);
        }
        // 2018: nothing computed, but the reported 4.4 % still gets its level and gaps
        assertThat(cs.get(3).computed()).isEmpty();
        assertThat(cs.get(3).reportedLevel()).hasValue(CoverageLevel.LOW);
        assertThat(cs.get(3).reportedGaps()).extracting(TargetGap::met).containsExactly(false, false);
        assertThat(cs.get(1).explanation().orElseThrow().toString()).contains("The reported 4.8 %")
                .contains("numerator: ost_clients, 2016").contains("against 25000 used here");
        // hand: gap to 50 % for the reported 4.8 %: 0.5 - 0.048 = 0.452
        assertThat(cs.get(1).reportedGaps().get(1).gap()).isCloseTo(0.452, within(1e-12));
    }

    @Test
    void aDifferenceWithinRoundingIsNotFlagged() {
        // hypothetical reported "6.0" % for 2016 against the computed 6.02 %: |6.02 - 6.0| = 0.02 <= 0.05
        Comparison c = Reconciliation.compare(List.of(ost("6.0", 2016)), ostSeries()).get(0);
        assertThat(c.difference().orElseThrow()).isCloseTo(0.02, within(1e-9));
        assertThat(c.beyondRounding()).isFalse();
        assertThat(c.explanation()).isEmpty();
        // published with two decimals "6.00": tolerance 0.005, so 0.02 is beyond rounding
        assertThat(Reconciliation.compare(List.of(ost("6.00", 2016)), ostSeries()).get(0).beyondRounding()).isTrue();
    }

    @Test
    void kyrgyzNeedlesSyringesWithoutComputedCounterpart() {
        // kyrgyzstan-reported-indicators.csv: 151.0 (2011, "UNAIDS PWID size estimate for the year: 25000"),
        // 253.0 (2012), 292.0 (2013, 25000), 252.0 (2014), 241.1 (2015), 152.827 (2016), 223.625 (2017), 170.0
        // (2018); no syringe counts are published, so nothing is computed.
        List<ReportedValue> reported = List.of(
                needles("151.0", 2011, "UNAIDS PWID size estimate for the year: 25000"),
                needles("253.0", 2012, "denominator not stated"),
                needles("292.0", 2013, "UNAIDS PWID size estimate for the year: 25000"),
                needles("252.0", 2014, "denominator not stated"), needles("241.1", 2015, "denominator not stated"),
                needles("152.827", 2016, "denominator not stated"), needles("223.625", 2017, "denominator not stated"),
                needles("170.0", 2018, "denominator not stated"));
        List<Comparison> cs = Reconciliation.compare(reported, ostSeries());
        assertThat(cs).hasSize(8).allSatisfy(c -> {
            assertThat(c.computed()).isEmpty();
            assertThat(c.difference()).isEmpty();
            assertThat(c.beyondRounding()).isFalse();
            assertThat(c.explanation().orElseThrow().toString()).contains("No computed result for needles_syringes_per_pwid");
        });
        // TG2012 bands 100 / 200: 151 medium, 253 high, 152.827 medium, 170 medium
        assertThat(cs).extracting(c -> c.reportedLevel().orElseThrow()).containsExactly(CoverageLevel.MEDIUM,
                CoverageLevel.HIGH, CoverageLevel.HIGH, CoverageLevel.HIGH, CoverageLevel.HIGH, CoverageLevel.MEDIUM,
                CoverageLevel.HIGH, CoverageLevel.MEDIUM);
        // targets: UNAIDS 2025 (> 200), GHSS-hep 2020 (200), GHSS-hep 2030 (300); hand for 151: gaps 49, 49, 149
        assertThat(cs.get(0).reportedGaps()).extracting(TargetGap::gap).containsExactly(49.0, 49.0, 149.0);
        // hand for 253: -53 (met), -53 (met), 47 (not met)
        assertThat(cs.get(1).reportedGaps()).extracting(TargetGap::met).containsExactly(true, true, false);
        assertThat(cs.get(5).reported().decimals()).isEqualTo(3);
        assertThat(cs.get(5).reported().roundingTolerance()).isCloseTo(0.0005, within(1e-15));
        assertThat(cs.get(0).reported().denominatorNote()).hasValue("UNAIDS PWID size estimate for the year: 25000");
    }

    @Test
    void noImpliedDenominatorWithoutAPublishedCountNumerator() {
        // csv: knows_status_pct 80 (2023-10, 24.kg citing RCBVHHC); hypothetical reported first 95 of 75 %
        Dataset d = Dataset.of(Observation.of(Measure.KNOWS_STATUS_SHARE_PLHIV, Proportion.ofPercent(80),
                ReferencePeriod.parse("2023-10"), KG, Source.of("24.kg citing RCBVHHC 2023")));
        List<IndicatorResult> results = StandardIndicators.FIRST_95_PLHIV.evaluate(d, KG, 2023);
        Comparison c = Reconciliation.compare(List.of(ReportedValue.parse("first_95", ResultUnit.PROPORTION, "75",
                2023, KG, AIDSINFO, "")), results).get(0);
        // hand: 80 - 75 = 5 percentage points
        assertThat(c.difference().orElseThrow()).isCloseTo(5, within(1e-9));
        assertThat(c.beyondRounding()).isTrue();
        assertThat(c.explanation().orElseThrow().toString()).contains("no implied denominator").doesNotContain("note");
        assertThat(c.reported().denominatorNote()).isEmpty();
        // a reported 0 implies no denominator either
        Comparison zero = Reconciliation.compare(List.of(ost("0", 2016)), ostSeries()).get(0);
        assertThat(zero.explanation().orElseThrow().toString()).contains("no implied denominator");
    }

    @Test
    void peopleAreComparedWithoutAnImpliedDenominator() {
        // hypothetical: PLHIV 9200 (2020) minus registered alive 8007 -> undiagnosed 1193; reported "about 2000"
        Dataset d = Dataset.of(
                Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(9200), ReferencePeriod.ofYear(2020), KG, AIDSINFO),
                Observation.of(Measure.REGISTERED_HIV_ALIVE, Count.of(8007), ReferencePeriod.ofYear(2020), KG, AIDSINFO));
        Comparison c = Reconciliation.compare(List.of(ReportedValue.parse("undiagnosed_hiv", ResultUnit.PEOPLE,
                "2000", 2020, KG, AIDSINFO, "")), StandardIndicators.UNDIAGNOSED_HIV.evaluate(d, KG, 2020)).get(0);
        assertThat(c.difference().orElseThrow()).isCloseTo(-807, within(1e-9));
        assertThat(c.explanation().orElseThrow().toString()).contains("no implied denominator");
        assertThat(c.reportedLevel()).isEmpty();
        assertThat(c.reportedGaps()).isEmpty();
    }

    @Test
    void onlyComputedTotalResultsOfTheSameYearAndAreaMatch() {
        Dataset d = Dataset.of(
                Observation.of(Measure.OST_CLIENTS, Count.of(450), ReferencePeriod.ofYear(2016), KG, LIBERMAN)
                        .withSubgroup(Subgroup.of(Setting.PRISON)),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(2000), ReferencePeriod.ofYear(2016), KG, LIBERMAN)
                        .withSubgroup(Subgroup.of(Setting.PRISON)));
        List<IndicatorResult> prisonOnly = StandardIndicators.OST_COVERAGE.evaluate(d, KG, 2016);
        assertThat(prisonOnly).extracting(IndicatorResult::subgroup).containsOnly(Subgroup.of(Setting.PRISON));
        assertThat(Reconciliation.compare(List.of(ost("4.8", 2016)), prisonOnly).get(0).computed()).isEmpty();
        List<IndicatorResult> notComputable = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(), KG, 2016);
        assertThat(Reconciliation.compare(List.of(ost("4.8", 2016)), notComputable).get(0).computed()).isEmpty();
        assertThat(Reconciliation.compare(List.of(ost("4.8", 2015)), ostSeries().subList(1, 2)).get(0).computed())
                .isEmpty();
        assertThat(Reconciliation.compare(List.of(ReportedValue.parse("ost_coverage", ResultUnit.PROPORTION, "4.8",
                2016, Area.of("Bishkek"), AIDSINFO, "")), ostSeries()).get(0).computed()).isEmpty();
    }

    @Test
    void unknownIndicatorHasNoLevelOrGaps() {
        Comparison c = Reconciliation.compare(List.of(ReportedValue.parse("condom_use", ResultUnit.PROPORTION, "40",
                2016, KG, AIDSINFO, "")), List.of()).get(0);
        assertThat(c.reportedLevel()).isEmpty();
        assertThat(c.reportedGaps()).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> Reconciliation.compare(null, List.of()));
        assertThatNullPointerException().isThrownBy(() -> Reconciliation.compare(List.of(), null));
    }

    @Test
    void comparisonInvariants() {
        ReportedValue r = ost("4.8", 2016);
        assertThatIllegalArgumentException().isThrownBy(() -> new Comparison(r, Optional.empty(),
                OptionalDouble.of(1), false, Optional.empty(), List.of(), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new Comparison(r, Optional.empty(),
                OptionalDouble.empty(), true, Optional.empty(), List.of(), Optional.empty()))
                .withMessageContaining("ost_coverage 2016");
        assertThatNullPointerException().isThrownBy(() -> new Comparison(r, Optional.empty(), OptionalDouble.empty(),
                false, Optional.empty(), null, Optional.empty()));
    }
}
