package io.github.hrindicators.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A yes/no figure, such as whether drug consumption rooms exist in a country or whether peers distribute naloxone
 * (Harm Reduction International's Global State of Harm Reduction reports both): a figure like any other, with its
 * period, area and source, but neither a count nor a share. {@link #doubleValue()} is 1 for yes and 0 for no, so
 * that an area's figures can be tallied; {@link #toString()} and {@link #parse(CharSequence)} use {@code yes} and
 * {@code no}, as files write them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YesNo implements Quantity {
    /** Yes: the service or policy exists. */
    public static final YesNo YES = new YesNo(true);
    /** No: it does not. */
    public static final YesNo NO = new YesNo(false);

    private final boolean yes;

    private YesNo(boolean yes) {
        this.yes = yes;
    }

    /**
     * Obtains a yes/no figure.
     *
     * @param yes true for yes
     * @return {@link #YES} or {@link #NO}
     */
    public static YesNo of(boolean yes) {
        return yes ? YES : NO;
    }

    /**
     * Reads {@code yes} or {@code no}, ignoring case and surrounding white space: the inverse of
     * {@link #toString()}.
     *
     * @param text the text
     * @return the figure
     * @throws IllegalArgumentException if the text is neither yes nor no
     * @throws NullPointerException if {@code text} is null
     */
    public static YesNo parse(CharSequence text) {
        String t = Objects.requireNonNull(text, "text").toString().strip().toLowerCase(Locale.ROOT);
        if (t.equals("yes")) {
            return YES;
        }
        if (t.equals("no")) {
            return NO;
        }
        throw new IllegalArgumentException("A yes/no figure is 'yes' or 'no': '" + text + "'");
    }

    /**
     * Whether the answer is yes.
     *
     * @return true for yes
     */
    public boolean isYes() {
        return yes;
    }

    @Override
    public QuantityKind kind() {
        return QuantityKind.YES_NO;
    }

    /**
     * 1 for yes, 0 for no.
     *
     * @return 1 or 0
     */
    @Override
    public double doubleValue() {
        return yes ? 1 : 0;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof YesNo other && other.yes == yes;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(yes);
    }

    /**
     * {@code yes} or {@code no}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return yes ? "yes" : "no";
    }
}
