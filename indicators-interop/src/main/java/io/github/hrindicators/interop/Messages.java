package io.github.hrindicators.interop;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/** Plain-word reasons for input and output failures, without Java exception names. */
final class Messages {
    private Messages() {
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "access is denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the system gave no reason" : m;
    }
}
