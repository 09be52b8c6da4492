package io.github.hrindicators.core.indicator;

import java.util.Objects;

/**
 * Coverage bands of an indicator, such as the WHO/UNODC/UNAIDS Technical Guide's low &lt; 20 %, medium 20–40 %,
 * high &gt; 40 % for OST coverage.
 *
 * <p>Boundary inclusion (the guide gives the bands but not which band owns a boundary; this library defines it):
 * a value {@code v} is {@link CoverageLevel#LOW} if {@code v < lowerCut}, {@link CoverageLevel#MEDIUM} if
 * {@code lowerCut <= v <= upperCut}, and {@link CoverageLevel#HIGH} if {@code v > upperCut}. Both cut-offs belong
 * to the medium band, so "high" always means strictly above the upper cut-off, matching the UNAIDS target wording
 * "&gt; 200 needles-syringes per PWID".
 *
 * <p>Cut-offs are in the indicator's unit (fractions for proportions). Each says whether it was confirmed against
 * the primary text; an unconfirmed cut-off makes results carry a warning.
 *
 * @param lowerCut the lower cut-off, finite and {@code >= 0}
 * @param upperCut the upper cut-off, finite and {@code > lowerCut}
 * @param lowerCutConfirmed whether the lower cut-off was confirmed in the primary source
 * @param upperCutConfirmed whether the upper cut-off was confirmed in the primary source
 * @param source the citation of the bands
 */
public record CoverageBands(double lowerCut, double upperCut, boolean lowerCutConfirmed, boolean upperCutConfirmed,
        String source) {

    /**
     * Validates the bands.
     *
     * @param lowerCut as in the record description
     * @param upperCut as in the record description
     * @param lowerCutConfirmed as in the record description
     * @param upperCutConfirmed as in the record description
     * @param source as in the record description
     * @throws IllegalArgumentException if a cut-off is negative or not finite, or {@code upperCut <= lowerCut}, or
     *     the source is blank
     * @throws NullPointerException if {@code source} is null
     */
    public CoverageBands {
        if (!(lowerCut >= 0 && upperCut > lowerCut && upperCut < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(
                    "Cut-offs are not finite with 0 <= lower < upper: " + lowerCut + ", " + upperCut);
        }
        Objects.requireNonNull(source, "source");
        if (source.isBlank()) {
            throw new IllegalArgumentException("Source of coverage bands is blank");
        }
    }

    /**
     * Bands whose cut-offs are both confirmed.
     *
     * @param lowerCut the lower cut-off
     * @param upperCut the upper cut-off
     * @param source the citation
     * @return the bands
     */
    public static CoverageBands confirmed(double lowerCut, double upperCut, String source) {
        return new CoverageBands(lowerCut, upperCut, true, true, source);
    }

    /**
     * The level of a value.
     *
     * @param value the value, in the indicator's unit
     * @return {@code LOW} below the lower cut-off, {@code HIGH} above the upper one, {@code MEDIUM} otherwise
     *     (both cut-offs included)
     * @throws IllegalArgumentException if the value is NaN
     */
    public CoverageLevel level(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("Value is NaN");
        }
        if (value < lowerCut) {
            return CoverageLevel.LOW;
        }
        return value <= upperCut ? CoverageLevel.MEDIUM : CoverageLevel.HIGH;
    }

    /**
     * Whether both cut-offs are confirmed.
     *
     * @return true if neither cut-off is marked unconfirmed
     */
    public boolean isConfirmed() {
        return lowerCutConfirmed && upperCutConfirmed;
    }
}
