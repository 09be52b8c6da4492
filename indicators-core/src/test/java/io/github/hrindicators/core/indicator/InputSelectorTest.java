package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.estimate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputSelectorTest {
    private static final Measure M = Measure.PWID_POPULATION_SIZE;

    private static List<Observation> select(InputSelector s, int year, Observation... obs) {
        return s.select(Dataset.of(obs), M, AREA, Subgroup.TOTAL, year);
    }

    @Test
    void sameYearWinsOverEarlier() {
        Observation y2016 = estimate(M, 2, "2016");
        assertThat(select(InputSelector.defaults(), 2016, estimate(M, 1, "2013"), y2016)).containsExactly(y2016);
    }

    @Test
    void nearestEarlierWithinHorizon() {
        Observation y2013 = estimate(M, 25000, "2013");
        assertThat(select(InputSelector.defaults(), 2016, estimate(M, 18934, "2010"), y2013)).containsExactly(y2013);
    }

    @Test
    void horizonBoundaryIsInclusive() {
        Observation y2011 = estimate(M, 1, "2011");
        assertThat(select(InputSelector.defaults(), 2016, y2011)).containsExactly(y2011);
        assertThat(select(InputSelector.defaults(), 2017, y2011)).isEmpty();
        assertThat(select(InputSelector.withHorizon(0), 2016, estimate(M, 1, "2015"))).isEmpty();
    }

    @Test
    void countsAndSharesAreNeverCarriedToAnotherYear() {
        Dataset d = Dataset.of(Figures.count(Measure.OST_CLIENTS, 1455, "2017"),
                Figures.percent(Measure.HIV_PREVALENCE_PWID, 12.4, "2016"));
        assertThat(InputSelector.defaults().select(d, Measure.OST_CLIENTS, AREA, Subgroup.TOTAL, 2018)).isEmpty();
        assertThat(InputSelector.defaults().select(d, Measure.HIV_PREVALENCE_PWID, AREA, Subgroup.TOTAL, 2017))
                .isEmpty();
        assertThat(InputSelector.defaults().select(d, Measure.OST_CLIENTS, AREA, Subgroup.TOTAL, 2017)).hasSize(1);
    }

    @Test
    void laterFiguresAreNeverUsed() {
        assertThat(select(InputSelector.defaults(), 2016, estimate(M, 1, "2017"))).isEmpty();
    }

    @Test
    void spansAndDatesCoverTheirYears() {
        Observation span = estimate(M, 1, "2016-2019");
        Observation date = estimate(M, 2, "2018-01-01");
        assertThat(select(InputSelector.defaults(), 2018, span, date)).containsExactlyInAnyOrder(span, date);
        // 2021 is two years after the span's end, 3 after the date: the span is nearer
        assertThat(select(InputSelector.defaults(), 2021, span, date)).containsExactly(span);
    }

    @Test
    void tiesAreAllReturned() {
        Observation a = estimate(M, 18934, "2010");
        Observation b = Observation.of(M, io.github.hrindicators.core.Estimate.of(44000),
                io.github.hrindicators.core.ReferencePeriod.parse("2010"), AREA, Figures.OTHER_SOURCE);
        assertThat(select(InputSelector.defaults(), 2010, a, b)).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void negativeHorizonIsRejected() {
        assertThatThrownBy(() -> InputSelector.withHorizon(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThat(InputSelector.withHorizon(3).horizonYears()).isEqualTo(3);
        assertThat(InputSelector.defaults().describe(2016)).isEqualTo("2016 (population estimates: up to 5 years earlier)");
        assertThat(InputSelector.withHorizon(1).describe(2016)).isEqualTo("2016 (population estimates: up to 1 year earlier)");
        assertThat(InputSelector.withHorizon(0).describe(2016)).isEqualTo("2016");
    }
}
