package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hrindicators.core.Measure;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue as a registry: what it holds, look-ups, replacement, and the pairings it refuses. */
class CatalogueTest {

    @Test
    void standardHoldsEveryIndicatorDeclaredInStandardIndicators() throws IllegalAccessException {
        List<Indicator> declared = new java.util.ArrayList<>();
        for (Field f : StandardIndicators.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Indicator.class) {
                declared.add((Indicator) f.get(null));
            }
        }
        assertThat(declared).isNotEmpty();
        assertThat(Catalogue.standard().indicators()).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void lookUpsByIdAndWhatAnUnknownIdSays() {
        Catalogue c = Catalogue.standard();
        assertThat(c.find("ost_coverage")).contains(StandardIndicators.OST_COVERAGE);
        assertThat(c.find("no_such")).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> c.get("no_such"))
                .withMessageContaining("No indicator 'no_such'").withMessageContaining("ost_coverage, ");
    }

    @Test
    void withReplacesInPlaceOrAppends() {
        Indicator banded = StandardIndicators.NSP_REACH.withDefinition(StandardIndicators.NSP_REACH.definition()
                .withBands(StandardIndicators.NSP_REACH_UNCONFIRMED_BANDS));
        Catalogue replaced = Catalogue.standard().with(banded);
        assertThat(replaced.indicators()).hasSameSizeAs(Catalogue.standard().indicators());
        assertThat(replaced.indicators().indexOf(banded))
                .isEqualTo(Catalogue.standard().indicators().indexOf(StandardIndicators.NSP_REACH));
        assertThat(replaced.get("nsp_reach").definition().bands()).isPresent();
        assertThat(Catalogue.standard().get("nsp_reach").definition().bands()).isEmpty();
        Catalogue one = Catalogue.of(List.of(StandardIndicators.OST_COVERAGE));
        assertThat(one.with(StandardIndicators.NSP_REACH).indicators())
                .containsExactly(StandardIndicators.OST_COVERAGE, StandardIndicators.NSP_REACH);
        assertThatIllegalArgumentException().isThrownBy(() -> Catalogue.of(List.of(StandardIndicators.OST_COVERAGE,
                StandardIndicators.OST_COVERAGE))).withMessageContaining("ost_coverage");
    }

    @Test
    void aDefinitionCannotBePairedWithAnotherIndicatorsFormula() {
        assertThatIllegalArgumentException().isThrownBy(() -> StandardIndicators.OST_COVERAGE.withDefinition(
                StandardIndicators.NSP_REACH.definition())).withMessageContaining("nsp_reach")
                .withMessageContaining("ost_coverage");
    }

    @Test
    void aFormulaMustFitTheDefinitionsUnit() {
        IndicatorDefinition people = StandardIndicators.UNDIAGNOSED_HIV.definition();
        assertThatIllegalArgumentException().isThrownBy(() -> Indicator.of(people,
                StandardIndicators.OST_COVERAGE.formula())).withMessageContaining("people");
        IndicatorDefinition share = StandardIndicators.OST_COVERAGE.definition();
        assertThatIllegalArgumentException().isThrownBy(() -> Indicator.of(share,
                StandardIndicators.UNDIAGNOSED_HIV.formula())).withMessageContaining("proportion");
    }

    @Test
    void variantCodesAreDistinctWithinARatio() {
        Formula.Denominator a = Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "same", "denominator: a");
        Formula.Denominator b = Formula.Denominator.of(Measure.OPIOID_DEPENDENT_PWID_SIZE, "same", "denominator: b");
        assertThatIllegalArgumentException().isThrownBy(() -> Formula.Ratio.of(Measure.OST_CLIENTS, a, b));
        Formula.Denominator reserved = Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "published", "x");
        assertThatIllegalArgumentException().isThrownBy(() -> Formula.Ratio.of(Measure.OST_CLIENTS, reserved));
        assertThatIllegalArgumentException().isThrownBy(() -> new Formula.Ratio(Measure.OST_CLIENTS, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> Variant.of("Not a code", "label"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Variant("proxy", "label", Optional.empty(), true,
                Optional.empty()));
    }

    @Test
    void inputMeasuresIncludeWhatTheDerivationsRead() {
        // first_95_pwid reads registered_hiv_alive_injecting, derived from registered alive × share, itself derived
        // from cumulative cases − deaths; and plhiv_pwid_estimate, derived from size × prevalence
        assertThat(StandardIndicators.FIRST_95_PWID.inputMeasures()).contains(Measure.REGISTERED_HIV_CUMULATIVE,
                Measure.REGISTERED_HIV_DEATHS_CUMULATIVE, Measure.INJECTING_SHARE_REGISTERED_ALIVE,
                Measure.PWID_POPULATION_SIZE, Measure.HIV_PREVALENCE_PWID);
        assertThat(StandardIndicators.FIRST_95_PWID.withDerivations(List.of()).inputMeasures())
                .containsExactlyInAnyOrder(Measure.REGISTERED_HIV_ALIVE_INJECTING, Measure.PLHIV_PWID_ESTIMATE);
    }
}
