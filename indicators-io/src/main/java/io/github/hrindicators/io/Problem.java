package io.github.hrindicators.io;

import java.util.Objects;

/**
 * One thing wrong with a data file: its kind, where it is, the offending text and what was expected.
 *
 * <p>Programs decide by {@link #kind()}, never by the wording of {@link #message()}, which may be improved in any
 * release.
 *
 * <p>{@link #toString()} gives one line such as
 * {@code figures.csv, line 4, column 2 (value): '51,5' is not a number; expected digits with '.' as decimal point}.
 *
 * @param kind what sort of problem it is
 * @param file the file name as given to the reader
 * @param line the line, counting from 1; 0 when the problem concerns the whole file
 * @param column in CSV, the position of the field in its row, counting from 1; in JSON, the character position on
 *     the line, counting from 1; 0 when the problem concerns a whole row or the whole file
 * @param field in CSV, the column name; in JSON, the field's path as a JSON pointer ({@code /figures/3/value});
 *     empty when the problem concerns a whole row or the whole file
 * @param text the offending text, possibly empty; at most 80 characters (longer text is shortened with "…")
 * @param message what is wrong and what was expected
 */
public record Problem(Kind kind, String file, long line, long column, String field, String text, String message) {
    private static final int MAX_TEXT = 80;

    /**
     * Checks the components and shortens the offending text to 80 characters.
     *
     * @param kind as in the record description
     * @param file as in the record description
     * @param line as in the record description
     * @param column as in the record description
     * @param field as in the record description
     * @param text as in the record description
     * @param message as in the record description
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code line} or {@code column} is negative
     */
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("Problem line is negative: " + line);
        }
        if (column < 0) {
            throw new IllegalArgumentException("Problem column is negative: " + column);
        }
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
    }

    /**
     * A problem concerning the whole file.
     *
     * @param kind what sort of problem it is
     * @param file the file name
     * @param message what is wrong and what was expected
     * @return the problem
     * @throws NullPointerException if an argument is null
     */
    public static Problem ofFile(Kind kind, String file, String message) {
        return new Problem(kind, file, 0, 0, "", "", message);
    }

    /**
     * The location and description on one line: file, line, column, field, offending text and message.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(", line ").append(line);
        }
        if (column > 0) {
            b.append(", column ").append(column);
        }
        if (!field.isEmpty()) {
            b.append(" (").append(field).append(')');
        }
        b.append(": ");
        if (!text.isEmpty()) {
            b.append('\'').append(text).append("' ");
        }
        return b.append(message).toString();
    }

    /** What sort of problem a {@link Problem} is: the machine-readable part of its message. */
    public enum Kind {
        /** The file cannot be opened or read: it does not exist, access is denied, or reading it failed. */
        UNREADABLE,
        /**
         * The bytes are not text in the encoding read: invalid bytes (located by line and byte offset), a byte order
         * mark of another encoding, or UTF-16 without a byte order mark.
         */
        ENCODING,
        /**
         * The text is not well-formed CSV or JSON: a quote never closed, text after a closing quote, a JSON comment,
         * {@code NaN}, a single quote, a missing comma or bracket, content after the document.
         */
        SYNTAX,
        /**
         * The file is well-formed but not laid out as a figure file: it is empty or has no figures; a column or
         * field is missing, unknown, repeated or has no name; a row has more or fewer fields than the header; a JSON
         * value has the wrong shape (an object where text was expected, {@code figures} not an array of objects).
         */
        LAYOUT,
        /**
         * A value breaks a rule: an empty required value, a value that is not a plain number, a count that is
         * negative or not whole, a share above 100 %, an unknown code, a malformed period or age band, invisible or
         * control characters in text.
         */
        VALUE,
        /** Two figures have the same measure, period, area, subgroup, source and value: one should be removed. */
        DUPLICATE,
        /** Two figures have the same measure, period, area, subgroup and source but different values. */
        CONFLICT,
        /** A field, field name, number or nesting exceeds the reader's limits (such as 100,000 characters a field). */
        TOO_LONG,
        /**
         * The file holds more figures than a whole-file read takes (the reader's {@code maxFigures}); it can be read
         * in parts, or with the streaming methods, which have no such limit.
         */
        TOO_MANY_FIGURES
    }
}
