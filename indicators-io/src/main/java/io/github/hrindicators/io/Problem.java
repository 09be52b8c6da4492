package io.github.hrindicators.io;

import java.util.Objects;

/**
 * One thing wrong with a data file: where it is, the offending text and what was expected.
 *
 * <p>{@link #toString()} gives one line such as
 * {@code figures.csv, line 4, column 2 (value): '51,5' is not a number; expected digits with '.' as decimal point}.
 *
 * @param file the file name as given to the reader
 * @param line the line, counting from 1; 0 when the problem concerns the whole file
 * @param column in CSV, the position of the field in its row, counting from 1; in JSON, the character position on
 *     the line, counting from 1; 0 when the problem concerns a whole row or the whole file
 * @param field in CSV, the column name; in JSON, the field's path as a JSON pointer ({@code /figures/3/value});
 *     empty when the problem concerns a whole row or the whole file
 * @param text the offending text, possibly empty; at most 80 characters (longer text is shortened with "…")
 * @param message what is wrong and what was expected
 */
public record Problem(String file, long line, long column, String field, String text, String message) {
    private static final int MAX_TEXT = 80;

    /**
     * Checks the components and shortens the offending text to 80 characters.
     *
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
     * @param file the file name
     * @param message what is wrong and what was expected
     * @return the problem
     * @throws NullPointerException if an argument is null
     */
    public static Problem ofFile(String file, String message) {
        return new Problem(file, 0, 0, "", "", message);
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
}
