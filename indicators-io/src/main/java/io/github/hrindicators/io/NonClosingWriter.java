package io.github.hrindicators.io;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** A writer that flushes instead of closing, so that a generator's close leaves the caller's writer open. */
final class NonClosingWriter extends FilterWriter {
    NonClosingWriter(Writer out) {
        super(out);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
