package io.github.hrindicators.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Text decoded from bytes, strictly: bytes that are not text in the encoding stop the reading with a
 * {@link BadBytes} that names the line and the byte offset and, when the bytes look like another common encoding,
 * the option that would read them. A byte order mark decides between UTF-8 and UTF-16 when no other encoding was
 * asked for; it is not part of the text.
 */
final class DecodedText extends Reader {
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int BUFFER = 1 << 16;

    /** Bytes that are not text in the expected encoding, at a line and byte offset. */
    static final class BadBytes extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;

        BadBytes(long line, String message) {
            super(message);
            this.line = line;
        }

        long line() {
            return line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String encodingName;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private long bytesBeforeBuffer;
    private long line = 1;
    private boolean lastWasCr;
    private boolean endOfBytes;
    private boolean flushed;

    private DecodedText(InputStream in, Charset charset, long start, byte[] head) {
        this.in = in;
        this.encodingName = charset.name();
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytesBeforeBuffer = start;
        bytes.put(head, (int) start, head.length - (int) start);
        bytes.flip();
        chars.flip();
    }

    /**
     * Opens text: with {@code encoding} empty, UTF-8 or, after its byte order mark, UTF-16; otherwise the encoding
     * named, refusing a byte order mark of another encoding.
     */
    static DecodedText open(InputStream in, Optional<Charset> encoding) throws IOException {
        byte[] head = in.readNBytes(4);
        Optional<Charset> marked = byteOrderMark(head);
        int skip = marked.map(c -> c.equals(StandardCharsets.UTF_8) ? 3 : 2).orElse(0);
        if (encoding.isPresent() && marked.isPresent() && !sameFamily(encoding.get(), marked.get())) {
            throw new BadBytes(1, "starts with the byte order mark of " + marked.get().name() + " text but was to be"
                    + " read as " + encoding.get().name() + "; read it without naming an encoding");
        }
        if (encoding.isEmpty() && marked.isEmpty() && looksLikeUtf16(head)) {
            throw new BadBytes(1, "looks like UTF-16 text without a byte order mark; save it as UTF-8, or read it"
                    + " with encoding UTF-16LE (or UTF-16BE)");
        }
        Charset charset = marked.isPresent() && (encoding.isEmpty() || sameFamily(encoding.get(), marked.get()))
                ? marked.get() : encoding.orElse(StandardCharsets.UTF_8);
        return new DecodedText(in, charset, skip, head);
    }

    private static boolean sameFamily(Charset asked, Charset marked) {
        return asked.equals(marked) || asked.name().toUpperCase(Locale.ROOT).startsWith("UTF-16")
                && marked.name().startsWith("UTF-16");
    }

    private static Optional<Charset> byteOrderMark(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** Two ASCII characters as UTF-16: a zero byte before or after each. */
    private static boolean looksLikeUtf16(byte[] h) {
        return h.length == 4 && (h[0] == 0 && h[2] == 0 && h[1] != 0 && h[3] != 0
                || h[1] == 0 && h[3] == 0 && h[0] != 0 && h[2] != 0);
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (flushed) {
                return -1;
            }
            fill();
        }
        int n = Math.min(len, chars.remaining());
        chars.get(target, off, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !flushed) {
            CoderResult r = decoder.decode(bytes, chars, endOfBytes);
            if (r.isError()) {
                countLines();
                throw bad(bytesBeforeBuffer + bytes.position());
            }
            if (r.isUnderflow()) {
                if (endOfBytes) {
                    decoder.flush(chars);
                    flushed = true;
                } else {
                    refill();
                }
            }
        }
        countLines();
        chars.flip();
    }

    private void refill() throws IOException {
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfBytes = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    /** Counts the line breaks among the characters decoded so far (CR, LF or CR LF), as the CSV reader does. */
    private void countLines() {
        char[] a = chars.array();
        for (int i = 0; i < chars.position(); i++) {
            char c = a[i];
            if (c == '\n' && !lastWasCr || c == '\r') {
                line++;
            }
            lastWasCr = c == '\r';
        }
    }

    private BadBytes bad(long offset) {
        byte[] window = new byte[Math.min(bytes.remaining(), 256)];
        bytes.get(bytes.position(), window);
        String where = "has bytes that are not " + encodingName + " text at byte offset " + offset;
        if (encodingName.equals("UTF-8") && looksLikeWindows1251(window)) {
            return new BadBytes(line, where + ": this looks like Windows-1251 (Cyrillic) text; save it as UTF-8, or"
                    + " read it with encoding windows-1251");
        }
        return new BadBytes(line, where + "; save the file as UTF-8, or read it with the encoding it was saved in"
                + " (such as windows-1251 for Cyrillic text saved by Excel)");
    }

    /** Whether most of the non-ASCII bytes of a window are Cyrillic letters in Windows-1251. */
    static boolean looksLikeWindows1251(byte[] window) {
        String s = new String(window, WINDOWS_1251);
        int other = 0;
        int cyrillic = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                    cyrillic++;
                } else {
                    other++;
                }
            }
        }
        return cyrillic >= 2 && cyrillic >= 4 * other;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
