package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static io.github.hrindicators.core.indicator.Figures.percent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Proportion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs derived by the engine from declared derivations, the same for every indicator that reads them. */
class DerivationTest {
    private static final Dataset REGISTER = Dataset.of(count(Measure.REGISTERED_HIV_CUMULATIVE, 10000, "2016-01-01"),
            count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 3598, "2016-01-01"),
            percent(Measure.INJECTING_SHARE_REGISTERED_ALIVE, 51.5, "2016-01-01"),
            estimate(Measure.PWID_POPULATION_SIZE, 25000, 20000, 30000, "2016"),
            percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016"));

    @Test
    void derivationsChainAndAreWrittenOut() {
        // hand: alive = 10000 − 3598 = 6402; PWID among them = 6402 × 51.5 % = 3297.03;
        //       PWID living with HIV = 25000 × 14.3 % = 3575 (range 20000 × 14.3 % = 2860 to 30000 × 14.3 % = 4290)
        IndicatorResult r = StandardIndicators.FIRST_95_PWID.evaluate(REGISTER, Figures.AREA, 2016).get(0);
        assertThat(r.number().orElseThrow()).isCloseTo(3297.03 / 3575, within(1e-12));
        assertThat(r.inputs()).filteredOn(InputUsed::isDerived).extracting(i -> i.derivation().orElseThrow())
                .containsExactly("10000 − 3598 = 6402", "6402 × 51.5 % = 3297.03", "25000 × 14.3 % = 3575");
        assertThat(r.inputs()).filteredOn(InputUsed::isDerived).extracting(InputUsed::role)
                .containsExactly(InputRole.PART, InputRole.NUMERATOR, InputRole.DENOMINATOR);
        assertThat(r.warnings()).filteredOn(w -> w.code() == WarningCode.DERIVED_INPUT).hasSize(3);
        // 3297.03 / 4290 = 0.768538..., 3297.03 / 2860 = 1.152807...: plausible bounds only, the numerator is no count
        assertThat(r.intervals()).singleElement().satisfies(i -> {
            assertThat(i.lower()).isCloseTo(3297.03 / 4290, within(1e-12));
            assertThat(i.upper()).isCloseTo(3297.03 / 2860, within(1e-12));
        });
        assertThat(r.hasWarning(WarningCode.NUMERATOR_EXCEEDS_DENOMINATOR)).isTrue();
    }

    @Test
    void theSameDerivedInputFeedsEveryIndicatorThatReadsIt() {
        IndicatorResult undiagnosed = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(REGISTER, Figures.AREA, 2016)
                .get(0);
        IndicatorResult first95 = StandardIndicators.FIRST_95_PWID.evaluate(REGISTER, Figures.AREA, 2016).get(0);
        // hand: 3575 − 3297.03 = 277.97
        assertThat(undiagnosed.number().orElseThrow()).isCloseTo(277.97, within(1e-9));
        assertThat(undiagnosed.inputs()).filteredOn(InputUsed::isDerived).extracting(InputUsed::value)
                .containsAll(first95.inputs().stream().filter(InputUsed::isDerived).map(InputUsed::value).toList());
    }

    @Test
    void aPublishedFigureIsUsedBeforeAnyDerivation() {
        Dataset d = Dataset.of(count(Measure.ART_CLIENTS_PWID, 1000, "2016"),
                estimate(Measure.PLHIV_PWID_ESTIMATE, 4000, "2016"), estimate(Measure.PWID_POPULATION_SIZE, 25000,
                        "2016"), percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016"));
        IndicatorResult r = StandardIndicators.ART_COVERAGE_PWID.evaluate(d, Figures.AREA, 2016).get(0);
        // hand: 1000 / 4000 = 0.25, not 1000 / 3575
        assertThat(r.number().orElseThrow()).isCloseTo(0.25, within(1e-12));
        assertThat(r.hasWarning(WarningCode.DERIVED_INPUT)).isFalse();
    }

    @Test
    void aShareIsNeverDerivedFromItself() {
        // the injecting count could be derived as 6402 × 51.5 %, but its share over 6402 would be the published
        // 51.5 % again: only the published-share variant is given, with the numerator it implies
        Dataset d = Dataset.of(count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
                percent(Measure.INJECTING_SHARE_REGISTERED_ALIVE, 51.5, "2016-01-01"));
        List<IndicatorResult> rs = StandardIndicators.PWID_SHARE_OF_HIV_CASES.evaluate(d, Figures.AREA, 2016);
        assertThat(rs).extracting(r -> r.variant().code()).containsExactly("alive_published_share");
        assertThat(rs.get(0).value(Proportion.class).orElseThrow().toFraction()).isEqualTo(0.515);
    }

    @Test
    void aNegativeDifferenceOfCountsGivesNoDerivedFigure() {
        Dataset d = Dataset.of(count(Measure.REGISTERED_HIV_CUMULATIVE, 100, "2016-01-01"),
                count(Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, 150, "2016-01-01"),
                estimate(Measure.PLHIV_ESTIMATE, 8500, "2016"));
        IndicatorResult r = StandardIndicators.UNDIAGNOSED_HIV.evaluate(d, Figures.AREA, 2016).get(0);
        assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
        assertThat(r.reason().orElseThrow().message()).contains(
                "registered_hiv_alive (or registered_hiv_cumulative − registered_hiv_deaths_cumulative)");
    }

    @Test
    void withoutDerivationsOnlyPublishedFiguresCount() {
        IndicatorResult r = StandardIndicators.FIRST_95_PWID.withDerivations(List.of())
                .evaluate(REGISTER, Figures.AREA, 2016).get(0);
        assertThat(r.reason().orElseThrow().message()).isEqualTo("No denominator (plhiv_pwid_estimate) for "
                + "Testland (total) in 2016 (population estimates: up to 5 years earlier)");
    }

    @Test
    void aDerivedEstimateCarriesTheRangesOfItsParts() {
        // hand: (6000 to 8000) × (10 % to 20 %) = 600 to 1600, point 7000 × 15 % = 1050
        Derivation d = Derivation.PLHIV_PWID;
        Estimate e = (Estimate) d.apply(Estimate.of(7000, 6000, 8000,
                io.github.hrindicators.core.IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                Proportion.ofPercent(15, 10, 20, io.github.hrindicators.core.IntervalMethod.PUBLISHED_MIN_MAX))
                .orElseThrow();
        assertThat(e.point()).isCloseTo(1050, within(1e-9));
        assertThat(e.lowOrPoint()).isCloseTo(600, within(1e-9));
        assertThat(e.highOrPoint()).isCloseTo(1600, within(1e-9));
        // hand: (8500, 6300 to 11000) − (6402 ± 0) = 2098, −102 to 4598
        Derivation diff = new Derivation(Measure.PLHIV_PWID_ESTIMATE, Derivation.Operation.DIFFERENCE,
                Measure.PLHIV_ESTIMATE, Measure.PWID_POPULATION_SIZE, false, "");
        Estimate u = (Estimate) diff.apply(Estimate.of(8500, 6300, 11000,
                io.github.hrindicators.core.IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS), Estimate.of(6402))
                .orElseThrow();
        assertThat(List.of(u.point(), u.lowOrPoint(), u.highOrPoint())).containsExactly(2098.0, -102.0, 4598.0);
    }

    @Test
    void derivationsThatMakeNoSenseAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Derivation(Measure.PLHIV_PWID_ESTIMATE,
                Derivation.Operation.PRODUCT, Measure.PWID_POPULATION_SIZE, Measure.PLHIV_ESTIMATE, false, ""))
                .withMessageContaining("is a share");
        assertThatIllegalArgumentException().isThrownBy(() -> new Derivation(Measure.REGISTERED_HIV_ALIVE,
                Derivation.Operation.DIFFERENCE, Measure.REGISTERED_HIV_ALIVE, Measure.REGISTERED_HIV_CUMULATIVE,
                true, "")).withMessageContaining("cannot use itself");
        assertThatIllegalArgumentException().isThrownBy(() -> new Derivation(Measure.HIV_PREVALENCE_PWID,
                Derivation.Operation.DIFFERENCE, Measure.PLHIV_ESTIMATE, Measure.PWID_POPULATION_SIZE, false, ""))
                .withMessageContaining("not a share");
        assertThatIllegalArgumentException().isThrownBy(() -> new Derivation(Measure.PLHIV_PWID_ESTIMATE,
                Derivation.Operation.DIFFERENCE, Measure.PLHIV_ESTIMATE, Measure.HIV_PREVALENCE_PWID, false, ""))
                .withMessageContaining("not shares");
    }
}
