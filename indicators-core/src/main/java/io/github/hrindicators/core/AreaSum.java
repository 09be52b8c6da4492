package io.github.hrindicators.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sum of a count over the areas directly within a parent area ({@link Area#parent()}), checked against the
 * parent's own published figure where the dataset has one.
 *
 * <p>Only counts ({@link QuantityKind#COUNT}) are summed: an estimate's interval does not add up and a share is not
 * additive. Each child contributes the one figure it has for the measure, period and subgroup; a child with two
 * (from different sources, say) is refused rather than chosen silently, and a child with none is listed in
 * {@link #missing()}. Two findings are reported, never hidden:
 * <ul>
 * <li>a count of distinct people ({@link Measure#isDistinctPeopleCount()}, such as unique NSP clients) summed
 *     across areas counts a client served in two areas twice: {@link #countsPeopleMoreThanOnce()} is true;</li>
 * <li>a published parent figure that differs from the sum: {@link #difference()} is the published figure minus the
 *     sum.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AreaSum {
    private final Measure measure;
    private final ReferencePeriod period;
    private final Area parent;
    private final Subgroup subgroup;
    private final Count sum;
    private final List<Observation> parts;
    private final List<Area> missing;
    private final Optional<Observation> published;

    private AreaSum(Measure measure, ReferencePeriod period, Area parent, Subgroup subgroup, Count sum,
            List<Observation> parts, List<Area> missing, Optional<Observation> published) {
        this.measure = measure;
        this.period = period;
        this.parent = parent;
        this.subgroup = subgroup;
        this.sum = sum;
        this.parts = List.copyOf(parts);
        this.missing = List.copyOf(missing);
        this.published = published;
    }

    /**
     * Sums a count over the areas of a dataset whose parent is {@code parent}.
     *
     * @param dataset the figures
     * @param measure a measure whose values are counts
     * @param period the period the figures refer to (exactly)
     * @param parent the parent area
     * @param subgroup the subgroup summed
     * @return the sum, with its parts, the children without a figure and the parent's published figure
     * @throws IllegalArgumentException if the measure is not a count, no area of the dataset lies within
     *         {@code parent}, or a child has more than one figure
     * @throws NullPointerException if an argument is null
     */
    public static AreaSum of(Dataset dataset, Measure measure, ReferencePeriod period, Area parent,
            Subgroup subgroup) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(subgroup, "subgroup");
        if (measure.kind() != QuantityKind.COUNT) {
            throw new IllegalArgumentException("Only counts are summed over areas; " + measure.code()
                    + " is not a count");
        }
        List<Observation> parts = new ArrayList<>();
        List<Area> missing = new ArrayList<>();
        long total = 0;
        boolean anyChild = false;
        for (Area area : dataset.areas()) {
            if (!area.parent().equals(Optional.of(parent))) {
                continue;
            }
            anyChild = true;
            List<Observation> found = inPeriod(dataset.find(measure, area, subgroup), period);
            if (found.size() > 1) {
                throw new IllegalArgumentException(area + " has " + found.size() + " figures of " + measure.code()
                        + " for " + period + " (" + subgroup + "): " + sources(found) + "; keep one to sum");
            }
            if (found.isEmpty()) {
                missing.add(area);
            } else {
                parts.add(found.get(0));
                total = Math.addExact(total, ((Count) found.get(0).value()).value());
            }
        }
        if (!anyChild) {
            throw new IllegalArgumentException("No area of the dataset lies directly within " + parent);
        }
        List<Observation> own = inPeriod(dataset.find(measure, parent, subgroup), period);
        if (own.size() > 1) {
            throw new IllegalArgumentException(parent + " has " + own.size() + " published figures of "
                    + measure.code() + " for " + period + " (" + subgroup + "): " + sources(own)
                    + "; keep one to check the sum against");
        }
        return new AreaSum(measure, period, parent, subgroup, Count.of(total), parts, missing,
                own.stream().findFirst());
    }

    private static List<Observation> inPeriod(List<Observation> all, ReferencePeriod period) {
        return all.stream().filter(o -> o.period().equals(period)).toList();
    }

    private static String sources(List<Observation> found) {
        return String.join("; ", found.stream().map(o -> o.source().citation()).toList());
    }

    /**
     * The sum of the children's figures.
     *
     * @return the sum; zero if no child has a figure
     */
    public Count sum() {
        return sum;
    }

    /**
     * The children's figures that were summed, in area order.
     *
     * @return an unmodifiable list
     */
    public List<Observation> parts() {
        return parts;
    }

    /**
     * The children with no figure for the measure, period and subgroup: the sum leaves them out.
     *
     * @return an unmodifiable list, empty when every child has a figure
     */
    public List<Area> missing() {
        return missing;
    }

    /**
     * The parent's own published figure.
     *
     * @return the figure, or empty if the dataset has none
     */
    public Optional<Observation> published() {
        return published;
    }

    /**
     * The published parent figure minus the sum.
     *
     * @return the difference, or empty without a published figure
     */
    public Optional<Long> difference() {
        return published.map(p -> ((Count) p.value()).value() - sum.value());
    }

    /**
     * Whether the sum may count a person more than once: the measure counts distinct people, and a person served in
     * two areas is counted in each.
     *
     * @return true for a count of distinct people summed over two or more areas
     */
    public boolean countsPeopleMoreThanOnce() {
        return measure.isDistinctPeopleCount() && parts.size() > 1;
    }

    /**
     * The measure summed.
     *
     * @return the measure
     */
    public Measure measure() {
        return measure;
    }

    /**
     * The period summed.
     *
     * @return the period
     */
    public ReferencePeriod period() {
        return period;
    }

    /**
     * The parent area.
     *
     * @return the parent
     */
    public Area parent() {
        return parent;
    }

    /**
     * The subgroup summed.
     *
     * @return the subgroup
     */
    public Subgroup subgroup() {
        return subgroup;
    }

    @Override
    public String toString() {
        return measure.code() + " " + period + " " + parent + " (" + subgroup + "): sum " + sum + " of "
                + parts.size() + " areas" + (missing.isEmpty() ? "" : ", " + missing.size() + " without a figure")
                + difference().map(d -> ", published figure differs by " + d).orElse("");
    }
}
