package io.github.hrindicators.core.records;

import java.util.Locale;
import java.util.Objects;

/**
 * A unique identifier code (UIC): the code under which harm-reduction programmes record a client without a name,
 * usually built from letters of the parents' names, the birth year and the gender.
 *
 * <p>Codes are normalised when made, so that the same person keyed in twice gives the same code: white space
 * anywhere is removed (spaces, tabs, no-break and narrow no-break spaces), letters are made upper case, and the
 * Cyrillic letters that look like Latin ones are replaced by those Latin letters (А В С Е Н І Ј К М О Р Ѕ Т У Ү Х,
 * upper or lower case, become A B C E H I J K M O P S T Y Y X). Other Cyrillic letters are kept as they are. Codes
 * that still differ after normalisation are different clients: {@link UicHygiene} reports likely typing slips
 * without merging them.
 *
 * <p>{@link #parse(CharSequence)} is {@link #of(CharSequence)}: {@link #toString()} gives the normalised code, and
 * parsing it gives an equal code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Uic implements Comparable<Uic> {
    /** The most characters a normalised code may have. */
    public static final int MAX_LENGTH = 64;

    private static final String CYRILLIC = "АВСЕНІЈКМОРЅТУҮХ";
    private static final String LATIN = "ABCEHIJKMOPSTYYX";

    private final String code;
    /** The code's hash, kept: accumulators look codes up once per row. */
    private final int hash;

    private Uic(String code) {
        this.code = code;
        this.hash = code.hashCode();
    }

    /**
     * Obtains a code, normalised as the class description says.
     *
     * @param text the code as recorded
     * @return the code
     * @throws IllegalArgumentException if nothing is left after removing white space, or more than
     *     {@value #MAX_LENGTH} characters are
     * @throws NullPointerException if {@code text} is null
     */
    public static Uic of(CharSequence text) {
        String n = normalise(Objects.requireNonNull(text, "text"));
        if (n.isEmpty()) {
            throw new IllegalArgumentException("Client code is blank");
        }
        if (n.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Client code is longer than " + MAX_LENGTH + " characters: '" + n
                    + "'");
        }
        return new Uic(n);
    }

    /**
     * Parses a code: the same as {@link #of(CharSequence)}.
     *
     * @param text the text
     * @return the code
     * @throws IllegalArgumentException as {@link #of(CharSequence)}
     * @throws NullPointerException if {@code text} is null
     */
    public static Uic parse(CharSequence text) {
        return of(text);
    }

    /**
     * The normalised form of a code as recorded, without checking it: white space removed, upper case, Cyrillic
     * look-alike letters made Latin.
     *
     * @param text the code as recorded
     * @return the normalised text, possibly empty
     * @throws NullPointerException if {@code text} is null
     */
    public static String normalise(CharSequence text) {
        String s = text.toString();
        if (isNormal(s)) {
            return s;
        }
        String upper = s.toUpperCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            int k = CYRILLIC.indexOf(c);
            b.append(k >= 0 ? LATIN.charAt(k) : c);
        }
        return b.toString();
    }

    /** Whether a text is already normal: printable ASCII other than space and lower-case letters. */
    private static boolean isNormal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F || c >= 'a' && c <= 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether this code and another have the same length and differ in exactly one position: a likely slip when
     * the same person is keyed in twice.
     *
     * @param other the other code
     * @return true if exactly one character differs
     * @throws NullPointerException if {@code other} is null
     */
    public boolean differsInOneCharacterFrom(Uic other) {
        String o = Objects.requireNonNull(other, "other").code;
        if (o.length() != code.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < code.length() && differences < 2; i++) {
            if (code.charAt(i) != o.charAt(i)) {
                differences++;
            }
        }
        return differences == 1;
    }

    /**
     * The normalised code.
     *
     * @return the code, never blank
     */
    public String code() {
        return code;
    }

    @Override
    public int compareTo(Uic other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this || obj instanceof Uic other && other.hash == hash && other.code.equals(code);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    /**
     * The normalised code.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code;
    }
}
