package io.github.hrindicators.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for runs longer than about two seconds, such as reading a large file: nothing is
 * drawn before two seconds have passed, nor at all when standard error is not a terminal (redirected to a file, or
 * in a pipe), so that logs hold no control characters. At most ten redraws a second; {@link #close()} clears it.
 *
 * <p>Not thread-safe: one task updates it.
 */
final class Progress implements AutoCloseable {
    static final long DELAY_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final String what;
    private final long total;
    private final LongSupplier clock;
    private final long start;
    private long lastDrawn = Long.MIN_VALUE;
    private boolean drawn;

    Progress(PrintWriter err, boolean terminal, String what, long total, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.what = what;
        this.total = Math.max(1, total);
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** Records that {@code done} of the total is done, redrawing the bar when it is due. */
    void update(long done) {
        if (!terminal) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start < DELAY_NANOS || drawn && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        drawn = true;
        err.print("\r" + bar(Math.min(done, total), total, what));
        err.flush();
    }

    /** The bar's text: {@code [#########.....]  45 % reading figures.csv}. */
    static String bar(long done, long total, String what) {
        int filled = (int) (WIDTH * done / total);
        long percent = 100 * done / total;
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + String.format("%3d", percent) + " % "
                + what;
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 8 + what.length()) + "\r");
            err.flush();
        }
    }
}
