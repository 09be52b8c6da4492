package io.github.hrindicators.core.indicator;

/** The unit of an indicator's value. */
public enum ResultUnit {
    /** A share or coverage, held as a fraction and shown in percent. */
    PROPORTION,
    /** An amount per person per year, such as needles-syringes per PWID per year. */
    PER_PERSON_PER_YEAR,
    /** A number of people. */
    PEOPLE,
    /**
     * A mean number of people per site, such as OST clients per OST site; the value is an
     * {@link io.github.hrindicators.core.Estimate} (people per site, not a whole number).
     */
    PER_SITE
}
