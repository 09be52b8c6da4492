package io.github.hrindicators.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.within;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedValueTest {
    private static final Area KG = Area.of("Kyrgyzstan");
    private static final Source SRC = Source.of("UNAIDS AIDSinfo");

    @ParameterizedTest
    @CsvSource({
        // published text, decimals, tolerance = 0.5 × 10^-decimals (hand)
        "4.8,     1, 0.05",
        "151.0,   1, 0.05",
        "152.827, 3, 0.0005",
        "170,     0, 0.5",
        "4.80,    2, 0.005",
    })
    void precisionIsReadFromTheText(String text, int decimals, double tolerance) {
        ReportedValue r = ReportedValue.parse("x", ResultUnit.PER_PERSON_PER_YEAR, text, 2016, KG, SRC, "");
        assertThat(r.decimals()).isEqualTo(decimals);
        assertThat(r.roundingTolerance()).isCloseTo(tolerance, within(1e-15));
    }

    @Test
    void unitsGiveTypedValues() {
        ReportedValue ost = ReportedValue.parse(" ost_coverage ", ResultUnit.PROPORTION, "4.8", 2016, KG, SRC,
                " denominator not stated ");
        assertThat(ost.indicatorId()).isEqualTo("ost_coverage");
        assertThat(ost.value()).isEqualTo(Proportion.ofPercent(4.8));
        assertThat(ost.publishedNumber()).isCloseTo(4.8, within(1e-12));
        assertThat(ost.denominatorNote()).hasValue("denominator not stated");
        assertThat(ReportedValue.parse("n", ResultUnit.PER_PERSON_PER_YEAR, "151.0", 2011, KG, SRC, "").value())
                .isEqualTo(Rate.perPersonPerYear(151));
        assertThat(ReportedValue.parse("u", ResultUnit.PEOPLE, "2000", 2023, KG, SRC, "").value())
                .isEqualTo(Estimate.of(2000));
        assertThat(ReportedValue.parse("s", ResultUnit.PER_SITE, "48.5", 2016, KG, SRC, "").value())
                .isEqualTo(Estimate.of(48.5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "4,8", "1e3", "1E3"})
    void notAPlainDecimal(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportedValue.parse("x", ResultUnit.PROPORTION, text,
                2016, KG, SRC, "")).withMessageContaining("'" + text + "'");
    }

    @Test
    void outOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportedValue.parse("x", ResultUnit.PROPORTION, "101",
                2016, KG, SRC, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> ReportedValue.parse("x", ResultUnit.PEOPLE, "-1",
                2016, KG, SRC, "")).withMessageContaining("negative");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportedValue.parse("x", ResultUnit.PEOPLE, "1",
                1899, KG, SRC, "")).withMessageContaining("1899");
        assertThatIllegalArgumentException().isThrownBy(() -> ReportedValue.parse("x", ResultUnit.PEOPLE, "1",
                3000, KG, SRC, ""));
        assertThatIllegalArgumentException().isThrownBy(() -> ReportedValue.parse(" ", ResultUnit.PEOPLE, "1",
                2016, KG, SRC, "")).withMessageContaining("blank");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportedValue("x", Estimate.of(1), -1, 2016, KG,
                SRC, Optional.empty())).withMessageContaining("-1");
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportedValue("x", Estimate.of(1), 16, 2016, KG,
                SRC, Optional.empty()));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReportedValue("x", Count.of(1), 0, 2016, KG,
                SRC, Optional.empty())).withMessageContaining("count");
    }

    @Test
    void acceptsTheEndsOfItsRanges() {
        // decimals 0 and 15, years 1900 and 2999 are the documented limits; 0 people is a number of people
        assertThat(new ReportedValue("x", Estimate.of(1), 0, 1900, KG, SRC, Optional.empty()).roundingTolerance())
                .isEqualTo(0.5);
        assertThat(new ReportedValue("x", Estimate.of(1), 15, 2999, KG, SRC, Optional.empty()).roundingTolerance())
                .isCloseTo(0.5e-15, within(1e-30));
        assertThat(ReportedValue.parse("x", ResultUnit.PEOPLE, "0", 1900, KG, SRC, "").value())
                .isEqualTo(Estimate.of(0));
        assertThat(ReportedValue.parse("x", ResultUnit.PEOPLE, "1", 2999, KG, SRC, "").year()).isEqualTo(2999);
    }

    @Test
    void nulls() {
        assertThatNullPointerException().isThrownBy(() -> ReportedValue.parse("x", null, "1", 2016, KG, SRC, ""));
        assertThatNullPointerException().isThrownBy(() -> ReportedValue.parse("x", ResultUnit.PEOPLE, null, 2016, KG,
                SRC, ""));
        assertThatNullPointerException().isThrownBy(() -> ReportedValue.parse("x", ResultUnit.PEOPLE, "1", 2016, KG,
                SRC, null));
        assertThatNullPointerException().isThrownBy(() -> new ReportedValue(null, Estimate.of(1), 0, 2016, KG, SRC,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new ReportedValue("x", null, 0, 2016, KG, SRC,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new ReportedValue("x", Estimate.of(1), 0, 2016, null, SRC,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new ReportedValue("x", Estimate.of(1), 0, 2016, KG, null,
                Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new ReportedValue("x", Estimate.of(1), 0, 2016, KG, SRC,
                null));
    }
}
