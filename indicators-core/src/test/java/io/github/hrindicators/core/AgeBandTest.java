package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // text | lower | upper (-1 open) | written back
        "15-19    | 15 | 19 | 15-19",
        " 20 - 24 | 20 | 24 | 20-24",
        "50+      | 50 | -1 | 50+",
        "<25      | 0  | 24 | <25",
        "0-14     | 0  | 14 | <15",
        "25+      | 25 | -1 | 25+",
    })
    void parsesTheFormsGuidelinesWrite(String text, int lower, int upper, String written) {
        AgeBand b = AgeBand.parse(text);
        assertThat(b.lower()).isEqualTo(lower);
        if (upper < 0) {
            assertThat(b.upper()).isEmpty();
        } else {
            assertThat(b.upper()).hasValue(upper);
        }
        assertThat(b).hasToString(written);
        assertThat(AgeBand.parse(b.toString())).isEqualTo(b);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''      | Age band is not of the form 15-24, 50+ or <25: ''",
        "adult   | Age band is not of the form 15-24, 50+ or <25: 'adult'",
        "15–24   | Age band is not of the form 15-24, 50+ or <25: '15–24'",
        "-5-10   | Age band is not of the form 15-24, 50+ or <25: '-5-10'",
        "24-15   | Age band lower end is above its upper end: 24-15",
        "15-200  | Age is not within 0-150: 200",
        "<0      | Age limit is not within 1-150: 0",
        "999+    | Age is not within 0-150: 999",
    })
    void rejectsQuotingTheText(String text, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> AgeBand.parse(text)).withMessage(message);
    }

    @Test
    void containsAndOverlapsAtTheEnds() {
        AgeBand teen = AgeBand.of(15, 19);
        assertThat(teen.contains(14)).isFalse();
        assertThat(teen.contains(15)).isTrue();
        assertThat(teen.contains(19)).isTrue();
        assertThat(teen.contains(20)).isFalse();
        assertThat(AgeBand.atLeast(50).contains(150)).isTrue();
        assertThat(teen.overlaps(AgeBand.of(19, 24))).isTrue();
        assertThat(teen.overlaps(AgeBand.of(20, 24))).isFalse();
        assertThat(AgeBand.of(20, 24).overlaps(teen)).isFalse();
        assertThat(AgeBand.atLeast(25).overlaps(AgeBand.under(25))).isFalse();
        assertThat(AgeBand.atLeast(25).overlaps(AgeBand.of(10, 30))).isTrue();
    }

    @Test
    void valueSemanticsAndOrderByAge() {
        assertValueSemantics(AgeBand.of(15, 19), AgeBand.parse("15-19"), AgeBand.of(15, 20), AgeBand.atLeast(15),
                AgeBand.of(14, 19));
        assertThat(AgeBand.of(9, 14)).isLessThan(AgeBand.of(15, 19));
        assertThat(AgeBand.of(15, 19)).isLessThan(AgeBand.atLeast(15));
    }

    @Test
    void whoSchemesPlaceEveryAdultAgeInOneBand() {
        // WHO Consolidated guidelines on HIV, viral hepatitis and STI prevention, diagnosis, treatment and care for
        // key populations (2022), annex on disaggregation: <25 / 25+, and 15-19 / 20-24 / 25-49 / 50+
        assertThat(AgeScheme.WHO_UNDER_25.bandOf(24)).contains(AgeBand.under(25));
        assertThat(AgeScheme.WHO_UNDER_25.bandOf(25)).contains(AgeBand.atLeast(25));
        assertThat(AgeScheme.WHO_FINE.bandOf(14)).isEmpty();
        assertThat(AgeScheme.WHO_FINE.bandOf(19)).contains(AgeBand.of(15, 19));
        assertThat(AgeScheme.WHO_FINE.bandOf(20)).contains(AgeBand.of(20, 24));
        assertThat(AgeScheme.WHO_FINE.bandOf(49)).contains(AgeBand.of(25, 49));
        assertThat(AgeScheme.WHO_FINE.bandOf(50)).contains(AgeBand.atLeast(50));
    }

    @Test
    void aSchemeRefusesOverlappingOrUnorderedBands() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AgeScheme.of("bad", List.of(AgeBand.of(15, 24), AgeBand.of(20, 29))))
                .withMessage("Age bands of bad are not in ascending order without overlap: 15-24 then 20-29");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AgeScheme.of("bad", List.of(AgeBand.of(25, 29), AgeBand.of(15, 24))))
                .withMessage("Age bands of bad are not in ascending order without overlap: 25-29 then 15-24");
        assertThatIllegalArgumentException().isThrownBy(() -> AgeScheme.of("none", List.of()))
                .withMessage("Age scheme has no band: none");
    }
}
