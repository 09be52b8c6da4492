package io.github.hrindicators.core.indicator;

/** The unit of an indicator's value. */
public enum ResultUnit {
    /** A share or coverage, held as a fraction and shown in percent. */
    PROPORTION,
    /** An amount per person per year, such as needles-syringes per PWID per year. */
    PER_PERSON_PER_YEAR,
    /** A number of people. */
    PEOPLE
}
