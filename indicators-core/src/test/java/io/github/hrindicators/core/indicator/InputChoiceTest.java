package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explicit input choice (issue #5): derived registered alive, mixed years named, conflict policies. */
class InputChoiceTest {
    // csv: cumulative 10173 and deaths 2166 on 2020-10-01 (24.kg Oct 2020); cumulative 9757 and deaths 2124 on
    // 2020-02-01 (24.kg 3 Mar 2020); plhiv_estimate 9200 for 2020 (CIA World Factbook, UNAIDS-derived)
    private static final Dataset REGISTER_2020 = Dataset.of(
            Kyrgyz.count(Measure.REGISTERED_HIV_CUMULATIVE, 10173, "2020-10-01", Kyrgyz.KG24_2020_10),
            Kyrgyz.count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 2166, "2020-10-01", Kyrgyz.KG24_2020_10),
            Kyrgyz.estimate(Measure.PLHIV_ESTIMATE, 9200, "2020", Kyrgyz.FACTBOOK));

    // the same with cumulative 9757 and deaths 2124 on 2020-02-01 (24.kg 3 Mar 2020)
    private static final Dataset REGISTER_2020_TWO_DATES = Dataset.of(List.of(
            REGISTER_2020.observations().get(0), REGISTER_2020.observations().get(1),
            REGISTER_2020.observations().get(2),
            Kyrgyz.count(Measure.REGISTERED_HIV_CUMULATIVE, 9757, "2020-02-01", Kyrgyz.KG24_2020_03),
            Kyrgyz.count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 2124, "2020-02-01", Kyrgyz.KG24_2020_03)));

    // csv, PWID size estimates: 18,934 (2010, BBS-based, RESAD/CADAP p.55) and 44,000 (~2008-2010, UNODC 2010
    // via Drug Alcohol Depend 2013); OST clients 1428 in 2011 (RESAD/CADAP p.55)
    private static final Dataset SIZES_2010 = Dataset.of(
            Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 18934, "2010", Kyrgyz.RESAD),
            Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 44000, "2008-2010", Kyrgyz.DAD_2013),
            Kyrgyz.count(Measure.OST_CLIENTS, 1428, "2011", Kyrgyz.RESAD));

    private static EvaluationSettings policy(ConflictPolicy p) {
        return EvaluationSettings.defaults().withConflictPolicy(p);
    }

    @Test
    void registeredAliveDerivedFromCumulativeMinusDeaths() {
        // hand: 10173 - 2166 = 8007; first 95: 8007 / 9200 = 0.870326; undiagnosed: 9200 - 8007 = 1193
        IndicatorResult first = StandardIndicators.FIRST_95_PLHIV.evaluate(REGISTER_2020, Kyrgyz.KG, 2020).get(0);
        assertThat(((Proportion) first.value().orElseThrow()).toFraction()).isCloseTo(0.870326, within(1e-6));
        assertThat(first.numerator()).hasValue(Count.of(8007));
        assertThat(first.inputs()).extracting(InputUsed::label).containsExactly("part: registered_hiv_cumulative",
                "part: registered_hiv_deaths_cumulative", "numerator: registered_hiv_alive (derived)",
                "denominator: plhiv_estimate");
        InputUsed derived = first.inputs().get(2);
        assertThat(derived.isDerived()).isTrue();
        assertThat(derived.derivation()).hasValue("10173 − 2166 = 8007");
        assertThat(derived.period()).isEqualTo(ReferencePeriod.parse("2020-10-01"));
        assertThat(derived.sources()).containsExactly(Kyrgyz.KG24_2020_10);
        assertThat(first.warnings()).filteredOn(w -> w.code() == WarningCode.DERIVED_INPUT).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("10173 − 2166 = 8007")
                        .contains("foreigners and emigrants"));

        IndicatorResult undiagnosed = StandardIndicators.UNDIAGNOSED_HIV.evaluate(REGISTER_2020, Kyrgyz.KG, 2020).get(0);
        assertThat(undiagnosed.value()).hasValue(Estimate.of(1193));
        assertThat(undiagnosed.hasWarning(WarningCode.DERIVED_INPUT)).isTrue();
    }

    @Test
    void aPublishedRegisteredAliveFigureWins() {
        Dataset withPublished = Dataset.of(List.of(REGISTER_2020.observations().get(0),
                REGISTER_2020.observations().get(1), REGISTER_2020.observations().get(2),
                Kyrgyz.count(Measure.REGISTERED_HIV_ALIVE, 8000, "2020", Kyrgyz.KG24_2020_10)));
        IndicatorResult r = StandardIndicators.FIRST_95_PLHIV.evaluate(withPublished, Kyrgyz.KG, 2020).get(0);
        assertThat(r.numerator()).hasValue(Count.of(8000));
        assertThat(r.hasWarning(WarningCode.DERIVED_INPUT)).isFalse();
    }

    @Test
    void derivationNeedsTheSameDateAndDeathsNotAboveCases() {
        // 2,208 deaths at 1 April 2020 (csv note: inconsistent with 2,166 at 1 October) has no cumulative count at
        // its date: nothing is derived from it
        Dataset d = Dataset.of(
                Kyrgyz.count(Measure.REGISTERED_HIV_CUMULATIVE, 10173, "2020-10-01", Kyrgyz.KG24_2020_10),
                Kyrgyz.count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 2208, "2020-04-01", Kyrgyz.KG24_2020_04),
                Kyrgyz.count(Measure.REGISTERED_HIV_CUMULATIVE, 5, "2019", Kyrgyz.KG24_2020_03),
                Kyrgyz.count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 6, "2019", Kyrgyz.KG24_2020_03),
                Kyrgyz.estimate(Measure.PLHIV_ESTIMATE, 9200, "2020", Kyrgyz.FACTBOOK));
        IndicatorResult r = StandardIndicators.FIRST_95_PLHIV.evaluate(d, Kyrgyz.KG, 2020).get(0);
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(r.reason().orElseThrow().message()).contains("registered_hiv_alive");
    }

    @Test
    void twoDerivedFiguresInOneYearAreAlternatives() {
        // hand: 9757 - 2124 = 7633 (2020-02-01) and 10173 - 2166 = 8007 (2020-10-01)
        List<IndicatorResult> rs = StandardIndicators.UNDIAGNOSED_HIV.evaluate(REGISTER_2020_TWO_DATES, Kyrgyz.KG, 2020);
        assertThat(rs).extracting(r -> r.value().orElseThrow()).containsExactly(Estimate.of(9200 - 7633),
                Estimate.of(9200 - 8007));
        assertThat(rs).allSatisfy(r -> assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue());
        assertThat(rs.get(0).variantLabel()).contains("registered_hiv_alive 7633, 2020-02-01");
    }

    @Test
    void aPreferredSourceAmongDerivedFiguresKeepsTheDerivation() {
        // as above: 7633 (2020-02-01, 24.kg 3 Mar 2020) and 8007 (2020-10-01, 24.kg Oct 2020); prefer "Oct 2020"
        List<IndicatorResult> rs = StandardIndicators.UNDIAGNOSED_HIV.evaluate(REGISTER_2020_TWO_DATES, Kyrgyz.KG, 2020,
                policy(ConflictPolicy.preferSource("oct 2020")));
        assertThat(rs).hasSize(1);
        IndicatorResult r = rs.get(0);
        // hand: 9200 - 8007 = 1193
        assertThat(r.value()).hasValue(Estimate.of(1193));
        assertThat(r.hasWarning(WarningCode.DERIVED_INPUT)).isTrue();
        assertThat(r.hasWarning(WarningCode.CONFLICT_RESOLVED)).isTrue();
        assertThat(r.inputs()).filteredOn(InputUsed::isDerived).singleElement()
                .satisfies(i -> assertThat(i.derivation()).hasValue("10173 − 2166 = 8007"));
    }

    @Test
    void flaggedResultsNameTheYearsUsed() {
        // OST clients 1505 (2016) over PWID size 25000 (2013): the nearest earlier size within 5 years
        Dataset d = Dataset.of(Kyrgyz.count(Measure.OST_CLIENTS, 1505, "2016", Kyrgyz.LIBERMAN_2024),
                Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013", Kyrgyz.UNODC_2006));
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(d, Kyrgyz.KG, 2016).get(0);
        assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isTrue();
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.MIXED_YEARS).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("ost_clients 2016")
                        .contains("pwid_population_size 2013"));
        assertThat(r.inputYears()).containsExactly(2013, 2016);
        assertThat(r.conflictPolicy()).isEqualTo(ConflictPolicy.onePerAlternative());
    }

    @Test
    void defaultPolicyGivesOneResultPerAlternative() {
        // hand: 1428 / 44000 = 0.032455; 1428 / 18934 = 0.075420 (the dataset orders 2008-2010 before 2010)
        List<IndicatorResult> rs = StandardIndicators.OST_COVERAGE.evaluate(SIZES_2010, Kyrgyz.KG, 2011);
        assertThat(rs).hasSize(2);
        assertThat(rs).extracting(r -> ((Proportion) r.value().orElseThrow()).toFraction())
                .satisfiesExactly(f -> assertThat(f).isCloseTo(0.032455, within(1e-6)),
                        f -> assertThat(f).isCloseTo(0.075420, within(1e-6)));
        assertThat(rs).allSatisfy(r -> assertThat(r.hasWarning(WarningCode.CONFLICT_RESOLVED)).isFalse());
    }

    @Test
    void triangulatedSizeIsADerivedInputListingEveryAlternative() {
        // hand: median of 18934 and 44000 = (18934 + 44000) / 2 = 31467, min-max [18934, 44000];
        // 1428 / 31467 = 0.045381; plausible bounds 1428 / 44000 = 0.032455, 1428 / 18934 = 0.075420
        List<IndicatorResult> rs = StandardIndicators.OST_COVERAGE.evaluate(SIZES_2010, Kyrgyz.KG, 2011,
                policy(ConflictPolicy.triangulate()));
        assertThat(rs).hasSize(1);
        IndicatorResult r = rs.get(0);
        assertThat(r.conflictPolicy().kind()).isEqualTo(ConflictPolicy.Kind.TRIANGULATE);
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.045381, within(1e-6));
        assertThat(r.denominator()).hasValue(Estimate.of(31467, 18934, 44000, IntervalMethod.TRIANGULATION));
        assertThat(r.interval().orElseThrow().lower()).isCloseTo(0.032455, within(1e-6));
        assertThat(r.interval().orElseThrow().upper()).isCloseTo(0.075420, within(1e-6));
        assertThat(r.inputs()).extracting(InputUsed::label).containsExactly("numerator: ost_clients",
                "alternative: pwid_population_size", "alternative: pwid_population_size",
                "denominator: pwid_population_size (derived)");
        InputUsed tri = r.inputs().get(3);
        assertThat(tri.derivation().orElseThrow()).contains("of 44000, 18934 = 31467 [18934, 44000]");
        assertThat(tri.sources()).containsExactly(Kyrgyz.DAD_2013, Kyrgyz.RESAD);
        assertThat(tri.period()).isEqualTo(ReferencePeriod.ofYear(2010));
        assertThat(r.hasWarning(WarningCode.CONFLICT_RESOLVED)).isTrue();
        assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isFalse();
        assertThat(r.toString()).contains("{triangulate}");
    }

    @Test
    void triangulationKeepsACommonPeriod() {
        Dataset d = Dataset.of(Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013", Kyrgyz.UNODC_2006),
                Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 27000, "2013", Kyrgyz.RESAD),
                Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 20000, "2013", Kyrgyz.DAD_2013),
                Kyrgyz.count(Measure.OST_CLIENTS, 1000, "2013", Kyrgyz.LIBERMAN_2024));
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(d, Kyrgyz.KG, 2013,
                policy(ConflictPolicy.triangulate())).get(0);
        // hand: median of 20000, 25000, 27000 = 25000; 1000 / 25000 = 0.04
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.04, within(1e-12));
        assertThat(r.inputs().get(r.inputs().size() - 1).period()).isEqualTo(ReferencePeriod.ofYear(2013));
        // a span and a year that both cover the target year: the triangulated figure refers to the target year
        Dataset spans = Dataset.of(Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 18934, "2010", Kyrgyz.RESAD),
                Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 44000, "2008-2010", Kyrgyz.DAD_2013),
                Kyrgyz.count(Measure.OST_CLIENTS, 1000, "2010", Kyrgyz.RESAD));
        IndicatorResult s = StandardIndicators.OST_COVERAGE.evaluate(spans, Kyrgyz.KG, 2010,
                policy(ConflictPolicy.triangulate())).get(0);
        assertThat(s.inputs().get(s.inputs().size() - 1).period()).isEqualTo(ReferencePeriod.ofYear(2010));
    }

    @Test
    void preferSourceKeepsTheNamedSource() {
        List<IndicatorResult> rs = StandardIndicators.OST_COVERAGE.evaluate(SIZES_2010, Kyrgyz.KG, 2011,
                policy(ConflictPolicy.preferSource("resad")));
        assertThat(rs).hasSize(1);
        assertThat(rs.get(0).denominator()).hasValue(Estimate.of(18934));
        assertThat(rs.get(0).warnings()).filteredOn(w -> w.code() == WarningCode.CONFLICT_RESOLVED).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("kept 18934, 2010 from RESAD")
                        .contains("44000, 2008-2010"));
    }

    @Test
    void preferSourceWithoutAFigureFromItFallsBackAndSaysSo() {
        List<IndicatorResult> rs = StandardIndicators.OST_COVERAGE.evaluate(SIZES_2010, Kyrgyz.KG, 2011,
                policy(ConflictPolicy.preferSource("UNAIDS AIDSinfo")));
        assertThat(rs).hasSize(2);
        assertThat(rs).allSatisfy(r -> {
            assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue();
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w.code()).isEqualTo(WarningCode.CONFLICT_RESOLVED))
                    .anySatisfy(w -> assertThat(w.message()).contains("none from a source matching "
                            + "'UNAIDS AIDSinfo'"));
        });
    }

    @Test
    void aSingleFigureIsUsedWhateverThePreferredSource() {
        Dataset d = Dataset.of(Kyrgyz.count(Measure.OST_CLIENTS, 1505, "2016", Kyrgyz.LIBERMAN_2024),
                Kyrgyz.estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016", Kyrgyz.UNODC_2006));
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(d, Kyrgyz.KG, 2016,
                policy(ConflictPolicy.preferSource("UNAIDS"))).get(0);
        assertThat(r.status()).isEqualTo(IndicatorResult.Status.COMPUTED);
        assertThat(r.hasWarning(WarningCode.CONFLICT_RESOLVED)).isFalse();
    }

    @Test
    void policiesAndTheirValidation() {
        assertThat(ConflictPolicy.onePerAlternative().kind()).isEqualTo(ConflictPolicy.Kind.ONE_PER_ALTERNATIVE);
        assertThat(ConflictPolicy.onePerAlternative().source()).isEmpty();
        assertThat(ConflictPolicy.onePerAlternative()).hasToString("one per alternative");
        assertThat(ConflictPolicy.triangulate()).hasToString("triangulate");
        assertThat(ConflictPolicy.preferSource("  UNAIDS ")).hasToString("prefer source 'UNAIDS'");
        assertThat(ConflictPolicy.preferSource("UNAIDS").source()).hasValue("UNAIDS");
        assertThat(ConflictPolicy.preferSource("UNAIDS")).isEqualTo(ConflictPolicy.preferSource("UNAIDS"))
                .hasSameHashCodeAs(ConflictPolicy.preferSource("UNAIDS"))
                .isNotEqualTo(ConflictPolicy.preferSource("HRI")).isNotEqualTo(ConflictPolicy.triangulate())
                .isNotEqualTo("UNAIDS");
        assertThat(ConflictPolicy.preferSource("unaids").matches("UNAIDS country page")).isTrue();
        assertThat(ConflictPolicy.triangulate().matches("UNAIDS country page")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> ConflictPolicy.preferSource(" "))
                .withMessageContaining("blank");
        assertThatNullPointerException().isThrownBy(() -> ConflictPolicy.preferSource(null));
        assertThatNullPointerException().isThrownBy(() -> EvaluationSettings.defaults().withConflictPolicy(null));
        assertThatNullPointerException().isThrownBy(() -> EvaluationSettings.defaults().withBinomialMethod(null));
        assertThat(EvaluationSettings.defaults().conflictPolicy()).isEqualTo(ConflictPolicy.onePerAlternative());
        assertThat(EvaluationSettings.defaults().toString()).contains("one per alternative").contains("WILSON");
        assertThat(Source.of("x")).isNotNull();
    }
}
