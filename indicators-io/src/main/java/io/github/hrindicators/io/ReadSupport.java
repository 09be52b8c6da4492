package io.github.hrindicators.io;

import io.github.hrindicators.core.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** What the CSV and JSON readers share: error capture, collecting figures, the cap on buffered figures. */
final class ReadSupport {
    private ReadSupport() {
    }

    /** Receives each valid figure with the line and field it was read at; returns false to stop reading. */
    interface Sink {
        boolean accept(Observation figure, long line, String field);
    }

    /** Reads a whole stream, reporting into the problem list. */
    interface Body {
        void read(InputStream in, ProblemList problems, Sink sink) throws IOException;
    }

    /** A sink that takes every figure and keeps none: a check before the figures are handed out. */
    static final Sink CHECK = (figure, line, field) -> true;

    /**
     * Runs a reader body over a file, turning every I/O failure into a problem, and throws the file's exception at
     * the end if there was any problem.
     */
    static void run(InputStream in, ProblemList problems, Sink sink, Body body) {
        try (InputStream stream = in) {
            body.read(stream, problems, sink);
        } catch (DecodedText.BadBytes e) {
            problems.add(new Problem(Problem.Kind.ENCODING, problems.file(), e.line(), 0, "", "", e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            problems.addFile(Problem.Kind.UNREADABLE, describe(e));
        }
        problems.throwIfAny();
    }

    /** Reads a file twice: first only to check it, then to hand its figures to the consumer. */
    static void checkThenRun(Path file, Sink sink, Body body) {
        run(open(file, new ProblemList(file.toString())), new ProblemList(file.toString()), CHECK, body);
        run(open(file, new ProblemList(file.toString())), new ProblemList(file.toString()), sink, body);
    }

    static InputStream open(Path file, ProblemList problems) {
        try {
            return Files.newInputStream(Objects.requireNonNull(file, "file"));
        } catch (IOException e) {
            problems.addFile(Problem.Kind.UNREADABLE, describe(e));
            problems.throwIfAny();
            throw new AssertionError("unreachable");
        }
    }

    /** The problem message for a file that cannot be read. */
    static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "cannot be read: there is no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        String why = e.getMessage();
        return "cannot be read" + (why == null || why.isBlank() ? "" : ": " + why);
    }

    /** A sink that hands figures to a consumer and counts them. */
    static final class Counting implements Sink {
        private final Consumer<? super Observation> consumer;
        private long count;

        Counting(Consumer<? super Observation> consumer) {
            this.consumer = Objects.requireNonNull(consumer, "consumer");
        }

        @Override
        public boolean accept(Observation figure, long line, String field) {
            consumer.accept(figure);
            count++;
            return true;
        }

        long count() {
            return count;
        }
    }

    /** A sink that keeps figures for a dataset, checks duplicates and stops at the cap. */
    static final class Collecting implements Sink {
        private final List<Observation> figures = new ArrayList<>();
        private final DuplicateCheck duplicates;
        private final ProblemList problems;
        private final int max;
        private int held;

        Collecting(ProblemList problems, int max) {
            this.problems = problems;
            this.duplicates = new DuplicateCheck(problems);
            this.max = max;
        }

        /** Counts a figure held back to be read later; false, after reporting, if that passes the cap. */
        boolean hold(long line, String field) {
            if (held + figures.size() >= max) {
                tooMany(line, field);
                return false;
            }
            held++;
            return true;
        }

        @Override
        public boolean accept(Observation figure, long line, String field) {
            if (figures.size() + held >= max) {
                tooMany(line, field);
                return false;
            }
            figures.add(figure);
            duplicates.check(figure, line, field);
            return true;
        }

        /** Takes a held figure now that it is read. */
        void release(Observation figure, long line, String field) {
            held--;
            accept(figure, line, field);
        }

        private void tooMany(long line, String field) {
            problems.add(new Problem(Problem.Kind.TOO_MANY_FIGURES, problems.file(), line, 0, field, "", "is one figure more than the "
                    + max + " figures read at once; split the file into parts of at most " + max
                    + " figures each"));
        }

        List<Observation> figures() {
            return figures;
        }
    }
}
