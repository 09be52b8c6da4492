package io.github.hrindicators.core.indicator;

/** What a {@link ResultWarning} is about. */
public enum WarningCode {
    /** The numerator is above the denominator, or above one end of its range. */
    NUMERATOR_EXCEEDS_DENOMINATOR,
    /** An input's range excludes its point. */
    RANGE_EXCLUDES_POINT,
    /** A difference (such as estimated minus diagnosed) is negative at its point or one end of its range. */
    NEGATIVE_DIFFERENCE,
    /** Inputs from different years were combined. */
    MIXED_YEARS,
    /** A proxy stands for the defined denominator (e.g. all PWID for opioid-dependent PWID). */
    PROXY_DENOMINATOR,
    /** A coverage band cut-off could not be confirmed in the primary source. */
    UNCONFIRMED_THRESHOLD,
    /** An input was derived from others rather than published. */
    DERIVED_INPUT,
    /** Other sources give other values for the same input; each alternative has its own result. */
    ALTERNATIVE_INPUTS,
    /**
     * A survey proportion's interval was corrected for the survey design: the message names the design effect, the
     * finite-population correction and the effective sample size used.
     */
    SURVEY_CORRECTIONS,
    /** Figures that tied for an input were resolved by the {@link ConflictPolicy}; the message names them. */
    CONFLICT_RESOLVED
}
