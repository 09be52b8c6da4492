package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.uncertainty.BinomialMethod;
import java.util.List;
import org.junit.jupiter.api.Test;

class HivPrevalencePwidTest {
    private static final Indicator PREVALENCE = StandardIndicators.HIV_PREVALENCE_PWID;

    private static List<IndicatorResult> run(Observation... obs) {
        return PREVALENCE.evaluate(Dataset.of(obs), AREA, 2016);
    }

    /** 50 positives of 400 tested in 2016, with further figures. */
    private static IndicatorResult fiftyOf400(Observation... more) {
        List<Observation> all = new java.util.ArrayList<>(List.of(count(Measure.HIV_POSITIVE_PWID_SURVEY, 50, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016")));
        all.addAll(List.of(more));
        return runOne(all.toArray(Observation[]::new));
    }

    private static IndicatorResult runOne(Observation... obs) {
        List<IndicatorResult> rs = run(obs);
        assertThat(rs).hasSize(1);
        return rs.get(0);
    }

    @Test
    void surveySampleWithWilsonInterval() {
        // hand: 50 / 400 = 0.125; Wilson 95 %, z = 1.959964: centre (50 + z²/2) / (400 + z²) = 0.128561,
        // half-width z / (400 + z²) × sqrt(50 × 350 / 400 + z²/4) = 0.032452 -> [0.096115, 0.161019]
        IndicatorResult r = runOne(count(Measure.HIV_POSITIVE_PWID_SURVEY, 50, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"));
        assertThat(r.variant().code()).isEqualTo("survey_sample");
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.125, within(1e-12));
        Interval i = r.interval().orElseThrow();
        assertThat(i.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(i.confidenceLevel()).hasValue(0.95);
        assertThat(i.lower()).isCloseTo(0.0961151, within(1e-6));
        assertThat(i.upper()).isCloseTo(0.1610191, within(1e-6));
        assertThat(r.numerator()).hasValue(Count.of(50));
        assertThat(r.denominator()).hasValue(Count.of(400));
        assertThat(r.inputs()).extracting(InputUsed::label).containsExactly("numerator: hiv_positive_pwid_survey",
                "denominator: hiv_tested_pwid_survey");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void designEffectWidensTheInterval() {
        // hand: deff 2 -> n_eff = 200, x_eff = 25; Wilson as above for 25 of 200 -> [0.086120, 0.178014]
        IndicatorResult r = fiftyOf400(estimate(Measure.HIV_SURVEY_DESIGN_EFFECT, 2, "2016"));
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.125, within(1e-12));
        assertThat(r.interval().orElseThrow().lower()).isCloseTo(0.0861197, within(1e-6));
        assertThat(r.interval().orElseThrow().upper()).isCloseTo(0.1780143, within(1e-6));
        assertThat(r.inputs()).extracting(InputUsed::label).contains("design effect: hiv_survey_design_effect");
    }

    @Test
    void finitePopulationCorrectionNarrowsItAndTheResultSaysSo() {
        // hand: n = 400 of N = 1000 PWID, deff 2 -> n_eff = 400 / 2 × (1000 − 1) / (1000 − 400) = 333,
        // x_eff = 0.125 × 333 = 41.625; R 4.2.2: z <- qnorm(.975); x <- 41.625; n <- 333;
        // (x + z^2/2)/(n + z^2) + c(-1, 1) * z/(n + z^2) * sqrt(x*(n - x)/n + z^2/4) -> 0.09370078842 0.16485247615
        IndicatorResult r = fiftyOf400(estimate(Measure.HIV_SURVEY_DESIGN_EFFECT, 2, "2016"),
                estimate(Measure.PWID_SURVEY_POPULATION_SIZE, 1000, "2016"));
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.125, within(1e-12));
        assertThat(r.interval().orElseThrow().lower()).isCloseTo(0.09370078842, within(1e-10));
        assertThat(r.interval().orElseThrow().upper()).isCloseTo(0.16485247615, within(1e-10));
        assertThat(r.inputs()).extracting(InputUsed::label).contains("design effect: hiv_survey_design_effect",
                "population size: pwid_survey_population_size");
        assertThat(r.warnings()).extracting(ResultWarning::message).containsExactly("Binomial interval corrected "
                + "for the survey design: design effect 2; finite-population correction N = 1000, (N − n)/(N − 1) "
                + "= 0.600601; effective sample size 333 of n = 400");
        // the correction alone, without a design effect: n_eff = 400 × 999 / 600 = 666
        IndicatorResult fpcOnly = fiftyOf400(estimate(Measure.PWID_SURVEY_POPULATION_SIZE, 1000, "2016"));
        assertThat(fpcOnly.warnings().get(0).message()).contains("no design effect")
                .endsWith("effective sample size 666 of n = 400");
    }

    @Test
    void aPopulationSmallerThanTheSampleIsNotComputable() {
        IndicatorResult r = fiftyOf400(estimate(Measure.PWID_SURVEY_POPULATION_SIZE, 300, "2016"));
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.INVALID_INPUT);
        assertThat(r.reason().orElseThrow().message()).isEqualTo("The population sampled, "
                + "pwid_survey_population_size 300 (2016), is smaller than the sample of 400: expected a population "
                + "size of at least the sample size");
    }

    @Test
    void otherBinomialMethodFromTheSettings() {
        Dataset d = Dataset.of(count(Measure.HIV_POSITIVE_PWID_SURVEY, 50, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"));
        IndicatorResult r = PREVALENCE.evaluate(d, AREA, 2016,
                EvaluationSettings.defaults().withBinomialMethod(BinomialMethod.CLOPPER_PEARSON)).get(0);
        assertThat(r.interval().orElseThrow().method()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
    }

    @Test
    void designEffectBelowOneIsNotComputable() {
        IndicatorResult r = fiftyOf400(estimate(Measure.HIV_SURVEY_DESIGN_EFFECT, 0.5, "2016"));
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.INVALID_INPUT);
        assertThat(r.reason().orElseThrow().message()).contains("0.5");
    }

    @Test
    void impossibleSamplesAreNotComputable() {
        assertThat(runOne(count(Measure.HIV_POSITIVE_PWID_SURVEY, 0, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 0, "2016")).reason().orElseThrow().code())
                .isEqualTo(NotComputableReason.Code.ZERO_DENOMINATOR);
        IndicatorResult above = runOne(count(Measure.HIV_POSITIVE_PWID_SURVEY, 401, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"));
        assertThat(above.reason().orElseThrow().code())
                .isEqualTo(NotComputableReason.Code.NUMERATOR_EXCEEDS_DENOMINATOR);
        assertThat(above.reason().orElseThrow().message()).contains("401").contains("400");
    }

    @Test
    void halfASampleIsAnExplicitMissingInput() {
        IndicatorResult r = runOne(count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"));
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(r.reason().orElseThrow().message()).contains("hiv_positive_pwid_survey");
        IndicatorResult other = runOne(count(Measure.HIV_POSITIVE_PWID_SURVEY, 4, "2016"));
        assertThat(other.reason().orElseThrow().message()).contains("hiv_tested_pwid_survey");
        IndicatorResult none = runOne(count(Measure.OST_CLIENTS, 4, "2016"));
        assertThat(none.reason().orElseThrow().message()).contains("hiv_prevalence_pwid");
    }

    @Test
    void kyrgyzPublishedPrevalencesAreAlternativesWithTheirRanges() {
        // kyrgyzstan-published-figures.csv: 12.4 % (~2016, UNAIDS country page), 14.3 % (~2016-2019, HRI 2020),
        // 7 % (2-13 %) sentinel before 2010 (too old for 2016 with the 5-year horizon)
        Dataset d = Dataset.of(Kyrgyz.percent(Measure.HIV_PREVALENCE_PWID, 12.4, "2016", Kyrgyz.UNAIDS_PAGE),
                Kyrgyz.percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016-2019", Kyrgyz.HRI_2020),
                Kyrgyz.percent(Measure.HIV_PREVALENCE_PWID, 7, 2, 13, "2009", Kyrgyz.DAD_2013));
        List<IndicatorResult> rs = PREVALENCE.evaluate(d, Kyrgyz.KG, 2016);
        assertThat(rs).extracting(IndicatorResult::variantLabel).containsExactly(
                "published value [hiv_prevalence_pwid 12.4 %, 2016]",
                "published value [hiv_prevalence_pwid 14.3 %, 2016-2019]");
        assertThat(rs).allSatisfy(r -> assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue());
        // 2009: the sentinel figure with its published range 2-13 %
        IndicatorResult old = PREVALENCE.evaluate(d, Kyrgyz.KG, 2009).get(0);
        Proportion p = (Proportion) old.value().orElseThrow();
        assertThat(p.toPercent()).isCloseTo(7, within(1e-9));
        assertThat(p.interval().orElseThrow().lower()).isCloseTo(0.02, within(1e-12));
        assertThat(p.interval().orElseThrow().upper()).isCloseTo(0.13, within(1e-12));
    }

    @Test
    void preferSourcePicksTheUnaidsFigure() {
        Dataset d = Dataset.of(Kyrgyz.percent(Measure.HIV_PREVALENCE_PWID, 12.4, "2016", Kyrgyz.UNAIDS_PAGE),
                Kyrgyz.percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016-2019", Kyrgyz.HRI_2020));
        List<IndicatorResult> rs = PREVALENCE.evaluate(d, Kyrgyz.KG, 2016,
                EvaluationSettings.defaults().withConflictPolicy(ConflictPolicy.preferSource("unaids")));
        assertThat(rs).hasSize(1);
        IndicatorResult r = rs.get(0);
        assertThat(((Proportion) r.value().orElseThrow()).toPercent()).isCloseTo(12.4, within(1e-9));
        assertThat(r.conflictPolicy()).isEqualTo(ConflictPolicy.preferSource("unaids"));
        assertThat(r.hasWarning(WarningCode.CONFLICT_RESOLVED)).isTrue();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("kept 12.4 %, 2016 from UNAIDS")
                .contains("14.3 %, 2016-2019 from HRI"));
        assertThat(r.toString()).contains("{prefer source 'unaids'}");
    }

    @Test
    void triangulationDoesNotCombineProportions() {
        Dataset d = Dataset.of(Kyrgyz.percent(Measure.HIV_PREVALENCE_PWID, 12.4, "2016", Kyrgyz.UNAIDS_PAGE),
                Kyrgyz.percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016-2019", Kyrgyz.HRI_2020));
        List<IndicatorResult> rs = PREVALENCE.evaluate(d, Kyrgyz.KG, 2016,
                EvaluationSettings.defaults().withConflictPolicy(ConflictPolicy.triangulate()));
        assertThat(rs).hasSize(2);
        assertThat(rs).allSatisfy(r -> {
            assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue();
            assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("combines estimates only"));
        });
    }

    @Test
    void eachSubgroupWithFiguresGetsItsResult() {
        Observation prison = count(Measure.HIV_POSITIVE_PWID_SURVEY, 10, "2016")
                .withSubgroup(Subgroup.of(Setting.PRISON));
        Observation prisonTested = count(Measure.HIV_TESTED_PWID_SURVEY, 100, "2016")
                .withSubgroup(Subgroup.of(Setting.PRISON));
        List<IndicatorResult> rs = run(prison, prisonTested, Figures.percent(Measure.HIV_PREVALENCE_PWID, 12, "2016"));
        assertThat(rs).extracting(r -> r.subgroup().toString()).containsExactly("total", "prison");
        // hand: 10 / 100 = 0.1
        assertThat(((Proportion) rs.get(1).value().orElseThrow()).toFraction()).isCloseTo(0.1, within(1e-12));
    }
    @Test
    void everyonePositiveIsAPrevalenceOfOne() {
        // hand: 400 / 400 = 1, the largest prevalence a sample can show
        IndicatorResult r = runOne(count(Measure.HIV_POSITIVE_PWID_SURVEY, 400, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"),
                estimate(Measure.HIV_SURVEY_DESIGN_EFFECT, 1, "2016"));
        assertThat(r.reason()).isEmpty();
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isEqualTo(1.0);
        // a design effect of exactly 1 is a simple random sample: the interval is the plain Wilson one
        assertThat(r.interval().orElseThrow().upper()).isEqualTo(1.0);
    }

    @Test
    void alternativeSampleFiguresAreWarnedAbout() {
        Observation otherPositives = Observation.of(Measure.HIV_POSITIVE_PWID_SURVEY, Count.of(60),
                ReferencePeriod.parse("2016"), AREA, Figures.OTHER_SOURCE);
        List<IndicatorResult> rs = run(count(Measure.HIV_POSITIVE_PWID_SURVEY, 50, "2016"), otherPositives,
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"));
        assertThat(rs).hasSize(2).allSatisfy(r -> assertThat(r.warnings()).extracting(ResultWarning::code)
                .containsExactly(WarningCode.ALTERNATIVE_INPUTS));
        Observation otherTested = Observation.of(Measure.HIV_TESTED_PWID_SURVEY, Count.of(500),
                ReferencePeriod.parse("2016"), AREA, Figures.OTHER_SOURCE);
        List<IndicatorResult> tested = run(count(Measure.HIV_POSITIVE_PWID_SURVEY, 50, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"), otherTested);
        assertThat(tested).hasSize(2).allSatisfy(r -> assertThat(r.warnings()).extracting(ResultWarning::message)
                .containsExactly("2 figures for hiv_tested_pwid_survey from different sources or dates (400, 2016;"
                        + " 500, 2016): one result per alternative, none chosen silently"));
    }

    @Test
    void olderInputsAndRangesExcludingThePointAreWarnedAbout() {
        // a design effect belongs to its survey: one of a 2014 survey is not carried to a 2016 sample, which gets
        // the plain Wilson interval of 50 / 400 ([0.0961151, 0.1610191]: scipy 1.17.1, Wilson formula with z = norm.ppf(0.975))
        IndicatorResult sample = fiftyOf400(estimate(Measure.HIV_SURVEY_DESIGN_EFFECT, 2, "2014"));
        assertThat(sample.value()).isPresent();
        assertThat(sample.inputs()).noneMatch(i -> i.role() == InputRole.DESIGN_EFFECT);
        assertThat(sample.interval().orElseThrow().lower()).isCloseTo(0.0961151, within(1e-6));
        assertThat(sample.warnings()).isEmpty();
        // 20 % published with the range 2-13 %: kept as published, flagged (shares are of the year itself)
        IndicatorResult published = runOne(Figures.percent(Measure.HIV_PREVALENCE_PWID, 20, 2, 13, "2016"));
        assertThat(published.warnings()).extracting(ResultWarning::code).containsExactly(
                WarningCode.RANGE_EXCLUDES_POINT);
        assertThat(published.warnings().get(0).message()).startsWith("The range of hiv_prevalence_pwid (2016) "
                + "excludes its point: ");
    }
}
