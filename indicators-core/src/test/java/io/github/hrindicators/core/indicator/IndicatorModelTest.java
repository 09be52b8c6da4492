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
        IndicatorDefinition d = StandardDefinitions.ostCoverage();
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
        List<Target> targets = new ArrayList<>(List.of(StandardDefinitions.OST_TARGET_UNAIDS_2025));
        IndicatorDefinition d = StandardDefinitions.ostCoverage().withTargets(targets);
        targets.clear();
        assertThat(d.targets()).hasSize(1);
        assertThatThrownBy(() -> d.targets().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void ratioIndicatorRejectsPeopleUnit() {
        assertThatThrownBy(() -> Indicators.ostCoverage(StandardDefinitions.undiagnosedHiv()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("undiagnosed_hiv");
    }

    @Test
    void recordsRejectNullAndBlank() {
        assertThatThrownBy(() -> new ResultWarning(WarningCode.MIXED_YEARS, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ResultWarning(null, "m")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new NotComputableReason(NotComputableReason.Code.MISSING_INPUT, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InputUsed("r", Count.of(1), ReferencePeriod.ofYear(2016), List.of(), Optional.empty(),
                Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no source");
        assertThatThrownBy(() -> new InputUsed(" ", Count.of(1), ReferencePeriod.ofYear(2016), List.of(Source.of("s")),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void evaluateRejectsNulls() {
        Indicator i = Indicators.ostCoverage();
        assertThatThrownBy(() -> i.evaluate(null, Figures.AREA, 2016)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> i.evaluate(Dataset.of(), null, 2016)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> i.evaluate(Dataset.of(), Figures.AREA, 2016, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Indicators.evaluateAll(Dataset.of(), Figures.AREA, 2016, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyIndicatorOnAnEmptyDatasetSaysWhyItCannotCompute() {
        List<IndicatorResult> rs = Indicators.evaluateAll(Dataset.of(), Figures.AREA, 2016,
                EvaluationSettings.defaults());
        assertThat(rs).hasSize(Indicators.all().size());
        assertThat(rs).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(IndicatorResult.Status.NOT_COMPUTABLE);
            assertThat(r.value()).isEmpty();
            assertThat(r.reason()).isPresent();
            assertThat(r.reason().orElseThrow().code()).isEqualTo(NotComputableReason.Code.MISSING_INPUT);
            assertThat(r.toString()).contains("not computable");
        });
    }

    @Test
    void everyResultHasAValueOrAReasonNeverBoth() {
        Dataset d = Dataset.of(Figures.count(Measure.OST_CLIENTS, 1505, "2016"),
                Figures.estimate(Measure.PWID_POPULATION_SIZE, 25000, 20000, 30000, "2016"),
                Figures.count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
                Figures.estimate(Measure.PLHIV_ESTIMATE, 8500, 6300, 11000, "2016"));
        List<IndicatorResult> rs = Indicators.evaluateAll(d, Figures.AREA, 2016, EvaluationSettings.defaults());
        assertThat(rs).allSatisfy(r -> assertThat(r.value().isPresent()).isNotEqualTo(r.reason().isPresent()));
        assertThat(rs).filteredOn(r -> r.status() == IndicatorResult.Status.COMPUTED)
                .allSatisfy(r -> assertThat(Double.isFinite(r.value().orElseThrow().doubleValue())).isTrue());
    }
}
