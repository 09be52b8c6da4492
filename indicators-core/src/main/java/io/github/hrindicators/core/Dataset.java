package io.github.hrindicators.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An immutable collection of {@link Observation}s with look-ups by measure, area and subgroup.
 *
 * <p>A dataset may hold several figures for the same measure, period, area and subgroup when sources disagree
 * (two PWID size estimates for 2010, say): they are kept as separate figures, each with its source, and the
 * indicators report one result per alternative rather than choosing silently.
 *
 * <p>Look-ups go through an index built once, when the dataset is made: {@link #find} and {@link #subgroups} take
 * time independent of the number of figures in other areas, so that evaluating every area and year of a large
 * dataset grows linearly with its size.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset {
    private static final Comparator<Observation> ORDER = Comparator.comparing(Observation::period)
            .thenComparing(Observation::measure)
            .thenComparing(Observation::area)
            .thenComparing(Observation::subgroup)
            .thenComparing(o -> o.source().citation())
            // ties between alternatives from one source: by value, then note, so input order never matters
            .thenComparingDouble(o -> o.value().doubleValue())
            .thenComparing(o -> o.value().toString())
            .thenComparing(o -> o.note().orElse(""));

    private final List<Observation> observations;
    private final Map<Key, List<Observation>> byKey;
    private final Map<Area, List<Subgroup>> subgroupsByArea;
    private final SortedSet<Area> areas;

    private record Key(Measure measure, Area area, Subgroup subgroup) {
    }

    private Dataset(List<Observation> observations) {
        this.observations = observations;
        Map<Key, List<Observation>> index = new HashMap<>();
        Map<Area, TreeSet<Subgroup>> subgroups = new HashMap<>();
        for (Observation o : observations) {
            index.computeIfAbsent(new Key(o.measure(), o.area(), o.subgroup()), k -> new ArrayList<>()).add(o);
            subgroups.computeIfAbsent(o.area(), a -> new TreeSet<>()).add(o.subgroup());
        }
        index.replaceAll((k, list) -> List.copyOf(list));
        this.byKey = index;
        Map<Area, List<Subgroup>> groups = new HashMap<>();
        subgroups.forEach((area, set) -> groups.put(area, List.copyOf(set)));
        this.subgroupsByArea = groups;
        this.areas = Collections.unmodifiableSortedSet(new TreeSet<>(subgroups.keySet()));
    }

    /**
     * Obtains a dataset of the given figures, ordered by period, measure, area, subgroup and source, and figures
     * that agree on all of these by value and note, so that the order does not depend on the order given.
     *
     * @param observations the figures
     * @return the dataset
     * @throws NullPointerException if the collection or an element is null
     */
    public static Dataset of(Collection<Observation> observations) {
        Observation[] copy = List.copyOf(Objects.requireNonNull(observations, "observations"))
                .toArray(new Observation[0]);
        java.util.Arrays.sort(copy, ORDER);
        return new Dataset(List.of(copy));
    }

    /**
     * Obtains a dataset of the given figures.
     *
     * @param observations the figures
     * @return the dataset
     * @throws NullPointerException if the array or an element is null
     */
    public static Dataset of(Observation... observations) {
        return of(List.of(Objects.requireNonNull(observations, "observations")));
    }

    /**
     * All figures, ordered by period, measure, area, subgroup and source.
     *
     * @return an unmodifiable list
     */
    public List<Observation> observations() {
        return observations;
    }

    /**
     * The figures of one measure for an area and subgroup, ordered by period.
     *
     * @param measure the measure
     * @param area the area
     * @param subgroup the subgroup
     * @return an unmodifiable list, empty if there are none
     * @throws NullPointerException if an argument is null
     */
    public List<Observation> find(Measure measure, Area area, Subgroup subgroup) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(subgroup, "subgroup");
        return byKey.getOrDefault(new Key(measure, area, subgroup), List.of());
    }

    /**
     * The areas the figures refer to.
     *
     * @return an unmodifiable sorted set
     */
    public SortedSet<Area> areas() {
        return areas;
    }

    /**
     * The subgroups that figures of an area refer to.
     *
     * @param area the area
     * @return an unmodifiable list, {@link Subgroup#TOTAL} first if present, then in {@link Subgroup}'s order
     * @throws NullPointerException if {@code area} is null
     */
    public List<Subgroup> subgroups(Area area) {
        Objects.requireNonNull(area, "area");
        return subgroupsByArea.getOrDefault(area, List.of());
    }

    /**
     * The number of figures.
     *
     * @return the size
     */
    public int size() {
        return observations.size();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Dataset other && other.observations.equals(observations);
    }

    @Override
    public int hashCode() {
        return observations.hashCode();
    }

    @Override
    public String toString() {
        return "Dataset of " + observations.size() + " figures";
    }
}
