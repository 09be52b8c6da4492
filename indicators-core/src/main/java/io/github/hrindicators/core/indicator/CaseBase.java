package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Measure;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A base of HIV cases for the share with injecting drug use as transmission route: the measures of its total, of its
 * cases with injecting route, of its cases with a known route, and of its published injecting share.
 *
 * @param code a stable code, such as {@code alive}; the variants of {@link Formula.CaseShare} start with it
 * @param label the label, for display only, such as {@code people registered alive}
 * @param total all cases of the base
 * @param injecting the cases with injecting drug use as route
 * @param knownRoute the cases whose route is known
 * @param share the published share of injecting cases
 */
public record CaseBase(String code, String label, Measure total, Measure injecting, Measure knownRoute,
        Measure share) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_]+");

    /** Cumulative registered cases, alive or dead. */
    public static final CaseBase CUMULATIVE = new CaseBase("cumulative", "cumulative registered cases",
            Measure.REGISTERED_HIV_CUMULATIVE, Measure.REGISTERED_HIV_CUMULATIVE_INJECTING,
            Measure.REGISTERED_HIV_CUMULATIVE_KNOWN_ROUTE, Measure.INJECTING_SHARE_REGISTERED_CUMULATIVE);
    /** People registered as living with HIV. */
    public static final CaseBase ALIVE = new CaseBase("alive", "people registered alive",
            Measure.REGISTERED_HIV_ALIVE, Measure.REGISTERED_HIV_ALIVE_INJECTING,
            Measure.REGISTERED_HIV_ALIVE_KNOWN_ROUTE, Measure.INJECTING_SHARE_REGISTERED_ALIVE);
    /** New diagnoses in the period. */
    public static final CaseBase NEW_DIAGNOSES = new CaseBase("new_diagnoses", "new diagnoses",
            Measure.NEW_HIV_DIAGNOSES, Measure.NEW_HIV_DIAGNOSES_INJECTING, Measure.NEW_HIV_DIAGNOSES_KNOWN_ROUTE,
            Measure.INJECTING_SHARE_NEW_DIAGNOSES);

    /**
     * Validates the base.
     *
     * @param code as in the record description
     * @param label as in the record description
     * @param total as in the record description
     * @param injecting as in the record description
     * @param knownRoute as in the record description
     * @param share as in the record description
     * @throws IllegalArgumentException if the code is not lower-case letters, digits and underscores or the label is
     *     blank
     * @throws NullPointerException if an argument is null
     */
    public CaseBase {
        if (!CODE.matcher(Objects.requireNonNull(code, "code")).matches()) {
            throw new IllegalArgumentException("Case base code must be lower-case letters, digits and underscores: '"
                    + code + "'");
        }
        if (Objects.requireNonNull(label, "label").isBlank()) {
            throw new IllegalArgumentException("Case base label is blank: " + code);
        }
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(injecting, "injecting");
        Objects.requireNonNull(knownRoute, "knownRoute");
        Objects.requireNonNull(share, "share");
    }

    /**
     * The three standard bases: cumulative registered cases, people registered alive, new diagnoses.
     *
     * @return an unmodifiable list
     */
    public static List<CaseBase> standard() {
        return List.of(CUMULATIVE, ALIVE, NEW_DIAGNOSES);
    }

    List<Measure> measures() {
        return List.of(total, injecting, knownRoute, share);
    }
}
