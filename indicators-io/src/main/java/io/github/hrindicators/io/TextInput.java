package io.github.hrindicators.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens UTF-8 text, with or without a byte order mark, refusing bytes that are not UTF-8. */
final class TextInput {
    private TextInput() {
    }

    /** A strict UTF-8 reader over the stream, after a byte order mark if there is one. */
    static Reader utf8(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(3);
        byte[] head = b.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            b.reset();
        }
        return new InputStreamReader(b, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    /** The problem message for an I/O failure while reading. */
    static String describe(Throwable e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof CharacterCodingException) {
                return "is not UTF-8 text (" + t.getClass().getSimpleName() + "); save the file as UTF-8";
            }
            t = t.getCause();
        }
        return "cannot be read: " + e;
    }
}
