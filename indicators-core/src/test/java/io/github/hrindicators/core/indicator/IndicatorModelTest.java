package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Validation of definitions, inputs, warnings and reasons, and the invariants of every result. */
class IndicatorModelTest {

    @Test
    void definitionRejectsBlankTextsAndMissingSources() {
        IndicatorDefinition d = StandardIndicators.OST_COVERAGE.definition();
        assertThatThrownBy(() -> new IndicatorDefinition(" ", "1", "n", "x", "y", ResultUnit.PROPORTION,
                List.of("s"), Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IndicatorDefinition("id", "1", "n", "x", "y", ResultUnit.PROPORTION,
                List.of(), Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no source");
        assertThatThrownBy(() -> new IndicatorDefinition("id", "1", "n", "x", "y", null, List.of("s"),
                Optional.empty(), List.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withBands(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withTargets(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> d.withVersion("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void definitionListsAreCopies() {
        List<Target> targets = new ArrayList<>(List.of(StandardIndicators.OST_TARGET_UNAIDS_2025));
        IndicatorDefinition d = StandardIndicators.OST_COVERAGE.definition().withTargets(targets);
        targets.clear();
        assertThat(d.targets()).hasSize(1);
        assertThatThrownBy(() -> d.targets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ratioIndicatorRejectsPeopleUnit() {
        assertThatThrownBy(() -> StandardIndicators.OST_COVERAGE.withDefinition(StandardIndicators.UNDIAGNOSED_HIV.definition()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undiagnosed_hiv");
    }

    @Test
    void recordsRejectNullAndBlank() {
        assertThatThrownBy(() -> new ResultWarning(WarningCode.MIXED_YEARS, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ResultWarning(null, Phrase.of("no_upper_bound")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NotComputableReason(null, Phrase.of("missing.case_figures")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new InputUsed(InputRole.NUMERATOR, Measure.OST_CLIENTS, Count.of(1),
                ReferencePeriod.ofYear(2016), List.of(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no source");
        assertThatThrownBy(() -> new InputUsed(null, Measure.OST_CLIENTS, Count.of(1), ReferencePeriod.ofYear(2016),
                List.of(Source.of("s")), Optional.empty(), Optional.empty())).isInstanceOf(NullPointerException.class);
    }

    @Test
    void evaluateRejectsNulls() {
        Indicator i = StandardIndicators.OST_COVERAGE;
        assertThatThrownBy(() -> i.evaluate(null, Figures.AREA, 2016)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> i.evaluate(Dataset.of(), null, 2016)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> i.evaluate(Dataset.of(), Figures.AREA, 2016, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Catalogue.standard().evaluate(Dataset.of(), Figures.AREA, 2016, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyIndicatorOnAnEmptyDatasetSaysWhyItCannotCompute() {
        List<IndicatorResult> rs = Catalogue.standard().evaluate(Dataset.of(), Figures.AREA, 2016,
                EvaluationSettings.defaults());
        assertThat(rs).hasSize(Catalogue.standard().indicators().size());
        assertThat(rs).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE);
            assertThat(r.value()).isEmpty();
            assertThat(r.reason()).isPresent();
            assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
            assertThat(r.toString()).contains("not computable");
        });
    }
}
