package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.count;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static io.github.hrindicators.core.indicator.Figures.percent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Proportion;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results are values, told apart by typed parts, never by their labels. */
class ResultIdentityTest {
    private static final Dataset DATA = Dataset.of(count(Measure.OST_CLIENTS, 1505, "2016"),
            estimate(Measure.PWID_POPULATION_SIZE, 25000, 20000, 30000, "2016"),
            percent(Measure.HIV_PREVALENCE_PWID, 12.4, "2016"),
            Figures.percent(Measure.HIV_PREVALENCE_PWID, 14.3, "2016").withNote("second survey"),
            count(Measure.REGISTERED_HIV_ALIVE, 6402, "2016-01-01"),
            percent(Measure.INJECTING_SHARE_REGISTERED_ALIVE, 51.5, "2016-01-01"));

    @Test
    void evaluatingTwiceGivesEqualResults() {
        List<IndicatorResult> a = Catalogue.standard().evaluate(DATA, Figures.AREA, 2016,
                EvaluationSettings.defaults());
        List<IndicatorResult> b = Catalogue.standard().evaluate(DATA, Figures.AREA, 2016,
                EvaluationSettings.defaults());
        assertThat(a).isEqualTo(b);
        assertThat(a.get(0).hashCode()).isEqualTo(b.get(0).hashCode());
        assertThat(new HashSet<>(a)).hasSameSizeAs(a);
    }

    @Test
    void alternativesAreTypedFiguresAndTellResultsApart() {
        List<IndicatorResult> rs = StandardIndicators.UNDIAGNOSED_HIV_PWID.evaluate(DATA, Figures.AREA, 2016);
        assertThat(rs).hasSize(2).allSatisfy(r -> assertThat(r.variant().code())
                .isEqualTo("estimated_minus_diagnosed"));
        assertThat(rs).extracting(r -> r.alternatives().get(0).value())
                .containsExactly(Proportion.ofPercent(12.4), Proportion.ofPercent(14.3));
        assertThat(rs.get(0)).isNotEqualTo(rs.get(1));
    }

    @Test
    void theValueComesTypedWithoutCasts() {
        IndicatorResult coverage = StandardIndicators.OST_COVERAGE.evaluate(DATA, Figures.AREA, 2016).get(0);
        // hand: 1505 / 25000 = 0.0602
        assertThat(coverage.value(Proportion.class).orElseThrow().toFraction()).isEqualTo(0.0602);
        assertThat(coverage.value(Estimate.class)).isEmpty();
        assertThat(coverage.variant().proxy()).isTrue();
        assertThat(coverage.variant().denominator()).contains(Measure.PWID_POPULATION_SIZE);
        IndicatorResult missing = StandardIndicators.NSP_REACH.evaluate(DATA, Figures.AREA, 2016).get(0);
        assertThat(missing.number()).isEmpty();
        assertThat(missing.value(Proportion.class)).isEmpty();
    }

    @Test
    void publishedRangesAreAmongTheIntervals() {
        Dataset d = Dataset.of(Figures.percent(Measure.ART_COVERAGE_SHARE_PLHIV, 28, 21, 37, "2016"));
        IndicatorResult r = StandardIndicators.ART_COVERAGE.evaluate(d, Figures.AREA, 2016).get(0);
        assertThat(r.variant().code()).isEqualTo("published");
        assertThat(r.intervals()).singleElement().satisfies(i -> {
            assertThat(i.method().isPublished()).isTrue();
            assertThat(List.of(i.lower(), i.upper())).containsExactly(0.21, 0.37);
        });
    }
}
