package io.github.hrindicators.io;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
        return read(path, from, to, into, BUFFER);
    }

    /** As {@link #read(Path, long, long, Consumer)}, with a read buffer of {@code size} bytes. */
    OptionalLong read(Path path, long from, long to, Consumer<? super T> into, int size) throws IOException {
        byte[] buf = new byte[size];
        long rows = 0;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long at = from;
            int kept = 0;
            while (true) {
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
                int pos = 0;
                while (pos < filled) {
                    int lineFeed = cut(buf, pos, filled);
                    if (lineFeed < 0) {
                        return OptionalLong.empty();
                    }
                    if (lineFeed == filled) { // the row goes on past the bytes read
                        if (!last) {
                            break;
                        }
                        if (!endAt(filled)) {
                            return OptionalLong.empty();
                        }
                    }
                    int r = row(buf, into);
                    if (r < 0) {
                        return OptionalLong.empty();
                    }
                    rows += r;
                    pos = lineFeed + 1;
                }
                if (last) {
                    break;
                }
                kept = filled - pos;
                if (kept == buf.length) {
                    return OptionalLong.empty(); // a line longer than the buffer
                }
                System.arraycopy(buf, pos, buf, 0, kept);
            }
        }
        return OptionalLong.of(rows);
    }

    /** Fields of the row being read, its blankness, and where its unfinished last field starts. */
    private int fieldCount;
    private boolean blankRow;
    private int openFieldStart;

    /**
     * Cuts the row that starts at {@code from} into fields, up to its line feed (a CR LF ends it too); returns the
     * line feed's index, {@code limit} when the row does not end before it, or -1 to give up (a quote, a lone
     * carriage return, more fields than the header).
     */
    private int cut(byte[] buf, int from, int limit) {
        int field = 0;
        int start = from;
        boolean blank = true;
        for (int i = from; i < limit; i++) {
            byte b = buf[i];
            if (b == delimiter || b == '\n' || b == '\r') {
                if (field == width) {
                    return -1; // more fields than the header: a problem, unless the row is blank
                }
                starts[field] = start;
                ends[field++] = i;
                start = i + 1;
                if (b == delimiter) {
                    continue;
                }
                if (b == '\r') {
                    if (i + 1 == limit) {
                        fieldCount = field - 1;
                        openFieldStart = starts[field - 1];
                        blankRow = blank;
                        return limit; // read on: a line feed may follow
                    }
                    if (buf[i + 1] != '\n') {
                        return -1;
                    }
                    i++;
                }
                fieldCount = field;
                blankRow = blank;
                return i;
            }
            if (b == '"') {
                return -1;
            }
            if (b != ' ') {
                blank = false;
            }
        }
        fieldCount = field;
        openFieldStart = start;
        blankRow = blank;
        return limit;
    }

    /** Ends the row at the end of the bytes (the last row of the part, without a line feed); false to give up. */
    private boolean endAt(int limit) {
        if (fieldCount == width) {
            return false;
        }
        starts[fieldCount] = openFieldStart;
        ends[fieldCount++] = limit;
        return true;
    }

    /** The row just cut: 1 if a record was handed over, 0 if the row is blank, -1 to give up. */
    private int row(byte[] buf, Consumer<? super T> into) {
        if (blankRow) {
            return 0;
        }
        if (fieldCount != width) {
            return -1;
        }
        // every column of the file is one of the format's (the header was checked), so each is looked at here
        for (int r = 0; r < columnOfRule.length; r++) {
            int c = columnOfRule[r];
            if (c >= 0) {
                if (ends[c] - starts[c] > ReadOptions.MAX_FIELD_LENGTH) {
                    return -1;
                }
                Object v = memos[c].value(buf, starts[c], ends[c]);
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

    /**
     * The value of each distinct text of one column, under the text's bytes: open addressing, grown by doubling. A
     * text of up to 15 bytes (dates, codes, counts, most names) is kept as two numbers in the table itself — its
     * bytes and its length — so that a look-up compares two numbers in one place of memory rather than following a
     * reference to an array; a longer text is kept as its bytes.
     */
    private static final class Memo {
        private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
                ByteOrder.LITTLE_ENDIAN);
        private static final int SHORT = 15;
        /** The top byte of a slot's second number for a text longer than {@value #SHORT} bytes. */
        private static final long LONG_TEXT = 0xFFL << 56;
        private final RecordFormat.FieldRule rule;
        private final RecordFields fields;
        private final CharsetDecoder utf8;
        /**
         * Two numbers a slot: for a short text its first 8 bytes, then its next 7 bytes with its length plus 1 in
         * the top byte; for a long text its hash, then {@link #LONG_TEXT} with its length. Both 0: a free slot.
         */
        private long[] keys = new long[32];
        private byte[][] longKeys = new byte[16][];
        private Object[] vals = new Object[16];
        private int size;

        Memo(RecordFormat.FieldRule rule, RecordFields fields, CharsetDecoder utf8) {
            this.rule = rule;
            this.fields = fields;
            this.utf8 = utf8;
        }

        /** The value of the text, or null if the text has a problem or is not UTF-8. */
        Object value(byte[] buf, int from, int to) {
            int n = to - from;
            long a;
            long b;
            if (n <= SHORT) {
                a = word(buf, from, Math.min(n, 8));
                b = (n > 8 ? word(buf, from + 8, n - 8) : 0) | (long) (n + 1) << 56;
            } else {
                a = hash(buf, from, to);
                b = LONG_TEXT | n;
            }
            int h = hash(a, b);
            int mask = vals.length - 1;
            for (int i = h & mask; keys[2 * i + 1] != 0; i = (i + 1) & mask) {
                if (keys[2 * i] == a && keys[2 * i + 1] == b
                        && (n <= SHORT || Arrays.equals(longKeys[i], 0, n, buf, from, to))) {
                    return vals[i];
                }
            }
            Object v = compute(buf, from, to);
            if (v != null && size < MAX_KEPT) {
                put(a, b, n <= SHORT ? null : Arrays.copyOfRange(buf, from, to), v);
            }
            return v;
        }

        /** Up to 8 bytes from {@code at} as one number, the first byte lowest. */
        private static long word(byte[] b, int at, int n) {
            if (n == 0) {
                return 0;
            }
            if (at + 8 <= b.length) {
                long w = (long) LONGS.get(b, at);
                return n == 8 ? w : w & ((1L << (8 * n)) - 1);
            }
            long w = 0;
            for (int i = n - 1; i >= 0; i--) {
                w = w << 8 | (b[at + i] & 0xFF);
            }
            return w;
        }

        private static int hash(long a, long b) {
            long x = a * 0x9E3779B97F4A7C15L ^ b * 0xC2B2AE3D27D4EB4FL;
            x ^= x >>> 29;
            return (int) (x ^ (x >>> 32));
        }

        private static long hash(byte[] b, int from, int to) {
            long h = 1;
            for (int i = from; i < to; i++) {
                h = 31 * h + b[i];
            }
            return h;
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

        private void put(long a, long b, byte[] key, Object v) {
            if (2 * (size + 1) > vals.length) {
                long[] oldKeys = keys;
                byte[][] oldLong = longKeys;
                Object[] oldVals = vals;
                keys = new long[oldKeys.length * 2];
                longKeys = new byte[oldVals.length * 2][];
                vals = new Object[oldVals.length * 2];
                size = 0;
                for (int i = 0; i < oldVals.length; i++) {
                    if (oldKeys[2 * i + 1] != 0) {
                        insert(oldKeys[2 * i], oldKeys[2 * i + 1], oldLong[i], oldVals[i]);
                    }
                }
            }
            insert(a, b, key, v);
        }

        private void insert(long a, long b, byte[] key, Object v) {
            int mask = vals.length - 1;
            int i = hash(a, b) & mask;
            while (keys[2 * i + 1] != 0) {
                i = (i + 1) & mask;
            }
            keys[2 * i] = a;
            keys[2 * i + 1] = b;
            longKeys[i] = key;
            vals[i] = v;
            size++;
        }
    }
}
