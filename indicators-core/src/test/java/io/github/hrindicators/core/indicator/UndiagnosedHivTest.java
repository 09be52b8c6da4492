package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static io.github.hrindicators.core.indicator.Figures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Proportion;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndiagnosedHivTest {

    private static final Dataset KYRGYZ_2016 = Dataset.of(
            count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
            estimate(Measure.PLHIV_ESTIMATE, 8500, 6300, 11000, "2016"));

    @Test
    void undiagnosedCarriesThePlhivRange() {
        // hand: 8500 - 6402 = 2098; range 6300 - 6402 = -102 to 11000 - 6402 = 4598
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(KYRGYZ_2016, AREA, 2016).get(0);
        assertThat(((Estimate) r.value().orElseThrow()).point()).isEqualTo(2098);
        assertThat(r.interval().orElseThrow().lower()).isEqualTo(-102);
        assertThat(r.interval().orElseThrow().upper()).isEqualTo(4598);
        assertThat(r.interval().orElseThrow().method()).isEqualTo(IntervalMethod.RANGE_PROPAGATION);
        assertThat(r.hasWarning(WarningCode.NEGATIVE_DIFFERENCE)).isTrue();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("6300").contains("-102"));
    }

    @Test
    void negativePointIsReportedNotClamped() {
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(
                count(Measure.REGISTERED_HIV_ALIVE, 9000, "2016"), estimate(Measure.PLHIV_ESTIMATE, 8500, "2016")),
                AREA, 2016).get(0);
        // hand: 8500 - 9000 = -500
        assertThat(((Estimate) r.value().orElseThrow()).point()).isEqualTo(-500);
        assertThat(r.hasWarning(WarningCode.NEGATIVE_DIFFERENCE)).isTrue();
        assertThat(r.interval()).isEmpty();
    }

    @Test
    void missingInputsAreNamed() {
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(
                estimate(Measure.PLHIV_ESTIMATE, 8500, "2016")), AREA, 2016).get(0);
        assertThat(r.reason().orElseThrow().message()).contains("registered_hiv_alive").doesNotContain("plhiv");
        IndicatorResult none = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(), AREA, 2016).get(0);
        assertThat(none.reason().orElseThrow().message()).contains("plhiv_estimate and registered_hiv_alive");
        IndicatorResult noEstimate = StandardIndicators.UNDIAGNOSED_HIV.evaluate(Dataset.of(
                count(Measure.REGISTERED_HIV_ALIVE, 1, "2016")), AREA, 2016).get(0);
        assertThat(noEstimate.reason().orElseThrow().message()).contains("plhiv_estimate")
                .doesNotContain("registered_hiv_alive");
    }

    @Test
    void first95WithPlausibleBounds() {
        // hand: 6402 / 8500 = 0.7531765; 6402 / 11000 = 0.5820; 6402 / 6300 = 1.0161905 (> 100 %: warned)
        IndicatorResult r = StandardIndicators.FIRST_95_PLHIV.evaluate(KYRGYZ_2016, AREA, 2016).get(0);
        assertThat(((Proportion) r.value().orElseThrow()).toFraction()).isCloseTo(0.7531765, within(1e-7));
        assertThat(r.interval().orElseThrow().lower()).isCloseTo(0.5820, within(1e-12));
        assertThat(r.interval().orElseThrow().upper()).isCloseTo(1.0161905, within(1e-7));
        assertThat(r.hasWarning(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR)).isTrue();
        // 95 % target: 0.95 × 8500 = 8075, 8075 - 6402 = 1673 more diagnosed
        assertThat(r.gaps().get(0).additionalNumerator()).hasValue(1673);
    }

    @Test
    void pwidVersionWithDerivedDiagnosedAndAlternativePrevalences() {
        // hand: 25000 × 0.124 = 3100; 6402 × 0.515 = 3297.03; 3100 - 3297.03 = -197.03
        //       25000 × 0.143 = 3575; 3575 - 3297.03 = 277.97
        Dataset d = Dataset.of(count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
                percent(Measure.INJECTING_SHARE_REGISTERED_ALIVE, 51.5, "2016-01-01"),
                estimate(Measure.PWID_POPULATION_SIZE, 25000, "2013"),
                percent(Measure.HIV_PREVALENCE_PWID, 12.4, "2016"),
                percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016-2019"));
        List<IndicatorResult> rs = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(d, AREA, 2016);
        assertThat(rs).hasSize(2);
        assertThat(((Estimate) rs.get(0).value().orElseThrow()).point()).isCloseTo(-197.03, within(1e-9));
        assertThat(rs.get(0).hasWarning(WarningCode.NEGATIVE_DIFFERENCE)).isTrue();
        assertThat(((Estimate) rs.get(1).value().orElseThrow()).point()).isCloseTo(277.97, within(1e-9));
        assertThat(rs.get(1).hasWarning(WarningCode.NEGATIVE_DIFFERENCE)).isFalse();
        // every figure used, both derived quantities with their arithmetic
        assertThat(rs.get(0).inputs()).extracting(InputUsed::label).containsExactly(
                "part: pwid_population_size", "part: hiv_prevalence_pwid", "minuend: plhiv_pwid_estimate (derived)",
                "part: registered_hiv_alive", "part: injecting_share_registered_alive",
                "subtrahend: registered_hiv_alive_injecting (derived)");
        assertThat(rs.get(0).inputs()).filteredOn(InputUsed::isDerived).extracting(i -> i.derivation().orElseThrow())
                .containsExactly("25000 × 12.4 % = 3100", "6402 × 51.5 % = 3297.03");
        assertThat(rs).allSatisfy(r -> {
            assertThat(r.hasWarning(WarningCode.DERIVED_INPUT)).isTrue();
            assertThat(r.hasWarning(WarningCode.MIXED_YEARS)).isTrue();
            assertThat(r.hasWarning(WarningCode.ALTERNATIVE_INPUTS)).isTrue();
        });
    }

    @Test
    void pwidVersionCarriesRangesOfSizeAndPrevalence() {
        // hand: point 20000 × 0.10 = 2000 - 500 = 1500; low 15000 × 0.08 = 1200 - 500 = 700;
        //       high 25000 × 0.12 = 3000 - 500 = 2500
        Dataset d = Dataset.of(count(Measure.REGISTERED_HIV_ALIVE_INJECTING, 500, "2016"),
                estimate(Measure.PWID_POPULATION_SIZE, 20000, 15000, 25000, "2016"),
                percent(Measure.HIV_PREVALENCE_PWID, 10, 8, 12, "2016"));
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(d, AREA, 2016).get(0);
        assertThat(((Estimate) r.value().orElseThrow()).point()).isCloseTo(1500, within(1e-9));
        assertThat(r.interval().orElseThrow().lower()).isCloseTo(700, within(1e-9));
        assertThat(r.interval().orElseThrow().upper()).isCloseTo(2500, within(1e-9));
        // the estimated PWID living with HIV is derived, and says so
        assertThat(r.warnings()).extracting(ResultWarning::code).containsExactly(WarningCode.DERIVED_INPUT);
    }

    @Test
    void pwidVersionNamesEveryMissingInput() {
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(Dataset.of(), AREA, 2016).get(0);
        assertThat(r.reason().orElseThrow().message()).contains("pwid_population_size")
                .contains("hiv_prevalence_pwid").contains("registered_hiv_alive_injecting");
    }
}
