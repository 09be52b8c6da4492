package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Source;

/** Small builders of test figures. */
final class Figures {
    static final Area AREA = Area.of("Testland");
    static final Source SOURCE = Source.of("Test source A");
    static final Source OTHER_SOURCE = Source.of("Test source B");

    private Figures() {
    }

    static Observation count(Measure m, long value, String period) {
        return Observation.of(m, Count.of(value), ReferencePeriod.parse(period), AREA, SOURCE);
    }

    static Observation estimate(Measure m, double value, String period) {
        return Observation.of(m, Estimate.of(value), ReferencePeriod.parse(period), AREA, SOURCE);
    }

    static Observation estimate(Measure m, double value, double low, double high, String period) {
        return Observation.of(m, Estimate.of(value, low, high, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS), ReferencePeriod.parse(period), AREA,
                SOURCE);
    }

    static Observation percent(Measure m, double percent, String period) {
        return Observation.of(m, Proportion.ofPercent(percent), ReferencePeriod.parse(period), AREA, SOURCE);
    }

    static Observation percent(Measure m, double percent, double low, double high, String period) {
        return Observation.of(m, Proportion.ofPercent(percent, low, high, IntervalMethod.PUBLISHED_CONFIDENCE_INTERVAL_95),
                ReferencePeriod.parse(period), AREA, SOURCE);
    }
}
