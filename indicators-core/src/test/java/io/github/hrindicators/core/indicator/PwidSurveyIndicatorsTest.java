package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The survey indicators among PWID (GAM 1.4C, 1.5C, 1.6C part I, 1.8, 2.6C, anti-HCV and HCV RNA prevalence), one
 * row each: x of n, the corrections, and the Wilson 95 % interval from R 4.2.2 with
 * {@code w <- function(x, n, z = qnorm(.975)) (x + z^2/2)/(n + z^2) + c(-1, 1) * z/(n + z^2) * sqrt(x*(n - x)/n +
 * z^2/4)} for the effective x and n, or {@code prop.test(x, n, correct = FALSE)$conf.int} without corrections.
 * Figures are synthetic.
 */
class PwidSurveyIndicatorsTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // 240 / 400 = 0.6; deff 2: n_eff = 200, x_eff = 120; R 4.2.2 w(120, 200) -> 0.530836720393 0.665394214332
                row("hiv_testing_pwid", Measure.HIV_TESTED_OR_AWARE_PWID_SURVEY, 240,
                        Measure.PWID_SURVEY_RESPONDENTS, 400, 2, 0, 0.6, 0.530836720393, 0.665394214332),
                // 90 / 300 = 0.3; N = 1500: n_eff = 300 × 1499 / 1200 = 374.75, x_eff = 112.425;
                // R 4.2.2 w(0.3 * 374.75, 374.75) -> 0.255824062243 0.348234622897
                row("condom_use_pwid", Measure.CONDOM_LAST_SEX_PWID_SURVEY, 90,
                        Measure.PWID_SURVEY_INJECTED_HAD_SEX_PAST_MONTH, 300, 1, 1500, 0.3, 0.255824062243,
                        0.348234622897),
                // 150 / 400 = 0.375; R 4.2.2 prop.test(150, 400, correct = FALSE) -> 0.328957079463 0.423420994120
                row("prevention_coverage_pwid", Measure.PREVENTION_TWO_SERVICES_PWID_SURVEY, 150,
                        Measure.PWID_SURVEY_RESPONDENTS, 400, 1, 0, 0.375, 0.328957079463, 0.423420994120),
                // 342 / 380 = 0.9; R 4.2.2 prop.test(342, 380, correct = FALSE) -> 0.865719126648 0.926274528582
                row("safe_injecting_pwid", Measure.STERILE_LAST_INJECTION_PWID_SURVEY, 342,
                        Measure.PWID_SURVEY_INJECTED_PAST_MONTH, 380, 1, 0, 0.9, 0.865719126648, 0.926274528582),
                // 45 / 60 = 0.75; R 4.2.2 prop.test(45, 60, correct = FALSE) -> 0.627679299230 0.842234774699
                row("art_coverage_pwid", Measure.ART_REPORTED_PWID_SURVEY, 45, Measure.HIV_POSITIVE_PWID_SURVEY, 60,
                        1, 0, 0.75, 0.627679299230, 0.842234774699),
                // 244 / 400 = 0.61; deff 2 and N = 4100: n_eff = 200 × 4099 / 3700 = 221.567567568;
                // R 4.2.2 w(0.61 * 221.567567568, 221.567567568) -> 0.544424133905 0.671826588818
                row("anti_hcv_prevalence_pwid", Measure.ANTI_HCV_POSITIVE_PWID_SURVEY, 244,
                        Measure.ANTI_HCV_TESTED_PWID_SURVEY, 400, 2, 4100, 0.61, 0.544424133905, 0.671826588818),
                // 180 / 400 = 0.45; R 4.2.2 prop.test(180, 400, correct = FALSE) -> 0.401952228014 0.498999001419
                row("hcv_rna_prevalence_pwid", Measure.HCV_RNA_POSITIVE_PWID_SURVEY, 180,
                        Measure.HCV_RNA_TESTED_PWID_SURVEY, 400, 1, 0, 0.45, 0.401952228014, 0.498999001419));
    }

    private static Arguments row(String id, Measure yes, long x, Measure asked, long n, double deff, long size,
            double p, double lower, double upper) {
        return Arguments.of(id, yes, x, asked, n, deff, size, p, lower, upper);
    }

    private static List<Observation> figures(Measure yes, long x, Measure asked, long n, double deff, long size) {
        List<Observation> all = new ArrayList<>(List.of(count(yes, x, "2016"), count(asked, n, "2016")));
        if (deff > 1) {
            all.add(estimate(Measure.PWID_SURVEY_DESIGN_EFFECT, deff, "2016"));
        }
        if (size > 0) {
            all.add(estimate(Measure.PWID_SURVEY_POPULATION_SIZE, size, "2016"));
        }
        return all;
    }

    @ParameterizedTest(name = "{0} = {2} / {4}")
    @MethodSource("rows")
    void valueAndCorrectedIntervalAreTheHandDerivation(String id, Measure yes, long x, Measure asked, long n,
            double deff, long size, double p, double lower, double upper) {
        List<IndicatorResult> rs = Catalogue.standard().get(id).evaluate(
                Dataset.of(figures(yes, x, asked, n, deff, size)), AREA, 2016);
        IndicatorResult r = rs.stream().filter(v -> v.variant().code().equals("survey_sample")).findFirst()
                .orElseThrow();
        assertThat(rs).as("the programme form of a two-form indicator stays silent without its inputs")
                .hasSize(1);
        assertThat(r.number().orElseThrow()).isCloseTo(p, within(1e-12));
        Interval i = r.interval().orElseThrow();
        assertThat(i.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(i.lower()).isCloseTo(lower, within(1e-10));
        assertThat(i.upper()).isCloseTo(upper, within(1e-10));
        assertThat(r.hasWarning(WarningCode.SURVEY_CORRECTIONS)).isEqualTo(deff > 1 || size > 0);
        assertThat(r.inputs().stream().anyMatch(in -> in.role() == InputRole.POPULATION_SIZE)).isEqualTo(size > 0);
        assertThat(r.inputs().stream().anyMatch(in -> in.role() == InputRole.DESIGN_EFFECT)).isEqualTo(deff > 1);
    }

    @Test
    void safeInjectingIsMeasuredAgainstTheUnaids2025Target() {
        // hand: 342 / 380 = 0.9 meets 90 % (at least); 330 / 380 = 0.868421 is 0.031579 short
        IndicatorResult met = StandardIndicators.SAFE_INJECTING_PWID.evaluate(Dataset.of(
                figures(Measure.STERILE_LAST_INJECTION_PWID_SURVEY, 342, Measure.PWID_SURVEY_INJECTED_PAST_MONTH, 380,
                        1, 0)), AREA, 2016).get(0);
        assertThat(met.gaps()).singleElement().satisfies(g -> assertThat(g.met()).isTrue());
        IndicatorResult shortOf = StandardIndicators.SAFE_INJECTING_PWID.evaluate(Dataset.of(
                figures(Measure.STERILE_LAST_INJECTION_PWID_SURVEY, 330, Measure.PWID_SURVEY_INJECTED_PAST_MONTH, 380,
                        1, 0)), AREA, 2016).get(0);
        assertThat(shortOf.gaps().get(0).met()).isFalse();
        assertThat(shortOf.gaps().get(0).gap()).isCloseTo(0.9 - 330.0 / 380, within(1e-12));
        // a survey sample does not say how many more respondents would be needed
        assertThat(shortOf.gaps().get(0).additionalNumerator()).isEmpty();
    }

    @Test
    void aPublishedAntiHcvPrevalenceIsAVariantWithItsSource() {
        // kyrgyzstan-published-figures.csv (CONFIRMED): 60.9 % anti-HCV, ~2016-2019, HRI GSHR 2020 Table 2.2.1
        IndicatorResult r = StandardIndicators.ANTI_HCV_PREVALENCE_PWID.evaluate(Dataset.of(
                Kyrgyz.percent(Measure.ANTI_HCV_PREVALENCE_PWID, 60.9, "2016-2019", Kyrgyz.HRI_2020)), Kyrgyz.KG,
                2016).get(0);
        assertThat(r.variant().code()).isEqualTo("published");
        assertThat(r.number().orElseThrow()).isCloseTo(0.609, within(1e-12));
        assertThat(r.inputs()).singleElement().satisfies(in -> assertThat(in.role())
                .isEqualTo(InputRole.PUBLISHED_VALUE));
    }
}
