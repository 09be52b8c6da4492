package io.github.hrindicators.core.userdefined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.QuantityKind;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.Formula;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.Target;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A user's own indicators, written outside the library's packages with the public API only: one catalogue-style
 * entry each, evaluated by the same engine as the library's. Figures are synthetic.
 */
class OwnIndicatorTest {
    private static final Area AREA = Area.of("Testland");
    private static final Source SOURCE = Source.of("synthetic test figures");

    // --- README own indicator: begin ---
    static final Measure HCV_TESTED = Measure.of("hcv_tested_pwid", QuantityKind.COUNT,
            "PWID tested for hepatitis C in the past 12 months");
    static final Indicator HCV_TESTING = Indicator.of(
            new IndicatorDefinition("hcv_testing_pwid", "1", "HCV testing among PWID", "PWID tested for HCV in 12 months",
                    "estimated PWID", ResultUnit.PROPORTION, List.of("WHO 2022 consolidated guidelines, HCV testing"),
                    Optional.empty(), List.of(new Target("own-target", "our 2030 aim (50 %)", 0.5,
                            Target.Comparison.AT_LEAST, "our national strategy"))),
            Formula.Ratio.of(HCV_TESTED, Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "pwid_size",
                    "denominator: PWID size")));
    // --- README own indicator: end ---

    static final Measure HBSAG_POSITIVE = Measure.of("hbsag_positive_pwid_survey", QuantityKind.COUNT,
            "PWID HBsAg positive in a survey");
    static final Measure HBSAG_TESTED = Measure.of("hbsag_tested_pwid_survey", QuantityKind.COUNT,
            "PWID tested for HBsAg in a survey");
    static final Indicator HBSAG = Indicator.of(
            new IndicatorDefinition("hbsag_prevalence_pwid", "1", "HBsAg prevalence among PWID",
                    "PWID HBsAg positive", "PWID tested", ResultUnit.PROPORTION, List.of("synthetic"),
                    Optional.empty(), List.of()),
            new Formula.SurveyProportion(HBSAG_POSITIVE, HBSAG_TESTED, Optional.empty(), Optional.empty()));

    private static Observation figure(Measure m, long value) {
        return Observation.of(m, Count.of(value), ReferencePeriod.ofYear(2016), AREA, SOURCE);
    }

    @Test
    void anOwnRatioGetsValueIntervalsAndGapsLikeTheLibrarysOwn() {
        Dataset d = Dataset.of(figure(HCV_TESTED, 2500), Observation.of(Measure.PWID_POPULATION_SIZE,
                Estimate.of(25000, 20000, 31250, io.github.hrindicators.core.IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                ReferencePeriod.ofYear(2016), AREA, SOURCE));
        IndicatorResult r = HCV_TESTING.evaluate(d, AREA, 2016).get(0);
        // hand: 2500 / 25000 = 0.1; plausible bounds 2500 / 31250 = 0.08 to 2500 / 20000 = 0.125;
        //       gap to 50 %: 0.5 × 25000 − 2500 = 10000 more tested
        assertThat(r.value(Proportion.class).orElseThrow().toFraction()).isCloseTo(0.1, within(1e-12));
        assertThat(r.intervals().get(0).lower()).isCloseTo(0.08, within(1e-12));
        assertThat(r.intervals().get(0).upper()).isCloseTo(0.125, within(1e-12));
        assertThat(r.intervals()).hasSize(3);
        assertThat(r.gaps().get(0).additionalNumerator()).hasValue(10000);
        assertThat(r.variant().code()).isEqualTo("pwid_size");
    }

    @Test
    void anOwnSurveyProportionHasItsBinomialInterval() {
        IndicatorResult r = HBSAG.evaluate(Dataset.of(figure(HBSAG_POSITIVE, 300), figure(HBSAG_TESTED, 500)),
                AREA, 2016).get(0);
        // hand: 300 / 500 = 0.6; Wilson 95 % with z = scipy.stats.norm.ppf(0.975):
        //       centre (p + z²/2n) / (1 + z²/n), half-width z √(p(1−p)/n + z²/4n²) / (1 + z²/n)
        //       = [0.5564541227024271, 0.6420210092052625] (Python 3.11, scipy 1.17.1)
        assertThat(r.number().orElseThrow()).isEqualTo(0.6);
        assertThat(r.intervals().get(0).lower()).isCloseTo(0.5564541227024271, within(1e-12));
        assertThat(r.intervals().get(0).upper()).isCloseTo(0.6420210092052625, within(1e-12));
    }

    @Test
    void ownIndicatorsJoinTheCatalogue() {
        Catalogue mine = Catalogue.standard().with(HCV_TESTING).with(HBSAG);
        Dataset d = Dataset.of(figure(HCV_TESTED, 2500), Observation.of(Measure.PWID_POPULATION_SIZE,
                Estimate.of(25000), ReferencePeriod.ofYear(2016), AREA, SOURCE));
        List<IndicatorResult> rs = mine.evaluate(d, AREA, 2016, EvaluationSettings.defaults());
        assertThat(rs).extracting(r -> r.definition().id()).contains("hcv_testing_pwid", "hbsag_prevalence_pwid",
                "ost_coverage");
        assertThat(rs).filteredOn(r -> r.definition().id().equals("hcv_testing_pwid")).singleElement()
                .satisfies(r -> assertThat(r.number().orElseThrow()).isCloseTo(0.1, within(1e-12)));
        assertThat(mine.get("hcv_testing_pwid")).isSameAs(HCV_TESTING);
    }
}
