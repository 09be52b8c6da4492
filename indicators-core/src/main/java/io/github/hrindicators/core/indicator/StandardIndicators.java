package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The standard indicators: each one entry, its definition (with the bands and targets of WHO, UNODC and UNAIDS, each
 * with its source) together with its formula. {@link Catalogue#standard()} holds them all.
 *
 * <p>Sources, abbreviated in the definitions as follows:
 * <ul>
 * <li>TG2012: WHO, UNODC, UNAIDS. <i>Technical Guide for countries to set targets for universal access to HIV
 * prevention, treatment and care for injecting drug users</i>, 2012 revision (ISBN 978 92 4 150437 9); first
 * edition 2009 (ISBN 978 92 4 159776 0).</li>
 * <li>WHO-SI-2022: WHO. <i>Consolidated guidelines on person-centred HIV strategic information</i> (2022),
 * indicators PRV.8, PRV.10, PRV.11, HTS.1.</li>
 * <li>GAM: UNAIDS Global AIDS Monitoring guidelines and the UNAIDS Indicator Registry.</li>
 * <li>UNAIDS 2025: UNAIDS Global AIDS Strategy 2021–2026, 2025 targets.</li>
 * <li>GHSS-hep: WHO Global Health Sector Strategy on viral hepatitis 2016–2021.</li>
 * </ul>
 *
 * <p>Figures this library could not confirm against the primary text are marked so and stay configurable: the
 * 100 needles-syringes cut-off between low and medium ({@link CoverageBands#lowerCutConfirmed()} false, results
 * carry a {@link WarningCode#UNCONFIRMED_THRESHOLD} warning) and the NSP reach bands of 20 % and 60 %, which are
 * not applied by default ({@link #NSP_REACH_UNCONFIRMED_BANDS} lets a user opt in); likewise the ART coverage
 * bands of 25 % and 75 % ({@link #ART_UNCONFIRMED_BANDS}).
 *
 * <p>The 95-95-95 targets (UNAIDS 2025) are stated on their own bases: 95 % of people living with HIV know their
 * status, 95 % of those on ART, 95 % of those virally suppressed. An indicator over all people living with HIV gets
 * the product that 95-95-95 implies: 95 % × 95 % = 90.25 % on ART, 95 % × 95 % × 95 % = 85.74 % suppressed.
 */
public final class StandardIndicators {
    /** The version of every standard definition in this release. */
    public static final String VERSION = "1.0";

    static final String TG2012 = "WHO, UNODC, UNAIDS Technical Guide for countries to set targets for universal "
            + "access to HIV prevention, treatment and care for injecting drug users, 2012 revision "
            + "(ISBN 978 92 4 150437 9)";
    static final String WHO_SI_2022 = "WHO Consolidated guidelines on person-centred HIV strategic information, 2022";
    static final String GAM = "UNAIDS Global AIDS Monitoring guidelines and UNAIDS Indicator Registry";
    static final String UNAIDS_2025 = "UNAIDS Global AIDS Strategy 2021-2026 (2025 targets)";
    static final String GHSS_HEP = "WHO Global Health Sector Strategy on viral hepatitis 2016-2021";

    /** UNAIDS 2025 target for OST coverage: 50 % of opioid-dependent PWID. */
    public static final Target OST_TARGET_UNAIDS_2025 = new Target("unaids-2025", "UNAIDS 2025 (50 %)", 0.50,
            Target.Comparison.AT_LEAST, UNAIDS_2025);
    /** The older UNAIDS Indicator Registry target for OST coverage: 40 %. */
    public static final Target OST_TARGET_UNAIDS_OLDER = new Target("unaids-registry-older",
            "UNAIDS Indicator Registry, older (40 %)", 0.40, Target.Comparison.AT_LEAST, GAM);

    /** OST coverage bands, TG2012: low &lt; 20 %, medium 20–40 %, high &gt; 40 %. */
    public static final CoverageBands OST_BANDS = CoverageBands.confirmed(0.20, 0.40,
            TG2012 + " (bands corroborated by secondary sources; boundary inclusion defined by this library)");

    /**
     * Needles-syringes per PWID bands, TG2012: low &lt; 100, medium 100–200, high &gt; 200. The 200 cut-off is
     * confirmed; the 100 cut-off is not.
     */
    public static final CoverageBands NSP_BANDS = new CoverageBands(100, 200, false, true,
            TG2012 + " (200 confirmed; 100 UNCONFIRMED)");

    /**
     * NSP reach bands of 20 % and 60 % found in secondary sources but UNCONFIRMED in the primary text; not applied
     * by default. Opt in with {@code NSP_REACH.withDefinition(NSP_REACH.definition().withBands(NSP_REACH_UNCONFIRMED_BANDS))}.
     */
    public static final CoverageBands NSP_REACH_UNCONFIRMED_BANDS = new CoverageBands(0.20, 0.60, false, false,
            TG2012 + " (20 % and 60 % UNCONFIRMED)");

    /**
     * ART coverage bands of 25 % and 75 % found in secondary accounts of the Technical Guide but UNCONFIRMED in the
     * primary text; not applied by default. Opt in with
     * {@code ART_COVERAGE.withDefinition(ART_COVERAGE.definition().withBands(ART_UNCONFIRMED_BANDS))}.
     */
    public static final CoverageBands ART_UNCONFIRMED_BANDS = new CoverageBands(0.25, 0.75, false, false,
            TG2012 + " (25 % and 75 % UNCONFIRMED)");

    /** The first 95 of UNAIDS 2025: 95 % of people living with HIV know their status. */
    public static final Target FIRST_95 = target95("unaids-2025-first-95", "UNAIDS 2025 first 95 (95 %)", 0.95);
    /** The second 95 of UNAIDS 2025: 95 % of people diagnosed receive ART. */
    public static final Target SECOND_95 = target95("unaids-2025-second-95", "UNAIDS 2025 second 95 (95 %)", 0.95);
    /** The third 95 of UNAIDS 2025: 95 % of people on ART are virally suppressed. */
    public static final Target THIRD_95 = target95("unaids-2025-third-95", "UNAIDS 2025 third 95 (95 %)", 0.95);
    /** 95-95-95 over all people living with HIV on ART: 95 % × 95 % = 90.25 %. */
    public static final Target ART_OF_ALL_PLHIV_95_95 = target95("unaids-2025-95-95",
            "UNAIDS 2025 95-95-95: on ART among all PLHIV (95 % × 95 % = 90.25 %)", 0.95 * 0.95);
    /** 95-95-95 over all people living with HIV virally suppressed: 95 % × 95 % × 95 % = 85.74 %. */
    public static final Target SUPPRESSED_OF_ALL_PLHIV_95_95_95 = target95("unaids-2025-95-95-95",
            "UNAIDS 2025 95-95-95: suppressed among all PLHIV (95 % × 95 % × 95 % = 85.74 %)", 0.95 * 0.95 * 0.95);

    static final String PRISONS_2013 = "UNODC, ILO, UNDP, WHO, UNAIDS. HIV prevention, treatment and care in "
            + "prisons and other closed settings: a comprehensive package of interventions, policy brief (2013)";
    static final String SITES = TG2012 + " (availability: number of sites); clients per site is a programme "
            + "output ratio defined by this library, without a WHO or UNAIDS target";

    static final String DAK_ANNEX_C = "WHO HIV Digital Adaptation Kit (2023), Web Annex C, indicators table "
            + "(WorldHealthOrganization/smart-hiv, input/l2/HIV_DAK_2023-Web_Annex_C.Indicators_table_231117_CLEAN.xlsx)";
    static final String GAM_2023 = "UNAIDS Global AIDS Monitoring 2023 guidelines";
    static final String GF_2023 = "The Global Fund Modular Framework Handbook 2023, HIV indicators";
    static final String HRI_GSHR = "Harm Reduction International, Global State of Harm Reduction (availability of "
            + "services)";

    /**
     * The WHO 2030 hepatitis C treatment target, "80 % of eligible people treated" (GHSS-hep 2016–2021), seen here
     * only in secondary tables, and stated on another base (all eligible people with chronic HCV, not those diagnosed
     * in a period): UNCONFIRMED for HEP.6 and not applied by default. Opt in with
     * {@code HCV_TREATMENT_INITIATION_PWID.withDefinition(HCV_TREATMENT_INITIATION_PWID.definition()
     * .withTargets(List.of(HCV_TREATMENT_TARGET_UNCONFIRMED)))}.
     */
    public static final Target HCV_TREATMENT_TARGET_UNCONFIRMED = new Target("ghss-hep-2030-unconfirmed",
            "GHSS-hep 2030: 80 % of eligible treated (UNCONFIRMED for this base)", 0.80, Target.Comparison.AT_LEAST,
            GHSS_HEP + " (secondary sources; UNCONFIRMED)");

    /** UNAIDS 2025 target for safe injecting practices (GAM 1.8): 90 %. */
    public static final Target SAFE_INJECTING_TARGET_UNAIDS_2025 = new Target("unaids-2025",
            "UNAIDS 2025 (90 %)", 0.90, Target.Comparison.AT_LEAST, UNAIDS_2025);

    private static final Subgroup PRISON = Subgroup.of(Setting.PRISON);

    private static Target target95(String id, String label, double threshold) {
        return new Target(id, label, threshold, Target.Comparison.AT_LEAST, UNAIDS_2025);
    }

    private StandardIndicators() {
    }

    /**
     * OST coverage: people receiving OST / estimated opioid-dependent PWID (WHO PRV.11; GAM "coverage of opioid
     * agonist maintenance therapy"). Bands {@link #OST_BANDS}; targets {@link #OST_TARGET_UNAIDS_OLDER} and
     * {@link #OST_TARGET_UNAIDS_2025}.
     */
    public static final Indicator OST_COVERAGE = Indicator.of(
            new IndicatorDefinition("ost_coverage", VERSION, "OST coverage",
                    "people receiving opioid substitution (agonist) therapy at a census date",
                    "estimated opioid-dependent PWID (PWID size estimate as a flagged proxy)", ResultUnit.PROPORTION,
                    List.of(WHO_SI_2022 + ", PRV.11", GAM, TG2012), Optional.of(OST_BANDS),
                    List.of(OST_TARGET_UNAIDS_OLDER, OST_TARGET_UNAIDS_2025)),
            Formula.Ratio.of(Measure.OST_CLIENTS,
                    Formula.Denominator.of(Measure.OPIOID_DEPENDENT_PWID_SIZE, "opioid_dependent_pwid",
                            "denominator: opioid-dependent PWID"),
                    Formula.Denominator.proxy(Measure.PWID_POPULATION_SIZE, "pwid_size_proxy",
                            "denominator: PWID size (proxy)")));

    /**
     * Needles-syringes distributed per PWID per year (WHO PRV.10; GAM). Bands {@link #NSP_BANDS}; targets UNAIDS
     * 2025 (&gt; 200), GHSS-hep 2020 (200) and 2030 (300).
     */
    public static final Indicator NEEDLES_SYRINGES_PER_PWID = Indicator.of(
            new IndicatorDefinition("needles_syringes_per_pwid", VERSION,
                    "Needles-syringes distributed per PWID per year",
                    "needles-syringes distributed by NSPs in 12 months (pharmacy sales excluded)",
                    "estimated PWID", ResultUnit.PER_PERSON_PER_YEAR, List.of(WHO_SI_2022 + ", PRV.10", GAM, TG2012),
                    Optional.of(NSP_BANDS),
                    List.of(new Target("unaids-2025", "UNAIDS 2025 (> 200)", 200, Target.Comparison.ABOVE, UNAIDS_2025),
                            new Target("ghss-hep-2020", "GHSS-hep 2020 (200)", 200, Target.Comparison.AT_LEAST, GHSS_HEP),
                            new Target("ghss-hep-2030", "GHSS-hep 2030 (300)", 300, Target.Comparison.AT_LEAST,
                                    GHSS_HEP))),
            Formula.Ratio.of(Measure.NEEDLES_SYRINGES_DISTRIBUTED,
                    Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "pwid_size", "denominator: PWID size")));

    /**
     * NSP reach: unique PWID given needles-syringes in the period / estimated PWID (WHO PRV.8). No bands by
     * default (see {@link #NSP_REACH_UNCONFIRMED_BANDS}), no target.
     */
    public static final Indicator NSP_REACH = Indicator.of(
            new IndicatorDefinition("nsp_reach", VERSION, "NSP reach",
                    "unique PWID given needles-syringes in the period", "estimated PWID", ResultUnit.PROPORTION,
                    List.of(WHO_SI_2022 + ", PRV.8"), Optional.empty(), List.of()),
            Formula.Ratio.of(Measure.NSP_CLIENTS,
                    Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "pwid_size", "denominator: PWID size")));

    /**
     * PWID share of HIV cases: cases with injecting drug use as transmission route / all cases, or / cases with a
     * known route (ECDC/WHO-Europe practice); for cumulative registered cases, people registered alive, and new
     * diagnoses.
     */
    public static final Indicator PWID_SHARE_OF_HIV_CASES = Indicator.of(
            new IndicatorDefinition("pwid_share_hiv_cases", VERSION, "PWID share of HIV cases",
                    "registered HIV cases with injecting drug use as transmission route",
                    "all registered HIV cases; or cases with a known transmission route", ResultUnit.PROPORTION,
                    List.of(GAM, "ECDC/WHO Regional Office for Europe, HIV/AIDS surveillance in Europe (known-route "
                            + "denominator)"),
                    Optional.empty(), List.of()),
            new Formula.CaseShare(CaseBase.standard()))
            .withDimensions(Set.of());

    /**
     * Estimated undiagnosed HIV: estimated PLHIV − people diagnosed and alive, the PLHIV range carried through.
     */
    public static final Indicator UNDIAGNOSED_HIV = Indicator.of(
            new IndicatorDefinition("undiagnosed_hiv", VERSION, "Estimated people living with undiagnosed HIV",
                    "estimated people living with HIV (minuend)", "people registered as living with HIV (subtrahend)",
                    ResultUnit.PEOPLE, List.of(GAM, WHO_SI_2022 + ", HTS.1"), Optional.empty(), List.of()),
            new Formula.Difference(Measure.PLHIV_ESTIMATE, Measure.REGISTERED_HIV_ALIVE,
                    Variant.of("estimated_minus_diagnosed", "estimated PLHIV − registered alive"), "estimated PLHIV",
                    "people registered alive"))
            .withDimensions(Set.of());

    /**
     * The first 95: people diagnosed and alive / estimated PLHIV (WHO HTS.1), target 95 % (UNAIDS 2025).
     */
    public static final Indicator FIRST_95_PLHIV = Indicator.of(
            new IndicatorDefinition("first_95", VERSION, "People living with HIV who know their status",
                    "people registered as living with HIV", "estimated people living with HIV", ResultUnit.PROPORTION,
                    List.of(WHO_SI_2022 + ", HTS.1", UNAIDS_2025), Optional.empty(),
                    List.of(new Target("unaids-2025", "UNAIDS 2025 (95 %)", 0.95, Target.Comparison.AT_LEAST,
                            UNAIDS_2025))),
            Formula.Ratio.of(Measure.REGISTERED_HIV_ALIVE,
                    Formula.Denominator.of(Measure.PLHIV_ESTIMATE, "plhiv_estimate", "denominator: estimated PLHIV"))
                    .withPublished(Measure.KNOWS_STATUS_SHARE_PLHIV));

    /**
     * Estimated undiagnosed HIV among PWID: PWID size × HIV prevalence among PWID − diagnosed PWID living with HIV
     * (a direct count, or people registered alive × their injecting share).
     */
    public static final Indicator UNDIAGNOSED_HIV_PWID = Indicator.of(
            new IndicatorDefinition("undiagnosed_hiv_pwid", VERSION,
                    "Estimated PWID living with undiagnosed HIV",
                    "estimated PWID living with HIV: published, or PWID size estimate × HIV prevalence among PWID (minuend)",
                    "PWID registered as living with HIV (subtrahend)", ResultUnit.PEOPLE,
                    List.of(GAM, TG2012), Optional.empty(), List.of()),
            new Formula.Difference(Measure.PLHIV_PWID_ESTIMATE,
                    Measure.REGISTERED_HIV_ALIVE_INJECTING, Variant.of("estimated_minus_diagnosed",
                            "estimated PWID living with HIV − diagnosed PWID"),
                    "estimated PWID living with HIV", "diagnosed PWID living with HIV"))
            .withDimensions(Set.of());

    /**
     * HIV prevalence among PWID (GAM): PWID testing HIV-positive / PWID tested in a bio-behavioural survey or
     * sentinel round, with a binomial interval (Wilson by default; design effect and finite-population correction
     * when given); or the published
     * prevalence with its published range. No target.
     */
    public static final Indicator HIV_PREVALENCE_PWID = Indicator.of(
            new IndicatorDefinition("hiv_prevalence_pwid", VERSION, "HIV prevalence among PWID",
                    "PWID testing HIV-positive in the survey", "PWID tested in the survey (survey or sentinel sample)",
                    ResultUnit.PROPORTION, List.of(GAM, TG2012), Optional.empty(), List.of()),
            Formula.SurveyProportion.of(Measure.HIV_POSITIVE_PWID_SURVEY, Measure.HIV_TESTED_PWID_SURVEY)
                    .withDesignEffect(Measure.HIV_SURVEY_DESIGN_EFFECT)
                    .withPopulationSize(Measure.PWID_SURVEY_POPULATION_SIZE)
                    .withPublished(Measure.HIV_PREVALENCE_PWID));

    /**
     * ART coverage: people receiving ART / estimated people living with HIV (WHO ART.1; GAM); people registered
     * alive as a flagged proxy denominator (diagnosed only, so coverage is overstated); the published share of all
     * PLHIV on ART. Target {@link #ART_OF_ALL_PLHIV_95_95}; no bands by default ({@link #ART_UNCONFIRMED_BANDS}).
     */
    public static final Indicator ART_COVERAGE = Indicator.of(
            new IndicatorDefinition("art_coverage", VERSION, "ART coverage among people living with HIV",
                    "people receiving antiretroviral therapy",
                    "estimated people living with HIV (people registered alive as a flagged proxy)",
                    ResultUnit.PROPORTION, List.of(WHO_SI_2022 + ", ART.1", GAM, TG2012, UNAIDS_2025), Optional.empty(),
                    List.of(ART_OF_ALL_PLHIV_95_95)),
            Formula.Ratio.of(Measure.ART_CLIENTS,
                    Formula.Denominator.of(Measure.PLHIV_ESTIMATE, "plhiv_estimate", "denominator: estimated PLHIV"),
                    Formula.Denominator.proxy(Measure.REGISTERED_HIV_ALIVE, "registered_alive_proxy",
                            "denominator: registered alive (proxy, diagnosed only)"))
                    .withPublished(Measure.ART_COVERAGE_SHARE_PLHIV));

    /**
     * ART coverage among PWID living with HIV (TG2012; GAM): PWID receiving ART / estimated PWID living with HIV, or
     * PWID registered alive as a flagged proxy (diagnosed only); and the survey form of GAM 2023 2.6C, respondents
     * living with HIV who report ART in the past 12 months / respondents living with HIV (variant
     * {@code survey_sample}, design effect and finite-population correction as for every PWID survey). Target {@link #ART_OF_ALL_PLHIV_95_95}; no bands
     * by default ({@link #ART_UNCONFIRMED_BANDS}).
     */
    public static final Indicator ART_COVERAGE_PWID = Indicator.of(
            new IndicatorDefinition("art_coverage_pwid", VERSION, "ART coverage among PWID living with HIV",
                    "PWID receiving antiretroviral therapy",
                    "estimated PWID living with HIV (PWID registered alive as a flagged proxy); survey form (GAM "
                            + "2.6C): respondents living with HIV", ResultUnit.PROPORTION,
                    List.of(TG2012, GAM, GAM_2023 + ", indicator 2.6C (survey form)", DAK_ANNEX_C + ", GAM2023 2.6C",
                            UNAIDS_2025), Optional.empty(), List.of(ART_OF_ALL_PLHIV_95_95)),
            Formula.Forms.of(Formula.Ratio.of(Measure.ART_CLIENTS_PWID,
                    Formula.Denominator.of(Measure.PLHIV_PWID_ESTIMATE, "plhiv_pwid_estimate",
                            "denominator: estimated PWID living with HIV"),
                    Formula.Denominator.proxy(Measure.REGISTERED_HIV_ALIVE_INJECTING, "registered_alive_pwid_proxy",
                            "denominator: PWID registered alive (proxy, diagnosed only)")),
                    pwidSurvey(Measure.ART_REPORTED_PWID_SURVEY, Measure.HIV_POSITIVE_PWID_SURVEY)));

    /**
     * Viral suppression among all people living with HIV: people on ART with viral load &lt; 1000 copies/mL /
     * estimated PLHIV (WHO ART.3 on this base; GAM), or the published share. Target
     * {@link #SUPPRESSED_OF_ALL_PLHIV_95_95_95}.
     */
    public static final Indicator VIRAL_SUPPRESSION = Indicator.of(
            new IndicatorDefinition("viral_suppression_plhiv", VERSION,
                    "People living with HIV with a suppressed viral load",
                    "people on ART with a suppressed viral load (< 1000 copies/mL)", "estimated people living with HIV",
                    ResultUnit.PROPORTION, List.of(WHO_SI_2022 + ", ART.3", GAM, UNAIDS_2025), Optional.empty(),
                    List.of(SUPPRESSED_OF_ALL_PLHIV_95_95_95)),
            Formula.Ratio.of(Measure.VIRALLY_SUPPRESSED,
                    Formula.Denominator.of(Measure.PLHIV_ESTIMATE, "plhiv_estimate", "denominator: estimated PLHIV"))
                    .withPublished(Measure.VIRAL_SUPPRESSION_SHARE_PLHIV));

    /**
     * PWID cascade, first 95: PWID registered alive (diagnosed) / estimated PWID living with HIV. Target
     * {@link #FIRST_95}.
     */
    public static final Indicator FIRST_95_PWID = Indicator.of(
            new IndicatorDefinition("first_95_pwid", VERSION, "PWID living with HIV who know their status",
                    "PWID registered as living with HIV", "estimated PWID living with HIV", ResultUnit.PROPORTION,
                    List.of(WHO_SI_2022 + ", HTS.1", UNAIDS_2025), Optional.empty(), List.of(FIRST_95)),
            Formula.Ratio.of(Measure.REGISTERED_HIV_ALIVE_INJECTING,
                    Formula.Denominator.of(Measure.PLHIV_PWID_ESTIMATE, "plhiv_pwid_estimate",
                            "denominator: estimated PWID living with HIV")));

    /**
     * PWID cascade, second 95: PWID receiving ART / PWID registered alive (diagnosed). Target {@link #SECOND_95}.
     */
    public static final Indicator SECOND_95_PWID = Indicator.of(
            new IndicatorDefinition("second_95_pwid", VERSION, "Diagnosed PWID receiving ART",
                    "PWID receiving antiretroviral therapy", "PWID registered as living with HIV", ResultUnit.PROPORTION,
                    List.of(WHO_SI_2022 + ", ART.1", UNAIDS_2025), Optional.empty(), List.of(SECOND_95)),
            Formula.Ratio.of(Measure.ART_CLIENTS_PWID,
                    Formula.Denominator.of(Measure.REGISTERED_HIV_ALIVE_INJECTING, "registered_alive_pwid",
                            "denominator: PWID registered alive")));

    /**
     * PWID cascade, third 95: PWID on ART with viral load &lt; 1000 copies/mL / PWID receiving ART. Target
     * {@link #THIRD_95}.
     */
    public static final Indicator THIRD_95_PWID = Indicator.of(
            new IndicatorDefinition("third_95_pwid", VERSION, "PWID on ART with a suppressed viral load",
                    "PWID on ART with a suppressed viral load (< 1000 copies/mL)", "PWID receiving antiretroviral therapy",
                    ResultUnit.PROPORTION, List.of(WHO_SI_2022 + ", ART.3", UNAIDS_2025), Optional.empty(),
                    List.of(THIRD_95)),
            Formula.Ratio.of(Measure.VIRALLY_SUPPRESSED_PWID,
                    Formula.Denominator.of(Measure.ART_CLIENTS_PWID, "art_clients_pwid",
                            "denominator: PWID receiving ART")));

    /**
     * Share of OST clients treated in prisons: OST clients in prisons / all OST clients. No target.
     */
    public static final Indicator OST_PRISON_SHARE = Indicator.of(
            new IndicatorDefinition("ost_prison_share", VERSION, "Share of OST clients treated in prisons",
                    "people receiving OST in prisons and other closed settings", "all people receiving OST",
                    ResultUnit.PROPORTION, List.of(PRISONS_2013, WHO_SI_2022 + ", PRV.11 (disaggregated by setting)"),
                    Optional.empty(), List.of()),
            Formula.Ratio.of(Measure.OST_CLIENTS,
                    Formula.Denominator.of(Measure.OST_CLIENTS, "all_ost_clients", "denominator: all OST clients"))
                    .withSubgroups(PRISON, Optional.of(Subgroup.TOTAL)));

    /**
     * NSP coverage in prisons: unique PWID given needles-syringes in prisons / estimated PWID in prisons (WHO PRV.8
     * applied to closed settings). No bands or target.
     */
    public static final Indicator NSP_PRISON_COVERAGE = Indicator.of(
            new IndicatorDefinition("nsp_prison_coverage", VERSION, "NSP coverage in prisons",
                    "unique PWID given needles-syringes in prisons in the period", "estimated PWID in prisons",
                    ResultUnit.PROPORTION, List.of(PRISONS_2013, WHO_SI_2022 + ", PRV.8"), Optional.empty(), List.of()),
            Formula.Ratio.of(Measure.NSP_CLIENTS,
                    Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "pwid_in_prisons",
                            "denominator: PWID in prisons"))
                    .withSubgroups(PRISON, Optional.empty()));

    /**
     * OST clients per OST site: people receiving OST / sites delivering OST. No target.
     */
    public static final Indicator OST_CLIENTS_PER_SITE = Indicator.of(
            new IndicatorDefinition("ost_clients_per_site", VERSION, "OST clients per OST site",
                    "people receiving OST", "sites delivering OST", ResultUnit.PER_SITE, List.of(SITES),
                    Optional.empty(), List.of()),
            Formula.Ratio.of(Measure.OST_CLIENTS,
                    Formula.Denominator.of(Measure.OST_SITES, "ost_sites", "denominator: OST sites")));

    /**
     * NSP clients per NSP site: unique PWID given needles-syringes / NSP sites. No target.
     */
    public static final Indicator NSP_CLIENTS_PER_SITE = Indicator.of(
            new IndicatorDefinition("nsp_clients_per_site", VERSION, "NSP clients per NSP site",
                    "unique PWID given needles-syringes in the period", "NSP sites", ResultUnit.PER_SITE, List.of(SITES),
                    Optional.empty(), List.of()),
            Formula.Ratio.of(Measure.NSP_CLIENTS,
                    Formula.Denominator.of(Measure.NSP_SITES, "nsp_sites", "denominator: NSP sites")));

    /** A survey proportion among PWID with the survey's design effect and finite-population correction. */
    private static Formula.SurveyProportion pwidSurvey(Measure yes, Measure asked) {
        return Formula.SurveyProportion.of(yes, asked).withDesignEffect(Measure.PWID_SURVEY_DESIGN_EFFECT)
                .withPopulationSize(Measure.PWID_SURVEY_POPULATION_SIZE);
    }

    private static IndicatorDefinition definition(String id, String name, String numerator, String denominator,
            ResultUnit unit, List<String> sources, List<Target> targets) {
        return new IndicatorDefinition(id, VERSION, name, numerator, denominator, unit, sources, Optional.empty(),
                targets);
    }

    /**
     * A WHO hepatitis share for PWID from programme records: numerator and denominator in words are the measures'
     * descriptions, sources WHO-SI-2022 at the code and page given, and Web Annex C.
     */
    private static Indicator hcvShare(String id, String name, String whoCode, Measure numerator,
            Formula.Denominator denominator) {
        return Indicator.of(definition(id, name, numerator.description(), denominator.measure().description(),
                ResultUnit.PROPORTION, List.of(WHO_SI_2022 + ", " + whoCode, DAK_ANNEX_C), List.of()),
                Formula.Ratio.of(numerator, denominator));
    }

    private static Formula.Denominator pwidSize() {
        return Formula.Denominator.of(Measure.PWID_POPULATION_SIZE, "pwid_size", "denominator: PWID size");
    }

    /**
     * GAM 1.4C, HIV testing among PWID: respondents who tested HIV-negative in the past 12 months or know that they
     * live with HIV / respondents (GAM 2023, indicator 1.4, p. 16; DAK Web Annex C, GAM2023 sheet, 1.4C). Survey
     * proportion with design effect and finite-population correction. No target.
     */
    public static final Indicator HIV_TESTING_PWID = Indicator.of(
            definition("hiv_testing_pwid", "HIV testing among PWID (GAM 1.4C)",
                    "respondents who tested HIV-negative in the past 12 months or know they live with HIV",
                    "survey respondents who inject drugs", ResultUnit.PROPORTION,
                    List.of(GAM_2023 + ", indicator 1.4C, p. 16", DAK_ANNEX_C + ", GAM2023 1.4C"), List.of()),
            pwidSurvey(Measure.HIV_TESTED_OR_AWARE_PWID_SURVEY, Measure.PWID_SURVEY_RESPONDENTS));

    /**
     * GAM 1.5C, condom use among PWID: respondents who used a condom the last time they had sex / respondents who
     * injected drugs and had sex in the past month (GAM 2023, indicator 1.5C, pp. 22–23; Global Fund HIV O-9). No
     * target.
     */
    public static final Indicator CONDOM_USE_PWID = Indicator.of(
            definition("condom_use_pwid", "Condom use at last sex among PWID (GAM 1.5C)",
                    "respondents who used a condom the last time they had sex",
                    "respondents who injected drugs and had sexual intercourse in the past month",
                    ResultUnit.PROPORTION, List.of(GAM_2023 + ", indicator 1.5C, pp. 22-23",
                            DAK_ANNEX_C + ", GAM2023 1.5C; GF2023 HIV O-9"), List.of()),
            pwidSurvey(Measure.CONDOM_LAST_SEX_PWID_SURVEY, Measure.PWID_SURVEY_INJECTED_HAD_SEX_PAST_MONTH));

    /**
     * GAM 1.6C, coverage of HIV prevention programmes among PWID, in two forms: part I (survey) respondents who
     * received two or more of the listed interventions in the past three months / respondents, variant
     * {@code survey_sample}; part II (programme) PWID reached with a defined package / estimated PWID, variant
     * {@code pwid_size} (GAM 2023, indicator 1.6, part II pp. 26–27; DAK Web Annex C, GAM2023 1.6C). No target.
     */
    public static final Indicator PREVENTION_COVERAGE_PWID = Indicator.of(
            definition("prevention_coverage_pwid", "Coverage of HIV prevention programmes among PWID (GAM 1.6C)",
                    "part I: respondents who received two or more of the listed prevention interventions in the past "
                            + "three months; part II: PWID reached with a defined package of services",
                    "part I: survey respondents; part II: estimated PWID", ResultUnit.PROPORTION,
                    List.of(GAM_2023 + ", indicator 1.6C (part I survey; part II programme data, pp. 26-27)",
                            DAK_ANNEX_C + ", GAM2023 1.6C"), List.of()),
            Formula.Forms.of(pwidSurvey(Measure.PREVENTION_TWO_SERVICES_PWID_SURVEY,
                    Measure.PWID_SURVEY_RESPONDENTS), Formula.Ratio.of(Measure.PREVENTION_PACKAGE_PWID, pwidSize())));

    /**
     * GAM 1.8, safe injecting practices: respondents who used sterile injecting equipment the last time they
     * injected / respondents who injected in the past month (GAM 2023, indicator 1.8, pp. 29–30; Global Fund HIV
     * O-6). Target {@link #SAFE_INJECTING_TARGET_UNAIDS_2025}.
     */
    public static final Indicator SAFE_INJECTING_PWID = Indicator.of(
            definition("safe_injecting_pwid", "Safe injecting practices among PWID (GAM 1.8)",
                    "respondents who used sterile injecting equipment the last time they injected",
                    "respondents who injected drugs in the past month", ResultUnit.PROPORTION,
                    List.of(GAM_2023 + ", indicator 1.8, pp. 29-30", DAK_ANNEX_C + ", GAM2023 1.8; GF2023 HIV O-6",
                            UNAIDS_2025), List.of(SAFE_INJECTING_TARGET_UNAIDS_2025)),
            pwidSurvey(Measure.STERILE_LAST_INJECTION_PWID_SURVEY, Measure.PWID_SURVEY_INJECTED_PAST_MONTH));

    /**
     * Anti-HCV prevalence among PWID: anti-HCV positive / tested in a survey, or the published prevalence (such as
     * HRI's Global State of Harm Reduction). No target.
     */
    public static final Indicator ANTI_HCV_PREVALENCE_PWID = Indicator.of(
            definition("anti_hcv_prevalence_pwid", "Anti-HCV prevalence among PWID",
                    "PWID with HCV antibodies in the survey", "PWID tested for HCV antibodies in the survey",
                    ResultUnit.PROPORTION, List.of(HRI_GSHR + " (anti-HCV prevalence among PWID)", GAM_2023
                            + ", indicator 1.3 (the survey prevalence method, here for HCV antibodies)"), List.of()),
            pwidSurvey(Measure.ANTI_HCV_POSITIVE_PWID_SURVEY, Measure.ANTI_HCV_TESTED_PWID_SURVEY)
                    .withPublished(Measure.ANTI_HCV_PREVALENCE_PWID));

    /** HCV RNA prevalence among PWID (current infection): RNA positive / tested for RNA in a survey. No target. */
    public static final Indicator HCV_RNA_PREVALENCE_PWID = Indicator.of(
            definition("hcv_rna_prevalence_pwid", "HCV RNA prevalence among PWID",
                    "PWID with detectable HCV RNA in the survey", "PWID tested for HCV RNA in the survey",
                    ResultUnit.PROPORTION, List.of(GAM_2023 + ", indicator 1.3 (the survey prevalence method, here for HCV RNA)"),
                    List.of()),
            pwidSurvey(Measure.HCV_RNA_POSITIVE_PWID_SURVEY, Measure.HCV_RNA_TESTED_PWID_SURVEY));

    /**
     * WHO HEP.2A for PWID, HCV test coverage in HIV prevention services: PWID tested for HCV / PWID attending HIV
     * prevention services in the period (WHO-SI-2022, HEP.2A, p. 375, disaggregated by key population). No target.
     */
    public static final Indicator HCV_TESTING_PREVENTION_PWID = hcvShare("hcv_testing_prevention_pwid",
            "HCV test coverage of PWID in HIV prevention services (HEP.2A)", "HEP.2A, p. 375",
            Measure.HCV_TESTED_PREVENTION_PWID, Formula.Denominator.of(Measure.PREVENTION_SERVICES_PWID,
                    "prevention_services", "denominator: PWID in prevention services"));

    /**
     * WHO HEP.4A for PWID, HCV positivity in HIV prevention services: newly identified HCV-positive / tested for HCV
     * in the period (WHO-SI-2022, HEP.4A, p. 378). No target.
     */
    public static final Indicator HCV_POSITIVITY_PREVENTION_PWID = hcvShare("hcv_positivity_prevention_pwid",
            "HCV positivity among PWID in HIV prevention services (HEP.4A)", "HEP.4A, p. 378",
            Measure.HCV_POSITIVE_PREVENTION_PWID, Formula.Denominator.of(Measure.HCV_TESTED_PREVENTION_PWID,
                    "hcv_tested", "denominator: PWID tested for HCV"));

    /**
     * WHO HEP.6 for PWID, HCV treatment initiation: PWID diagnosed with HCV who started treatment / PWID diagnosed
     * with HCV in the period (WHO-SI-2022, HEP.6, p. 380, defined among people living with HIV and disaggregated by
     * key population; GAM 2023 7.3 is similar). No target by default: see
     * {@link #HCV_TREATMENT_TARGET_UNCONFIRMED}.
     */
    public static final Indicator HCV_TREATMENT_INITIATION_PWID = hcvShare("hcv_treatment_initiation_pwid",
            "HCV treatment started among PWID diagnosed with HCV (HEP.6)", "HEP.6, p. 380 (GAM 2023 7.3 similar)",
            Measure.HCV_TREATMENT_STARTED_PWID, Formula.Denominator.of(Measure.HCV_DIAGNOSED_PWID, "hcv_diagnosed",
                    "denominator: PWID diagnosed with HCV"));

    /**
     * WHO HEP.7 for PWID, HCV cure: sustained virological response 12–24 weeks after treatment / completed treatment
     * and assessed (WHO-SI-2022, HEP.7, p. 381). No target (WHO states none for cure).
     */
    public static final Indicator HCV_CURE_PWID = hcvShare("hcv_cure_pwid",
            "HCV cured among PWID who completed treatment (HEP.7)", "HEP.7, p. 381", Measure.HCV_CURED_PWID,
            Formula.Denominator.of(Measure.HCV_SVR_ASSESSED_PWID, "svr_assessed",
                    "denominator: PWID assessed for SVR"));

    /**
     * Global Fund KP-4: needles-syringes distributed by NSPs in the past 12 months / PWID reached by the NSP in the
     * past 12 months, a programme denominator unlike GAM 1.9 (GF2023 KP-4; WHO-SI-2022, PRV.10 programme level,
     * p. 303; TG2012 NSP.C.1c). No bands or target (those of TG2012 and UNAIDS are for the population ratio).
     */
    public static final Indicator NEEDLES_SYRINGES_PER_PWID_REACHED = Indicator.of(
            definition("needles_syringes_per_pwid_reached", "Needles-syringes per PWID reached by NSP (GF KP-4)",
                    "needles-syringes distributed by NSPs in the past 12 months",
                    "PWID reached by the NSP in the past 12 months", ResultUnit.PER_PERSON_PER_YEAR,
                    List.of(GF_2023 + ", KP-4", WHO_SI_2022 + ", PRV.10 (programme level), p. 303",
                            DAK_ANNEX_C + ", GF2023 KP-4"), List.of()),
            Formula.Ratio.of(Measure.NEEDLES_SYRINGES_DISTRIBUTED, Formula.Denominator.of(Measure.NSP_CLIENTS,
                    "nsp_clients", "denominator: PWID reached by NSP")));

    /**
     * Global Fund KP-1d: PWID who received a defined package of HIV prevention services / estimated PWID in the
     * targeted area, disaggregated by age 15–19, 20–24, 25+ and gender (computed for each such subgroup with
     * figures) (GF2023 KP-1d, from GAM 2023 1.6 part II). No target.
     */
    public static final Indicator PREVENTION_PACKAGE_REACH_PWID = Indicator.of(
            definition("prevention_package_reach_pwid", "PWID reached with a defined prevention package (GF KP-1d)",
                    "PWID who received a defined package of HIV prevention services",
                    "estimated PWID in the targeted area", ResultUnit.PROPORTION,
                    List.of(GF_2023 + ", KP-1d (age 15-19, 20-24, 25+; gender)", DAK_ANNEX_C + ", GF2023 KP-1d"),
                    List.of()),
            Formula.Ratio.of(Measure.PREVENTION_PACKAGE_PWID, Formula.Denominator.of(Measure.PWID_POPULATION_SIZE,
                    "pwid_size_targeted_area", "denominator: PWID size (targeted area)")));

    /**
     * WHO PRV.10 with the pharmacy source: needles-syringes from NSPs plus those sold to PWID by pharmacies and other
     * outlets in 12 months / estimated PWID (WHO-SI-2022, PRV.10, p. 303, numerator a) plus b)). The bands and
     * targets of {@link #NEEDLES_SYRINGES_PER_PWID}. Not computable without a pharmacy figure.
     */
    public static final Indicator NEEDLES_SYRINGES_PER_PWID_ALL_SOURCES = Indicator.of(
            new IndicatorDefinition("needles_syringes_per_pwid_all_sources", VERSION,
                    "Needles-syringes per PWID per year, NSPs and pharmacies (PRV.10)",
                    "needles-syringes from NSPs plus pharmacy and other outlet sales in 12 months", "estimated PWID",
                    ResultUnit.PER_PERSON_PER_YEAR, List.of(WHO_SI_2022 + ", PRV.10, p. 303", TG2012),
                    NEEDLES_SYRINGES_PER_PWID.definition().bands(), NEEDLES_SYRINGES_PER_PWID.definition().targets()),
            Formula.Ratio.of(Measure.NEEDLES_SYRINGES_ALL_SOURCES, pwidSize()));

    /**
     * The share of needles-syringes by source (WHO PRV.10): NSPs / all sources (NSPs plus pharmacies and other
     * outlets); the pharmacy share is its complement. No target.
     */
    public static final Indicator NEEDLES_SYRINGES_NSP_SHARE = Indicator.of(
            definition("needles_syringes_nsp_share", "Share of needles-syringes from NSPs (PRV.10 by source)",
                    "needles-syringes distributed by NSPs in 12 months",
                    "needles-syringes from NSPs plus pharmacies and other outlets in 12 months", ResultUnit.PROPORTION,
                    List.of(WHO_SI_2022 + ", PRV.10, p. 303"), List.of()),
            Formula.Ratio.of(Measure.NEEDLES_SYRINGES_DISTRIBUTED, Formula.Denominator.of(
                    Measure.NEEDLES_SYRINGES_ALL_SOURCES, "all_sources", "denominator: all sources")));

    private static Indicator prisonCount(String id, String name, String what, Measure measure, ResultUnit unit) {
        return Indicator.of(definition(id, name, what, "none: a count in the period, in prisons and other closed "
                + "settings", unit, List.of(GAM_2023 + ", indicator 1.7", DAK_ANNEX_C + ", GAM2023 1.7"), List.of()),
                Formula.Reported.of(measure, PRISON));
    }

    /** GAM 1.7: needles-syringes distributed in prisons in the period (GAM 2023, 1.7). */
    public static final Indicator PRISON_NEEDLES_SYRINGES = prisonCount("prison_needles_syringes",
            "Needles-syringes distributed in prisons (GAM 1.7)", "needles-syringes distributed to prisoners",
            Measure.NEEDLES_SYRINGES_DISTRIBUTED, ResultUnit.ITEMS);
    /** GAM 1.7: prisoners receiving opioid agonist maintenance therapy (GAM 2023, 1.7). */
    public static final Indicator PRISON_OAMT_CLIENTS = prisonCount("prison_oamt_clients",
            "Prisoners receiving OAMT (GAM 1.7)", "prisoners receiving opioid agonist maintenance therapy",
            Measure.OST_CLIENTS, ResultUnit.PEOPLE);
    /** GAM 1.7: condoms distributed to prisoners (GAM 2023, 1.7). */
    public static final Indicator PRISON_CONDOMS = prisonCount("prison_condoms",
            "Condoms distributed in prisons (GAM 1.7)", "condoms distributed to prisoners", Measure.CONDOMS_DISTRIBUTED,
            ResultUnit.ITEMS);
    /** GAM 1.7: prisoners receiving antiretroviral therapy (GAM 2023, 1.7). */
    public static final Indicator PRISON_ART_CLIENTS = prisonCount("prison_art_clients",
            "Prisoners receiving ART (GAM 1.7)", "prisoners receiving antiretroviral therapy", Measure.ART_CLIENTS,
            ResultUnit.PEOPLE);
    /** GAM 1.7: prisoners tested for HIV (GAM 2023, 1.7). */
    public static final Indicator PRISON_HIV_TESTED = prisonCount("prison_hiv_tested",
            "Prisoners tested for HIV (GAM 1.7)", "prisoners tested for HIV", Measure.HIV_TESTED, ResultUnit.PEOPLE);

    /**
     * NSP sites per 1,000 PWID: NSP sites / estimated PWID × 1000, as Harm Reduction International's Global State of
     * Harm Reduction reports availability. No target.
     */
    public static final Indicator NSP_SITES_PER_1000_PWID = Indicator.of(
            definition("nsp_sites_per_1000_pwid", "NSP sites per 1,000 PWID", "NSP sites", "estimated PWID / 1000",
                    ResultUnit.PER_1000_PEOPLE, List.of(HRI_GSHR, TG2012 + " (availability)"), List.of()),
            Formula.Ratio.of(Measure.NSP_SITES, pwidSize()));

    /** OST (OAMT) sites per 1,000 PWID: OST sites / estimated PWID × 1000 (HRI Global State of Harm Reduction). */
    public static final Indicator OST_SITES_PER_1000_PWID = Indicator.of(
            definition("ost_sites_per_1000_pwid", "OST sites per 1,000 PWID", "OST sites", "estimated PWID / 1000",
                    ResultUnit.PER_1000_PEOPLE, List.of(HRI_GSHR, TG2012 + " (availability)"), List.of()),
            Formula.Ratio.of(Measure.OST_SITES, pwidSize()));

    /** Take-home naloxone kits distributed in the period, as reported (HRI Global State of Harm Reduction). */
    public static final Indicator NALOXONE_KITS = Indicator.of(
            definition("naloxone_kits", "Naloxone kits distributed", "take-home naloxone kits distributed",
                    "none: a count in the period", ResultUnit.ITEMS, List.of(HRI_GSHR), List.of()),
            Formula.Reported.of(Measure.NALOXONE_KITS_DISTRIBUTED));

    /** Naloxone kits distributed per PWID: kits / estimated PWID (HRI Global State of Harm Reduction). */
    public static final Indicator NALOXONE_KITS_PER_PWID = Indicator.of(
            definition("naloxone_kits_per_pwid", "Naloxone kits distributed per PWID", "take-home naloxone kits "
                    + "distributed in the year", "estimated PWID", ResultUnit.PER_PERSON_PER_YEAR, List.of(HRI_GSHR),
                    List.of()),
            Formula.Ratio.of(Measure.NALOXONE_KITS_DISTRIBUTED, pwidSize()));

    /**
     * Whether drug consumption rooms operate, as reported (yes or no; HRI Global State of Harm Reduction, which
     * tabulates it by country). No target.
     */
    public static final Indicator DRUG_CONSUMPTION_ROOMS = Indicator.of(
            definition("drug_consumption_rooms", "Drug consumption rooms operate", "whether drug consumption rooms "
                    + "operate", "none: a yes/no figure", ResultUnit.YES_NO, List.of(HRI_GSHR), List.of()),
            Formula.Reported.of(Measure.DRUG_CONSUMPTION_ROOMS));

    /** Whether peers distribute naloxone, as reported (yes or no; HRI Global State of Harm Reduction). No target. */
    public static final Indicator PEER_NALOXONE_DISTRIBUTION = Indicator.of(
            definition("peer_naloxone_distribution", "Peer distribution of naloxone", "whether peers distribute "
                    + "naloxone", "none: a yes/no figure", ResultUnit.YES_NO, List.of(HRI_GSHR), List.of()),
            Formula.Reported.of(Measure.PEER_NALOXONE_DISTRIBUTION));

    /**
     * Every standard indicator, in a stable order: the catalogue of {@link Catalogue#standard()}.
     *
     * @return an unmodifiable list
     */
    static List<Indicator> all() {
        return List.of(OST_COVERAGE, OST_PRISON_SHARE, OST_CLIENTS_PER_SITE, NEEDLES_SYRINGES_PER_PWID, NSP_REACH,
                NSP_PRISON_COVERAGE, NSP_CLIENTS_PER_SITE, HIV_PREVALENCE_PWID, PWID_SHARE_OF_HIV_CASES,
                UNDIAGNOSED_HIV, FIRST_95_PLHIV, ART_COVERAGE, VIRAL_SUPPRESSION, UNDIAGNOSED_HIV_PWID, FIRST_95_PWID,
                ART_COVERAGE_PWID, SECOND_95_PWID, THIRD_95_PWID, HIV_TESTING_PWID, CONDOM_USE_PWID,
                PREVENTION_COVERAGE_PWID, PREVENTION_PACKAGE_REACH_PWID, SAFE_INJECTING_PWID,
                NEEDLES_SYRINGES_PER_PWID_REACHED, NEEDLES_SYRINGES_PER_PWID_ALL_SOURCES, NEEDLES_SYRINGES_NSP_SHARE,
                ANTI_HCV_PREVALENCE_PWID, HCV_RNA_PREVALENCE_PWID, HCV_TESTING_PREVENTION_PWID,
                HCV_POSITIVITY_PREVENTION_PWID, HCV_TREATMENT_INITIATION_PWID, HCV_CURE_PWID, PRISON_NEEDLES_SYRINGES,
                PRISON_OAMT_CLIENTS, PRISON_CONDOMS, PRISON_ART_CLIENTS, PRISON_HIV_TESTED, NSP_SITES_PER_1000_PWID,
                OST_SITES_PER_1000_PWID, NALOXONE_KITS, NALOXONE_KITS_PER_PWID, DRUG_CONSUMPTION_ROOMS,
                PEER_NALOXONE_DISTRIBUTION);
    }
}
