package io.github.hrindicators.core.indicator;

/** The unit of an indicator's value. */
public enum ResultUnit {
    /** A share or coverage, held as a fraction and shown in percent. */
    PROPORTION(1, "%"),
    /** An amount per person per year, such as needles-syringes per PWID per year. */
    PER_PERSON_PER_YEAR(1, "per person per year"),
    /** A number of people. */
    PEOPLE(1, "people"),
    /**
     * A mean number of people per site, such as OST clients per OST site; the value is an
     * {@link io.github.hrindicators.core.Estimate} (people per site, not a whole number).
     */
    PER_SITE(1, "people per site"),
    /** A number of items distributed, such as needles-syringes or condoms distributed in prisons. */
    ITEMS(1, "items"),
    /**
     * An amount per 1,000 people of the denominator's population, such as NSP sites per 1,000 PWID (Harm Reduction
     * International, Global State of Harm Reduction); the value is an {@link io.github.hrindicators.core.Estimate}
     * of X / N × 1000.
     */
    PER_1000_PEOPLE(1000, "per 1,000 people"),
    /** A yes/no answer, such as whether drug consumption rooms exist; the value is a {@link io.github.hrindicators.core.YesNo}. */
    YES_NO(1, "yes or no");

    private final double scale;
    private final String label;

    ResultUnit(double scale, String label) {
        this.scale = scale;
        this.label = label;
    }

    /**
     * The factor a ratio X / N is multiplied by to be in this unit: 1000 for {@link #PER_1000_PEOPLE}, 1 otherwise
     * (a proportion is held as a fraction).
     *
     * @return the factor, 1 or more
     */
    public double scale() {
        return scale;
    }

    /**
     * The unit for people, such as {@code per 1,000 people}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }
}
