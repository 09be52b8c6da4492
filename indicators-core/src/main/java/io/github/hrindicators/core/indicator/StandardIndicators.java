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
     * PWID registered alive as a flagged proxy (diagnosed only). Target {@link #ART_OF_ALL_PLHIV_95_95}; no bands
     * by default ({@link #ART_UNCONFIRMED_BANDS}).
     */
    public static final Indicator ART_COVERAGE_PWID = Indicator.of(
            new IndicatorDefinition("art_coverage_pwid", VERSION, "ART coverage among PWID living with HIV",
                    "PWID receiving antiretroviral therapy",
                    "estimated PWID living with HIV (PWID registered alive as a flagged proxy)", ResultUnit.PROPORTION,
                    List.of(TG2012, GAM, UNAIDS_2025), Optional.empty(), List.of(ART_OF_ALL_PLHIV_95_95)),
            Formula.Ratio.of(Measure.ART_CLIENTS_PWID,
                    Formula.Denominator.of(Measure.PLHIV_PWID_ESTIMATE, "plhiv_pwid_estimate",
                            "denominator: estimated PWID living with HIV"),
                    Formula.Denominator.proxy(Measure.REGISTERED_HIV_ALIVE_INJECTING, "registered_alive_pwid_proxy",
                            "denominator: PWID registered alive (proxy, diagnosed only)")));

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

    /**
     * Every standard indicator, in a stable order: the catalogue of {@link Catalogue#standard()}.
     *
     * @return an unmodifiable list
     */
    static List<Indicator> all() {
        return List.of(OST_COVERAGE, OST_PRISON_SHARE, OST_CLIENTS_PER_SITE, NEEDLES_SYRINGES_PER_PWID, NSP_REACH,
                NSP_PRISON_COVERAGE, NSP_CLIENTS_PER_SITE, HIV_PREVALENCE_PWID, PWID_SHARE_OF_HIV_CASES,
                UNDIAGNOSED_HIV, FIRST_95_PLHIV, ART_COVERAGE, VIRAL_SUPPRESSION, UNDIAGNOSED_HIV_PWID, FIRST_95_PWID,
                ART_COVERAGE_PWID, SECOND_95_PWID, THIRD_95_PWID);
    }
}
