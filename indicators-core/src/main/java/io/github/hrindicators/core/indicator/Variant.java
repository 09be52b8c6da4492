package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Measure;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which form of an indicator a result is: a stable machine-readable {@link #code()} (unique within the indicator,
 * such as {@code opioid_dependent_pwid} or {@code alive_known_route}), a label for people, and its typed facets: the
 * denominator measure, whether that denominator is a proxy, and for a share of HIV cases the case base. Code never
 * needs to read the label.
 *
 * @param code the stable code: lower-case letters, digits and underscores
 * @param label the label, for display only, such as {@code denominator: PWID size (proxy)}
 * @param denominator the denominator measure of a ratio variant; empty for a difference, a published value, or a
 *     variant that was not computed for want of a denominator
 * @param proxy whether the denominator stands in for the one the definition asks for
 * @param caseBase the case base of a share of HIV cases; empty for other indicators
 */
public record Variant(String code, String label, Optional<Measure> denominator, boolean proxy,
        Optional<CaseBase> caseBase) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]+");

    /**
     * Validates the variant.
     *
     * @param code as in the record description
     * @param label as in the record description
     * @param denominator as in the record description
     * @param proxy as in the record description
     * @param caseBase as in the record description
     * @throws IllegalArgumentException if the code is not lower-case letters, digits and underscores, or the label is
     *     blank, or a proxy has no denominator
     * @throws NullPointerException if an argument is null
     */
    public Variant {
        if (!CODE.matcher(Objects.requireNonNull(code, "code")).matches()) {
            throw new IllegalArgumentException("Variant code must be lower-case letters, digits and underscores: '"
                    + code + "'");
        }
        if (Objects.requireNonNull(label, "label").isBlank()) {
            throw new IllegalArgumentException("Variant label is blank: " + code);
        }
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(caseBase, "caseBase");
        if (proxy && denominator.isEmpty()) {
            throw new IllegalArgumentException("A proxy variant names its denominator: " + code);
        }
    }

    /**
     * A variant without denominator or case base, such as a published value or a difference.
     *
     * @param code the code
     * @param label the label
     * @return the variant
     */
    public static Variant of(String code, String label) {
        return new Variant(code, label, Optional.empty(), false, Optional.empty());
    }
}
