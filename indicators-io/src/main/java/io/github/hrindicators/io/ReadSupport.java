package io.github.hrindicators.io;

import io.github.hrindicators.core.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

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

    /**
     * Runs a reader body over a file, turning every Jackson and I/O failure into a problem, and throws the file's
     * exception at the end if there was any problem.
     */
    static void run(InputStream in, ProblemList problems, Sink sink, Body body) {
        try (InputStream stream = in) {
            body.read(stream, problems, sink);
        } catch (JacksonIOException e) {
            problems.addFile(TextInput.describe(e));
        } catch (JacksonException e) {
            problems.add(problem(problems.file(), e, TokenStreamLocation.NA));
        } catch (IOException | UncheckedIOException e) {
            problems.addFile(TextInput.describe(e));
        }
        problems.throwIfAny();
    }

    /**
     * The problem for a parse failure, located where Jackson says or, when it does not (limits exceeded), where
     * the parser stood.
     */
    static Problem problem(String file, JacksonException e, TokenStreamLocation parserAt) {
        TokenStreamLocation at = e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? parserAt
                : e.getLocation();
        return new Problem(file, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), "", "",
                "cannot be parsed: " + Objects.toString(e.getOriginalMessage(), e.getClass().getSimpleName()));
    }

    static InputStream open(Path file, ProblemList problems) {
        try {
            return TextInput.open(file);
        } catch (IOException e) {
            problems.addFile(TextInput.describe(e));
            problems.throwIfAny();
            throw new AssertionError("unreachable");
        }
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

        Collecting(ProblemList problems, int max) {
            this.problems = problems;
            this.duplicates = new DuplicateCheck(problems);
            this.max = max;
        }

        @Override
        public boolean accept(Observation figure, long line, String field) {
            if (figures.size() >= max) {
                problems.add(new Problem(problems.file(), line, 0, field, "",
                        "is beyond the limit of " + max + " figures a whole file may hold; read larger files with"
                                + " stream(...) one figure at a time"));
                return false;
            }
            figures.add(figure);
            duplicates.check(figure, line, field);
            return true;
        }

        List<Observation> figures() {
            return figures;
        }
    }
}
