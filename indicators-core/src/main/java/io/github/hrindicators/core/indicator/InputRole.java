package io.github.hrindicators.core.indicator;

import java.util.Locale;

/**
 * The part an input plays in a result. {@link #code()} is the stable name written to files; {@link #label()} is for
 * people.
 */
public enum InputRole {
    /** The numerator of a ratio or share. */
    NUMERATOR("numerator"),
    /** The denominator of a ratio or share. */
    DENOMINATOR("denominator"),
    /** The quantity a difference subtracts from (estimated people living with HIV). */
    MINUEND("minuend"),
    /** The quantity a difference subtracts (people diagnosed). */
    SUBTRAHEND("subtrahend"),
    /** The published value of the indicator itself, such as UNAIDS' "ART coverage 28 % (21–37 %)". */
    PUBLISHED_VALUE("published value"),
    /** The design effect of a survey, which widens a binomial interval. */
    DESIGN_EFFECT("design effect"),
    /** The size of the population a survey sampled, for the finite-population correction of its interval. */
    POPULATION_SIZE("population size"),
    /** A figure an indicator reports as it is, such as needles-syringes distributed in prisons. */
    REPORTED_FIGURE("reported figure"),
    /** A figure that another input of the result was derived from; the derived input follows its parts. */
    PART("part"),
    /** One of several figures that a conflict policy combined into the input that follows them. */
    COMBINED_ALTERNATIVE("alternative");

    private final String label;

    InputRole(String label) {
        this.label = label;
    }

    /**
     * The role for people, such as {@code denominator}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The stable name written to files, such as {@code denominator}.
     *
     * @return the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
