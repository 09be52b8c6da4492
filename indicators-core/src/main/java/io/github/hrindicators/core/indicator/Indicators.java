package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Setting;
import io.github.hrindicators.core.Subgroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The indicators, each with its {@link StandardDefinitions standard definition} or a definition of the caller's
 * (other bands, targets or version), and {@link #evaluateAll} to compute them all.
 */
public final class Indicators {
    private static final Subgroup PRISON = Subgroup.of(Setting.PRISON);

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
     * range; the companion of {@link #undiagnosedHiv()}. A published share of all PLHIV who know their status
     * ({@code knows_status_share_plhiv}, such as "80 % aware") is a further variant with its range.
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
                new RatioIndicator.DenominatorOption(Measure.PLHIV_ESTIMATE, "denominator: estimated PLHIV", false)),
                Optional.of(Measure.KNOWS_STATUS_SHARE_PLHIV), Optional.empty(), Optional.empty());
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
     * HIV prevalence among PWID: positives / tested in a survey with its binomial interval (Wilson by default, the
     * design effect applied when given), or the published prevalence with its range. Source: GAM.
     *
     * @return the indicator with {@link StandardDefinitions#hivPrevalencePwid()}
     */
    public static Indicator hivPrevalencePwid() {
        return hivPrevalencePwid(StandardDefinitions.hivPrevalencePwid());
    }

    /**
     * HIV prevalence among PWID with another definition.
     *
     * @param definition the definition
     * @return the indicator
     */
    public static Indicator hivPrevalencePwid(IndicatorDefinition definition) {
        return new HivPrevalencePwid(definition);
    }

    /**
     * ART coverage: {@code X / N}, X people receiving ART, N the estimated PLHIV (variant
     * {@code denominator: estimated PLHIV}) or people registered alive (variant
     * {@code denominator: registered alive (proxy, diagnosed only)}, flagged {@link WarningCode#PROXY_DENOMINATOR}:
     * it leaves out the undiagnosed and overstates coverage); and the published share of all PLHIV on ART
     * ({@code art_coverage_share_plhiv}) with its range. Source: WHO-SI-2022 ART.1; GAM.
     *
     * @return the indicator with {@link StandardDefinitions#artCoverage()}
     */
    public static Indicator artCoverage() {
        return artCoverage(StandardDefinitions.artCoverage());
    }

    /**
     * ART coverage with another definition (for example with {@link StandardDefinitions#ART_UNCONFIRMED_BANDS}).
     *
     * @param definition the definition
     * @return the indicator
     * @throws IllegalArgumentException if the unit is {@link ResultUnit#PEOPLE}
     */
    public static Indicator artCoverage(IndicatorDefinition definition) {
        return new RatioIndicator(definition, Measure.ART_CLIENTS, List.of(
                new RatioIndicator.DenominatorOption(Measure.PLHIV_ESTIMATE, "denominator: estimated PLHIV", false),
                new RatioIndicator.DenominatorOption(Measure.REGISTERED_HIV_ALIVE,
                        "denominator: registered alive (proxy, diagnosed only)", true)),
                Optional.of(Measure.ART_COVERAGE_SHARE_PLHIV), Optional.empty(), Optional.empty());
    }

    /**
     * Viral suppression among all PLHIV: {@code X / N}, X people on ART with viral load &lt; 1000 copies/mL, N the
     * estimated PLHIV; and the published share ({@code viral_suppression_share_plhiv}) with its range.
     *
     * @return the indicator with {@link StandardDefinitions#viralSuppression()}
     */
    public static Indicator viralSuppression() {
        return viralSuppression(StandardDefinitions.viralSuppression());
    }

    /**
     * Viral suppression among all PLHIV with another definition.
     *
     * @param definition the definition
     * @return the indicator
     * @throws IllegalArgumentException if the unit is {@link ResultUnit#PEOPLE}
     */
    public static Indicator viralSuppression(IndicatorDefinition definition) {
        return new RatioIndicator(definition, Measure.VIRALLY_SUPPRESSED, List.of(
                new RatioIndicator.DenominatorOption(Measure.PLHIV_ESTIMATE, "denominator: estimated PLHIV", false)),
                Optional.of(Measure.VIRAL_SUPPRESSION_SHARE_PLHIV), Optional.empty(), Optional.empty());
    }

    /**
     * ART coverage among PWID living with HIV: {@code X / N}, X PWID receiving ART, N the estimated PWID living with
     * HIV (variant {@code denominator: estimated PWID living with HIV}) or PWID registered alive (variant
     * {@code denominator: PWID registered alive (proxy, diagnosed only)}, flagged). Source: TG2012; GAM.
     *
     * @return the indicator with {@link StandardDefinitions#artCoveragePwid()}
     */
    public static Indicator artCoveragePwid() {
        return artCoveragePwid(StandardDefinitions.artCoveragePwid());
    }

    /**
     * ART coverage among PWID with another definition.
     *
     * @param definition the definition
     * @return the indicator
     * @throws IllegalArgumentException if the unit is {@link ResultUnit#PEOPLE}
     */
    public static Indicator artCoveragePwid(IndicatorDefinition definition) {
        return new RatioIndicator(definition, Measure.ART_CLIENTS_PWID, List.of(
                new RatioIndicator.DenominatorOption(Measure.PLHIV_PWID_ESTIMATE,
                        "denominator: estimated PWID living with HIV", false),
                new RatioIndicator.DenominatorOption(Measure.REGISTERED_HIV_ALIVE_INJECTING,
                        "denominator: PWID registered alive (proxy, diagnosed only)", true)));
    }

    /**
     * PWID cascade, first 95: PWID registered alive / estimated PWID living with HIV.
     *
     * @return the indicator with {@link StandardDefinitions#first95Pwid()}
     */
    public static Indicator first95Pwid() {
        return cascade(StandardDefinitions.first95Pwid(), Measure.REGISTERED_HIV_ALIVE_INJECTING,
                Measure.PLHIV_PWID_ESTIMATE, "denominator: estimated PWID living with HIV");
    }

    /**
     * PWID cascade, second 95: PWID receiving ART / PWID registered alive (diagnosed).
     *
     * @return the indicator with {@link StandardDefinitions#second95Pwid()}
     */
    public static Indicator second95Pwid() {
        return cascade(StandardDefinitions.second95Pwid(), Measure.ART_CLIENTS_PWID,
                Measure.REGISTERED_HIV_ALIVE_INJECTING, "denominator: PWID registered alive");
    }

    /**
     * PWID cascade, third 95: PWID on ART with viral load &lt; 1000 copies/mL / PWID receiving ART.
     *
     * @return the indicator with {@link StandardDefinitions#third95Pwid()}
     */
    public static Indicator third95Pwid() {
        return cascade(StandardDefinitions.third95Pwid(), Measure.VIRALLY_SUPPRESSED_PWID, Measure.ART_CLIENTS_PWID,
                "denominator: PWID receiving ART");
    }

    private static Indicator cascade(IndicatorDefinition definition, Measure numerator, Measure denominator,
            String label) {
        return new RatioIndicator(definition, numerator,
                List.of(new RatioIndicator.DenominatorOption(denominator, label, false)));
    }

    /**
     * Share of OST clients treated in prisons: OST clients with setting prison / OST clients in total (subgroup
     * {@link io.github.hrindicators.core.Subgroup#TOTAL}); the result's subgroup is the prison one.
     *
     * @return the indicator with {@link StandardDefinitions#ostPrisonShare()}
     */
    public static Indicator ostPrisonShare() {
        return new RatioIndicator(StandardDefinitions.ostPrisonShare(), Measure.OST_CLIENTS,
                List.of(new RatioIndicator.DenominatorOption(Measure.OST_CLIENTS, "denominator: all OST clients",
                        false)),
                Optional.empty(), Optional.of(PRISON), Optional.of(Subgroup.TOTAL));
    }

    /**
     * NSP coverage in prisons: NSP clients with setting prison / PWID size estimate with setting prison.
     *
     * @return the indicator with {@link StandardDefinitions#nspPrisonCoverage()}
     */
    public static Indicator nspPrisonCoverage() {
        return new RatioIndicator(StandardDefinitions.nspPrisonCoverage(), Measure.NSP_CLIENTS,
                List.of(new RatioIndicator.DenominatorOption(Measure.PWID_POPULATION_SIZE,
                        "denominator: PWID in prisons", false)),
                Optional.empty(), Optional.of(PRISON), Optional.empty());
    }

    /**
     * OST clients per OST site: {@code ost_clients / ost_sites}, for each subgroup with figures of OST clients.
     *
     * @return the indicator with {@link StandardDefinitions#ostClientsPerSite()}
     */
    public static Indicator ostClientsPerSite() {
        return new RatioIndicator(StandardDefinitions.ostClientsPerSite(), Measure.OST_CLIENTS,
                List.of(new RatioIndicator.DenominatorOption(Measure.OST_SITES, "denominator: OST sites", false)));
    }

    /**
     * NSP clients per NSP site: {@code nsp_clients / nsp_sites}, for each subgroup with figures of NSP clients.
     *
     * @return the indicator with {@link StandardDefinitions#nspClientsPerSite()}
     */
    public static Indicator nspClientsPerSite() {
        return new RatioIndicator(StandardDefinitions.nspClientsPerSite(), Measure.NSP_CLIENTS,
                List.of(new RatioIndicator.DenominatorOption(Measure.NSP_SITES, "denominator: NSP sites", false)));
    }

    /**
     * Every indicator with its standard definition, in a stable order.
     *
     * @return an unmodifiable list
     */
    public static List<Indicator> all() {
        return List.of(ostCoverage(), ostPrisonShare(), ostClientsPerSite(), needlesSyringesPerPwid(), nspReach(),
                nspPrisonCoverage(), nspClientsPerSite(), hivPrevalencePwid(), pwidShareOfHivCases(), undiagnosedHiv(),
                first95(), artCoverage(), viralSuppression(), undiagnosedHivPwid(), first95Pwid(), artCoveragePwid(),
                second95Pwid(), third95Pwid());
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

    /**
     * Evaluates one indicator for every year from {@code fromYear} to {@code toYear}, both included; each result's
     * period is its year.
     *
     * <p>Rule for years without figures: a year is left out when none of the indicator's
     * {@link Indicator#inputMeasures() input measures} has a figure (for the area, any subgroup) that the settings'
     * selector would use for that year (a figure of the year, or an earlier one within the horizon). A year with
     * some but not all inputs is kept, and its results say which input is missing
     * ({@link NotComputableReason.Code#MISSING_INPUT}).
     *
     * @param indicator the indicator
     * @param data the figures
     * @param area the area
     * @param fromYear the first year
     * @param toYear the last year, {@code >= fromYear}
     * @param settings how inputs are chosen and uncertainty computed
     * @return the results, ordered by year, then as the indicator returns them
     * @throws IllegalArgumentException if {@code toYear < fromYear}
     * @throws NullPointerException if an argument is null
     */
    public static List<IndicatorResult> evaluateSeries(Indicator indicator, Dataset data, Area area, int fromYear,
            int toYear, EvaluationSettings settings) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(settings, "settings");
        if (toYear < fromYear) {
            throw new IllegalArgumentException("Series ends before it starts: " + fromYear + " to " + toYear);
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            if (hasAnyInput(indicator, data, area, year, settings.selector())) {
                results.addAll(indicator.evaluate(data, area, year, settings));
            }
        }
        return List.copyOf(results);
    }

    /**
     * Evaluates every indicator of {@link #all()} for every year from {@code fromYear} to {@code toYear}, with the
     * rule of {@link #evaluateSeries(Indicator, Dataset, Area, int, int, EvaluationSettings)} for years without
     * figures.
     *
     * @param data the figures
     * @param area the area
     * @param fromYear the first year
     * @param toYear the last year, {@code >= fromYear}
     * @param settings how inputs are chosen and uncertainty computed
     * @return an unmodifiable map from each year of the span (every year is a key) to its results in the order of
     *     {@link #all()}; a year without any figure maps to an empty list
     * @throws IllegalArgumentException if {@code toYear < fromYear}
     * @throws NullPointerException if an argument is null
     */
    public static SortedMap<Integer, List<IndicatorResult>> evaluateSeries(Dataset data, Area area, int fromYear,
            int toYear, EvaluationSettings settings) {
        SortedMap<Integer, List<IndicatorResult>> byYear = new TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            byYear.put(year, new ArrayList<>());
        }
        for (Indicator indicator : all()) {
            for (IndicatorResult r : evaluateSeries(indicator, data, area, fromYear, toYear, settings)) {
                byYear.get(r.period().startYear()).add(r);
            }
        }
        byYear.replaceAll((year, list) -> List.copyOf(list));
        return Collections.unmodifiableSortedMap(byYear);
    }

    private static boolean hasAnyInput(Indicator indicator, Dataset data, Area area, int year,
            InputSelector selector) {
        for (Measure m : indicator.inputMeasures()) {
            for (Subgroup s : data.subgroups(area)) {
                if (!selector.select(data, m, area, s, year).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
