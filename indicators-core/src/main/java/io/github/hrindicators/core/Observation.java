package io.github.hrindicators.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One input figure: a {@link Measure}, its value, the {@link Period} and {@link Area} it refers to, the
 * {@link Subgroup}, the {@link Source} it was published in, and an optional note.
 *
 * <p>The value's kind must match the measure's ({@link Measure#kind()}); population estimates must not be negative.
 * A figure whose range excludes its point is accepted and reported as suspicious by the indicators that use it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Observation {
    private final Measure measure;
    private final Quantity value;
    private final Period period;
    private final Area area;
    private final Subgroup subgroup;
    private final Source source;
    private final Optional<String> note;

    private Observation(Measure measure, Quantity value, Period period, Area area, Subgroup subgroup, Source source,
            Optional<String> note) {
        this.measure = measure;
        this.value = value;
        this.period = period;
        this.area = area;
        this.subgroup = subgroup;
        this.source = source;
        this.note = note;
    }

    /**
     * Obtains a figure for the whole population ({@link Subgroup#TOTAL}) without a note.
     *
     * @param measure what is measured
     * @param value the value, of the measure's kind
     * @param period the reference period
     * @param area the area
     * @param source the public source
     * @return the figure
     * @throws IllegalArgumentException if the value's kind is not the measure's, or an estimate is negative
     * @throws NullPointerException if an argument is null
     */
    public static Observation of(Measure measure, Quantity value, Period period, Area area, Source source) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        if (value.kind() != measure.kind()) {
            throw new IllegalArgumentException("Value of " + measure.code() + " is not a " + measure.kind()
                    + " but a " + value.kind() + ": " + value);
        }
        if (value instanceof Estimate e && !(e.point() >= 0 && e.lowOrPoint() >= 0)) {
            throw new IllegalArgumentException("Estimate of " + measure.code() + " is negative: " + e);
        }
        return new Observation(measure, value, Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(area, "area"), Subgroup.TOTAL, Objects.requireNonNull(source, "source"),
                Optional.empty());
    }

    /**
     * A copy for a subgroup.
     *
     * @param newSubgroup the subgroup
     * @return the figure
     * @throws NullPointerException if {@code newSubgroup} is null
     */
    public Observation withSubgroup(Subgroup newSubgroup) {
        return new Observation(measure, value, period, area, Objects.requireNonNull(newSubgroup, "subgroup"), source,
                note);
    }

    /**
     * A copy with a note; a blank note removes it.
     *
     * @param newNote the note
     * @return the figure
     * @throws NullPointerException if {@code newNote} is null
     */
    public Observation withNote(String newNote) {
        String n = Objects.requireNonNull(newNote, "note").strip();
        return new Observation(measure, value, period, area, subgroup, source,
                n.isEmpty() ? Optional.empty() : Optional.of(n));
    }

    /**
     * What is measured.
     *
     * @return the measure
     */
    public Measure measure() {
        return measure;
    }

    /**
     * The value, of the kind {@link Measure#kind()} says.
     *
     * @return the value
     */
    public Quantity value() {
        return value;
    }

    /**
     * The reference period.
     *
     * @return the period
     */
    public Period period() {
        return period;
    }

    /**
     * The area.
     *
     * @return the area
     */
    public Area area() {
        return area;
    }

    /**
     * The subgroup.
     *
     * @return the subgroup
     */
    public Subgroup subgroup() {
        return subgroup;
    }

    /**
     * The public source.
     *
     * @return the source
     */
    public Source source() {
        return source;
    }

    /**
     * A note, such as how the source worded the figure.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return note;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Observation o
                && o.measure == measure
                && o.value.equals(value)
                && o.period.equals(period)
                && o.area.equals(area)
                && o.subgroup.equals(subgroup)
                && o.source.equals(source)
                && o.note.equals(note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, value, period, area, subgroup, source, note);
    }

    @Override
    public String toString() {
        return measure.code() + " = " + value + " (" + period + ", " + area + ", " + subgroup + "; " + source + ")";
    }
}
