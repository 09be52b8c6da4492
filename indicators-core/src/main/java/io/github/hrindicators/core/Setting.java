package io.github.hrindicators.core;

/**
 * Where a service is given or a population lives, as WHO disaggregates harm-reduction services (<i>Consolidated
 * guidelines on person-centred HIV strategic information</i>, 2022, PRV.8–PRV.14: community- or facility-based;
 * prisons and other closed settings).
 */
public enum Setting {
    /** Community-based: outreach, drop-in centres, mobile points, outside places of detention. */
    COMMUNITY,
    /** A health facility (clinic, hospital, narcology service) outside places of detention. */
    FACILITY,
    /** Prisons, pre-trial detention and other places of detention. */
    PRISON
}
