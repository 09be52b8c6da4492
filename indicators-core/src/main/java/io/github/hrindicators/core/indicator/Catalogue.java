package io.github.hrindicators.core.indicator;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A catalogue of indicators, the one registry: {@link #standard()} holds the library's (GAM, WHO and Global Fund
 * indicators for PWID, with their sources), and a caller may add their own or replace one with another definition
 * ({@link #with(Indicator)}). Ids are unique.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Catalogue {
    private static final Catalogue STANDARD = of(StandardIndicators.all());

    private final Map<String, Indicator> byId;

    private Catalogue(Map<String, Indicator> byId) {
        this.byId = byId;
    }

    /**
     * The library's indicators with their standard definitions, in a stable order.
     *
     * @return the catalogue
     */
    public static Catalogue standard() {
        return STANDARD;
    }

    /**
     * A catalogue of the given indicators, in that order.
     *
     * @param indicators the indicators
     * @return the catalogue
     * @throws IllegalArgumentException if two indicators have the same id
     * @throws NullPointerException if the list or an element is null
     */
    public static Catalogue of(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (map.put(Objects.requireNonNull(i, "indicator").id(), i) != null) {
                throw new IllegalArgumentException("Two indicators have the id " + i.id());
            }
        }
        return new Catalogue(Collections.unmodifiableMap(map));
    }

    /**
     * A copy with an indicator added at the end, or put in place of the one with its id.
     *
     * @param indicator the indicator
     * @return the catalogue
     */
    public Catalogue with(Indicator indicator) {
        Map<String, Indicator> map = new LinkedHashMap<>(byId);
        map.put(indicator.id(), indicator);
        return new Catalogue(Collections.unmodifiableMap(map));
    }

    /**
     * The indicators, in order.
     *
     * @return an unmodifiable list
     */
    public List<Indicator> indicators() {
        return List.copyOf(byId.values());
    }

    /**
     * The indicator with an id.
     *
     * @param id the id, such as {@code ost_coverage}
     * @return the indicator, or empty if the catalogue has none with that id
     */
    public Optional<Indicator> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The indicator with an id, which must exist.
     *
     * @param id the id
     * @return the indicator
     * @throws IllegalArgumentException if there is none, naming the ids there are
     */
    public Indicator get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("No indicator '" + id
                + "' in the catalogue; its indicators are " + String.join(", ", byId.keySet())));
    }

    /**
     * Evaluates every indicator for an area and year.
     *
     * @param data the figures
     * @param area the area
     * @param year the target year
     * @param settings how inputs are chosen and uncertainty computed
     * @return the results of all indicators, in catalogue order
     * @throws NullPointerException if an argument is null
     */
    public List<IndicatorResult> evaluate(Dataset data, Area area, int year, EvaluationSettings settings) {
        List<IndicatorResult> results = new ArrayList<>();
        evaluate(data, area, year, settings, results::add);
        return List.copyOf(results);
    }

    /**
     * Evaluates every indicator for an area and year, handing each result to a consumer as it is computed (to write
     * results of a large dataset without holding them).
     *
     * @param data the figures
     * @param area the area
     * @param year the target year
     * @param settings how inputs are chosen and uncertainty computed
     * @param sink receives the results, in catalogue order
     * @throws NullPointerException if an argument is null
     */
    public void evaluate(Dataset data, Area area, int year, EvaluationSettings settings,
            Consumer<? super IndicatorResult> sink) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sink, "sink");
        for (Indicator i : byId.values()) {
            i.evaluate(data, area, year, settings).forEach(sink);
        }
    }

    /**
     * Evaluates every indicator for every year from {@code fromYear} to {@code toYear}, with the rule of
     * {@link Indicator#evaluateSeries} for years without figures.
     *
     * @param data the figures
     * @param area the area
     * @param fromYear the first year
     * @param toYear the last year, {@code >= fromYear}
     * @param settings how inputs are chosen and uncertainty computed
     * @return an unmodifiable map from each year of the span (every year is a key) to its results in catalogue
     *     order; a year without any figure maps to an empty list
     * @throws IllegalArgumentException if {@code toYear < fromYear}
     * @throws NullPointerException if an argument is null
     */
    public SortedMap<Integer, List<IndicatorResult>> evaluateSeries(Dataset data, Area area, int fromYear,
            int toYear, EvaluationSettings settings) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("Series ends before it starts: " + fromYear + " to " + toYear);
        }
        SortedMap<Integer, List<IndicatorResult>> byYear = new TreeMap<>();
        for (int year = fromYear; year <= toYear; year++) {
            byYear.put(year, new ArrayList<>());
        }
        for (Indicator indicator : byId.values()) {
            for (IndicatorResult r : indicator.evaluateSeries(data, area, fromYear, toYear, settings)) {
                byYear.get(r.period().startYear()).add(r);
            }
        }
        byYear.replaceAll((year, list) -> List.copyOf(list));
        return Collections.unmodifiableSortedMap(byYear);
    }

    @Override
    public String toString() {
        return "Catalogue" + byId.keySet();
    }
}
