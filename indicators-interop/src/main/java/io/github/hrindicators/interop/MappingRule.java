package io.github.hrindicators.interop;

import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Subgroup;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a {@link Mapping}: which results or figures it matches, and the receiving system's codes for them.
 *
 * @param subject the indicator (with an optional variant) or the measure that the row maps
 * @param area the area's name or code, as the results and figures name it
 * @param subgroup the disaggregation matched exactly ({@link Subgroup#TOTAL} for the total)
 * @param dataElement the data element of the value
 * @param categoryOptionCombo the category option combo (DHIS2's disaggregation), if any
 * @param attributeOptionCombo the attribute option combo, if any
 * @param orgUnit the organisation unit
 * @param lowDataElement the data element of the interval's lower bound, if bounds are exported
 * @param highDataElement the data element of the interval's upper bound, if bounds are exported
 * @param adxAttributes the ADX disaggregation attributes (category code to option code), possibly none
 */
public record MappingRule(Subject subject, String area, Subgroup subgroup, String dataElement,
        Optional<String> categoryOptionCombo, Optional<String> attributeOptionCombo, String orgUnit,
        Optional<String> lowDataElement, Optional<String> highDataElement, Map<String, String> adxAttributes) {

    /**
     * Checks the row and copies the attributes.
     *
     * @param subject as in the record description
     * @param area as in the record description
     * @param subgroup as in the record description
     * @param dataElement as in the record description
     * @param categoryOptionCombo as in the record description
     * @param attributeOptionCombo as in the record description
     * @param orgUnit as in the record description
     * @param lowDataElement as in the record description
     * @param highDataElement as in the record description
     * @param adxAttributes as in the record description
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a code is blank, or only one of the bound data elements is given
     */
    public MappingRule {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subgroup, "subgroup");
        requireCode(area, "area");
        requireCode(dataElement, "dataElement");
        requireCode(orgUnit, "orgUnit");
        for (Optional<String> o : java.util.List.of(categoryOptionCombo, attributeOptionCombo, lowDataElement,
                highDataElement)) {
            Objects.requireNonNull(o, "optional code").ifPresent(c -> requireCode(c, "code"));
        }
        if (lowDataElement.isPresent() != highDataElement.isPresent()) {
            throw new IllegalArgumentException("Give the data elements of both bounds, or of neither: low "
                    + lowDataElement.orElse("none") + ", high " + highDataElement.orElse("none"));
        }
        adxAttributes = Map.copyOf(adxAttributes);
    }

    private static void requireCode(String code, String what) {
        Objects.requireNonNull(code, what);
        if (code.isBlank()) {
            throw new IllegalArgumentException("The " + what + " code is blank");
        }
    }

    /** What a rule maps: an indicator's results (one variant, or all), or the figures of a measure. */
    public sealed interface Subject permits IndicatorSubject, MeasureSubject {
    }

    /**
     * The results of an indicator.
     *
     * @param indicator the catalogue id, such as {@code ost_coverage}
     * @param variant the variant code; empty for every variant of the indicator
     */
    public record IndicatorSubject(String indicator, Optional<String> variant) implements Subject {
        /**
         * Checks the components.
         *
         * @param indicator as in the record description
         * @param variant as in the record description
         * @throws NullPointerException if a component is null
         */
        public IndicatorSubject {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(variant, "variant");
        }
    }

    /**
     * The figures of a measure.
     *
     * @param measure the measure
     */
    public record MeasureSubject(Measure measure) implements Subject {
        /**
         * Checks the component.
         *
         * @param measure as in the record description
         * @throws NullPointerException if the measure is null
         */
        public MeasureSubject {
            Objects.requireNonNull(measure, "measure");
        }
    }
}
