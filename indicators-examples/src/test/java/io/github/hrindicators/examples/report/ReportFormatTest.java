package io.github.hrindicators.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.StandardIndicators;
import io.github.hrindicators.core.indicator.TargetGap;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void valuesByUnit() {
        assertThat(ReportFormat.value(Proportion.ofFraction(0.0602), ResultUnit.PROPORTION)).isEqualTo("6.0 %");
        assertThat(ReportFormat.value(Count.of(1505), ResultUnit.PEOPLE)).isEqualTo("1,505");
        assertThat(ReportFormat.value(Estimate.of(-197.03), ResultUnit.PEOPLE)).isEqualTo("−197");
        assertThat(ReportFormat.value(Estimate.of(38.709677), ResultUnit.PER_SITE)).isEqualTo("38.7");
        assertThat(ReportFormat.value(Rate.perPersonPerYear(152.827), ResultUnit.PER_PERSON_PER_YEAR))
                .isEqualTo("152.8");
    }

    @Test
    void intervalNamesMethodLevelAndSeed() {
        Interval mc = Interval.of(0.5713, 1.0018, IntervalMethod.MONTE_CARLO, 0.95).withMonteCarlo(20261123, 10000);
        assertThat(ReportFormat.interval(mc, ResultUnit.PROPORTION))
                .isEqualTo("57.1 % to 100.2 % (Monte Carlo percentiles, level 95 %, seed 20261123, 10,000 draws)");
        assertThat(ReportFormat.interval(Interval.of(-102, 4598, IntervalMethod.RANGE_PROPAGATION),
                ResultUnit.PEOPLE)).isEqualTo("−102 to 4,598 (input range carried through)");
    }

    @Test
    void gapSaysHowFarShortAndHowManyMore() {
        // hand: 50 % - 6.02 % = 43.98 percentage points; 0.5 × 25000 - 1505 = 10995 more
        TargetGap gap = TargetGap.ofRatio(StandardIndicators.OST_COVERAGE.definition().targets().get(1), 1505, 25000);
        assertThat(ReportFormat.gap(gap, ResultUnit.PROPORTION))
                .isEqualTo("UNAIDS 2025 (50 %): 44.0 percentage points short; 10,995 more in the numerator");
    }
}
