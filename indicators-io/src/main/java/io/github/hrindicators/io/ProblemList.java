package io.github.hrindicators.io;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, keeping at most {@link DataFileException#MAX_PROBLEMS}. */
final class ProblemList {
    private final String file;
    private final List<Problem> kept = new ArrayList<>();
    private long omitted;

    ProblemList(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void add(Problem p) {
        if (kept.size() < DataFileException.MAX_PROBLEMS) {
            kept.add(p);
        } else {
            omitted++;
        }
    }

    void addFile(Problem.Kind kind, String message) {
        add(Problem.ofFile(kind, file, message));
    }

    long count() {
        return kept.size() + omitted;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Throws the file's exception if any problem was found. */
    void throwIfAny() {
        if (!kept.isEmpty()) {
            throw new DataFileException(file, kept, omitted);
        }
    }
}
