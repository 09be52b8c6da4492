package io.github.hrindicators.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The quick reading of a part of a UTF-8 CSV record file, for {@link Parts}: rows are cut into fields on the bytes,
 * and each column's rule ({@link RecordFormat#fields()}) is applied once per distinct text of that column, its value
 * kept under the text's bytes — a contact log names a few hundred dates, a few dozen sites and one code per client
 * many times over. The values are therefore those of the row-by-row reading.
 *
 * <p>It vouches only for what it can read exactly as the row-by-row reading would. A part with anything else — a
 * quote, a carriage return not followed by a line feed, a row with a problem or with another number of fields than
 * the header, bytes that are not UTF-8 — is given up ({@link #read} returns empty) and read the usual way, which
 * reports the problems where they are. Blank rows are skipped, as there. One instance per thread.
 *
 * @param <T> the record type
 */
final class FastRecords<T> {
    /** The most distinct texts of one column whose values are kept; texts beyond are read each time they occur. */
    private static final int MAX_KEPT = 1 << 22;
    private static final int BUFFER = 1 << 20;

    private final RecordFormat<T> format;
    private final byte delimiter;
    private final int width;
    /** For each rule of the format, the file's column, or -1 when the file lacks it. */
    private final int[] columnOfRule;
    private final Memo[] memos;
    private final Object[] values;
    private final int[] starts;
    private final int[] ends;
    private final int[] hashes;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    private FastRecords(RecordFormat<T> format, String file, byte delimiter, int width, int[] columnOfRule,
            char decimalSeparator) {
        this.format = format;
        this.delimiter = delimiter;
        this.width = width;
        this.columnOfRule = columnOfRule;
        List<RecordFormat.FieldRule> rules = format.fields();
        this.memos = new Memo[width];
        this.values = new Object[rules.size()];
        for (int r = 0; r < rules.size(); r++) {
            RecordFormat.FieldRule rule = rules.get(r);
            RecordFields one = new RecordFields(file, Map.of(rule.column(), 0), decimalSeparator, false);
            if (columnOfRule[r] >= 0) {
                memos[columnOfRule[r]] = new Memo(rule, one, utf8);
            } else {
                one.start(i -> "", 0); // an optional column the file lacks: its default, the same on every row
                values[r] = rule.read().apply(one);
            }
        }
        this.starts = new int[width];
        this.ends = new int[width];
        this.hashes = new int[width];
    }

    /**
     * The quick reading of a file with this header row (its bytes, line break included), or empty when the header
     * is not one it reads: not UTF-8, quoted, or with a column that is unknown, repeated, unnamed, or a required
     * column missing (the row-by-row reading reports those).
     */
    static <T> Optional<FastRecords<T>> of(RecordFormat<T> format, String file, byte[] header, ReadOptions options) {
        if (options.encoding().isPresent() && !options.encoding().get().equals(StandardCharsets.UTF_8)) {
            return Optional.empty();
        }
        int from = header.length >= 3 && (header[0] & 0xFF) == 0xEF && (header[1] & 0xFF) == 0xBB
                && (header[2] & 0xFF) == 0xBF ? 3 : 0;
        int to = header.length;
        while (to > from && (header[to - 1] == '\n' || header[to - 1] == '\r')) {
            to--;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(header, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        char delimiter = options.delimiter();
        String[] names = text.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        List<RecordFormat.FieldRule> rules = format.fields();
        int[] columnOfRule = new int[rules.size()];
        Arrays.fill(columnOfRule, -1);
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.length; c++) {
            String name = CellText.clean(names[c]).toLowerCase(Locale.ROOT);
            int r = indexOf(rules, name);
            if (r < 0 || !seen.add(name)) {
                return Optional.empty();
            }
            columnOfRule[r] = c;
        }
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).required() && columnOfRule[r] < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new FastRecords<>(format, file, (byte) delimiter, names.length, columnOfRule,
                options.decimalSeparator()));
    }

    private static int indexOf(List<RecordFormat.FieldRule> rules, String column) {
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r).column().equals(column)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Reads the rows of the file's bytes from {@code from} (the start of a line) to {@code to} (the end of one),
     * handing each record to {@code into}; returns the rows read, or empty when it gives the part up (what was
     * handed over should then be dropped).
     */
    OptionalLong read(Path path, long from, long to, Consumer<? super T> into) throws IOException {
        byte[] buf = new byte[BUFFER];
        long rows = 0;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long at = from;
            int kept = 0;
            while (at < to || kept > 0) {
                int n = 0;
                if (at < to) {
                    ByteBuffer b = ByteBuffer.wrap(buf, kept, (int) Math.min(buf.length - kept, to - at));
                    n = ch.read(b, at);
                    if (n < 0) {
                        return OptionalLong.empty(); // the file got shorter
                    }
                    at += n;
                }
                int filled = kept + n;
                boolean last = at >= to;
                int lineStart = 0;
                for (int i = 0; i < filled; i++) {
                    if (buf[i] == '\n') {
                        long r = line(buf, lineStart, i, into);
                        if (r < 0) {
                            return OptionalLong.empty();
                        }
                        rows += r;
                        lineStart = i + 1;
                    }
                }
                if (last) {
                    if (lineStart < filled) {
                        long r = line(buf, lineStart, filled, into);
                        if (r < 0) {
                            return OptionalLong.empty();
                        }
                        rows += r;
                    }
                    break;
                }
                kept = filled - lineStart;
                if (kept == buf.length) {
                    return OptionalLong.empty(); // a line longer than the buffer
                }
                System.arraycopy(buf, lineStart, buf, 0, kept);
            }
        }
        return OptionalLong.of(rows);
    }

    /** One line without its line feed: 1 if a record was handed over, 0 if the row is blank, -1 to give up. */
    private int line(byte[] buf, int from, int lineFeed, Consumer<? super T> into) {
        int end = lineFeed > from && buf[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
        int field = 0;
        int start = from;
        int h = 0;
        boolean blank = true;
        for (int i = from; i <= end; i++) {
            byte b = i < end ? buf[i] : delimiter;
            if (b == delimiter) {
                if (field == width) {
                    return -1; // more fields than the header: a problem, unless the row is blank
                }
                starts[field] = start;
                ends[field] = i;
                hashes[field] = h;
                field++;
                start = i + 1;
                h = 0;
                continue;
            }
            if (b == '"' || b == '\r') {
                return -1;
            }
            if (b != ' ') {
                blank = false;
            }
            h = 31 * h + b;
        }
        if (blank) {
            return 0;
        }
        if (field != width) {
            return -1;
        }
        for (int c = 0; c < width; c++) {
            if (ends[c] - starts[c] > ReadOptions.MAX_FIELD_LENGTH) {
                return -1;
            }
        }
        for (int r = 0; r < columnOfRule.length; r++) {
            int c = columnOfRule[r];
            if (c >= 0) {
                Object v = memos[c].value(buf, starts[c], ends[c], hashes[c]);
                if (v == null) {
                    return -1;
                }
                values[r] = v;
            }
        }
        try {
            into.accept(format.make(values));
        } catch (IllegalArgumentException e) {
            return -1; // the record's own check; the row-by-row reading reports it
        }
        return 1;
    }

    /** The value of each distinct text of one column, under the text's bytes: open addressing, grown by doubling. */
    private static final class Memo {
        private final RecordFormat.FieldRule rule;
        private final RecordFields fields;
        private final CharsetDecoder utf8;
        private byte[][] keys = new byte[16][];
        private Object[] vals = new Object[16];
        private int[] hashOf = new int[16];
        private int size;

        Memo(RecordFormat.FieldRule rule, RecordFields fields, CharsetDecoder utf8) {
            this.rule = rule;
            this.fields = fields;
            this.utf8 = utf8;
        }

        /** The value of the text, or null if the text has a problem or is not UTF-8. */
        Object value(byte[] buf, int from, int to, int hash) {
            int mask = keys.length - 1;
            int h = hash ^ (hash >>> 16);
            for (int i = h & mask; keys[i] != null; i = (i + 1) & mask) {
                if (hashOf[i] == h && Arrays.equals(keys[i], 0, keys[i].length, buf, from, to)) {
                    return vals[i];
                }
            }
            Object v = compute(buf, from, to);
            if (v != null && size < MAX_KEPT) {
                put(Arrays.copyOfRange(buf, from, to), h, v);
            }
            return v;
        }

        private Object compute(byte[] buf, int from, int to) {
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(buf, from, to - from)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
            fields.start(i -> text, 0);
            Object v = rule.read().apply(fields);
            return fields.problems().isEmpty() ? v : null;
        }

        private void put(byte[] key, int h, Object v) {
            if (2 * (size + 1) > keys.length) {
                byte[][] oldKeys = keys;
                Object[] oldVals = vals;
                int[] oldHashes = hashOf;
                keys = new byte[oldKeys.length * 2][];
                vals = new Object[keys.length];
                hashOf = new int[keys.length];
                size = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldKeys[i] != null) {
                        insert(oldKeys[i], oldHashes[i], oldVals[i]);
                    }
                }
            }
            insert(key, h, v);
        }

        private void insert(byte[] key, int h, Object v) {
            int mask = keys.length - 1;
            int i = h & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            vals[i] = v;
            hashOf[i] = h;
            size++;
        }
    }
}
