package io.github.hrindicators.core.indicator;

import java.util.List;
import java.util.Optional;

/**
 * The standard indicator definitions, with the bands and targets of WHO, UNODC and UNAIDS, each with its source.
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
 * not applied by default ({@link #NSP_REACH_UNCONFIRMED_BANDS} lets a user opt in).
 */
public final class StandardDefinitions {
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
     * by default. Opt in with {@code StandardDefinitions.nspReach().withBands(NSP_REACH_UNCONFIRMED_BANDS)}.
     */
    public static final CoverageBands NSP_REACH_UNCONFIRMED_BANDS = new CoverageBands(0.20, 0.60, false, false,
            TG2012 + " (20 % and 60 % UNCONFIRMED)");

    private StandardDefinitions() {
    }

    /**
     * OST coverage: people receiving OST / estimated opioid-dependent PWID (WHO PRV.11; GAM "coverage of opioid
     * agonist maintenance therapy"). Bands {@link #OST_BANDS}; targets {@link #OST_TARGET_UNAIDS_OLDER} and
     * {@link #OST_TARGET_UNAIDS_2025}.
     *
     * @return the definition
     */
    public static IndicatorDefinition ostCoverage() {
        return new IndicatorDefinition("ost_coverage", VERSION, "OST coverage",
                "people receiving opioid substitution (agonist) therapy at a census date",
                "estimated opioid-dependent PWID (PWID size estimate as a flagged proxy)", ResultUnit.PROPORTION,
                List.of(WHO_SI_2022 + ", PRV.11", GAM, TG2012), Optional.of(OST_BANDS),
                List.of(OST_TARGET_UNAIDS_OLDER, OST_TARGET_UNAIDS_2025));
    }

    /**
     * Needles-syringes distributed per PWID per year (WHO PRV.10; GAM). Bands {@link #NSP_BANDS}; targets UNAIDS
     * 2025 (&gt; 200), GHSS-hep 2020 (200) and 2030 (300).
     *
     * @return the definition
     */
    public static IndicatorDefinition needlesSyringesPerPwid() {
        return new IndicatorDefinition("needles_syringes_per_pwid", VERSION,
                "Needles-syringes distributed per PWID per year",
                "needles-syringes distributed by NSPs in 12 months (pharmacy sales excluded)",
                "estimated PWID", ResultUnit.PER_PERSON_PER_YEAR, List.of(WHO_SI_2022 + ", PRV.10", GAM, TG2012),
                Optional.of(NSP_BANDS),
                List.of(new Target("unaids-2025", "UNAIDS 2025 (> 200)", 200, Target.Comparison.ABOVE, UNAIDS_2025),
                        new Target("ghss-hep-2020", "GHSS-hep 2020 (200)", 200, Target.Comparison.AT_LEAST, GHSS_HEP),
                        new Target("ghss-hep-2030", "GHSS-hep 2030 (300)", 300, Target.Comparison.AT_LEAST,
                                GHSS_HEP)));
    }

    /**
     * NSP reach: unique PWID given needles-syringes in the period / estimated PWID (WHO PRV.8). No bands by
     * default (see {@link #NSP_REACH_UNCONFIRMED_BANDS}), no target.
     *
     * @return the definition
     */
    public static IndicatorDefinition nspReach() {
        return new IndicatorDefinition("nsp_reach", VERSION, "NSP reach",
                "unique PWID given needles-syringes in the period", "estimated PWID", ResultUnit.PROPORTION,
                List.of(WHO_SI_2022 + ", PRV.8"), Optional.empty(), List.of());
    }

    /**
     * PWID share of HIV cases: cases with injecting drug use as transmission route / all cases, or / cases with a
     * known route (ECDC/WHO-Europe practice); for cumulative registered cases, people registered alive, and new
     * diagnoses.
     *
     * @return the definition
     */
    public static IndicatorDefinition pwidShareOfHivCases() {
        return new IndicatorDefinition("pwid_share_hiv_cases", VERSION, "PWID share of HIV cases",
                "registered HIV cases with injecting drug use as transmission route",
                "all registered HIV cases; or cases with a known transmission route", ResultUnit.PROPORTION,
                List.of(GAM, "ECDC/WHO Regional Office for Europe, HIV/AIDS surveillance in Europe (known-route "
                        + "denominator)"),
                Optional.empty(), List.of());
    }

    /**
     * Estimated undiagnosed HIV: estimated PLHIV − people diagnosed and alive, the PLHIV range carried through.
     *
     * @return the definition
     */
    public static IndicatorDefinition undiagnosedHiv() {
        return new IndicatorDefinition("undiagnosed_hiv", VERSION, "Estimated people living with undiagnosed HIV",
                "estimated people living with HIV (minuend)", "people registered as living with HIV (subtrahend)",
                ResultUnit.PEOPLE, List.of(GAM, WHO_SI_2022 + ", HTS.1"), Optional.empty(), List.of());
    }

    /**
     * The first 95: people diagnosed and alive / estimated PLHIV (WHO HTS.1), target 95 % (UNAIDS 2025).
     *
     * @return the definition
     */
    public static IndicatorDefinition first95() {
        return new IndicatorDefinition("first_95", VERSION, "People living with HIV who know their status",
                "people registered as living with HIV", "estimated people living with HIV", ResultUnit.PROPORTION,
                List.of(WHO_SI_2022 + ", HTS.1", UNAIDS_2025), Optional.empty(),
                List.of(new Target("unaids-2025", "UNAIDS 2025 (95 %)", 0.95, Target.Comparison.AT_LEAST,
                        UNAIDS_2025)));
    }

    /**
     * Estimated undiagnosed HIV among PWID: PWID size × HIV prevalence among PWID − diagnosed PWID living with HIV
     * (a direct count, or people registered alive × their injecting share).
     *
     * @return the definition
     */
    public static IndicatorDefinition undiagnosedHivPwid() {
        return new IndicatorDefinition("undiagnosed_hiv_pwid", VERSION,
                "Estimated PWID living with undiagnosed HIV",
                "PWID size estimate × HIV prevalence among PWID (minuend)",
                "PWID registered as living with HIV (subtrahend)", ResultUnit.PEOPLE,
                List.of(GAM, TG2012), Optional.empty(), List.of());
    }
}
