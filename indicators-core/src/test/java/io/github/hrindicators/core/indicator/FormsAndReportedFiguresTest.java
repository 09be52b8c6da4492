package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.QuantityKind;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indicators in several forms ({@link Formula.Forms}), figures reported as they are ({@link Formula.Reported}: GAM
 * 1.7, naloxone kits), the per-1,000 unit and the needles-syringes of PRV.10 from two sources. Figures are synthetic
 * unless a test names its source.
 */
class FormsAndReportedFiguresTest {
    private static final Subgroup PRISON = Subgroup.of(Setting.PRISON);

    @Test
    void bothFormsOfGam16cGiveTheirOwnVariant() {
        // hand: part I 150 / 400 = 0.375 (survey); part II 5000 / 25000 = 0.2 (programme)
        List<IndicatorResult> rs = StandardIndicators.PREVENTION_COVERAGE_PWID.evaluate(Dataset.of(
                count(Measure.PREVENTION_TWO_SERVICES_PWID_SURVEY, 150, "2016"),
                count(Measure.PWID_SURVEY_RESPONDENTS, 400, "2016"),
                count(Measure.PREVENTION_PACKAGE_PWID, 5000, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")), AREA, 2016);
        assertThat(rs).extracting(r -> r.variant().code()).containsExactly("survey_sample", "pwid_size");
        assertThat(rs.get(0).number().orElseThrow()).isCloseTo(0.375, within(1e-12));
        assertThat(rs.get(1).number().orElseThrow()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void withoutAnyFormsInputsOneResultSaysWhatEachFormLacks() {
        List<IndicatorResult> rs = StandardIndicators.PREVENTION_COVERAGE_PWID.evaluate(Dataset.of(), AREA, 2016);
        assertThat(rs).singleElement().satisfies(r -> {
            assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
            assertThat(r.reason().orElseThrow().message()).contains("prevention_two_services_pwid_survey")
                    .contains("; in its other form: No denominator (pwid_population_size)");
        });
    }

    @Test
    void aFormLackingPartOfItsInputsIsLeftOutWhenTheOtherComputes() {
        // the survey form has respondents but no numerator: only the programme form's result is given
        List<IndicatorResult> rs = StandardIndicators.PREVENTION_COVERAGE_PWID.evaluate(Dataset.of(
                count(Measure.PWID_SURVEY_RESPONDENTS, 400, "2016"),
                count(Measure.PREVENTION_PACKAGE_PWID, 5000, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")), AREA, 2016);
        assertThat(rs).extracting(r -> r.variant().code()).containsExactly("pwid_size");
    }

    @Test
    void formsNeedTwoFlatForms() {
        Formula ratio = StandardIndicators.NSP_REACH.formula();
        Formula survey = StandardIndicators.HIV_PREVALENCE_PWID.formula();
        assertThatIllegalArgumentException().isThrownBy(() -> new Formula.Forms(List.of(ratio)))
                .withMessageContaining("at least two forms");
        assertThatIllegalArgumentException().isThrownBy(() -> Formula.Forms.of(ratio, Formula.Forms.of(ratio,
                survey)));
        Formula.Forms both = Formula.Forms.of(ratio, survey);
        assertThat(both.measures()).contains(Measure.NSP_CLIENTS, Measure.HIV_TESTED_PWID_SURVEY);
        assertThat(both.publishedValues()).containsExactly(Measure.HIV_PREVALENCE_PWID);
        assertThat(both.allows(ResultUnit.PROPORTION)).isTrue();
        assertThat(both.allows(ResultUnit.PER_SITE)).isFalse();
    }

    @Test
    void prisonersOnOamtAreReportedWithTheirPeriod() {
        // kyrgyzstan-published-figures.csv (CONFIRMED): 450 inmates receiving OST daily, ~2016-2017, TalkingDrugs;
        // the 1505 clients of all settings (Liberman et al. 2024) are not prisoners and are not reported
        Dataset d = Dataset.of(Kyrgyz.count(Measure.OST_CLIENTS, 450, "2016-2017", Kyrgyz.TALKING_DRUGS)
                .withSubgroup(PRISON), Kyrgyz.count(Measure.OST_CLIENTS, 1505, "2016", Kyrgyz.LIBERMAN_2024));
        IndicatorResult r = StandardIndicators.PRISON_OAMT_CLIENTS.evaluate(d, Kyrgyz.KG, 2016).get(0);
        assertThat(r.value()).hasValue(Count.of(450));
        assertThat(r.subgroup()).isEqualTo(PRISON);
        assertThat(r.inputs()).singleElement().satisfies(in -> {
            assertThat(in.role()).isEqualTo(InputRole.REPORTED_FIGURE);
            assertThat(in.period().toString()).isEqualTo("2016-2017");
        });
        assertThat(StandardIndicators.PRISON_OAMT_CLIENTS.evaluate(d, Kyrgyz.KG, 2016)).hasSize(1);
    }

    @Test
    void aMissingPrisonCountNamesItsMeasure() {
        IndicatorResult r = StandardIndicators.PRISON_CONDOMS.evaluate(Dataset.of(
                count(Measure.CONDOMS_DISTRIBUTED, 10_000, "2016")), AREA, 2016).get(0);
        assertThat(r.reason().orElseThrow().message()).startsWith("No condoms_distributed for Testland (prison)");
    }

    @Test
    void aReportedFigureIsACountOrAnEstimate() {
        assertThatIllegalArgumentException().isThrownBy(() -> Formula.Reported.of(Measure.HIV_PREVALENCE_PWID))
                .withMessage("A reported figure is a count, an estimate or a yes/no figure: hiv_prevalence_pwid is a "
                        + "proportion");
        Formula.Reported kits = Formula.Reported.of(Measure.NALOXONE_KITS_DISTRIBUTED);
        assertThat(kits.allows(ResultUnit.ITEMS)).isTrue();
        assertThat(kits.allows(ResultUnit.PROPORTION)).isFalse();
        assertThat(kits.measures()).containsExactly(Measure.NALOXONE_KITS_DISTRIBUTED);
        assertThat(kits.publishedValues()).isEmpty();
        assertThat(Measure.NALOXONE_KITS_DISTRIBUTED.kind()).isEqualTo(QuantityKind.COUNT);
        // a ratio cannot give items, a reported figure cannot give a ratio's unit
        assertThatIllegalArgumentException().isThrownBy(() -> Indicator.of(
                StandardIndicators.NALOXONE_KITS.definition().withVersion("x").withTargets(List.of()),
                StandardIndicators.NALOXONE_KITS_PER_PWID.formula()));
    }

    @Test
    void aYesNoFigureIsReportedAsItIs() {
        IndicatorResult r = StandardIndicators.DRUG_CONSUMPTION_ROOMS.evaluate(Dataset.of(
                io.github.hrindicators.core.Observation.of(Measure.DRUG_CONSUMPTION_ROOMS,
                        io.github.hrindicators.core.YesNo.NO, io.github.hrindicators.core.ReferencePeriod.ofYear(2020),
                        AREA, Figures.SOURCE)), AREA, 2020).get(0);
        assertThat(r.value()).hasValue(io.github.hrindicators.core.YesNo.NO);
        assertThat(r.definition().unit()).isEqualTo(ResultUnit.YES_NO);
        assertThat(r.level()).isEmpty();
        IndicatorResult none = StandardIndicators.PEER_NALOXONE_DISTRIBUTION.evaluate(Dataset.of(), AREA, 2020).get(0);
        assertThat(none.reason().orElseThrow().message()).startsWith("No peer_naloxone_distribution for Testland");
        // a yes/no figure is no ratio's numerator, and a reported yes/no gives no count
        assertThatIllegalArgumentException().isThrownBy(() -> Formula.Ratio.of(Measure.DRUG_CONSUMPTION_ROOMS,
                Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "pwid_size", "denominator: PWID size")))
                .withMessage("A ratio's numerator is a number, not a yes/no figure: drug_consumption_rooms");
        assertThat(Formula.Reported.of(Measure.DRUG_CONSUMPTION_ROOMS).allows(ResultUnit.ITEMS)).isFalse();
        assertThat(Formula.Reported.of(Measure.DRUG_CONSUMPTION_ROOMS).allows(ResultUnit.YES_NO)).isTrue();
        assertThat(StandardIndicators.NSP_REACH.formula().allows(ResultUnit.YES_NO)).isFalse();
    }

    @Test
    void sitesPer1000PwidScaleTheirIntervalsToo() {
        // hand: 40 sites / 25,000 PWID × 1000 = 1.6; plausible bounds 40 / 30,000 × 1000 = 1.3333 to
        // 40 / 20,000 × 1000 = 2
        IndicatorResult r = StandardIndicators.NSP_SITES_PER_1000_PWID.evaluate(Dataset.of(
                count(Measure.NSP_SITES, 40, "2016"), estimate(Measure.PWID_POPULATION_SIZE, 25000, 20000, 30000,
                        "2016")), AREA, 2016).get(0);
        assertThat(r.number().orElseThrow()).isCloseTo(1.6, within(1e-12));
        Interval bounds = r.intervals().get(0);
        assertThat(bounds.method()).isEqualTo(IntervalMethod.PLAUSIBLE_BOUNDS);
        assertThat(bounds.lower()).isCloseTo(40.0 / 30, within(1e-12));
        assertThat(bounds.upper()).isCloseTo(2.0, within(1e-12));
        // the delta and Monte Carlo intervals are per 1,000 as well: around 1.6, not 0.0016
        assertThat(r.intervals()).hasSize(3).allSatisfy(i -> assertThat(i.contains(1.6)).isTrue());
    }

    @Test
    void needlesSyringesFromBothSourcesAreDerivedAndWrittenOut() {
        // hand: 2,000,000 + 500,000 = 2,500,000; / 25,000 = 100 per PWID, the lower TG2012 cut-off (medium)
        IndicatorResult r = StandardIndicators.NEEDLES_SYRINGES_PER_PWID_ALL_SOURCES.evaluate(Dataset.of(
                count(Measure.NEEDLES_SYRINGES_DISTRIBUTED, 2_000_000, "2016"),
                count(Measure.NEEDLES_SYRINGES_PHARMACY, 500_000, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")), AREA, 2016).get(0);
        assertThat(r.number().orElseThrow()).isCloseTo(100, within(1e-12));
        assertThat(r.level()).hasValue(CoverageLevel.MEDIUM);
        assertThat(r.numerator()).hasValue(Count.of(2_500_000));
        assertThat(r.inputs()).filteredOn(in -> in.role() == InputRole.NUMERATOR).singleElement()
                .satisfies(in -> assertThat(in.derivation()).hasValue("2000000 + 500000 = 2500000"));
        assertThat(r.hasWarning(WarningCode.DERIVED_INPUT)).isTrue();
        // pharmacy sales of another year are not added
        IndicatorResult other = StandardIndicators.NEEDLES_SYRINGES_PER_PWID_ALL_SOURCES.evaluate(Dataset.of(
                count(Measure.NEEDLES_SYRINGES_DISTRIBUTED, 2_000_000, "2016"),
                count(Measure.NEEDLES_SYRINGES_PHARMACY, 500_000, "2015"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2016")), AREA, 2016).get(0);
        assertThat(other.reason().orElseThrow().message()).contains("needles_syringes_all_sources (or "
                + "needles_syringes_distributed + needles_syringes_pharmacy)");
    }

    @Test
    void hcvTreatmentTargetIsOptIn() {
        assertThat(StandardIndicators.HCV_TREATMENT_INITIATION_PWID.definition().targets()).isEmpty();
        Indicator withTarget = StandardIndicators.HCV_TREATMENT_INITIATION_PWID.withDefinition(
                StandardIndicators.HCV_TREATMENT_INITIATION_PWID.definition().withTargets(
                        List.of(StandardIndicators.HCV_TREATMENT_TARGET_UNCONFIRMED)));
        // hand: 81 / 270 = 0.3; 80 % × 270 = 216 started needed, 216 − 81 = 135 more
        IndicatorResult r = withTarget.evaluate(Dataset.of(count(Measure.HCV_TREATMENT_STARTED_PWID, 81, "2016"),
                count(Measure.HCV_DIAGNOSED_PWID, 270, "2016")), AREA, 2016).get(0);
        assertThat(r.gaps()).singleElement().satisfies(g -> assertThat(g.additionalNumerator()).hasValue(135));
        assertThat(r.gaps().get(0).target().label()).contains("UNCONFIRMED");
    }
}
