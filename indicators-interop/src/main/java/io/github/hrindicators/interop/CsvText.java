package io.github.hrindicators.interop;

import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small CSV files (RFC 4180 quoting) as rows of fields with their line numbers; strict UTF-8 decoding. */
final class CsvText {
    private CsvText() {
    }

    /** A row and the line it starts on. */
    record Row(long line, List<String> fields) {
    }

    /** A quote that is not closed, or text after a closing quote. */
    static final class BadQuote extends Exception {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final long column;

        BadQuote(long line, long column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        long line() {
            return line;
        }

        long column() {
            return column;
        }
    }

    /** Decodes UTF-8 (a byte order mark is skipped), or fails naming the line and byte of the first bad sequence. */
    static String decode(byte[] bytes, String file) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in, out, true);
        if (r.isError()) {
            int bad = in.position();
            long line = 1;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new DataFileException(file, List.of(new Problem(Problem.Kind.ENCODING, file, line, 0, "", "",
                    "is not UTF-8 text (byte " + (bad + 1) + " of the file); save the file as UTF-8")), 0);
        }
        String s = out.flip().toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Splits text into rows; a line break inside quotes belongs to the field. */
    static List<Row> rows(String text, char delimiter) throws BadQuote {
        List<Row> rows = new ArrayList<>();
        int i = 0;
        long line = 1;
        int n = text.length();
        while (i < n) {
            long start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder f = new StringBuilder();
            boolean rowEnded = false;
            while (!rowEnded) {
                if (i < n && text.charAt(i) == '"') {
                    long opened = line;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new BadQuote(opened, fields.size() + 1, "opens a quote in field " + (fields.size()
                                    + 1) + " that is never closed; add the closing quote (\")");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                f.append('"');
                                i++;
                                continue;
                            }
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        f.append(c);
                    }
                    if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new BadQuote(opened, fields.size() + 1, "has text after the closing quote of field "
                                + (fields.size() + 1) + "; write a quote inside quoted text "
                                + "twice (\"\")");
                    }
                } else {
                    while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        f.append(text.charAt(i++));
                    }
                }
                fields.add(f.toString());
                f.setLength(0);
                if (i < n && text.charAt(i) == delimiter) {
                    i++;
                    if (i == n) {
                        fields.add("");
                        rowEnded = true;
                    }
                    continue;
                }
                if (i < n && text.charAt(i) == '\r') {
                    i++;
                }
                if (i < n && text.charAt(i) == '\n') {
                    i++;
                }
                line++;
                rowEnded = true;
            }
            rows.add(new Row(start, List.copyOf(fields)));
        }
        return rows;
    }
}
