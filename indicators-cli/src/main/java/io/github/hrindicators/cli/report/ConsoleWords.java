package io.github.hrindicators.cli.report;

import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.CoverageLevel;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.Phrase;
import io.github.hrindicators.core.indicator.Target;
import io.github.hrindicators.examples.TableWords;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The console's words in a language: {@link TableWords#ENGLISH} in English; otherwise the labels of the bundle
 * {@code console_<lang>} (one file per language, the keys of {@link TableWords#KEYS}) and the report's words for the
 * catalogue and the engine ({@link Texts}), with the language's number format.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConsoleWords implements TableWords {
    static final String BUNDLE = "io.github.hrindicators.cli.report.console";

    private final Texts texts;
    private final ResourceBundle labels;

    private ConsoleWords(Texts texts) {
        this.texts = texts;
        this.labels = ResourceBundle.getBundle(BUNDLE, texts.language().locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * The console's words in a language.
     *
     * @param language the language
     * @return {@link TableWords#ENGLISH} in English, the language's words otherwise
     * @throws NullPointerException if {@code language} is null
     */
    public static TableWords of(Language language) {
        return Objects.requireNonNull(language, "language") == Language.EN ? TableWords.ENGLISH
                : new ConsoleWords(Texts.of(language));
    }

    /**
     * A console label of the bundle, with its arguments; also the console's own messages, such as the summary line
     * of {@code hri compute} (keys {@code console.*}).
     *
     * @param language the language
     * @param key the key
     * @param args the arguments, already written
     * @return the text
     */
    public static String message(Language language, String key, Object... args) {
        return language == Language.EN ? english(key, args) : new ConsoleWords(Texts.of(language)).label(key, args);
    }

    private static String english(String key, Object... args) {
        ResourceBundle en = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(en.getString(key).replace("'", "''"), Locale.ROOT).format(args);
    }

    @Override
    public String label(String key, Object... args) {
        return new MessageFormat(labels.getString(key).replace("'", "''"), texts.language().locale()).format(args);
    }

    @Override
    public String name(IndicatorDefinition definition) {
        return texts.name(definition);
    }

    @Override
    public String variant(IndicatorResult result) {
        String label = texts.variant(result.definition(), result.variant());
        return result.alternatives().isEmpty() ? label : label + " [" + result.alternatives().stream()
                .map(this::alternative).collect(Collectors.joining("; ")) + "]";
    }

    private String alternative(Observation o) {
        return o.measure().code() + " " + texts.value(o.value(), Texts.unitOf(o.measure())) + ", " + o.period();
    }

    @Override
    public String subgroup(Subgroup subgroup) {
        return texts.subgroup(subgroup);
    }

    @Override
    public String level(CoverageLevel level) {
        return texts.get("level." + level.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public String target(IndicatorDefinition definition, Target target) {
        return texts.target(definition, target);
    }

    @Override
    public String input(InputUsed input) {
        return texts.input(input);
    }

    @Override
    public String method(IntervalMethod method) {
        return texts.get("interval." + method.code());
    }

    @Override
    public String phrase(Phrase phrase) {
        return texts.phrase(phrase);
    }

    @Override
    public String number(double value, int decimals) {
        return texts.decimal(value, decimals);
    }
}
