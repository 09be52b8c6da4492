package io.github.hrindicators.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One input figure: a {@link Measure}, its value, the {@link ReferencePeriod} and {@link Area} it refers to, the
 * {@link Subgroup}, the {@link Source} it was published in, and an optional note.
 *
 * <p>The value's kind must match the measure's ({@link Measure#kind()}); population estimates must not be negative.
 * A figure whose interval excludes its point is accepted ({@link Violation.Kind#POINT_OUTSIDE_INTERVAL}) and
 * reported as suspicious by the indicators that use it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Observation {
    private final Measure measure;
    private final Quantity value;
    private final ReferencePeriod period;
    private final Area area;
    private final Subgroup subgroup;
    private final Source source;
    private final Optional<String> note;

    private Observation(Measure measure, Quantity value, ReferencePeriod period, Area area, Subgroup subgroup, Source source,
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
    public static Observation of(Measure measure, Quantity value, ReferencePeriod period, Area area, Source source) {
        for (Violation v : check(measure, value)) {
            if (v.refuses()) {
                String part = switch (v.field()) {
                    case LOWER -> "Low end of the range of ";
                    case UPPER -> "High end of the range of ";
                    default -> "Value of ";
                };
                throw new IllegalArgumentException(part + measure.code() + " " + v.message() + ": " + value);
            }
        }
        return new Observation(measure, value, Objects.requireNonNull(period, "period"),
                Objects.requireNonNull(area, "area"), Subgroup.TOTAL, Objects.requireNonNull(source, "source"),
                Optional.empty());
    }

    /**
     * A figure derived from others by arithmetic, for the whole population: as {@link #of}, except that a count may
     * be held as an estimate, since a count times a share is not a whole number (6,402 people registered alive ×
     * 51.5 % = 3,297.03 PWID among them).
     *
     * @param measure what is measured
     * @param value the value, of the measure's kind or an estimate of a count
     * @param period the reference period
     * @param area the area
     * @param source the sources of the figures it was derived from
     * @return the figure
     * @throws IllegalArgumentException as {@link #of}
     * @throws NullPointerException if an argument is null
     */
    public static Observation derived(Measure measure, Quantity value, ReferencePeriod period, Area area,
            Source source) {
        if (measure.kind() == QuantityKind.COUNT && value instanceof Estimate e) {
            if (!(e.point() >= 0 && e.lowOrPoint() >= 0)) {
                throw new IllegalArgumentException("Derived value of " + measure.code() + " is negative: " + e);
            }
            return new Observation(measure, value, Objects.requireNonNull(period, "period"),
                    Objects.requireNonNull(area, "area"), Subgroup.TOTAL, Objects.requireNonNull(source, "source"),
                    Optional.empty());
        }
        return of(measure, value, period, area, source);
    }

    /**
     * The rules a value breaks as the value of a measure ({@link Violation}; the same rules as
     * {@link FigureValues#check} for values made otherwise): its kind must be the measure's, an estimate must not be
     * negative, and a point outside its own interval is a warning.
     *
     * @param measure the measure
     * @param value the value
     * @return the violations, empty if there are none
     * @throws NullPointerException if an argument is null
     */
    public static List<Violation> check(Measure measure, Quantity value) {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        List<Violation> found = new ArrayList<>();
        if (value.kind() != measure.kind()) {
            found.add(new Violation(Violation.Kind.KIND_MISMATCH, Violation.Field.MEASURE, "is not a "
                    + measure.kind() + " but a " + value.kind()));
            return found;
        }
        if (value instanceof Estimate e && !(e.point() >= 0 && e.lowOrPoint() >= 0)) {
            found.add(new Violation(Violation.Kind.NEGATIVE, e.point() >= 0 ? Violation.Field.LOWER
                    : Violation.Field.VALUE, "is negative; an estimate is at least 0"));
        }
        boolean within = value instanceof Estimate e ? e.isPointWithinInterval()
                : !(value instanceof Proportion p) || p.isPointWithinInterval();
        if (!within) {
            found.add(new Violation(Violation.Kind.POINT_OUTSIDE_INTERVAL, Violation.Field.VALUE,
                    "lies outside its range; accepted, and results that use it are flagged"));
        }
        return found;
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
    public ReferencePeriod period() {
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
