package io.github.hrindicators.core.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hrindicators.core.Gender;
import java.util.List;
import org.junit.jupiter.api.Test;

class UicHygieneTest {

    @Test
    void reportsPairsDifferingInOneCharacterWithTheSameGenderAndBirthYear() {
        UicHygiene h = UicHygiene.check(List.of(
                Client.of(Uic.of("ABC1990M"), Gender.MALE).withBirthYear(1990),
                Client.of(Uic.of("ABD1990M"), Gender.MALE).withBirthYear(1990),   // pairs with ABC (3rd letter)
                Client.of(Uic.of("XBC1990M"), Gender.MALE).withBirthYear(1990),   // pairs with ABC (1st letter)
                Client.of(Uic.of("ABE1990M"), Gender.FEMALE).withBirthYear(1990), // other gender: no pair
                Client.of(Uic.of("ABF1990M"), Gender.MALE).withBirthYear(1991),   // other birth year: no pair
                Client.of(Uic.of("ABG1990M"), Gender.UNKNOWN).withBirthYear(1990), // gender unknown: not compared
                Client.of(Uic.of("ABH1990M"), Gender.MALE)));                      // birth year unknown
        // hand: ABC~ABD, ABC~XBC; ABD and XBC differ in two letters → 2 pairs, 3 codes, of 7 clients
        assertThat(h.pairs()).containsExactly(
                new UicHygiene.Pair(Uic.of("ABC1990M"), Uic.of("ABD1990M"), Gender.MALE, 1990),
                new UicHygiene.Pair(Uic.of("ABC1990M"), Uic.of("XBC1990M"), Gender.MALE, 1990));
        assertThat(h.clientsInPairs()).isEqualTo(3);
        assertThat(h.clientsChecked()).isEqualTo(7);
        assertThat(h).hasToString("2 pairs of codes differing in one character with the same gender and birth year, "
                + "3 of 7 clients");
    }

    @Test
    void pairsAreOrderedAndDifferInOneCharacter() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UicHygiene.Pair(Uic.of("B"), Uic.of("A"), Gender.MALE, 1990))
                .withMessage("Codes of a pair are not two codes in order differing in one character: B, A");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UicHygiene.Pair(Uic.of("AA"), Uic.of("BB"), Gender.MALE, 1990));
        assertThat(UicHygiene.check(List.of()).pairs()).isEmpty();
    }
}
