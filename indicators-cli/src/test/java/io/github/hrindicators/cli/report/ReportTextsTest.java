package io.github.hrindicators.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.indicator.ResultUnit;
import org.junit.jupiter.api.Test;

/** The words and numbers of the report in each language. */
class ReportTextsTest {
    @Test
    void everyLanguageHasEveryKeyAndNoEmptyText() {
        Texts en = Texts.of(Language.EN);
        for (Language language : Language.values()) {
            Texts t = Texts.of(language);
            assertThat(t.keys()).as(language.code()).isEqualTo(en.keys());
            assertThat(t.keys()).allMatch(k -> !t.get(k).isBlank());
        }
        // every interval method has its words, in every language
        for (IntervalMethod m : IntervalMethod.values()) {
            assertThat(en.has("interval." + m.code())).as(m.code()).isTrue();
        }
    }

    @Test
    void russianTextsAreRussian() {
        Texts ru = Texts.of(Language.RU);
        for (String key : ru.keys()) {
            // every text has Cyrillic letters, but for those that are only numbers and arguments
            String text = ru.get(key).replaceAll("\\{[0-9]\\}", "");
            if (text.chars().anyMatch(Character::isLetter)) {
                assertThat(text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC))
                        .as("%s: %s", key, text).isTrue();
            }
        }
    }

    @Test
    void numbersFollowOneRulePerUnitInTheLanguagesFormat() {
        Texts en = Texts.of(Language.EN);
        Texts ru = Texts.of(Language.RU);
        // hand: 1505 / 25000 = 6.02 %; 6402 people; 152.827 needles-syringes per PWID to one decimal
        Proportion ost = Proportion.ofFraction(1505 / 25000.0);
        assertThat(en.value(ost, ResultUnit.PROPORTION)).isEqualTo("6.02\u00A0%");
        assertThat(ru.value(ost, ResultUnit.PROPORTION)).isEqualTo("6,02\u00A0%");
        assertThat(en.value(Count.of(6402), ResultUnit.PEOPLE)).isEqualTo("6,402");
        assertThat(ru.value(Count.of(6402), ResultUnit.PEOPLE)).isEqualTo("6\u202F402");
        assertThat(en.number(152.827, ResultUnit.PER_PERSON_PER_YEAR)).isEqualTo("152.8");
        assertThat(en.number(151.0, ResultUnit.PER_PERSON_PER_YEAR)).isEqualTo("151.0");
        assertThat(en.number(-2091, ResultUnit.PEOPLE)).isEqualTo("\u22122,091");
        assertThat(en.percentOf(0.998)).isEqualTo("99.8\u00A0%");
        assertThat(ru.percentOf(0.95)).isEqualTo("95\u00A0%");
    }
}
