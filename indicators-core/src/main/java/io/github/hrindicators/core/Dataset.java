package io.github.hrindicators.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
 * <p>This class is immutable and thread-safe.
 */
public final class Dataset {
    private static final Comparator<Observation> ORDER = Comparator.comparing(Observation::period)
            .thenComparing(o -> o.measure().ordinal())
            .thenComparing(o -> o.area().name())
            .thenComparing(o -> o.subgroup().toString())
            .thenComparing(o -> o.source().citation())
            // ties between alternatives from one source: by value, then note, so input order never matters
            .thenComparingDouble(o -> o.value().doubleValue())
            .thenComparing(o -> o.value().toString())
            .thenComparing(o -> o.note().orElse(""));

    private final List<Observation> observations;

    private Dataset(List<Observation> observations) {
        this.observations = observations;
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
        List<Observation> copy = List.copyOf(Objects.requireNonNull(observations, "observations"));
        return new Dataset(copy.stream().sorted(ORDER).toList());
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
        return observations.stream()
                .filter(o -> o.measure() == measure && o.area().equals(area) && o.subgroup().equals(subgroup))
                .toList();
    }

    /**
     * The areas the figures refer to.
     *
     * @return an unmodifiable sorted set
     */
    public SortedSet<Area> areas() {
        return java.util.Collections.unmodifiableSortedSet(observations.stream().map(Observation::area)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    /**
     * The subgroups that figures of an area refer to.
     *
     * @param area the area
     * @return an unmodifiable list, {@link Subgroup#TOTAL} first if present
     * @throws NullPointerException if {@code area} is null
     */
    public List<Subgroup> subgroups(Area area) {
        Objects.requireNonNull(area, "area");
        return observations.stream().filter(o -> o.area().equals(area)).map(Observation::subgroup).distinct()
                .sorted(Comparator.comparing((Subgroup s) -> !s.isTotal()).thenComparing(Subgroup::toString))
                .toList();
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
