package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UicTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // as recorded                      | normalised
        "abc1990m                           | ABC1990M",
        "\" ab c 1990 m \"                  | ABC1990M",
        "\"AB\tC\u00A01990\u202FM\"         | ABC1990M",
        // Cyrillic А, В, С (upper) and а, в, с (lower) look like Latin A, B, C
        "АВС1990М                           | ABC1990M",
        "авс1990м                           | ABC1990M",
        // every look-alike: А В С Е Н І Ј К М О Р Ѕ Т У Ү Х
        "АВСЕНІЈКМОРЅТУҮХ                   | ABCEHIJKMOPSTYYX",
        // other Cyrillic letters stay: Б, Д, Ж
        "бдж01                              | БДЖ01",
        "ab-12                              | AB-12",
    })
    void normalisesCaseWhiteSpaceAndLookAlikes(String recorded, String normalised) {
        Uic u = Uic.of(recorded);
        assertThat(u.code()).isEqualTo(normalised);
        assertThat(u).hasToString(normalised);
        assertThat(Uic.parse(u.toString())).isEqualTo(u);
        assertThat(Uic.normalise(recorded)).isEqualTo(normalised);
    }

    @Test
    void theSamePersonKeyedWithCyrillicOrLatinIsOneCode() {
        assertThat(Uic.of("ОКС1985М")).isEqualTo(Uic.of("okc 1985 m")).hasSameHashCodeAs(Uic.of("OKC1985M"));
        assertThat(Uic.of("A")).isNotEqualTo(Uic.of("B")).isNotEqualTo("A");
        assertThat(Uic.of("A").compareTo(Uic.of("B"))).isNegative();
    }

    @Test
    void refusesBlankAndLongCodes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Uic.of(" \t ")).withMessage("Client code is blank");
        assertThatIllegalArgumentException().isThrownBy(() -> Uic.of("X".repeat(65)))
                .withMessage("Client code is longer than 64 characters: '" + "X".repeat(65) + "'");
        assertThat(Uic.of("X".repeat(64)).code()).hasSize(64);
        assertThatNullPointerException().isThrownBy(() -> Uic.of(null)).withMessage("text");
    }

    @ParameterizedTest
    @CsvSource({"ABC1990M, ABD1990M, true", "ABC1990M, ABC1990M, false", "ABC1990M, ABD1991M, false",
        "ABC1990M, ABC1990, false", "XBC1990M, ABC1990M, true"})
    void differsInOneCharacter(String a, String b, boolean expected) {
        assertThat(Uic.of(a).differsInOneCharacterFrom(Uic.of(b))).isEqualTo(expected);
        assertThat(Uic.of(b).differsInOneCharacterFrom(Uic.of(a))).isEqualTo(expected);
    }
}
