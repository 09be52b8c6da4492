package io.github.hrindicators.examples;

import io.github.hrindicators.core.IntervalMethod;
import io.github.hrindicators.core.Subgroup;
import io.github.hrindicators.core.indicator.CoverageLevel;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.Phrase;
import io.github.hrindicators.core.indicator.Target;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The words and number format of a {@link ResultTable}: {@link #ENGLISH} by default; the command-line tool gives
 * Russian ones with {@code --lang ru}. The table's layout is the same in every language.
 */
public interface TableWords {
    /**
     * A label of the table with its {@code {0}}-style arguments, such as {@code table.target} ("target {0}: {1}").
     *
     * @param key the label's key, one of {@link #KEYS}
     * @param args the arguments, already written
     * @return the text
     */
    String label(String key, Object... args);

    /**
     * An indicator's name.
     *
     * @param definition the definition
     * @return the name
     */
    String name(IndicatorDefinition definition);

    /**
     * A result's variant, with the alternatives it used.
     *
     * @param result the result
     * @return the label
     */
    String variant(IndicatorResult result);

    /**
     * A subgroup in words.
     *
     * @param subgroup the subgroup, not the total
     * @return the words
     */
    String subgroup(Subgroup subgroup);

    /**
     * A coverage level in words.
     *
     * @param level the level
     * @return the word
     */
    String level(CoverageLevel level);

    /**
     * A target's label.
     *
     * @param definition the indicator's definition
     * @param target one of its targets
     * @return the label
     */
    String target(IndicatorDefinition definition, Target target);

    /**
     * An input's role and measure.
     *
     * @param input the input
     * @return the text, such as {@code denominator: pwid_population_size}
     */
    String input(InputUsed input);

    /**
     * An interval method in a few words, for the table's interval column.
     *
     * @param method the method
     * @return the words, such as {@code bounds}
     */
    String method(IntervalMethod method);

    /**
     * A sentence of the engine: a warning or a reason.
     *
     * @param phrase the phrase
     * @return the sentence
     */
    String phrase(Phrase phrase);

    /**
     * A number with a fixed count of decimals and the language's separators.
     *
     * @param value the number
     * @param decimals the decimals, 0 or more
     * @return the text, such as {@code 6,402} or {@code 6.02}
     */
    String number(double value, int decimals);

    /** Every label key a language gives. */
    java.util.List<String> KEYS = java.util.List.of("table.header.indicator", "table.header.value",
            "table.header.interval", "table.header.level", "table.notComputable", "table.interval",
            "table.ratio", "table.target", "table.input", "table.note", "table.warning", "table.notComputableHeading",
            "table.definitions", "table.sources", "table.gap.met", "table.gap.points", "table.gap.short",
            "table.gap.more", "table.level", "table.seed", "table.draws", "table.to", "table.yes", "table.no");

    /** The table in English, with the catalogue's and the engine's own words. */
    TableWords ENGLISH = new TableWords() {
        private final Map<String, String> labels = Map.ofEntries(
                Map.entry("table.header.indicator", "Indicator [variant] (subgroup)"),
                Map.entry("table.header.value", "Value"), Map.entry("table.header.interval", "Interval"),
                Map.entry("table.header.level", "Level"), Map.entry("table.notComputable", "not computable"),
                Map.entry("table.interval", "interval {0}"),
                Map.entry("table.ratio", "numerator {0} / denominator {1}"),
                Map.entry("table.target", "target {0}: {1}"), Map.entry("table.input", "input {0} = {1} ({2})"),
                Map.entry("table.note", ", note: {0}"), Map.entry("table.warning", "warning {0}: {1}"),
                Map.entry("table.notComputableHeading", "Not computable from these figures"),
                Map.entry("table.definitions", "Definitions: {0}"), Map.entry("table.sources", "Sources"),
                Map.entry("table.gap.met", "met"), Map.entry("table.gap.points", "{0} percentage points short"),
                Map.entry("table.gap.short", "{0} short"),
                Map.entry("table.gap.more", "({0} more needed at the denominator''s point)"),
                Map.entry("table.level", ", level {0}"), Map.entry("table.seed", ", seed {0}"),
                Map.entry("table.draws", ", {0} draws"), Map.entry("table.to", "{0} to {1}"),
                Map.entry("table.yes", "yes"), Map.entry("table.no", "no"));

        @Override
        public String label(String key, Object... args) {
            String pattern = labels.get(key);
            if (pattern == null) {
                throw new IllegalArgumentException("No table label " + key);
            }
            return new MessageFormat(pattern, Locale.ROOT).format(args);
        }

        @Override
        public String name(IndicatorDefinition definition) {
            return definition.name();
        }

        @Override
        public String variant(IndicatorResult result) {
            return result.variantLabel();
        }

        @Override
        public String subgroup(Subgroup subgroup) {
            return subgroup.toString();
        }

        @Override
        public String level(CoverageLevel level) {
            return level.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public String target(IndicatorDefinition definition, Target target) {
            return target.label();
        }

        @Override
        public String input(InputUsed input) {
            return input.label();
        }

        @Override
        public String method(IntervalMethod method) {
            switch (method) {
                case PLAUSIBLE_BOUNDS:
                    return "bounds";
                case RANGE_PROPAGATION:
                    return "range";
                default:
                    return method.label();
            }
        }

        @Override
        public String phrase(Phrase phrase) {
            return phrase.toString();
        }

        @Override
        public String number(double value, int decimals) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", value);
        }
    };
}
