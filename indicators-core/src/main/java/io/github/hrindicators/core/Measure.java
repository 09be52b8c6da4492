package io.github.hrindicators.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an input figure measures: a typed identity with a {@link #code()} (lower case, as in {@code ost_clients}: the
 * name used in files), the {@link QuantityKind} its value takes and what it means. Two measures are equal when their
 * codes, kinds, descriptions and properties are equal; a user's measure cannot take a code of the
 * library's vocabulary.
 *
 * <p>The library's vocabulary is the constants of this class ({@link #values()}); a user adds measures of their own
 * with {@link #of(String, QuantityKind, String)}, {@link #populationEstimate(String, String)} or
 * {@link #distinctPeople(String, String)} (for an indicator of their own, such as HCV testing among PWID) and passes
 * them to the readers with the standard ones.
 *
 * <p>Two properties guide the engine: a <em>population estimate</em> ({@link #isPopulationEstimate()}: the size of
 * a population, such as PWID or people living with HIV) may stand for later years within the input selector's
 * horizon, as size estimates are re-done every few years; every other figure (counts, shares, survey parameters such
 * as a design effect) describes its own period only. A <em>count of distinct people</em>
 * ({@link #isDistinctPeopleCount()}: unique clients in a period) is not additive across areas: a client served in two
 * areas is counted in both, so a sum over areas is flagged.
 *
 * <p>HIV case measures come in three bases, as the PWID share of HIV cases needs: cumulative registered cases (alive
 * or dead), people registered as living with HIV, and new diagnoses in a period. For each base there is a total, the
 * cases with injecting drug use as transmission route, the cases with a known route, and the injecting share as
 * published.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measure implements Comparable<Measure> {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final List<Measure> STANDARD = new ArrayList<>();

    /** People ever registered with HIV since registration began, alive or dead. */
    public static final Measure REGISTERED_HIV_CUMULATIVE = standard(of("registered_hiv_cumulative", QuantityKind.COUNT, "people ever registered with HIV since registration began, alive or dead (a stock at a date)"));

    /** People registered as living with HIV: diagnosed, deaths (and where known emigrants) removed. */
    public static final Measure REGISTERED_HIV_ALIVE = standard(of("registered_hiv_alive", QuantityKind.COUNT, "people registered as living with HIV: diagnosed, deaths removed (a stock at a date)"));

    /** Deaths among people registered with HIV, cumulative. */
    public static final Measure REGISTERED_HIV_DEATHS_CUMULATIVE = standard(of("registered_hiv_deaths_cumulative", QuantityKind.COUNT, "deaths among people registered with HIV since registration began (a stock at a date)"));

    /** New HIV diagnoses in the period. */
    public static final Measure NEW_HIV_DIAGNOSES = standard(of("new_hiv_diagnoses", QuantityKind.COUNT, "new HIV diagnoses in the period"));

    /** Cumulative registered HIV cases whose transmission route is injecting drug use. */
    public static final Measure REGISTERED_HIV_CUMULATIVE_INJECTING = standard(of("registered_hiv_cumulative_injecting", QuantityKind.COUNT, "cumulative registered HIV cases whose transmission route is injecting drug use"));

    /** People registered as living with HIV whose transmission route is injecting drug use. */
    public static final Measure REGISTERED_HIV_ALIVE_INJECTING = standard(of("registered_hiv_alive_injecting", QuantityKind.COUNT, "people registered as living with HIV whose transmission route is injecting drug use"));

    /** New HIV diagnoses in the period whose transmission route is injecting drug use. */
    public static final Measure NEW_HIV_DIAGNOSES_INJECTING = standard(of("new_hiv_diagnoses_injecting", QuantityKind.COUNT, "new HIV diagnoses in the period whose transmission route is injecting drug use"));

    /** Cumulative registered HIV cases whose transmission route is known. */
    public static final Measure REGISTERED_HIV_CUMULATIVE_KNOWN_ROUTE = standard(of("registered_hiv_cumulative_known_route", QuantityKind.COUNT, "cumulative registered HIV cases whose transmission route is known"));

    /** People registered as living with HIV whose transmission route is known. */
    public static final Measure REGISTERED_HIV_ALIVE_KNOWN_ROUTE = standard(of("registered_hiv_alive_known_route", QuantityKind.COUNT, "people registered as living with HIV whose transmission route is known"));

    /** New HIV diagnoses in the period whose transmission route is known. */
    public static final Measure NEW_HIV_DIAGNOSES_KNOWN_ROUTE = standard(of("new_hiv_diagnoses_known_route", QuantityKind.COUNT, "new HIV diagnoses in the period whose transmission route is known"));

    /** Share of cumulative registered HIV cases with injecting drug use as route, as published. */
    public static final Measure INJECTING_SHARE_REGISTERED_CUMULATIVE = standard(of("injecting_share_registered_cumulative", QuantityKind.PROPORTION, "share of cumulative registered HIV cases with injecting drug use as route, as published"));

    /** Share of people registered as living with HIV with injecting drug use as route, as published. */
    public static final Measure INJECTING_SHARE_REGISTERED_ALIVE = standard(of("injecting_share_registered_alive", QuantityKind.PROPORTION, "share of people registered as living with HIV with injecting drug use as route, as published"));

    /** Share of new HIV diagnoses with injecting drug use as route, as published. */
    public static final Measure INJECTING_SHARE_NEW_DIAGNOSES = standard(of("injecting_share_new_diagnoses", QuantityKind.PROPORTION, "share of new HIV diagnoses in the period with injecting drug use as route, as published"));

    /** Estimated number of people living with HIV, diagnosed or not (e.g. UNAIDS Spectrum). */
    public static final Measure PLHIV_ESTIMATE = standard(populationEstimate("plhiv_estimate", "estimated number of people living with HIV, diagnosed or not (e.g. a UNAIDS Spectrum estimate)"));

    /** Estimated number of people who inject drugs (population size estimate). */
    public static final Measure PWID_POPULATION_SIZE = standard(populationEstimate("pwid_population_size", "estimated number of people who inject drugs (size estimate)"));

    /** Estimated number of opioid-dependent people who inject drugs. */
    public static final Measure OPIOID_DEPENDENT_PWID_SIZE = standard(populationEstimate("opioid_dependent_pwid_size", "estimated number of opioid-dependent people who inject drugs"));

    /** People receiving opioid substitution (agonist) therapy at a census date or during the period. */
    public static final Measure OST_CLIENTS = standard(of("ost_clients", QuantityKind.COUNT, "people receiving opioid substitution (agonist) therapy at a census date or during the period"));

    /** Needles-syringes distributed by needle-syringe programmes in 12 months (pharmacy sales excluded). */
    public static final Measure NEEDLES_SYRINGES_DISTRIBUTED = standard(of("needles_syringes_distributed", QuantityKind.COUNT, "needles-syringes distributed by needle-syringe programmes in 12 months (pharmacy sales excluded)"));

    /** Unique people who inject drugs given needles-syringes by a programme in the period. */
    public static final Measure NSP_CLIENTS = standard(distinctPeople("nsp_clients", "unique people who inject drugs given needles-syringes in the period"));

    /** HIV prevalence among people who inject drugs (survey or sentinel surveillance). */
    public static final Measure HIV_PREVALENCE_PWID = standard(of("hiv_prevalence_pwid", QuantityKind.PROPORTION, "HIV prevalence among people who inject drugs (bio-behavioural survey or sentinel surveillance)"));

    /** People who inject drugs tested for HIV in a bio-behavioural survey or sentinel round: the sample size n. */
    public static final Measure HIV_TESTED_PWID_SURVEY = standard(of("hiv_tested_pwid_survey", QuantityKind.COUNT, "people who inject drugs tested for HIV in a survey or sentinel round (sample size)"));

    /** Of the people who inject drugs tested in a survey or sentinel round, those who tested HIV-positive. */
    public static final Measure HIV_POSITIVE_PWID_SURVEY = standard(of("hiv_positive_pwid_survey", QuantityKind.COUNT, "people who inject drugs who tested HIV-positive in a survey or sentinel round"));

    /** The design effect of that survey (a factor of at least 1, such as 2 for respondent-driven sampling). */
    public static final Measure HIV_SURVEY_DESIGN_EFFECT = standard(of("hiv_survey_design_effect", QuantityKind.ESTIMATE, "design effect of the HIV survey among people who inject drugs (a factor >= 1, not a population)"));

    /**
     * The size N of the population of people who inject drugs a survey sampled from (the PWID of the survey's area),
     * for the finite-population correction of the survey's intervals; a figure of the survey's period, not carried
     * to other years.
     */
    public static final Measure PWID_SURVEY_POPULATION_SIZE = standard(of("pwid_survey_population_size", QuantityKind.ESTIMATE, "size of the PWID population a survey sampled from, for the finite-population correction (a figure of the survey's period)"));

    /**
     * The design effect of a bio-behavioural survey among people who inject drugs for its behavioural, service and
     * hepatitis C questions (a factor of at least 1).
     */
    public static final Measure PWID_SURVEY_DESIGN_EFFECT = standard(of("pwid_survey_design_effect", QuantityKind.ESTIMATE, "design effect of a survey among people who inject drugs for its behavioural, service and hepatitis C questions (a factor >= 1)"));

    /** Estimated number of people who inject drugs living with HIV, diagnosed or not. */
    public static final Measure PLHIV_PWID_ESTIMATE = standard(populationEstimate("plhiv_pwid_estimate", "estimated number of people who inject drugs living with HIV, diagnosed or not"));

    /** People receiving antiretroviral therapy at the end of the period. */
    public static final Measure ART_CLIENTS = standard(of("art_clients", QuantityKind.COUNT, "people receiving antiretroviral therapy at the end of the period"));

    /** People who inject drugs receiving antiretroviral therapy at the end of the period. */
    public static final Measure ART_CLIENTS_PWID = standard(of("art_clients_pwid", QuantityKind.COUNT, "people who inject drugs receiving antiretroviral therapy at the end of the period"));

    /** People on antiretroviral therapy whose last viral load was suppressed (below 1000 copies/mL). */
    public static final Measure VIRALLY_SUPPRESSED = standard(of("virally_suppressed", QuantityKind.COUNT, "people on antiretroviral therapy with a suppressed viral load (< 1000 copies/mL)"));

    /** People who inject drugs on antiretroviral therapy whose last viral load was suppressed (&lt; 1000 copies/mL). */
    public static final Measure VIRALLY_SUPPRESSED_PWID = standard(of("virally_suppressed_pwid", QuantityKind.COUNT, "people who inject drugs on antiretroviral therapy with a suppressed viral load (< 1000 copies/mL)"));

    /** Share of all people living with HIV who know their status, as published (e.g. "80 % aware"). */
    public static final Measure KNOWS_STATUS_SHARE_PLHIV = standard(of("knows_status_share_plhiv", QuantityKind.PROPORTION, "share of all people living with HIV who know their HIV status, as published"));

    /** Share of all people living with HIV receiving antiretroviral therapy, as published (e.g. UNAIDS). */
    public static final Measure ART_COVERAGE_SHARE_PLHIV = standard(of("art_coverage_share_plhiv", QuantityKind.PROPORTION, "share of all people living with HIV receiving antiretroviral therapy, as published"));

    /** Share of all people living with HIV with a suppressed viral load, as published (e.g. UNAIDS). */
    public static final Measure VIRAL_SUPPRESSION_SHARE_PLHIV = standard(of("viral_suppression_share_plhiv", QuantityKind.PROPORTION, "share of all people living with HIV with a suppressed viral load, as published"));

    /** Sites delivering opioid substitution therapy. */
    public static final Measure OST_SITES = standard(of("ost_sites", QuantityKind.COUNT, "sites delivering opioid substitution therapy"));

    /** Sites (fixed, mobile or outreach points) of needle-syringe programmes. */
    public static final Measure NSP_SITES = standard(of("nsp_sites", QuantityKind.COUNT, "sites (fixed, mobile or outreach points) of needle-syringe programmes"));

    /** Respondents of a survey among people who inject drugs: the denominator of GAM 1.4C and 1.6C part I. */
    public static final Measure PWID_SURVEY_RESPONDENTS = standard(of("pwid_survey_respondents", QuantityKind.COUNT, "respondents of a survey among people who inject drugs (the denominator of GAM 1.4C and 1.6C part I)"));

    /** Survey respondents who tested HIV-negative in the past 12 months or know that they live with HIV (GAM 2023, 1.4C). */
    public static final Measure HIV_TESTED_OR_AWARE_PWID_SURVEY = standard(of("hiv_tested_or_aware_pwid_survey", QuantityKind.COUNT, "survey respondents who inject drugs and tested HIV-negative in the past 12 months or know they live with HIV (GAM 1.4C)"));

    /** Survey respondents who injected drugs and had sexual intercourse in the past month (GAM 2023, 1.5C denominator). */
    public static final Measure PWID_SURVEY_INJECTED_HAD_SEX_PAST_MONTH = standard(of("pwid_survey_injected_had_sex_past_month", QuantityKind.COUNT, "survey respondents who injected drugs and had sexual intercourse in the past month (GAM 1.5C denominator)"));

    /** Survey respondents who inject drugs and used a condom the last time they had sex (GAM 2023, 1.5C). */
    public static final Measure CONDOM_LAST_SEX_PWID_SURVEY = standard(of("condom_last_sex_pwid_survey", QuantityKind.COUNT, "survey respondents who inject drugs and used a condom the last time they had sex (GAM 1.5C)"));

    /** Survey respondents who received two or more of the listed HIV prevention interventions in the past three months (GAM 2023, 1.6C part I). */
    public static final Measure PREVENTION_TWO_SERVICES_PWID_SURVEY = standard(of("prevention_two_services_pwid_survey", QuantityKind.COUNT, "survey respondents who inject drugs and received two or more of the listed HIV prevention interventions in the past three months (GAM 1.6C part I)"));

    /** Survey respondents who injected drugs in the past month (GAM 2023, 1.8 denominator). */
    public static final Measure PWID_SURVEY_INJECTED_PAST_MONTH = standard(of("pwid_survey_injected_past_month", QuantityKind.COUNT, "survey respondents who injected drugs in the past month (GAM 1.8 denominator)"));

    /** Survey respondents who used sterile injecting equipment the last time they injected (GAM 2023, 1.8). */
    public static final Measure STERILE_LAST_INJECTION_PWID_SURVEY = standard(of("sterile_last_injection_pwid_survey", QuantityKind.COUNT, "survey respondents who used sterile injecting equipment the last time they injected (GAM 1.8)"));

    /** Survey respondents living with HIV who report receiving antiretroviral therapy in the past 12 months (GAM 2023, 2.6C); its denominator is hiv_positive_pwid_survey. */
    public static final Measure ART_REPORTED_PWID_SURVEY = standard(of("art_reported_pwid_survey", QuantityKind.COUNT, "survey respondents who inject drugs, live with HIV and report receiving antiretroviral therapy in the past 12 months (GAM 2.6C)"));

    /** People who inject drugs tested for HCV antibodies in a survey: the sample size. */
    public static final Measure ANTI_HCV_TESTED_PWID_SURVEY = standard(of("anti_hcv_tested_pwid_survey", QuantityKind.COUNT, "people who inject drugs tested for HCV antibodies in a survey (sample size)"));

    /** People who inject drugs with HCV antibodies (anti-HCV positive) in a survey. */
    public static final Measure ANTI_HCV_POSITIVE_PWID_SURVEY = standard(of("anti_hcv_positive_pwid_survey", QuantityKind.COUNT, "people who inject drugs with HCV antibodies (anti-HCV positive) in a survey"));

    /** Anti-HCV prevalence among people who inject drugs, as published (such as HRI's Global State of Harm Reduction). */
    public static final Measure ANTI_HCV_PREVALENCE_PWID = standard(of("anti_hcv_prevalence_pwid", QuantityKind.PROPORTION, "anti-HCV prevalence among people who inject drugs, as published"));

    /** People who inject drugs tested for HCV RNA in a survey: the sample size. */
    public static final Measure HCV_RNA_TESTED_PWID_SURVEY = standard(of("hcv_rna_tested_pwid_survey", QuantityKind.COUNT, "people who inject drugs tested for HCV RNA in a survey (sample size)"));

    /** People who inject drugs with detectable HCV RNA (current infection) in a survey. */
    public static final Measure HCV_RNA_POSITIVE_PWID_SURVEY = standard(of("hcv_rna_positive_pwid_survey", QuantityKind.COUNT, "people who inject drugs with detectable HCV RNA (current infection) in a survey"));

    /** Unique people who inject drugs who received a defined package of HIV prevention services in the period (GAM 2023, 1.6C part II; Global Fund KP-1d). */
    public static final Measure PREVENTION_PACKAGE_PWID = standard(distinctPeople("prevention_package_pwid", "unique people who inject drugs who received a defined package of HIV prevention services in the period (GAM 1.6C part II, GF KP-1d)"));

    /** Unique people who inject drugs attending HIV prevention services in the period (WHO-SI-2022, HEP.2A denominator). */
    public static final Measure PREVENTION_SERVICES_PWID = standard(distinctPeople("prevention_services_pwid", "unique people who inject drugs attending HIV prevention services in the period (WHO HEP.2A denominator)"));

    /** People who inject drugs attending HIV prevention services tested for HCV (antibody, RNA or core antigen) in the period (WHO-SI-2022, HEP.2A). */
    public static final Measure HCV_TESTED_PREVENTION_PWID = standard(distinctPeople("hcv_tested_prevention_pwid", "people who inject drugs attending HIV prevention services tested for HCV (antibody, RNA or core antigen) in the period (WHO HEP.2A)"));

    /** People who inject drugs attending HIV prevention services newly identified with a positive HCV test in the period (WHO-SI-2022, HEP.4A). */
    public static final Measure HCV_POSITIVE_PREVENTION_PWID = standard(distinctPeople("hcv_positive_prevention_pwid", "people who inject drugs attending HIV prevention services newly identified with a positive HCV test in the period (WHO HEP.4A)"));

    /** People who inject drugs diagnosed with HCV infection in the period (the WHO-SI-2022 HEP.6 denominator, for PWID). */
    public static final Measure HCV_DIAGNOSED_PWID = standard(distinctPeople("hcv_diagnosed_pwid", "people who inject drugs diagnosed with HCV infection in the period (WHO HEP.6 denominator)"));

    /** People who inject drugs diagnosed with HCV who started HCV treatment in the period (WHO-SI-2022, HEP.6, for PWID). */
    public static final Measure HCV_TREATMENT_STARTED_PWID = standard(distinctPeople("hcv_treatment_started_pwid", "people who inject drugs diagnosed with HCV who started HCV treatment in the period (WHO HEP.6)"));

    /** People who inject drugs who completed HCV treatment in the period and were assessed for a sustained virological response 12–24 weeks after (WHO-SI-2022, HEP.7 denominator). */
    public static final Measure HCV_SVR_ASSESSED_PWID = standard(distinctPeople("hcv_svr_assessed_pwid", "people who inject drugs who completed HCV treatment in the period and were assessed for sustained virological response 12-24 weeks after (WHO HEP.7 denominator)"));

    /** People who inject drugs who completed HCV treatment and had a sustained virological response: cured (WHO-SI-2022, HEP.7). */
    public static final Measure HCV_CURED_PWID = standard(distinctPeople("hcv_cured_pwid", "people who inject drugs who completed HCV treatment and had a sustained virological response (cured; WHO HEP.7)"));

    /** Needles-syringes sold to people who inject drugs by pharmacies or other outlets in 12 months (WHO-SI-2022, PRV.10, numerator b). */
    public static final Measure NEEDLES_SYRINGES_PHARMACY = standard(of("needles_syringes_pharmacy", QuantityKind.COUNT, "needles-syringes sold to people who inject drugs by pharmacies or other outlets in 12 months (WHO PRV.10 b)"));

    /** Needles-syringes from NSPs plus pharmacies and other outlets in 12 months; derived as their sum when not published. */
    public static final Measure NEEDLES_SYRINGES_ALL_SOURCES = standard(of("needles_syringes_all_sources", QuantityKind.COUNT, "needles-syringes from NSPs and pharmacies or other outlets in 12 months (derived as their sum when not published)"));

    /** Condoms distributed in the period (in prisons: GAM 2023, 1.7). */
    public static final Measure CONDOMS_DISTRIBUTED = standard(of("condoms_distributed", QuantityKind.COUNT, "condoms distributed in the period (in prisons: GAM 1.7)"));

    /** People tested for HIV in the period (in prisons: GAM 2023, 1.7). */
    public static final Measure HIV_TESTED = standard(distinctPeople("hiv_tested", "people tested for HIV in the period (in prisons: GAM 1.7)"));

    /** Take-home naloxone kits distributed in the period (HRI Global State of Harm Reduction). */
    public static final Measure NALOXONE_KITS_DISTRIBUTED = standard(of("naloxone_kits_distributed", QuantityKind.COUNT, "take-home naloxone kits distributed in the period"));

    /** Whether drug consumption rooms (supervised injection sites) operate in the area (HRI Global State of Harm Reduction). */
    public static final Measure DRUG_CONSUMPTION_ROOMS = standard(yesNo("drug_consumption_rooms", "whether drug consumption rooms (supervised injection sites) operate in the area: yes or no"));

    /** Whether peers (people who use drugs) distribute naloxone in the area (HRI Global State of Harm Reduction). */
    public static final Measure PEER_NALOXONE_DISTRIBUTION = standard(yesNo("peer_naloxone_distribution", "whether peers (people who use drugs) distribute naloxone in the area: yes or no"));

    private static final List<Measure> VALUES = Collections.unmodifiableList(new ArrayList<>(STANDARD));
    private static final Map<String, Measure> BY_CODE = new HashMap<>();

    static {
        for (Measure m : VALUES) {
            BY_CODE.put(m.code, m);
        }
    }

    private final String code;
    private final QuantityKind kind;
    private final String description;
    private final boolean populationEstimate;
    private final boolean distinctPeople;
    private final int rank;

    private Measure(String code, QuantityKind kind, String description, boolean populationEstimate,
            boolean distinctPeople) {
        this.code = code;
        this.kind = kind;
        this.description = description;
        this.populationEstimate = populationEstimate;
        this.distinctPeople = distinctPeople;
        this.rank = VALUES == null ? STANDARD.size() : Integer.MAX_VALUE;
    }

    private static Measure standard(Measure m) {
        STANDARD.add(m);
        return m;
    }

    /**
     * A measure that describes its own period only (a count, a share, a rate, a survey parameter).
     *
     * @param code the code: a lower-case letter, then lower-case letters, digits or {@code _}
     * @param kind the kind of value
     * @param description what it means, not blank
     * @return the measure
     * @throws IllegalArgumentException if the code is not of that form or the description is blank
     * @throws NullPointerException if an argument is null
     */
    public static Measure of(String code, QuantityKind kind, String description) {
        return create(code, kind, description, false, false);
    }

    /**
     * A population size estimate ({@link QuantityKind#ESTIMATE}) that may stand for later years within the
     * selector's horizon.
     *
     * @param code the code, as for {@link #of(String, QuantityKind, String)}
     * @param description what it means, not blank
     * @return the measure
     * @throws IllegalArgumentException if the code is not of that form or the description is blank
     * @throws NullPointerException if an argument is null
     */
    public static Measure populationEstimate(String code, String description) {
        return create(code, QuantityKind.ESTIMATE, description, true, false);
    }

    /**
     * A count ({@link QuantityKind#COUNT}) of distinct people in a period, such as unique clients, which is not
     * additive across areas.
     *
     * @param code the code, as for {@link #of(String, QuantityKind, String)}
     * @param description what it means, not blank
     * @return the measure
     * @throws IllegalArgumentException if the code is not of that form or the description is blank
     * @throws NullPointerException if an argument is null
     */
    public static Measure distinctPeople(String code, String description) {
        return create(code, QuantityKind.COUNT, description, false, true);
    }

    /**
     * A yes/no figure ({@link QuantityKind#YES_NO}) of its own period, such as whether drug consumption rooms exist.
     *
     * @param code the code, as for {@link #of(String, QuantityKind, String)}
     * @param description what it means, not blank
     * @return the measure
     * @throws IllegalArgumentException if the code is not of that form or the description is blank
     * @throws NullPointerException if an argument is null
     */
    public static Measure yesNo(String code, String description) {
        return create(code, QuantityKind.YES_NO, description, false, false);
    }

    private static Measure create(String code, QuantityKind kind, String description, boolean populationEstimate,
            boolean distinctPeople) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Measure code is not a lower-case letter followed by lower-case "
                    + "letters, digits or '_': '" + code + "'");
        }
        if (BY_CODE != null && BY_CODE.containsKey(code)) {
            throw new IllegalArgumentException("Measure code '" + code + "' is a measure of the library's vocabulary: "
                    + "use Measure." + code.toUpperCase(Locale.ROOT));
        }
        return new Measure(code, kind, Checks.nonBlank(description, "Measure description"), populationEstimate,
                distinctPeople);
    }

    /**
     * The library's vocabulary, in a stable order.
     *
     * @return an unmodifiable list
     */
    public static List<Measure> values() {
        return VALUES;
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
     * The name used in files, such as {@code ost_clients}; the measure's identity.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether this is a population size estimate, which may stand for later years within the selector's horizon.
     *
     * @return true for population estimates
     */
    public boolean isPopulationEstimate() {
        return populationEstimate;
    }

    /**
     * Whether this is a count of distinct people in a period, which a sum over areas can overstate.
     *
     * @return true for counts of distinct people
     */
    public boolean isDistinctPeopleCount() {
        return distinctPeople;
    }

    /**
     * Looks a measure of the library's vocabulary up by its {@link #code()}, ignoring case and surrounding white
     * space.
     *
     * @param code the code
     * @return the measure, or empty if no standard measure has this code
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<Measure> fromCode(String code) {
        String c = Objects.requireNonNull(code, "code").strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_CODE.get(c));
    }

    /**
     * Orders measures: the library's vocabulary first, in the order of {@link #values()}, then a user's measures by
     * code.
     *
     * @param other the other measure
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(Measure other) {
        int c = Integer.compare(rank, other.rank);
        return c != 0 ? c : code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Measure other && other.code.equals(code) && other.kind == kind
                && other.description.equals(description) && other.populationEstimate == populationEstimate
                && other.distinctPeople == distinctPeople;
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * The code.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code;
    }
}
