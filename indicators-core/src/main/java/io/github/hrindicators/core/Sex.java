package io.github.hrindicators.core;

/** Sex, as recorded by the source. */
public enum Sex {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE
}
