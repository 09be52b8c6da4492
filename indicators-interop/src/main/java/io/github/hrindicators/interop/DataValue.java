package io.github.hrindicators.interop;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One value for the receiving system: DHIS2's data value (data element, category option combo, attribute option
 * combo, org unit, ISO period, value, comment), with the ADX attributes of its disaggregation.
 *
 * @param dataElement the data element
 * @param categoryOptionCombo the category option combo, if any (DHIS2 then uses its default)
 * @param attributeOptionCombo the attribute option combo, if any
 * @param orgUnit the org unit
 * @param period the DHIS2 period, such as {@code 2016}, {@code 201601} or {@code 20160101}
 * @param value the value as plain decimal text, proportions in percent
 * @param comment what the value is, with its interval and source
 * @param adxAttributes the ADX disaggregation attributes
 */
public record DataValue(String dataElement, Optional<String> categoryOptionCombo,
        Optional<String> attributeOptionCombo, String orgUnit, String period, String value, String comment,
        Map<String, String> adxAttributes) {

    /**
     * Checks the components.
     *
     * @param dataElement as in the record description
     * @param categoryOptionCombo as in the record description
     * @param attributeOptionCombo as in the record description
     * @param orgUnit as in the record description
     * @param period as in the record description
     * @param value as in the record description
     * @param comment as in the record description
     * @param adxAttributes as in the record description
     * @throws NullPointerException if a component is null
     */
    public DataValue {
        Objects.requireNonNull(dataElement, "dataElement");
        Objects.requireNonNull(categoryOptionCombo, "categoryOptionCombo");
        Objects.requireNonNull(attributeOptionCombo, "attributeOptionCombo");
        Objects.requireNonNull(orgUnit, "orgUnit");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(comment, "comment");
        adxAttributes = Map.copyOf(adxAttributes);
    }

    /** The codes that identify where the value goes, period excluded. */
    Mapping.Codes codes() {
        return new Mapping.Codes(dataElement, categoryOptionCombo.orElse(""), attributeOptionCombo.orElse(""),
                orgUnit);
    }
}
