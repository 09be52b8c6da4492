package io.github.hrindicators.io;

import java.util.List;
import java.util.Objects;

/**
 * A data file was refused as a whole: nothing of it was loaded. The exception lists every {@link Problem} found,
 * up to {@value #MAX_PROBLEMS}; {@link #omitted()} says how many more there were. Its message gives one problem
 * per line and ends with "… and N more" when problems were omitted.
 *
 * <p>This is the only exception the readers of this package throw for bad input, including input that is not
 * UTF-8, not CSV or JSON at all, too large or too deeply nested, and files that cannot be read.
 */
public final class DataFileException extends RuntimeException {
    /** The largest number of problems kept and listed. */
    public static final int MAX_PROBLEMS = 100;

    private static final long serialVersionUID = 1L;

    /** The problems; a {@code List.copyOf} copy, hence serializable. */
    @SuppressWarnings("serial")
    private final List<Problem> problems;
    /** The file name as given to the reader. */
    private final String file;
    /** How many problems were found beyond those kept. */
    private final long omitted;

    /**
     * Creates the exception.
     *
     * @param file the file name
     * @param problems the problems kept, between 1 and {@value #MAX_PROBLEMS}
     * @param omitted how many further problems were found but not kept, {@code >= 0}
     * @throws IllegalArgumentException if there is no problem, more than {@value #MAX_PROBLEMS}, or
     *     {@code omitted < 0}
     * @throws NullPointerException if an argument or a problem is null
     */
    public DataFileException(String file, List<Problem> problems, long omitted) {
        super(message(file, problems, omitted));
        this.file = file;
        this.problems = List.copyOf(problems);
        this.omitted = omitted;
    }

    private static String message(String file, List<Problem> problems, long omitted) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty() || problems.size() > MAX_PROBLEMS) {
            throw new IllegalArgumentException(
                    "Number of problems is not within 1-" + MAX_PROBLEMS + ": " + problems.size());
        }
        if (omitted < 0) {
            throw new IllegalArgumentException("Number of omitted problems is negative: " + omitted);
        }
        long total = problems.size() + omitted;
        StringBuilder b = new StringBuilder(file).append(": ").append(total)
                .append(total == 1 ? " problem" : " problems").append(", nothing was loaded");
        for (Problem p : problems) {
            b.append(System.lineSeparator()).append("  ").append(p);
        }
        if (omitted > 0) {
            b.append(System.lineSeparator()).append("  … and ").append(omitted).append(" more");
        }
        return b.toString();
    }

    /**
     * The file name as given to the reader.
     *
     * @return the file name
     */
    public String file() {
        return file;
    }

    /**
     * The problems kept, in the order found.
     *
     * @return an unmodifiable list of 1 to {@value #MAX_PROBLEMS} problems
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * How many problems were found beyond those kept.
     *
     * @return the number omitted, {@code >= 0}
     */
    public long omitted() {
        return omitted;
    }
}
