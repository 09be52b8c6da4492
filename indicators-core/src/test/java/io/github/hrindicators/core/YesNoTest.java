package io.github.hrindicators.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class YesNoTest {

    @ParameterizedTest
    @CsvSource({"yes, true", "YES, true", " no , false", "No, false"})
    void parseIsTheInverseOfToString(String text, boolean yes) {
        YesNo v = YesNo.parse(text);
        assertThat(v.isYes()).isEqualTo(yes);
        assertThat(YesNo.parse(v.toString())).isSameAs(v);
        assertThat(v.doubleValue()).isEqualTo(yes ? 1 : 0);
        assertThat(v.kind()).isEqualTo(QuantityKind.YES_NO);
    }

    @Test
    void parseRefusesAnythingElse() {
        assertThatIllegalArgumentException().isThrownBy(() -> YesNo.parse("1"))
                .withMessage("A yes/no figure is 'yes' or 'no': '1'");
        assertThatIllegalArgumentException().isThrownBy(() -> YesNo.parse("true"));
        assertThatNullPointerException().isThrownBy(() -> YesNo.parse(null));
    }

    @Test
    void valueSemantics() {
        assertThat(YesNo.of(true)).isSameAs(YesNo.YES);
        assertThat(YesNo.of(false)).isSameAs(YesNo.NO);
        // two constants only, so no separately built equal copy exists: equality is identity
        assertThat(YesNo.YES).isEqualTo(YesNo.parse("yes")).isNotEqualTo(YesNo.NO).isNotEqualTo(null)
                .isNotEqualTo(Count.of(1));
        assertThat(YesNo.YES.hashCode()).isNotEqualTo(YesNo.NO.hashCode());
    }

    @Test
    void figureValuesMakeYesNoFromOneOrZeroOnly() {
        Measure dcr = Measure.DRUG_CONSUMPTION_ROOMS;
        assertThat(FigureValues.check(dcr, 1, OptionalDouble.empty(), OptionalDouble.empty(), false,
                IntervalMethod.PUBLISHED_UNSPECIFIED).value()).contains(YesNo.YES);
        assertThat(FigureValues.check(dcr, 0, OptionalDouble.empty(), OptionalDouble.empty(), false,
                IntervalMethod.PUBLISHED_UNSPECIFIED).value()).contains(YesNo.NO);
        FigureValues.Checked half = FigureValues.check(dcr, 0.5, OptionalDouble.empty(), OptionalDouble.empty(),
                false, IntervalMethod.PUBLISHED_UNSPECIFIED);
        assertThat(half.value()).isEmpty();
        assertThat(half.violations()).extracting(Violation::kind).containsExactly(Violation.Kind.NOT_YES_NO);
        FigureValues.Checked ranged = FigureValues.check(dcr, 1, OptionalDouble.of(0), OptionalDouble.of(1), false,
                IntervalMethod.PUBLISHED_UNSPECIFIED);
        assertThat(ranged.violations()).extracting(Violation::kind)
                .containsExactly(Violation.Kind.INTERVAL_NOT_ALLOWED);
        assertThat(ranged.violations().get(0).message()).contains("a yes/no figure takes none");
    }

    @Test
    void aYesNoMeasureTakesOnlyYesNoValues() {
        Area kg = Area.of("Kyrgyzstan");
        Observation o = Observation.of(Measure.PEER_NALOXONE_DISTRIBUTION, YesNo.NO, ReferencePeriod.ofYear(2020),
                kg, Source.of("synthetic"));
        assertThat(o.value()).isEqualTo(YesNo.NO);
        assertThatIllegalArgumentException().isThrownBy(() -> Observation.of(Measure.PEER_NALOXONE_DISTRIBUTION,
                Count.of(1), ReferencePeriod.ofYear(2020), kg, Source.of("synthetic")));
        Measure own = Measure.yesNo("heroin_assisted_treatment", "whether heroin-assisted treatment is offered");
        assertThat(own.kind()).isEqualTo(QuantityKind.YES_NO);
        assertThat(own.isPopulationEstimate()).isFalse();
        assertThat(List.of(Measure.DRUG_CONSUMPTION_ROOMS, Measure.PEER_NALOXONE_DISTRIBUTION))
                .allSatisfy(m -> assertThat(Measure.values()).contains(m));
    }
}
