package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.uncertainty.BinomialMethod;
import io.github.hrindicators.core.uncertainty.CoverageOptions;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Intervals at several confidence levels in one run (95 % and 99.8 %, the two limits of a funnel plot). */
class SeveralLevelsTest {
    private static final EvaluationSettings TWO_LEVELS = EvaluationSettings.defaults().withAdditionalLevels(0.998);

    @Test
    void coverageCarriesDeltaAndMonteCarloAtEachLevelPrimaryFirst() {
        Dataset d = Dataset.of(count(Measure.OST_CLIENTS, 1505, "2016"),
                estimate(Measure.OPIOID_DEPENDENT_PWID_SIZE, 25000, 20000, 30000, "2016"));
        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(d, AREA, 2016, TWO_LEVELS).get(0);
        assertThat(r.intervals()).extracting(Interval::method).containsExactly(IntervalMethod.PLAUSIBLE_BOUNDS,
                IntervalMethod.DELTA_LOG, IntervalMethod.MONTE_CARLO, IntervalMethod.DELTA_LOG,
                IntervalMethod.MONTE_CARLO);
        assertThat(r.intervals()).extracting(Interval::confidenceLevel).containsExactly(OptionalDouble.empty(),
                OptionalDouble.of(0.95), OptionalDouble.of(0.95), OptionalDouble.of(0.998), OptionalDouble.of(0.998));
        // hand, as OstCoverageTest at 95 % but with z = 3.090232 (qnorm(0.999) in R): sigma_N = ln(1.5) / (2 ×
        // 1.959964) = 0.103437 (the range stays a 95 % range); Var(log C) = 1/1505 + 0.103437² = 0.0113636;
        // half-width 3.090232 × sqrt(0.0113636) = 0.329420; 0.0602 × exp(∓0.329420) = [0.043304, 0.083688]
        Interval delta998 = r.intervals().get(3);
        assertThat(delta998.lower()).isCloseTo(0.043304, within(1e-6));
        assertThat(delta998.upper()).isCloseTo(0.083688, within(1e-6));
        assertThat(r.intervals().get(1).lower()).isCloseTo(0.048849, within(1e-6));
        // Monte Carlo at 99.8 %: wider than at 95 %, near the delta interval (the same draws, other quantiles)
        Interval mc95 = r.intervals().get(2);
        Interval mc998 = r.intervals().get(4);
        assertThat(mc998.lower()).isLessThan(mc95.lower()).isCloseTo(0.043304, within(1.5e-3));
        assertThat(mc998.upper()).isGreaterThan(mc95.upper()).isCloseTo(0.083688, within(1.5e-3));
        assertThat(mc998.seed()).isEqualTo(mc95.seed());
        // the primary interval is unchanged by the extra level
        IndicatorResult primaryOnly = StandardIndicators.OST_COVERAGE.evaluate(d, AREA, 2016).get(0);
        assertThat(r.intervals().subList(0, 3)).isEqualTo(primaryOnly.intervals());
    }

    @Test
    void surveyProportionCarriesItsBinomialIntervalAtEachLevel() {
        Dataset d = Dataset.of(count(Measure.HIV_POSITIVE_PWID_SURVEY, 50, "2016"),
                count(Measure.HIV_TESTED_PWID_SURVEY, 400, "2016"));
        IndicatorResult r = StandardIndicators.HIV_PREVALENCE_PWID.evaluate(d, AREA, 2016,
                EvaluationSettings.defaults().withUncertainty(CoverageOptions.defaults().withConfidenceLevel(0.998))
                        .withAdditionalLevels(0.95)).get(0);
        // R 4.2.2: prop.test(50, 400, conf.level = 0.998, correct = FALSE)$conf.int = 0.08249189635 0.18499598034,
        // and at 0.95: 0.09611512324 0.16101909751 (Wilson's score interval)
        assertThat(r.intervals()).extracting(Interval::method).containsOnly(IntervalMethod.WILSON);
        assertThat(r.intervals()).extracting(Interval::confidenceLevel).containsExactly(OptionalDouble.of(0.998),
                OptionalDouble.of(0.95));
        assertThat(r.intervals().get(0).lower()).isCloseTo(0.0824918964, within(1e-8));
        assertThat(r.intervals().get(0).upper()).isCloseTo(0.1849959803, within(1e-8));
        assertThat(r.intervals().get(1).lower()).isCloseTo(0.0961151232, within(1e-8));
        assertThat(r.intervals().get(1).upper()).isCloseTo(0.1610190975, within(1e-8));
    }

    @Test
    void levelsArePrimaryFirstEachOnce() {
        assertThat(EvaluationSettings.defaults().levels()).containsExactly(0.95);
        assertThat(EvaluationSettings.defaults().withAdditionalLevels(0.998, 0.8).levels())
                .containsExactly(0.95, 0.998, 0.8);
        assertThat(EvaluationSettings.defaults().withAdditionalLevels(0.95, 0.998).levels())
                .containsExactly(0.95, 0.998);
        assertThat(TWO_LEVELS.withAdditionalLevels().levels()).containsExactly(0.95);
        // the other settings keep the levels
        assertThat(TWO_LEVELS.withSelector(InputSelector.defaults()).withUncertainty(CoverageOptions.defaults())
                .withBinomialMethod(BinomialMethod.CLOPPER_PEARSON)
                .withConflictPolicy(ConflictPolicy.onePerAlternative()).levels()).containsExactly(0.95, 0.998);
        // a primary level changed to an additional one is not repeated
        assertThat(TWO_LEVELS.withUncertainty(CoverageOptions.defaults().withConfidenceLevel(0.998)).levels())
                .containsExactly(0.998);
    }

    @Test
    void badLevelsAreRefusedInPlainWords() {
        EvaluationSettings s = EvaluationSettings.defaults();
        assertThatThrownBy(() -> s.withAdditionalLevels(99.8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("strictly between 0 and 1").hasMessageContaining("99.8");
        assertThatThrownBy(() -> s.withAdditionalLevels(0)).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> s.withAdditionalLevels(1)).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> s.withAdditionalLevels(Double.NaN)).hasMessageContaining("strictly between");
        assertThatThrownBy(() -> s.withAdditionalLevels(0.99, 0.99)).hasMessageContaining("given twice");
        assertThatThrownBy(() -> s.withAdditionalLevels(0.9, 0.99, 0.998)).hasMessageContaining("At most 2")
                .hasMessageContaining("not 3");
        assertThat(s.withAdditionalLevels(0.9, 0.99).levels()).containsExactly(0.95, 0.9, 0.99);
    }
}
