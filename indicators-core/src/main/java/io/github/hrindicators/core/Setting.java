package io.github.hrindicators.core;

/** Where a service is given or a population lives. */
public enum Setting {
    /** Outside places of detention. */
    COMMUNITY,
    /** Prisons, pre-trial detention and other places of detention. */
    PRISON
}
