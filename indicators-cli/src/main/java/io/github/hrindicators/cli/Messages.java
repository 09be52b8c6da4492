package io.github.hrindicators.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Plain words for what went wrong with a file the tool writes. */
final class Messages {
    private Messages() {
    }

    /** Why a file cannot be written, without the Java exception's name. */
    static String ioReason(Throwable e) {
        if (e instanceof NoSuchFileException || e instanceof NotDirectoryException) {
            return "its folder does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a folder or file of that name is in the way";
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return "the system refused";
    }
}
