package io.github.hrindicators.core.indicator;

import static io.github.hrindicators.core.indicator.Figures.AREA;
import static io.github.hrindicators.core.indicator.Figures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.uncertainty.SizeEstimate;
import io.github.hrindicators.core.uncertainty.SizeEstimates;
import org.junit.jupiter.api.Test;

/** A size estimate enters a coverage as its denominator, with its interval and where it came from. */
class SizeEstimateAsDenominatorTest {

    @Test
    void aCaptureRecaptureEstimateIsTheDenominatorOfOstCoverage() {
        // synthetic: 100 people on OST; Chapman 100/80/20 = 388.571429 [263.878659, 513.264198] (SizeEstimatesTest)
        SizeEstimate size = SizeEstimates.chapman(100, 80, 20, 0.95).withSource(Source.of("Test registers 2016"));
        Observation figure = size.toFigure(Measure.OPIOID_DEPENDENT_PWID_SIZE, ReferencePeriod.ofYear(2016), AREA);

        IndicatorResult r = StandardIndicators.OST_COVERAGE.evaluate(Dataset.of(count(Measure.OST_CLIENTS, 100,
                "2016"), figure), AREA, 2016).get(0);

        // hand: 100 / 388.571429 = 0.257353; plausible bounds [100 / 513.264198, 100 / 263.878659]
        // = [0.194832, 0.378962]
        assertThat(r.number()).hasValueCloseTo(0.257353, within(1e-6));
        assertThat(r.intervals().get(0).method()).isEqualTo(IntervalMethod.PLAUSIBLE_BOUNDS);
        assertThat(r.intervals().get(0).lower()).isCloseTo(0.194832, within(1e-6));
        assertThat(r.intervals().get(0).upper()).isCloseTo(0.378962, within(1e-6));
        InputUsed denominator = r.inputs().stream().filter(i -> i.measure() == Measure.OPIOID_DEPENDENT_PWID_SIZE)
                .findFirst().orElseThrow();
        assertThat(denominator.sources().get(0).citation()).isEqualTo("computed by Chapman capture-recapture, normal"
                + " interval, Seber's variance from n1 = 100, n2 = 80, m = 20; inputs: Test registers 2016");
        // hand: sqrt(4047.495362) = 63.619929, six significant digits
        assertThat(figure.note()).contains("standard error 63.6199");
    }

    @Test
    void aPublishedEstimateKeepsItsSource() {
        Source unaids = Source.of("UNAIDS 2024");
        SizeEstimate published = SizeEstimate.published(Estimate.of(25_000, 20_000, 30_000,
                IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS), "national estimate", unaids);

        Observation figure = published.toFigure(Measure.PWID_POPULATION_SIZE, ReferencePeriod.ofYear(2016), AREA);

        assertThat(figure.source()).isEqualTo(unaids);
        assertThat(figure.note()).isEmpty();
        assertThat(figure.value()).isEqualTo(published.toEstimate());
    }

    @Test
    void aTriangulationNamesItsParts() {
        SizeEstimate a = SizeEstimates.chapman(100, 80, 20, 0.95);
        SizeEstimate b = SizeEstimate.published(Estimate.of(450), "multiplier (NSP)", Source.of("NGO report"));

        Observation figure = SizeEstimates.triangulate(java.util.List.of(a, b)).toFigure(
                Measure.PWID_POPULATION_SIZE, ReferencePeriod.ofYear(2016), AREA);

        assertThat(figure.source().citation()).isEqualTo("computed by triangulation from N1 (Chapman capture-recapture,"
                + " normal interval, Seber's variance) = 388.571, N2 (multiplier (NSP)) = 450");
        assertThat(figure.note()).isEmpty();
    }
}
