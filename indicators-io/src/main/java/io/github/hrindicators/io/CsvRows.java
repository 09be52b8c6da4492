package io.github.hrindicators.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of CSV text (RFC 4180 with a chosen delimiter): fields separated by the delimiter, rows by CR, LF or
 * CR LF, {@code "} around a field that holds delimiters, quotes or line breaks, a quote inside it written twice.
 * A quote inside an unquoted field is an ordinary character. It keeps where each row starts, and each field's
 * length even past the longest it keeps, so that problems can be located in the file's own terms.
 */
final class CsvRows {
    /** Quoting that cannot be read, located at the field where the quote opened. */
    static final class BadQuote extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final int field;

        BadQuote(long line, int field, String message) {
            super(message, null, false, false);
            this.line = line;
            this.field = field;
        }

        long line() {
            return line;
        }

        /** The field, counting from 0. */
        int field() {
            return field;
        }
    }

    private final Reader in;
    private final char delimiter;
    private final int maxLength;
    private final char[] buffer = new char[1 << 14];
    private int pos;
    private int end;
    private long line = 1;
    private long rowLine;
    private final List<String> fields = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int fieldLength;
    private final StringBuilder raw;

    CsvRows(Reader in, char delimiter, int maxLength) {
        this(in, delimiter, maxLength, false);
    }

    /** With {@code keepRaw}, each row's text is kept as read (without its final line break), for {@link #raw()}. */
    CsvRows(Reader in, char delimiter, int maxLength, boolean keepRaw) {
        this.in = in;
        this.delimiter = delimiter;
        this.maxLength = maxLength;
        this.raw = keepRaw ? new StringBuilder() : null;
    }

    /** The current row's text as read, without its final line break; empty unless raw text is kept. */
    String raw() {
        if (raw == null) {
            return "";
        }
        int n = raw.length();
        while (n > 0 && (raw.charAt(n - 1) == '\n' || raw.charAt(n - 1) == '\r')) {
            n--;
        }
        return raw.substring(0, n);
    }

    /** Reads the next row; false at the end of the text. */
    boolean next() throws IOException, BadQuote {
        fields.clear();
        lengths.clear();
        if (raw != null) {
            raw.setLength(0);
        }
        int c = read();
        if (c < 0) {
            return false;
        }
        rowLine = line;
        while (true) {
            startField();
            if (c == '"') {
                c = quoted();
            } else {
                c = unquoted(c);
            }
            endField();
            if (c == delimiter) {
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n') {
                lineBreak(c);
            }
            return true;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted() throws IOException, BadQuote {
        long opened = line;
        while (true) {
            int c = read();
            if (c < 0) {
                throw new BadQuote(opened, fields.size(), "opens a quote that is never closed; add the closing quote"
                        + " (\") at the end of this field");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    append('"');
                    continue;
                }
                if (after >= 0 && after != delimiter && after != '\n' && after != '\r') {
                    throw new BadQuote(opened, fields.size(), "opens a quote" + (line == opened ? ""
                            : " that runs on to line " + line) + " and has more text after its closing quote;"
                            + " check for a missing closing quote (\"), and write a quote inside quoted text twice"
                            + " (\"\")");
                }
                return after;
            }
            if (c == '\r' || c == '\n') {
                lineBreak(c);
            }
            append((char) c);
        }
    }

    /**
     * Reads an unquoted field whose first character {@code c} is read; returns the character after it. The part of
     * the field already in the buffer is taken in one step rather than a character at a time.
     */
    private int unquoted(int c) throws IOException {
        while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
            int from = pos - 1; // c is buffer[from]
            int i = pos;
            while (i < end) {
                char x = buffer[i];
                if (x == delimiter || x == '\n' || x == '\r') {
                    break;
                }
                i++;
            }
            int n = i - from;
            int keep = Math.max(0, Math.min(n, maxLength - fieldLength));
            field.append(buffer, from, keep);
            fieldLength += n;
            if (raw != null) {
                raw.append(buffer, pos, i - pos); // c itself is in raw already
            }
            pos = i;
            c = read();
        }
        return c;
    }

    private void lineBreak(int c) throws IOException {
        line++;
        if (c == '\r') {
            if (pos < end || fillBuffer()) {
                if (buffer[pos] == '\n') {
                    pos++;
                    if (raw != null) {
                        raw.append('\n');
                    }
                }
            }
        }
    }

    private void startField() {
        field.setLength(0);
        fieldLength = 0;
    }

    private void append(char c) {
        if (fieldLength++ < maxLength) {
            field.append(c);
        }
    }

    private void endField() {
        fields.add(field.toString());
        lengths.add(fieldLength);
    }

    private int read() throws IOException {
        if (pos == end && !fillBuffer()) {
            return -1;
        }
        char c = buffer[pos++];
        if (raw != null) {
            raw.append(c);
        }
        return c;
    }

    private boolean fillBuffer() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /** The line the current row starts on. */
    long rowLine() {
        return rowLine;
    }

    int size() {
        return fields.size();
    }

    /** The text of a field; its start only if it is longer than the longest kept. */
    String field(int i) {
        return fields.get(i);
    }

    /** The length of a field in characters, also when it is too long to keep. */
    int length(int i) {
        return lengths.get(i);
    }

    /** Whether the row is one empty field: an empty line. */
    boolean isEmptyLine() {
        return fields.size() == 1 && lengths.get(0) == 0;
    }
}
