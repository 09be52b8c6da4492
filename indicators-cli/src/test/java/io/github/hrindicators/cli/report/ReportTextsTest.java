package io.github.hrindicators.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.NotComputableReason;
import io.github.hrindicators.core.indicator.Phrase;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.Target;
import io.github.hrindicators.core.indicator.Variant;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Gender;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.ProviderType;
import io.github.hrindicators.core.ReferencePeriod;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import java.util.ResourceBundle;
import java.util.TreeSet;
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
    void everyWordOfTheCatalogueAndEverySentenceOfTheEngineHasItsRussianText() {
        Texts ru = Texts.of(Language.RU);
        for (Indicator indicator : Catalogue.standard().indicators()) {
            IndicatorDefinition d = indicator.definition();
            assertThat(List.of(ru.name(d), ru.numerator(d), ru.denominator(d))).as(d.id())
                    .allMatch(ReportTextsTest::cyrillic);
            for (Variant v : indicator.formula().variants()) {
                assertThat(ru.variant(d, v)).as(d.id() + " " + v.code()).matches(ReportTextsTest::cyrillic);
            }
            for (Target t : d.targets()) {
                assertThat(ru.target(d, t)).as(d.id() + " " + t.id()).isNotBlank();
            }
        }
        // every pattern of the engine, and only those (a stale Russian key is a sentence the engine no longer says)
        ResourceBundle phrases = ResourceBundle.getBundle(Texts.PHRASES, Language.RU.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(new TreeSet<>(phrases.keySet())).isEqualTo(Phrase.keys());
        for (String key : Phrase.keys()) {
            // the same arguments in both languages
            assertThat(arguments(phrases.getString(key))).as(key).isEqualTo(arguments(Phrase.englishPattern(key)));
        }
        for (Gender g : Gender.values()) {
            assertThat(ru.subgroup(Subgroup.TOTAL.withGender(g))).as(g.name()).matches(ReportTextsTest::cyrillic);
        }
        for (Setting x : Setting.values()) {
            assertThat(ru.subgroup(Subgroup.of(x))).as(x.name()).matches(ReportTextsTest::cyrillic);
        }
        for (ProviderType x : ProviderType.values()) {
            assertThat(ru.subgroup(Subgroup.TOTAL.withProviderType(x))).as(x.name()).matches(ReportTextsTest::cyrillic);
        }
        // what each measure counts, and no Russian text of a measure the library no longer has
        for (io.github.hrindicators.core.Measure m : io.github.hrindicators.core.Measure.values()) {
            assertThat(ru.measure(m)).as(m.code()).matches(ReportTextsTest::cyrillic);
        }
        ResourceBundle catalogueRu = ResourceBundle.getBundle(Texts.CATALOGUE, Language.RU.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        java.util.Set<String> described = new TreeSet<>();
        catalogueRu.keySet().stream().filter(k -> k.startsWith("measure.")).forEach(k -> described.add(k.substring(8)));
        java.util.Set<String> codes = new TreeSet<>();
        io.github.hrindicators.core.Measure.values().forEach(m -> codes.add(m.code()));
        assertThat(described).isEqualTo(codes);
        // in English the catalogue's and the engine's own words
        IndicatorDefinition ost = Catalogue.standard().indicators().get(0).definition();
        Texts en = Texts.of(Language.EN);
        assertThat(en.name(ost)).isEqualTo(ost.name());
        assertThat(en.measure(io.github.hrindicators.core.Measure.OST_CLIENTS))
                .isEqualTo(io.github.hrindicators.core.Measure.OST_CLIENTS.description());
        assertThat(en.denominator(ost)).isEqualTo(ost.denominator());
        assertThat(en.subgroup(Subgroup.of(Setting.PRISON).withGender(Gender.MALE))).isEqualTo("prison, male");
    }

    @Test
    void theConsoleHasEveryLabelOfTheResultTableAndItsOwnMessagesInRussian() {
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle en = ResourceBundle.getBundle(ConsoleWords.BUNDLE, java.util.Locale.ROOT, control);
        ResourceBundle ru = ResourceBundle.getBundle(ConsoleWords.BUNDLE, Language.RU.locale(), control);
        java.util.Set<String> expected = new TreeSet<>(en.keySet());
        expected.addAll(io.github.hrindicators.examples.TableWords.KEYS);
        assertThat(new TreeSet<>(ru.keySet())).isEqualTo(expected);
        for (String key : ru.keySet()) {
            // every label in Russian words, but a range "{0} — {1}", which has none
            assertThat(ru.getString(key)).as(key).matches(t -> cyrillic(t) || key.equals("table.to"));
        }
        // English is the examples' own table and title
        assertThat(ConsoleWords.of(Language.EN)).isSameAs(io.github.hrindicators.examples.TableWords.ENGLISH);
        assertThat(ConsoleWords.message(Language.EN, "console.example.title"))
                .isEqualTo(io.github.hrindicators.examples.KyrgyzSeedExample.TITLE);
        assertThat(ConsoleWords.message(Language.EN, "console.summary", "3", "1"))
                .isEqualTo("3 results computed, 1 not computable");
    }

    @Test
    void aSentenceOfTheEngineInRussianHasItsNumbersInTheRussianFormat() {
        // an OST ratio whose numerator is above its denominator: 1505 / 1400 = 107.5 %
        Dataset data = Dataset.of(List.of(
                Observation.of(Measure.OST_CLIENTS, Count.of(1505), ReferencePeriod.ofYear(2016), KG,
                        Source.of("synthetic")),
                Observation.of(Measure.PWID_POPULATION_SIZE, Estimate.of(1400.5), ReferencePeriod.ofYear(2016), KG,
                        Source.of("synthetic"))));
        NotComputableReason reason = Catalogue.standard().get("ost_coverage").evaluate(data, KG, 2016).stream()
                .flatMap(r -> r.reason().stream()).filter(x -> x.code() == NotComputableReason.Code
                        .NUMERATOR_EXCEEDS_DENOMINATOR).findFirst().orElseThrow();
        assertThat(Texts.of(Language.EN).phrase(reason.phrase())).isEqualTo(reason.message())
                .startsWith("Numerator 1505 is above denominator 1400.5 (107.46 %)");
        assertThat(Texts.of(Language.RU).phrase(reason.phrase()))
                .startsWith("Числитель 1\u202F505 больше знаменателя 1\u202F400,5 (107,46\u00A0%)");
    }

    private static final Area KG = Area.of("Kyrgyzstan");

    private static boolean cyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static java.util.Set<String> arguments(String pattern) {
        java.util.Set<String> args = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+\\}").matcher(pattern);
        while (m.find()) {
            args.add(m.group());
        }
        return args;
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
