package io.github.hrindicators.core;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A band of ages in completed years: {@code 15-19} (both ends included), {@code 50+} (50 and older) or {@code <25}
 * (younger than 25, the same band as {@code 0-24}). Bands are data: {@link AgeScheme} groups them into the schemes an
 * indicator is disaggregated by.
 *
 * <p>{@link #parse(CharSequence)} reads the forms above; {@link #toString()} writes {@code <N} for a band starting
 * at 0, {@code L+} for an open band and {@code L-U} otherwise, and parse reads it back to an equal band.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AgeBand implements Comparable<AgeBand> {
    /** The highest age accepted as an end of a band. */
    public static final int MAX_AGE = 150;

    private static final Pattern CLOSED = Pattern.compile("(\\d{1,3})\\s*-\\s*(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*\\+");
    private static final Pattern UNDER = Pattern.compile("<\\s*(\\d{1,3})");

    private final int lower;
    private final OptionalInt upper;

    private AgeBand(int lower, OptionalInt upper) {
        this.lower = lower;
        this.upper = upper;
    }

    /**
     * Obtains a closed band.
     *
     * @param lower the youngest age in the band, within 0-{@value #MAX_AGE}
     * @param upper the oldest age in the band, within {@code lower}-{@value #MAX_AGE}
     * @return the band
     * @throws IllegalArgumentException if an end is outside 0-{@value #MAX_AGE} or {@code upper < lower}
     */
    public static AgeBand of(int lower, int upper) {
        checkAge(lower);
        checkAge(upper);
        if (upper < lower) {
            throw new IllegalArgumentException("Age band lower end is above its upper end: " + lower + "-" + upper);
        }
        return new AgeBand(lower, OptionalInt.of(upper));
    }

    /**
     * Obtains the open band of ages {@code lower} and older.
     *
     * @param lower the youngest age, within 0-{@value #MAX_AGE}
     * @return the band
     * @throws IllegalArgumentException if {@code lower} is outside 0-{@value #MAX_AGE}
     */
    public static AgeBand atLeast(int lower) {
        checkAge(lower);
        return new AgeBand(lower, OptionalInt.empty());
    }

    /**
     * Obtains the band of ages younger than {@code limit}: {@code 0-(limit − 1)}.
     *
     * @param limit the first age not in the band, within 1-{@value #MAX_AGE}
     * @return the band
     * @throws IllegalArgumentException if {@code limit} is outside 1-{@value #MAX_AGE}
     */
    public static AgeBand under(int limit) {
        if (!(limit >= 1 && limit <= MAX_AGE)) {
            throw new IllegalArgumentException("Age limit is not within 1-" + MAX_AGE + ": " + limit);
        }
        return of(0, limit - 1);
    }

    /**
     * Parses {@code 15-19}, {@code 50+} or {@code <25}, white space around the parts ignored.
     *
     * @param text the text
     * @return the band
     * @throws IllegalArgumentException if the text is none of these forms or its ages are not valid
     * @throws NullPointerException if {@code text} is null
     */
    public static AgeBand parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().strip();
        Matcher m;
        if ((m = CLOSED.matcher(s)).matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = OPEN.matcher(s)).matches()) {
            return atLeast(Integer.parseInt(m.group(1)));
        }
        if ((m = UNDER.matcher(s)).matches()) {
            return under(Integer.parseInt(m.group(1)));
        }
        throw new IllegalArgumentException("Age band is not of the form 15-24, 50+ or <25: '" + s + "'");
    }

    private static void checkAge(int age) {
        if (!(age >= 0 && age <= MAX_AGE)) {
            throw new IllegalArgumentException("Age is not within 0-" + MAX_AGE + ": " + age);
        }
    }

    /**
     * The youngest age in the band.
     *
     * @return the lower end, {@code >= 0}
     */
    public int lower() {
        return lower;
    }

    /**
     * The oldest age in the band.
     *
     * @return the upper end, or empty for an open band such as {@code 50+}
     */
    public OptionalInt upper() {
        return upper;
    }

    /**
     * Whether an age in completed years falls in the band.
     *
     * @param age the age
     * @return true if {@code lower <= age} and, for a closed band, {@code age <= upper}
     */
    public boolean contains(int age) {
        return age >= lower && (upper.isEmpty() || age <= upper.getAsInt());
    }

    /**
     * Whether this band and another share an age.
     *
     * @param other the other band
     * @return true if they overlap
     * @throws NullPointerException if {@code other} is null
     */
    public boolean overlaps(AgeBand other) {
        Objects.requireNonNull(other, "other");
        return contains(other.lower) || other.contains(lower);
    }

    @Override
    public int compareTo(AgeBand other) {
        int c = Integer.compare(lower, other.lower);
        return c != 0 ? c : Integer.compare(upper.orElse(Integer.MAX_VALUE), other.upper.orElse(Integer.MAX_VALUE));
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AgeBand other && other.lower == lower && other.upper.equals(upper);
    }

    @Override
    public int hashCode() {
        return 31 * lower + upper.hashCode();
    }

    @Override
    public String toString() {
        if (upper.isEmpty()) {
            return lower + "+";
        }
        return lower == 0 ? "<" + (upper.getAsInt() + 1) : lower + "-" + upper.getAsInt();
    }
}
