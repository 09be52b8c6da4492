package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Subgroup;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A sentence of the engine, such as a {@link ResultWarning} or a {@link NotComputableReason}, held as a key and its
 * arguments so that a report can give it in any language. {@link #toString()} is the English sentence, from the
 * patterns of {@code phrases.properties} beside this class; a report in another language gives its own pattern for
 * each of the {@link #keys()} and formats the arguments itself, with {@link #format(Function, Function)}.
 *
 * <p>An argument is one of: a {@link String}, written as it is (a measure code, a period, an area's name, a source's
 * citation, a derivation written with its numbers); an {@link Integer} or a {@link Long}, written as digits
 * (a year, a count of figures, a sample size); a {@link Double}, a measured number to be written in the reader's
 * number format; a {@link Percent}; a {@link Quantity}, a figure's value; a {@link Subgroup}; or another phrase (a
 * clause, given in the same language).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Phrase {
    private static final String BUNDLE = "io.github.hrindicators.core.indicator.phrases";
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private final String key;
    private final List<Object> arguments;

    private Phrase(String key, List<Object> arguments) {
        this.key = key;
        this.arguments = arguments;
    }

    /**
     * A phrase of the engine's patterns.
     *
     * @param key the key of its pattern in {@code phrases.properties}
     * @param arguments the arguments, of the types the class description lists
     * @return the phrase
     * @throws IllegalArgumentException if there is no such pattern or an argument is of another type
     * @throws NullPointerException if an argument is null
     */
    public static Phrase of(String key, Object... arguments) {
        if (!ENGLISH.containsKey(Objects.requireNonNull(key, "key"))) {
            throw new IllegalArgumentException("No English pattern for phrase " + key);
        }
        List<Object> args = new ArrayList<>();
        for (Object a : arguments) {
            if (!(Objects.requireNonNull(a, "argument") instanceof String || a instanceof Integer
                    || a instanceof Long || a instanceof Double || a instanceof Percent || a instanceof Quantity
                    || a instanceof Subgroup || a instanceof Phrase)) {
                throw new IllegalArgumentException("Phrase " + key + " cannot hold a " + a.getClass().getName());
            }
            args.add(a);
        }
        return new Phrase(key, Collections.unmodifiableList(args));
    }

    /**
     * Phrases joined by a conjunction's pattern, such as {@code list.and}: {@code a}, {@code a and b},
     * {@code a and b and c}.
     */
    static Object joined(String conjunction, List<?> parts) {
        Object joined = parts.get(parts.size() - 1);
        for (int i = parts.size() - 2; i >= 0; i--) {
            joined = of(conjunction, parts.get(i), joined);
        }
        return joined;
    }

    /**
     * The key of the phrase's pattern.
     *
     * @return the key, such as {@code missing_input}
     */
    public String key() {
        return key;
    }

    /**
     * The arguments, in the order of the pattern's {@code {0}}, {@code {1}}, ...
     *
     * @return an unmodifiable list
     */
    public List<Object> arguments() {
        return arguments;
    }

    /**
     * Every key a language must give a pattern for.
     *
     * @return an unmodifiable sorted set
     */
    public static Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(ENGLISH.keySet()));
    }

    /**
     * The English pattern of a key, as {@link MessageFormat} reads it.
     *
     * @param key one of {@link #keys()}
     * @return the pattern
     * @throws java.util.MissingResourceException if there is no such key
     */
    public static String englishPattern(String key) {
        return ENGLISH.getString(key);
    }

    /**
     * The phrase in a language: its pattern and each argument's text, nested phrases formatted the same way.
     *
     * @param patterns the pattern of a key in the language, in {@link MessageFormat}'s syntax
     * @param values the text of an argument that is not a phrase
     * @return the sentence
     */
    public String format(Function<String, String> patterns, Function<Object, String> values) {
        Object[] texts = new Object[arguments.size()];
        for (int i = 0; i < texts.length; i++) {
            Object a = arguments.get(i);
            texts[i] = a instanceof Phrase p ? p.format(patterns, values) : values.apply(a);
        }
        return new MessageFormat(patterns.apply(key), Locale.ROOT).format(texts);
    }

    /**
     * The English sentence.
     *
     * @return the sentence, such as {@code Denominator pwid_population_size is 0}
     */
    @Override
    public String toString() {
        return format(ENGLISH::getString, Phrase::english);
    }

    private static String english(Object value) {
        if (value instanceof Double d) {
            return Format.number(d);
        }
        if (value instanceof Percent p) {
            return Format.percent(p.fraction());
        }
        return value.toString();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Phrase o && o.key.equals(key) && o.arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, arguments);
    }

    /**
     * A fraction written in percent, such as 1.05 for {@code 105 %}.
     *
     * @param fraction the fraction
     */
    public record Percent(double fraction) {
    }
}
