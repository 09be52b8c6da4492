package io.github.hrindicators.cli.report;

import io.github.hrindicators.core.Count;
import io.github.hrindicators.core.Estimate;
import io.github.hrindicators.core.Interval;
import io.github.hrindicators.core.Proportion;
import io.github.hrindicators.core.Quantity;
import io.github.hrindicators.core.Rate;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.YesNo;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.Phrase;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.Target;
import io.github.hrindicators.core.indicator.TargetGap;
import io.github.hrindicators.core.indicator.Variant;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * The words and numbers of the report in one language: labels from the resource bundle {@code report_<lang>}
 * (one file per language, read as UTF-8), and one precision rule per unit — shares in percent with two decimals
 * ({@code 6.02 %}), people as whole numbers ({@code 6,402}), rates and people per site with one decimal
 * ({@code 38.7}) — with the language's separators and a true minus sign.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {
    static final String BUNDLE = "io.github.hrindicators.cli.report.report";
    static final String CATALOGUE = "io.github.hrindicators.cli.report.catalogue";
    static final String PHRASES = "io.github.hrindicators.cli.report.phrases";

    private final Language language;
    private final ResourceBundle bundle;
    /** The catalogue's words in this language; empty in English, whose words the catalogue itself gives. */
    private final Optional<ResourceBundle> catalogue;
    /** The engine's sentences in this language; empty in English, whose sentences the engine itself gives. */
    private final Optional<ResourceBundle> phrases;

    private Texts(Language language) {
        this.language = language;
        ResourceBundle.Control control =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), control);
        this.catalogue = language == Language.EN ? Optional.empty()
                : Optional.of(ResourceBundle.getBundle(CATALOGUE, language.locale(), control));
        this.phrases = language == Language.EN ? Optional.empty()
                : Optional.of(ResourceBundle.getBundle(PHRASES, language.locale(), control));
    }

    /**
     * An indicator's name in this language.
     *
     * @param definition the definition
     * @return the name
     * @throws MissingResourceException if the language has no name for it
     */
    public String name(IndicatorDefinition definition) {
        return catalogue(definition, "name", definition.name());
    }

    /**
     * An indicator's numerator in words, in this language.
     *
     * @param definition the definition
     * @return the text
     * @throws MissingResourceException if the language has none for it
     */
    public String numerator(IndicatorDefinition definition) {
        return catalogue(definition, "numerator", definition.numerator());
    }

    /**
     * An indicator's denominator in words, in this language.
     *
     * @param definition the definition
     * @return the text
     * @throws MissingResourceException if the language has none for it
     */
    public String denominator(IndicatorDefinition definition) {
        return catalogue(definition, "denominator", definition.denominator());
    }

    /**
     * A variant's label, in this language.
     *
     * @param definition the indicator's definition
     * @param variant one of its formula's variants
     * @return the label
     * @throws MissingResourceException if the language has none for it
     */
    public String variant(IndicatorDefinition definition, Variant variant) {
        return catalogue(definition, "variant." + variant.code(), variant.label());
    }

    /**
     * A target's label, in this language.
     *
     * @param definition the indicator's definition
     * @param target one of its targets
     * @return the label
     * @throws MissingResourceException if the language has none for it
     */
    public String target(IndicatorDefinition definition, Target target) {
        return catalogue(definition, "target." + target.id(), target.label());
    }

    /**
     * What a measure counts, in this language.
     *
     * @param measure the measure
     * @return the text
     * @throws MissingResourceException if the language has none for it
     */
    public String measure(io.github.hrindicators.core.Measure measure) {
        return catalogue.map(c -> c.getString("measure." + measure.code())).orElse(measure.description());
    }

    private String catalogue(IndicatorDefinition definition, String what, String english) {
        return catalogue.map(c -> c.getString("indicator." + definition.id() + "." + what)).orElse(english);
    }

    /**
     * A warning's or a not-computable reason's sentence in this language, with its numbers in the language's format.
     *
     * @param phrase the engine's sentence
     * @return the text
     * @throws MissingResourceException if the language has no pattern for one of its keys
     */
    public String phrase(Phrase phrase) {
        return phrases.map(p -> phrase.format(p::getString, this::argument)).orElse(phrase.toString());
    }

    private String argument(Object value) {
        if (value instanceof Double d) {
            // the engine's rule (at most four decimals, as many as the number needs) in the language's separators
            int decimals = Math.max(0, java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros().scale());
            return decimal(d, decimals);
        }
        if (value instanceof Phrase.Percent p) {
            return percent(p.fraction());
        }
        if (value instanceof Subgroup g) {
            return subgroup(g);
        }
        if (value instanceof Quantity q) {
            return value(q, q instanceof Count ? ResultUnit.PEOPLE : ResultUnit.PER_PERSON_PER_YEAR);
        }
        return value.toString();
    }

    /**
     * A subgroup in words: {@code total}, or its setting, gender, age band and provider type.
     *
     * @param subgroup the subgroup
     * @return the text, such as {@code prison, male, 15-24}
     */
    public String subgroup(Subgroup subgroup) {
        if (subgroup.isTotal()) {
            return get("subgroup.total");
        }
        StringJoiner j = new StringJoiner(", ");
        subgroup.setting().ifPresent(x -> j.add(get("setting." + x.name().toLowerCase(Locale.ROOT))));
        subgroup.gender().ifPresent(x -> j.add(get("gender." + x.name().toLowerCase(Locale.ROOT))));
        subgroup.ageBand().ifPresent(a -> j.add(a.toString()));
        subgroup.providerType().ifPresent(x -> j.add(get("provider." + x.name().toLowerCase(Locale.ROOT))));
        return j.toString();
    }

    /**
     * An input's role and measure: {@code denominator: pwid_population_size}, {@code (derived)} after a derived one.
     *
     * @param input the input
     * @return the text
     */
    public String input(InputUsed input) {
        return get("role." + input.role().name().toLowerCase(Locale.ROOT)) + ": " + input.measure().code()
                + (input.isDerived() ? " " + get("input.derived") : "");
    }

    /**
     * The texts of a language.
     *
     * @param language the language
     * @return the texts
     * @throws NullPointerException if {@code language} is null
     */
    public static Texts of(Language language) {
        return new Texts(Objects.requireNonNull(language, "language"));
    }

    /**
     * The language.
     *
     * @return the language
     */
    public Language language() {
        return language;
    }

    /**
     * A label, with its {@code {0}}-style arguments filled in.
     *
     * @param key the key of the bundle
     * @param args the arguments
     * @return the text
     * @throws MissingResourceException if the bundle has no such key
     */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), language.locale())
                .format(args);
    }

    /**
     * Every key of the bundle.
     *
     * @return the keys, sorted
     */
    public java.util.SortedSet<String> keys() {
        return new java.util.TreeSet<>(bundle.keySet());
    }

    /**
     * Whether the bundle has a key.
     *
     * @param key the key
     * @return whether it has it
     */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The unit a figure of this measure is written in: a share, a rate, yes or no, or people.
     *
     * @param m the measure
     * @return the unit
     */
    static ResultUnit unitOf(io.github.hrindicators.core.Measure m) {
        return switch (m.kind()) {
            case PROPORTION -> ResultUnit.PROPORTION;
            case RATE -> ResultUnit.PER_PERSON_PER_YEAR;
            case YES_NO -> ResultUnit.YES_NO;
            default -> ResultUnit.PEOPLE;
        };
    }

    /**
     * A value in the report's precision rule for its unit.
     *
     * @param value the value
     * @param unit the indicator's unit
     * @return the text, such as {@code 6.02 %}, {@code 2,098} or {@code 38.7}
     */
    public String value(Quantity value, ResultUnit unit) {
        if (value instanceof Proportion p) {
            return percent(p.toFraction());
        }
        if (value instanceof Count c) {
            return people(c.value());
        }
        if (value instanceof Rate r) {
            return decimal(r.perPersonPerYear(), 1);
        }
        if (value instanceof YesNo yn) {
            return get(yn.isYes() ? "word.yes" : "word.no");
        }
        return number(((Estimate) value).point(), unit);
    }

    /**
     * A number in the indicator's unit (fractions for shares).
     *
     * @param number the number
     * @param unit the unit
     * @return the text
     */
    public String number(double number, ResultUnit unit) {
        return switch (unit) {
            case PROPORTION -> percent(number);
            case PEOPLE, ITEMS -> people(number);
            default -> decimal(number, 1);
        };
    }

    /**
     * An interval: its bounds in the unit's rule and, in words, its method and level.
     *
     * @param interval the interval
     * @param unit the unit
     * @return the text, such as {@code 58.20 %–101.62 % (plausible bounds)}
     */
    public String interval(Interval interval, ResultUnit unit) {
        String method = get("interval." + interval.method().code());
        String level = interval.confidenceLevel().isPresent() && !interval.method().isPublished()
                ? ", " + get("interval.level", percentOf(interval.confidenceLevel().getAsDouble())) : "";
        return number(interval.lower(), unit) + "–" + number(interval.upper(), unit) + " (" + method + level + ")";
    }

    /**
     * A target gap: met, or how far short and, for a ratio, how many more are needed.
     *
     * @param definition the indicator's definition
     * @param gap the gap
     * @param unit the indicator's unit
     * @return the text
     */
    public String gap(IndicatorDefinition definition, TargetGap gap, ResultUnit unit) {
        String target = target(definition, gap.target());
        if (gap.met()) {
            return get("gap.met", target);
        }
        String amount = unit == ResultUnit.PROPORTION ? get("gap.points", decimal(gap.gap() * 100, 2))
                : get("gap.short", number(gap.gap(), unit));
        String more = gap.additionalNumerator().isPresent()
                ? "; " + get("gap.more", people(gap.additionalNumerator().getAsLong())) : "";
        return target + ": " + amount + more;
    }

    /** A fraction in percent with two decimals, such as {@code 6.02 %}. */
    String percent(double fraction) {
        return decimal(fraction * 100, 2) + "\u00A0%";
    }

    /** A level such as 0.95 in percent with the decimals it needs: {@code 95 %}, {@code 99.8 %}. */
    String percentOf(double fraction) {
        String plain = new java.math.BigDecimal(Double.toString(fraction)).movePointRight(2).stripTrailingZeros()
                .toPlainString();
        return plain.replace('.', language.decimalSeparator()) + "\u00A0%";
    }

    /** People as a whole number with the language's thousands separator. */
    String people(double number) {
        return decimal(number, 0);
    }

    /** A number with a fixed count of decimals and the language's separators. */
    String decimal(double number, int decimals) {
        String s = String.format(Locale.ROOT, "%,." + decimals + "f", number);
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c == ',' ? language.groupingSeparator() : c == '.' ? language.decimalSeparator()
                    : c == '-' ? '\u2212' : c);
        }
        return b.toString();
    }
}
