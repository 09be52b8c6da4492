package io.github.hrindicators.core;

import static io.github.hrindicators.core.ValueSemantics.assertValueSemantics;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubgroupTest {

    @Test
    void totalIsTotal() {
        assertThat(Subgroup.TOTAL.isTotal()).isTrue();
        assertThat(Subgroup.TOTAL.setting()).isEmpty();
        assertThat(Subgroup.TOTAL.sex()).isEmpty();
        assertThat(Subgroup.TOTAL.ageBand()).isEmpty();
        assertThat(Subgroup.TOTAL).hasToString("total");
    }

    @Test
    void anyPartMakesItNotTotal() {
        assertThat(Subgroup.of(Setting.PRISON).isTotal()).isFalse();
        assertThat(Subgroup.TOTAL.withSex(Sex.FEMALE).isTotal()).isFalse();
        assertThat(Subgroup.TOTAL.withAgeBand("15-24").isTotal()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        // raw, stored
        "15-24,   15-24",
        "50+,     50+",
        "0-14,    0-14",
        "'  25-49 ', 25-49",
        "0-0,     0-0",
        "999+,    999+",
        "18-18,   18-18",
    })
    void withAgeBandAcceptsBothForms(String raw, String stored) {
        assertThat(Subgroup.TOTAL.withAgeBand(raw).ageBand()).hasValue(stored);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "24-15  | Age band lower end is above its upper end: '24-15'",
        "50-49  | Age band lower end is above its upper end: '50-49'",
        "abc    | Age band is not of the form 15-24 or 50+: 'abc'",
        "''     | Age band is not of the form 15-24 or 50+: ''",
        "15 - 24| Age band is not of the form 15-24 or 50+: '15 - 24'",
        "15-    | Age band is not of the form 15-24 or 50+: '15-'",
        "+50    | Age band is not of the form 15-24 or 50+: '+50'",
        "50+-60 | Age band is not of the form 15-24 or 50+: '50+-60'",
        "1000+  | Age band is not of the form 15-24 or 50+: '1000+'",
        "-5-10  | Age band is not of the form 15-24 or 50+: '-5-10'",
        "15–24  | Age band is not of the form 15-24 or 50+: '15–24'",
    })
    void withAgeBandRejectsQuotingTheBand(String band, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> Subgroup.TOTAL.withAgeBand(band)).withMessage(message);
    }

    @Test
    void nullsRejectedNamingTheParameter() {
        assertThatNullPointerException().isThrownBy(() -> Subgroup.of(null)).withMessage("setting");
        assertThatNullPointerException().isThrownBy(() -> Subgroup.TOTAL.withSetting(null)).withMessage("setting");
        assertThatNullPointerException().isThrownBy(() -> Subgroup.TOTAL.withSex(null)).withMessage("sex");
        assertThatNullPointerException().isThrownBy(() -> Subgroup.TOTAL.withAgeBand(null)).withMessage("ageBand");
    }

    @Test
    void withersKeepTheOtherParts() {
        Subgroup s = Subgroup.of(Setting.PRISON).withSex(Sex.MALE).withAgeBand("15-24");
        assertThat(s.setting()).contains(Setting.PRISON);
        assertThat(s.sex()).contains(Sex.MALE);
        assertThat(s.ageBand()).contains("15-24");
        assertThat(s.withSetting(Setting.COMMUNITY).sex()).contains(Sex.MALE);
        assertThat(s.withSetting(Setting.COMMUNITY).ageBand()).contains("15-24");
        assertThat(s.withSex(Sex.FEMALE).setting()).contains(Setting.PRISON);
        assertThat(s.withAgeBand("50+").sex()).contains(Sex.MALE);
        // withers return copies; TOTAL is unchanged
        assertThat(Subgroup.TOTAL.isTotal()).isTrue();
    }

    @Test
    void toStringListsThePartsSet() {
        assertThat(Subgroup.of(Setting.PRISON).withSex(Sex.MALE).withAgeBand("15-24")).hasToString("prison, male, 15-24");
        assertThat(Subgroup.of(Setting.COMMUNITY)).hasToString("community");
        assertThat(Subgroup.TOTAL.withSex(Sex.FEMALE)).hasToString("female");
        assertThat(Subgroup.TOTAL.withAgeBand("50+")).hasToString("50+");
        assertThat(Subgroup.TOTAL.withAgeBand("50+").withSex(Sex.FEMALE)).hasToString("female, 50+");
    }

    @Test
    void equalityIgnoresTheOrderOfWithers() {
        assertValueSemantics(Subgroup.of(Setting.PRISON).withSex(Sex.MALE).withAgeBand("15-24"),
                Subgroup.TOTAL.withAgeBand(" 15-24 ").withSex(Sex.MALE).withSetting(Setting.PRISON),
                Subgroup.of(Setting.COMMUNITY).withSex(Sex.MALE).withAgeBand("15-24"),
                Subgroup.of(Setting.PRISON).withSex(Sex.FEMALE).withAgeBand("15-24"),
                Subgroup.of(Setting.PRISON).withSex(Sex.MALE).withAgeBand("15-25"),
                Subgroup.TOTAL.withSex(Sex.MALE).withAgeBand("15-24"),
                Subgroup.of(Setting.PRISON).withAgeBand("15-24"),
                Subgroup.of(Setting.PRISON).withSex(Sex.MALE),
                Subgroup.TOTAL);
        // TOTAL has no second instance; it differs from every subgroup with a part set
        assertThat(Subgroup.TOTAL).isEqualTo(Subgroup.TOTAL)
                .isNotEqualTo(Subgroup.of(Setting.COMMUNITY))
                .isNotEqualTo(Subgroup.TOTAL.withSex(Sex.FEMALE))
                .isNotEqualTo(Subgroup.TOTAL.withAgeBand("0-99"));
    }

    @Test
    void settingAndSexConstants() {
        assertThat(Setting.values()).containsExactly(Setting.COMMUNITY, Setting.PRISON);
        assertThat(Sex.values()).containsExactly(Sex.FEMALE, Sex.MALE);
    }
}
