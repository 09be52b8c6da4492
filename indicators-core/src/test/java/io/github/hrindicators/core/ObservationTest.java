package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ObservationTest {
    private static final ReferencePeriod Y2016 = ReferencePeriod.ofYear(2016);
    private static final Area KG = Area.of("Kyrgyzstan");
    private static final Source SRC = Source.of("Republican AIDS Centre 2017");

    private static Observation ost(long clients) {
        return Observation.of(Measure.OST_CLIENTS, Count.of(clients), Y2016, KG, SRC);
    }

    @Test
    void ofKeepsEverythingForTheWholePopulation() {
        Observation o = ost(1200);
        assertThat(o.measure()).isEqualTo(Measure.OST_CLIENTS);
        assertThat(o.value()).isEqualTo(Count.of(1200));
        assertThat(o.period()).isEqualTo(Y2016);
        assertThat(o.area()).isEqualTo(KG);
        assertThat(o.subgroup()).isEqualTo(Subgroup.TOTAL);
        assertThat(o.source()).isEqualTo(SRC);
        assertThat(o.note()).isEmpty();
    }

    static Stream<Arguments> kindMismatches() {
        return Stream.of(
                Arguments.of(Measure.HIV_PREVALENCE_PWID, Count.of(12),
                        "Value of hiv_prevalence_pwid is not a PROPORTION but a COUNT: 12"),
                Arguments.of(Measure.OST_CLIENTS, Estimate.of(1200),
                        "Value of ost_clients is not a COUNT but a ESTIMATE: 1200.0"),
                Arguments.of(Measure.PWID_POPULATION_SIZE, Count.of(25000),
                        "Value of pwid_population_size is not a ESTIMATE but a COUNT: 25000"),
                Arguments.of(Measure.NEEDLES_SYRINGES_DISTRIBUTED, Rate.perPersonPerYear(200),
                        "Value of needles_syringes_distributed is not a COUNT but a RATE: 200.0 per person per year"),
                Arguments.of(Measure.INJECTING_SHARE_NEW_DIAGNOSES, Estimate.of(0.3),
                        "Value of injecting_share_new_diagnoses is not a PROPORTION but a ESTIMATE: 0.3"));
    }

    @ParameterizedTest
    @MethodSource("kindMismatches")
    void kindMismatchRejected(Measure measure, Quantity value, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Observation.of(measure, value, Y2016, KG, SRC))
                .withMessage(message);
    }

    @Test
    void matchingKindsAccepted() {
        assertThat(Observation.of(Measure.HIV_PREVALENCE_PWID, Proportion.ofPercent(14.3), Y2016, KG, SRC).value())
                .isEqualTo(Proportion.ofPercent(14.3));
        assertThat(Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(25000, 20000, 30000,
                IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS), Y2016, KG, SRC).value().doubleValue()).isEqualTo(25000.0);
    }

    static Stream<Arguments> negativeEstimates() {
        return Stream.of(
                Arguments.of(Estimate.of(-1), "Value of pwid_population_size is negative; an estimate is at least 0: -1.0"),
                Arguments.of(Estimate.of(100, -5, 200, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                        "Low end of the range of pwid_population_size is negative; an estimate is at least 0: "
                                + "100.0 [-5.0, 200.0] published plausible bounds"),
                Arguments.of(Estimate.of(-1, 0, 200, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS),
                        "Value of pwid_population_size is negative; an estimate is at least 0: "
                                + "-1.0 [0.0, 200.0] published plausible bounds"));
    }

    @ParameterizedTest
    @MethodSource("negativeEstimates")
    void negativeEstimateRejected(Estimate value, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Observation.of(Measure.PWID_POPULATION_SIZE, value, Y2016, KG, SRC))
                .withMessage(message);
    }

    @Test
    void zeroEstimateAndPointOutsideRangeAccepted() {
        assertThat(Observation.of(Measure.PLHIV_ESTIMATE, Estimate.of(0), Y2016, KG, SRC).value())
                .isEqualTo(Estimate.of(0));
        // a suspicious figure is kept; indicators report it
        Estimate outside = Estimate.of(5000, 6300, 11000, IntervalMethod.PUBLISHED_PLAUSIBLE_BOUNDS);
        assertThat(Observation.of(Measure.PLHIV_ESTIMATE, outside, Y2016, KG, SRC).value()).isEqualTo(outside);
    }

    @Test
    void nullsRejectedNamingTheParameter() {
        Count v = Count.of(1);
        Measure m = Measure.OST_CLIENTS;
        assertThatNullPointerException().isThrownBy(() -> Observation.of(null, v, Y2016, KG, SRC))
                .withMessage("measure");
        assertThatNullPointerException().isThrownBy(() -> Observation.of(m, null, Y2016, KG, SRC))
                .withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Observation.of(m, v, null, KG, SRC)).withMessage("period");
        assertThatNullPointerException().isThrownBy(() -> Observation.of(m, v, Y2016, null, SRC)).withMessage("area");
        assertThatNullPointerException().isThrownBy(() -> Observation.of(m, v, Y2016, KG, null))
                .withMessage("source");
        assertThatNullPointerException().isThrownBy(() -> ost(1).withSubgroup(null)).withMessage("subgroup");
        assertThatNullPointerException().isThrownBy(() -> ost(1).withNote(null)).withMessage("note");
    }

    @Test
    void withNoteStripsAndBlankRemoves() {
        Observation noted = ost(1200).withNote("  census on 1 January ");
        assertThat(noted.note()).hasValue("census on 1 January");
        assertThat(noted.withNote("other").note()).hasValue("other");
        assertThat(noted.withNote("").note()).isEmpty();
        assertThat(noted.withNote(" \t\n").note()).isEmpty();
        assertThat(noted.withNote("   ")).isEqualTo(ost(1200));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n"})
    void blankNoteOnAFigureWithoutNoteKeepsItWithout(String blank) {
        assertThat(ost(1200).withNote(blank)).isEqualTo(ost(1200));
    }

    @Test
    void withSubgroupReplacesOnlyTheSubgroup() {
        Subgroup prison = Subgroup.of(Setting.PRISON);
        Observation o = ost(1200).withNote("n").withSubgroup(prison);
        assertThat(o.subgroup()).isEqualTo(prison);
        assertThat(o.note()).hasValue("n");
        assertThat(o.value()).isEqualTo(Count.of(1200));
        assertThat(o.withSubgroup(Subgroup.TOTAL)).isEqualTo(ost(1200).withNote("n"));
        // the note survives a later subgroup and the subgroup survives a later note
        assertThat(ost(1200).withSubgroup(prison).withNote("n")).isEqualTo(o);
    }

    @Test
    void toStringNamesTheFigure() {
        assertThat(ost(1200)).hasToString("ost_clients = 1200 (2016, Kyrgyzstan, total; Republican AIDS Centre 2017)");
        assertThat(ost(1200).withSubgroup(Subgroup.of(Setting.PRISON).withGender(Gender.MALE)))
                .hasToString("ost_clients = 1200 (2016, Kyrgyzstan, prison, male; Republican AIDS Centre 2017)");
    }

    @Test
    void valueSemantics() {
        Observation base = ost(1200).withNote("n");
        assertValueSemantics(base, Observation.of(Measure.OST_CLIENTS, Count.of(1200), ReferencePeriod.parse("2016"),
                        Area.of(" Kyrgyzstan"), Source.of("Republican AIDS Centre 2017 ")).withNote(" n "),
                Observation.of(Measure.NSP_CLIENTS, Count.of(1200), Y2016, KG, SRC).withNote("n"),
                ost(1201).withNote("n"),
                Observation.of(Measure.OST_CLIENTS, Count.of(1200), ReferencePeriod.ofYear(2017), KG, SRC).withNote("n"),
                Observation.of(Measure.OST_CLIENTS, Count.of(1200), Y2016, Area.of("Бишкек"), SRC).withNote("n"),
                base.withSubgroup(Subgroup.of(Setting.PRISON)),
                Observation.of(Measure.OST_CLIENTS, Count.of(1200), Y2016, KG, Source.of("UNODC 2017"))
                        .withNote("n"),
                base.withNote("m"),
                base.withNote(""));
    }
}
