package io.github.hrindicators.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's sentences as keys and arguments: English by default, any language through its own patterns. */
class PhraseTest {

    @Test
    void englishSentenceNestsClausesAndWritesEachArgumentByItsType() {
        Phrase missing = Phrase.of("missing_input",
                Phrase.joined("list.and", List.of("ost_clients", "pwid_population_size", "ost_sites")), "Kyrgyzstan",
                Subgroup.TOTAL, Phrase.of("selector.horizon", 2016, 5));
        assertThat(missing).hasToString("No ost_clients and pwid_population_size and ost_sites for Kyrgyzstan (total) "
                + "in 2016 (population estimates: up to 5 years earlier)");
        // a Double is a measured number (at most four decimals), a Percent a fraction in percent, a quantity itself
        assertThat(Phrase.of("numerator_above_denominator", 1505.0, 1400.123456, new Phrase.Percent(1.0749))
                .toString()).startsWith("Numerator 1505 is above denominator 1400.1235 (107.49 %)");
        assertThat(Phrase.of("positives_above_tested", Count.of(12), Count.of(10)))
                .hasToString("Positives 12 are more than tested 10: the figures are inconsistent");
        // a quote in a pattern is doubled for MessageFormat and written once
        assertThat(Phrase.of("no_upper_bound").toString()).contains("The denominator's range");
    }

    @Test
    void anotherLanguageGivesItsPatternsAndFormatsTheArgumentsItself() {
        Map<String, String> ru = Map.of("zero_denominator", "Знаменатель {0} равен нулю",
                "missing_input", "Нет {0} для {1} ({2}) за {3}", "list.and", "{0} и {1}");
        Phrase p = Phrase.of("missing_input", Phrase.joined("list.and", List.of("a", "b")), "KG", Subgroup.TOTAL,
                2016.5);
        String text = p.format(ru::get, v -> v instanceof Double d ? String.valueOf(d).replace('.', ',')
                : v instanceof Subgroup ? "всего" : v.toString());
        assertThat(text).isEqualTo("Нет a и b для KG (всего) за 2016,5");
        assertThat(p.key()).isEqualTo("missing_input");
        assertThat(p.arguments()).hasSize(4);
    }

    @Test
    void refusesAnUnknownKeyAndArgumentsOfOtherTypes() {
        assertThatThrownBy(() -> Phrase.of("no_such_phrase")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no_such_phrase");
        assertThatThrownBy(() -> Phrase.of("zero_denominator", new StringBuilder("x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phrase.of("zero_denominator", (Object) null)).isInstanceOf(NullPointerException.class);
        assertThat(Phrase.of("zero_denominator", "n")).isEqualTo(Phrase.of("zero_denominator", "n"))
                .hasSameHashCodeAs(Phrase.of("zero_denominator", "n")).isNotEqualTo(Phrase.of("zero_denominator", "m"));
    }

    @Test
    void theWordsOfTheCatalogueInPhrasesAreTheCataloguesOwn() {
        // a difference's measures are named in its warnings by the engine's terms; they must say what its record says
        for (Indicator indicator : Catalogue.standard().indicators()) {
            if (indicator.formula() instanceof Formula.Difference d) {
                assertThat(Phrase.englishPattern("term." + d.minuend().code())).isEqualTo(d.minuendName());
                assertThat(Phrase.englishPattern("term." + d.subtrahend().code())).isEqualTo(d.subtrahendName());
            }
            for (Derivation derivation : indicator.derivations()) {
                if (!derivation.caveat().isEmpty()) {
                    assertThat(Phrase.englishPattern("caveat." + derivation.produces().code()))
                            .isEqualTo(derivation.caveat());
                }
            }
        }
        for (CaseBase base : List.of(CaseBase.CUMULATIVE, CaseBase.ALIVE, CaseBase.NEW_DIAGNOSES)) {
            assertThat(Phrase.englishPattern("case_base." + base.code())).isEqualTo(base.label());
        }
    }
}
