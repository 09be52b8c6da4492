package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureTest {

    static List<Measure> standard() {
        return Measure.values();
    }

    @ParameterizedTest
    @MethodSource("standard")
    void fromCodeIsTheInverseOfCodeWhateverTheCaseAndSurroundingSpace(Measure measure) {
        assertThat(Measure.fromCode(measure.code())).contains(measure);
        assertThat(Measure.fromCode(measure.code().toUpperCase(Locale.ROOT))).contains(measure);
        assertThat(Measure.fromCode("  " + measure.code() + "\t")).contains(measure);
        assertThat(measure.description()).isNotBlank();
        assertThat(measure).hasToString(measure.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "ost", "ost clients", "ost-clients", "ostclients", "ost_clients_x",
        "pwid"})
    void fromCodeUnknownIsEmpty(String code) {
        assertThat(Measure.fromCode(code)).isEmpty();
    }

    @Test
    void codeDoesNotDependOnTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // in a Turkish locale "I".toLowerCase() is a dotless ı; codes must stay ASCII
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(Measure.fromCode("HIV_PREVALENCE_PWID")).contains(Measure.HIV_PREVALENCE_PWID);
            assertThat(Measure.fromCode("Ost_Clients")).contains(Measure.OST_CLIENTS);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void fromCodeRejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Measure.fromCode(null)).withMessage("code");
    }

    @Test
    void codesAndDescriptionsAreUnique() {
        Set<String> codes = Measure.values().stream().map(Measure::code).collect(Collectors.toSet());
        Set<String> descriptions = Measure.values().stream().map(Measure::description).collect(Collectors.toSet());
        assertThat(codes).hasSameSizeAs(Measure.values());
        assertThat(descriptions).hasSameSizeAs(Measure.values());
    }

    @Test
    void valuesIsUnmodifiable() {
        List<Measure> values = Measure.values();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> values.add(Measure.OST_CLIENTS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void onlySizesOfPopulationsCarryForwardNotSurveyParameters() {
        // a size estimate is re-done every few years and stands for the years between (WHO/UNAIDS 2010 guidelines
        // on estimating the size of populations at risk, ch. 1); a design effect belongs to its own survey
        assertThat(Measure.PWID_POPULATION_SIZE.isPopulationEstimate()).isTrue();
        assertThat(Measure.PLHIV_ESTIMATE.isPopulationEstimate()).isTrue();
        assertThat(Measure.HIV_SURVEY_DESIGN_EFFECT.isPopulationEstimate()).isFalse();
        assertThat(Measure.HIV_SURVEY_DESIGN_EFFECT.kind()).isEqualTo(QuantityKind.ESTIMATE);
        assertThat(Measure.OST_CLIENTS.isPopulationEstimate()).isFalse();
    }

    @Test
    void uniqueClientCountsAreFlaggedAsNotAdditiveAcrossAreas() {
        assertThat(Measure.NSP_CLIENTS.isDistinctPeopleCount()).isTrue();
        assertThat(Measure.NEEDLES_SYRINGES_DISTRIBUTED.isDistinctPeopleCount()).isFalse();
    }

    @Test
    void aUserMeasureIsAValueOfItsOwn() {
        Measure tested = Measure.of("hcv_tested_pwid", QuantityKind.COUNT, "PWID tested for HCV in the period");
        assertThat(Measure.fromCode("hcv_tested_pwid")).as("not part of the library's vocabulary").isEmpty();
        assertThat(Measure.values()).doesNotContain(tested);
        assertThat(tested.isPopulationEstimate()).isFalse();
        assertThat(Measure.populationEstimate("msm_size", "MSM size estimate").isPopulationEstimate()).isTrue();
        assertThat(Measure.distinctPeople("hcv_clients", "HCV clients").isDistinctPeopleCount()).isTrue();
        assertValueSemantics(tested,
                Measure.of("hcv_tested_pwid", QuantityKind.COUNT, "PWID tested for HCV in the period"),
                Measure.of("hcv_tested_pwid2", QuantityKind.COUNT, "PWID tested for HCV in the period"),
                Measure.of("hcv_tested_pwid", QuantityKind.ESTIMATE, "PWID tested for HCV in the period"),
                Measure.of("hcv_tested_pwid", QuantityKind.COUNT, "other"),
                Measure.distinctPeople("hcv_tested_pwid", "PWID tested for HCV in the period"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "HCV", "hcv tested", "1hcv", "_hcv", "hcv-tested"})
    void userCodesAreLowerCaseIdentifiers(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Measure.of(code, QuantityKind.COUNT, "x"))
                .withMessageContaining("'" + code + "'");
    }

    @Test
    void aUserCannotRedefineAStandardCode() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Measure.of("ost_clients", QuantityKind.ESTIMATE, "something else"))
                .withMessage("Measure code 'ost_clients' is a measure of the library's vocabulary: "
                        + "use Measure.OST_CLIENTS");
    }

    @Test
    void standardMeasuresSortInVocabularyOrderThenUserMeasuresByCode() {
        Measure b = Measure.of("b_user", QuantityKind.COUNT, "b");
        Measure a = Measure.of("a_user", QuantityKind.COUNT, "a");
        List<Measure> list = new ArrayList<>(List.of(b, Measure.NSP_SITES, a, Measure.REGISTERED_HIV_CUMULATIVE));
        list.sort(null);
        assertThat(list).containsExactly(Measure.REGISTERED_HIV_CUMULATIVE, Measure.NSP_SITES, a, b);
    }
}
