package io.github.hrindicators.core;

/**
 * Gender as the UNAIDS Global AIDS Monitoring guidelines and the WHO <i>Consolidated guidelines on person-centred HIV
 * strategic information</i> (2022) disaggregate it: female, male, transgender (GAM asks for it among key
 * populations), other (WHO), and unknown (the record does not say).
 */
public enum Gender {
    /** Female. */
    FEMALE,
    /** Male. */
    MALE,
    /** Transgender (GAM key-population disaggregation). */
    TRANSGENDER,
    /** Another gender (WHO "other"). */
    OTHER,
    /** Not recorded. */
    UNKNOWN
}
