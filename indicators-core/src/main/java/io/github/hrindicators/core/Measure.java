package io.github.hrindicators.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The fixed vocabulary of input figures. Each measure says which {@link QuantityKind} its value takes and what it
 * means; its {@link #code()} (lower case, as in {@code ost_clients}) is the name used in files.
 *
 * <p>HIV case measures come in three bases, as the PWID share of HIV cases needs (SPEC §1): cumulative registered
 * cases (alive or dead), people registered as living with HIV, and new diagnoses in a period. For each base there
 * is a total, the cases with injecting drug use as transmission route, the cases with a known route, and the
 * injecting share as published.
 */
public enum Measure {
    /** People ever registered with HIV since registration began, alive or dead. */
    REGISTERED_HIV_CUMULATIVE(QuantityKind.COUNT,
            "people ever registered with HIV since registration began, alive or dead (a stock at a date)"),
    /** People registered as living with HIV: diagnosed, deaths (and where known emigrants) removed. */
    REGISTERED_HIV_ALIVE(QuantityKind.COUNT,
            "people registered as living with HIV: diagnosed, deaths removed (a stock at a date)"),
    /** Deaths among people registered with HIV, cumulative. */
    REGISTERED_HIV_DEATHS_CUMULATIVE(QuantityKind.COUNT,
            "deaths among people registered with HIV since registration began (a stock at a date)"),
    /** New HIV diagnoses in the period. */
    NEW_HIV_DIAGNOSES(QuantityKind.COUNT, "new HIV diagnoses in the period"),
    /** Cumulative registered HIV cases whose transmission route is injecting drug use. */
    REGISTERED_HIV_CUMULATIVE_INJECTING(QuantityKind.COUNT,
            "cumulative registered HIV cases whose transmission route is injecting drug use"),
    /** People registered as living with HIV whose transmission route is injecting drug use. */
    REGISTERED_HIV_ALIVE_INJECTING(QuantityKind.COUNT,
            "people registered as living with HIV whose transmission route is injecting drug use"),
    /** New HIV diagnoses in the period whose transmission route is injecting drug use. */
    NEW_HIV_DIAGNOSES_INJECTING(QuantityKind.COUNT,
            "new HIV diagnoses in the period whose transmission route is injecting drug use"),
    /** Cumulative registered HIV cases whose transmission route is known. */
    REGISTERED_HIV_CUMULATIVE_KNOWN_ROUTE(QuantityKind.COUNT,
            "cumulative registered HIV cases whose transmission route is known"),
    /** People registered as living with HIV whose transmission route is known. */
    REGISTERED_HIV_ALIVE_KNOWN_ROUTE(QuantityKind.COUNT,
            "people registered as living with HIV whose transmission route is known"),
    /** New HIV diagnoses in the period whose transmission route is known. */
    NEW_HIV_DIAGNOSES_KNOWN_ROUTE(QuantityKind.COUNT,
            "new HIV diagnoses in the period whose transmission route is known"),
    /** Share of cumulative registered HIV cases with injecting drug use as route, as published. */
    INJECTING_SHARE_REGISTERED_CUMULATIVE(QuantityKind.PROPORTION,
            "share of cumulative registered HIV cases with injecting drug use as route, as published"),
    /** Share of people registered as living with HIV with injecting drug use as route, as published. */
    INJECTING_SHARE_REGISTERED_ALIVE(QuantityKind.PROPORTION,
            "share of people registered as living with HIV with injecting drug use as route, as published"),
    /** Share of new HIV diagnoses with injecting drug use as route, as published. */
    INJECTING_SHARE_NEW_DIAGNOSES(QuantityKind.PROPORTION,
            "share of new HIV diagnoses in the period with injecting drug use as route, as published"),
    /** Estimated number of people living with HIV, diagnosed or not (e.g. UNAIDS Spectrum). */
    PLHIV_ESTIMATE(QuantityKind.ESTIMATE,
            "estimated number of people living with HIV, diagnosed or not (e.g. a UNAIDS Spectrum estimate)"),
    /** Estimated number of people who inject drugs (population size estimate). */
    PWID_POPULATION_SIZE(QuantityKind.ESTIMATE, "estimated number of people who inject drugs (size estimate)"),
    /** Estimated number of opioid-dependent people who inject drugs. */
    OPIOID_DEPENDENT_PWID_SIZE(QuantityKind.ESTIMATE,
            "estimated number of opioid-dependent people who inject drugs"),
    /** People receiving opioid substitution (agonist) therapy at a census date or during the period. */
    OST_CLIENTS(QuantityKind.COUNT,
            "people receiving opioid substitution (agonist) therapy at a census date or during the period"),
    /** Needles-syringes distributed by needle-syringe programmes in 12 months (pharmacy sales excluded). */
    NEEDLES_SYRINGES_DISTRIBUTED(QuantityKind.COUNT,
            "needles-syringes distributed by needle-syringe programmes in 12 months (pharmacy sales excluded)"),
    /** Unique people who inject drugs given needles-syringes by a programme in the period. */
    NSP_CLIENTS(QuantityKind.COUNT, "unique people who inject drugs given needles-syringes in the period"),
    /** HIV prevalence among people who inject drugs (survey or sentinel surveillance). */
    HIV_PREVALENCE_PWID(QuantityKind.PROPORTION,
            "HIV prevalence among people who inject drugs (bio-behavioural survey or sentinel surveillance)"),
    /** People who inject drugs tested for HIV in a bio-behavioural survey or sentinel round: the sample size n. */
    HIV_TESTED_PWID_SURVEY(QuantityKind.COUNT,
            "people who inject drugs tested for HIV in a survey or sentinel round (sample size)"),
    /** Of the people who inject drugs tested in a survey or sentinel round, those who tested HIV-positive. */
    HIV_POSITIVE_PWID_SURVEY(QuantityKind.COUNT,
            "people who inject drugs who tested HIV-positive in a survey or sentinel round"),
    /** The design effect of that survey (a factor of at least 1, such as 2 for respondent-driven sampling). */
    HIV_SURVEY_DESIGN_EFFECT(QuantityKind.ESTIMATE,
            "design effect of the HIV survey among people who inject drugs (a factor >= 1, not a population)"),
    /** Estimated number of people who inject drugs living with HIV, diagnosed or not. */
    PLHIV_PWID_ESTIMATE(QuantityKind.ESTIMATE,
            "estimated number of people who inject drugs living with HIV, diagnosed or not"),
    /** People receiving antiretroviral therapy at the end of the period. */
    ART_CLIENTS(QuantityKind.COUNT, "people receiving antiretroviral therapy at the end of the period"),
    /** People who inject drugs receiving antiretroviral therapy at the end of the period. */
    ART_CLIENTS_PWID(QuantityKind.COUNT,
            "people who inject drugs receiving antiretroviral therapy at the end of the period"),
    /** People on antiretroviral therapy whose last viral load was suppressed (below 1000 copies/mL). */
    VIRALLY_SUPPRESSED(QuantityKind.COUNT,
            "people on antiretroviral therapy with a suppressed viral load (< 1000 copies/mL)"),
    /** People who inject drugs on antiretroviral therapy whose last viral load was suppressed (&lt; 1000 copies/mL). */
    VIRALLY_SUPPRESSED_PWID(QuantityKind.COUNT,
            "people who inject drugs on antiretroviral therapy with a suppressed viral load (< 1000 copies/mL)"),
    /** Share of all people living with HIV who know their status, as published (e.g. "80 % aware"). */
    KNOWS_STATUS_SHARE_PLHIV(QuantityKind.PROPORTION,
            "share of all people living with HIV who know their HIV status, as published"),
    /** Share of all people living with HIV receiving antiretroviral therapy, as published (e.g. UNAIDS). */
    ART_COVERAGE_SHARE_PLHIV(QuantityKind.PROPORTION,
            "share of all people living with HIV receiving antiretroviral therapy, as published"),
    /** Share of all people living with HIV with a suppressed viral load, as published (e.g. UNAIDS). */
    VIRAL_SUPPRESSION_SHARE_PLHIV(QuantityKind.PROPORTION,
            "share of all people living with HIV with a suppressed viral load, as published"),
    /** Sites delivering opioid substitution therapy. */
    OST_SITES(QuantityKind.COUNT, "sites delivering opioid substitution therapy"),
    /** Sites (fixed, mobile or outreach points) of needle-syringe programmes. */
    NSP_SITES(QuantityKind.COUNT, "sites (fixed, mobile or outreach points) of needle-syringe programmes");

    private final QuantityKind kind;
    private final String description;

    Measure(QuantityKind kind, String description) {
        this.kind = kind;
        this.description = description;
    }

    /**
     * The kind of value this measure takes.
     *
     * @return the kind
     */
    public QuantityKind kind() {
        return kind;
    }

    /**
     * What the measure means.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * The name used in files: the constant's name in lower case, such as {@code ost_clients}.
     *
     * @return the code
     */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Looks a measure up by its {@link #code()}, ignoring case and surrounding white space.
     *
     * @param code the code
     * @return the measure, or empty if no measure has this code
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<Measure> fromCode(String code) {
        String c = Objects.requireNonNull(code, "code").strip();
        return Arrays.stream(values()).filter(m -> m.code().equalsIgnoreCase(c)).findFirst();
    }
}
