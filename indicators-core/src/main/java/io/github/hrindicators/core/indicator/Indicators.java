package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import java.util.List;
import java.util.Objects;

/**
 * The indicators, each with its {@link StandardDefinitions standard definition} or a definition of the caller's
 * (other bands, targets or version), and {@link #evaluateAll} to compute them all.
 */
public final class Indicators {
    private Indicators() {
    }

    /**
     * OST coverage: {@code X / N} with X people receiving OST and N the estimated opioid-dependent PWID, or the
     * PWID size estimate as a flagged proxy ({@link WarningCode#PROXY_DENOMINATOR}); both when both exist. Plausible
     * bounds {@code [X / N_high, X / N_low]} when N has a range. Computed for each subgroup (e.g. prisons) with
     * figures of people on OST. Source: WHO-SI-2022 PRV.11; GAM; TG2012.
     *
     * @return the indicator with {@link StandardDefinitions#ostCoverage()}
     */
    public static Indicator ostCoverage() {
        return ostCoverage(StandardDefinitions.ostCoverage());
    }

    /**
     * OST coverage with another definition (for example other targets).
     *
     * @param definition the definition; its unit must be {@link ResultUnit#PROPORTION}
     * @return the indicator
     * @throws IllegalArgumentException if the unit is {@link ResultUnit#PEOPLE}
     */
    public static Indicator ostCoverage(IndicatorDefinition definition) {
        return new RatioIndicator(definition, Measure.OST_CLIENTS, List.of(
                new RatioIndicator.DenominatorOption(Measure.OPIOID_DEPENDENT_PWID_SIZE,
                        "denominator: opioid-dependent PWID", false),
                new RatioIndicator.DenominatorOption(Measure.PWID_POPULATION_SIZE,
                        "denominator: PWID size (proxy)", true)));
    }

    /**
     * Needles-syringes distributed per PWID per year: {@code X / N}, X needles-syringes distributed by NSPs in 12
     * months, N the PWID size estimate. Source: WHO-SI-2022 PRV.10; GAM; TG2012.
     *
     * @return the indicator with {@link StandardDefinitions#needlesSyringesPerPwid()}
     */
    public static Indicator needlesSyringesPerPwid() {
        return needlesSyringesPerPwid(StandardDefinitions.needlesSyringesPerPwid());
    }

    /**
     * Needles-syringes per PWID with another definition.
     *
     * @param definition the definition
     * @return the indicator
     * @throws IllegalArgumentException if the unit is {@link ResultUnit#PEOPLE}
     */
    public static Indicator needlesSyringesPerPwid(IndicatorDefinition definition) {
        return new RatioIndicator(definition, Measure.NEEDLES_SYRINGES_DISTRIBUTED, List.of(
                new RatioIndicator.DenominatorOption(Measure.PWID_POPULATION_SIZE, "denominator: PWID size", false)));
    }

    /**
     * NSP reach: {@code X / N}, X unique PWID given needles-syringes in the period, N the PWID size estimate.
     * Source: WHO-SI-2022 PRV.8.
     *
     * @return the indicator with {@link StandardDefinitions#nspReach()}
     */
    public static Indicator nspReach() {
        return nspReach(StandardDefinitions.nspReach());
    }

    /**
     * NSP reach with another definition (for example with {@link StandardDefinitions#NSP_REACH_UNCONFIRMED_BANDS}).
     *
     * @param definition the definition
     * @return the indicator
     * @throws IllegalArgumentException if the unit is {@link ResultUnit#PEOPLE}
     */
    public static Indicator nspReach(IndicatorDefinition definition) {
        return new RatioIndicator(definition, Measure.NSP_CLIENTS, List.of(
                new RatioIndicator.DenominatorOption(Measure.PWID_POPULATION_SIZE, "denominator: PWID size", false)));
    }

    /**
     * PWID share of HIV cases, for cumulative registered cases, people registered alive and new diagnoses; over all
     * cases and over cases with a known route; from counts or from a published share.
     *
     * @return the indicator with {@link StandardDefinitions#pwidShareOfHivCases()}
     */
    public static Indicator pwidShareOfHivCases() {
        return pwidShareOfHivCases(StandardDefinitions.pwidShareOfHivCases());
    }

    /**
     * PWID share of HIV cases with another definition.
     *
     * @param definition the definition
     * @return the indicator
     */
    public static Indicator pwidShareOfHivCases(IndicatorDefinition definition) {
        return new PwidShareOfHivCases(definition);
    }

    /**
     * Estimated undiagnosed HIV: estimated PLHIV − people registered alive, the PLHIV range carried through.
     *
     * @return the indicator with {@link StandardDefinitions#undiagnosedHiv()}
     */
    public static Indicator undiagnosedHiv() {
        return undiagnosedHiv(StandardDefinitions.undiagnosedHiv());
    }

    /**
     * Estimated undiagnosed HIV with another definition.
     *
     * @param definition the definition
     * @return the indicator
     */
    public static Indicator undiagnosedHiv(IndicatorDefinition definition) {
        return new UndiagnosedHiv(definition);
    }

    /**
     * The first 95: people registered alive / estimated PLHIV (WHO HTS.1), with plausible bounds from the PLHIV
     * range; the companion of {@link #undiagnosedHiv()}.
     *
     * @return the indicator with {@link StandardDefinitions#first95()}
     */
    public static Indicator first95() {
        return first95(StandardDefinitions.first95());
    }

    /**
     * The first 95 with another definition.
     *
     * @param definition the definition
     * @return the indicator
     * @throws IllegalArgumentException if the unit is {@link ResultUnit#PEOPLE}
     */
    public static Indicator first95(IndicatorDefinition definition) {
        return new RatioIndicator(definition, Measure.REGISTERED_HIV_ALIVE, List.of(
                new RatioIndicator.DenominatorOption(Measure.PLHIV_ESTIMATE, "denominator: estimated PLHIV", false)));
    }

    /**
     * Estimated undiagnosed HIV among PWID: PWID size × HIV prevalence among PWID − diagnosed PWID living with HIV.
     *
     * @return the indicator with {@link StandardDefinitions#undiagnosedHivPwid()}
     */
    public static Indicator undiagnosedHivPwid() {
        return undiagnosedHivPwid(StandardDefinitions.undiagnosedHivPwid());
    }

    /**
     * Estimated undiagnosed HIV among PWID with another definition.
     *
     * @param definition the definition
     * @return the indicator
     */
    public static Indicator undiagnosedHivPwid(IndicatorDefinition definition) {
        return new UndiagnosedHivPwid(definition);
    }

    /**
     * Every indicator with its standard definition, in a stable order.
     *
     * @return an unmodifiable list
     */
    public static List<Indicator> all() {
        return List.of(ostCoverage(), needlesSyringesPerPwid(), nspReach(), pwidShareOfHivCases(), undiagnosedHiv(),
                first95(), undiagnosedHivPwid());
    }

    /**
     * Evaluates every indicator of {@link #all()}.
     *
     * @param data the figures
     * @param area the area
     * @param year the target year
     * @param settings how inputs are chosen and uncertainty computed
     * @return the results of all indicators, in the order of {@link #all()}
     * @throws NullPointerException if an argument is null
     */
    public static List<IndicatorResult> evaluateAll(Dataset data, Area area, int year, EvaluationSettings settings) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(settings, "settings");
        return all().stream().flatMap(i -> i.evaluate(data, area, year, settings).stream()).toList();
    }
}
