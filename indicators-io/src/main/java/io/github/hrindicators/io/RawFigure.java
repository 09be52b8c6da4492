package io.github.hrindicators.io;

import java.util.Arrays;

/**
 * The texts of one figure as read, before validation, with where each came from. Reused from row to row by the
 * readers, so that reading does not allocate per field.
 */
final class RawFigure {
    private static final int N = Column.ALL.size();

    /** The texts, cleaned by {@link CellText#clean}; meaningful only where {@link #present} is set. */
    private final String[] texts = new String[N];
    private final boolean[] present = new boolean[N];
    private final long[] lines = new long[N];
    private final long[] columns = new long[N];
    private final boolean[] reported = new boolean[N];
    /** What makes a text unusable (an invisible character), or null. */
    private final String[] invisible = new String[N];
    private long line;
    private String path = "";
    private boolean json;

    /** Starts a CSV row: problems name the column header and its position in the row. */
    void startCsvRow(long rowLine) {
        Arrays.fill(present, false);
        Arrays.fill(reported, false);
        Arrays.fill(invisible, null);
        line = rowLine;
        json = false;
    }

    /** Starts a JSON figure at a JSON pointer such as {@code /figures/3}. */
    void startJsonObject(long objectLine, long objectColumn, String pointer) {
        Arrays.fill(present, false);
        Arrays.fill(reported, false);
        Arrays.fill(invisible, null);
        Arrays.fill(lines, objectLine);
        Arrays.fill(columns, objectColumn);
        line = objectLine;
        path = pointer;
        json = true;
    }

    void setLine(long rowLine) {
        line = Math.max(0, rowLine);
    }

    void setCsv(Column c, String text, long position) {
        set(c.ordinal(), text);
        columns[c.ordinal()] = position;
    }

    void setJson(Column c, String text, long textLine, long textColumn) {
        set(c.ordinal(), text);
        lines[c.ordinal()] = textLine;
        columns[c.ordinal()] = textColumn;
    }

    private void set(int i, String text) {
        String t = CellText.clean(text);
        texts[i] = t;
        present[i] = !t.isEmpty();
        invisible[i] = CellText.invisible(t).orElse(null);
    }

    /** Why the text of a column cannot be used although it is not empty: an invisible character; or null. */
    String invisible(Column c) {
        return invisible[c.ordinal()];
    }

    /** Forgets the text of a column after its problem was reported, so that it is neither used nor called empty. */
    void dropReported(Column c) {
        present[c.ordinal()] = false;
        reported[c.ordinal()] = true;
    }

    /** A copy, to be converted later. */
    RawFigure copy() {
        RawFigure r = new RawFigure();
        System.arraycopy(texts, 0, r.texts, 0, N);
        System.arraycopy(present, 0, r.present, 0, N);
        System.arraycopy(lines, 0, r.lines, 0, N);
        System.arraycopy(columns, 0, r.columns, 0, N);
        System.arraycopy(reported, 0, r.reported, 0, N);
        System.arraycopy(invisible, 0, r.invisible, 0, N);
        r.line = line;
        r.path = path;
        r.json = json;
        return r;
    }

    /** The text of a column, stripped; empty when absent. */
    String text(Column c) {
        int i = c.ordinal();
        return present[i] ? texts[i] : "";
    }

    /** Marks a column whose text was unusable and already reported, so that it is not also called empty. */
    void markReported(Column c) {
        reported[c.ordinal()] = true;
    }

    boolean reported(Column c) {
        return reported[c.ordinal()];
    }

    /** Whether a column has text other than white space. */
    boolean has(Column c) {
        return present[c.ordinal()];
    }

    long line() {
        return line;
    }

    /** The field name of a column in problems: the header in CSV, a JSON pointer in JSON. */
    String field(Column c) {
        return json ? path + "/" + c.header() : c.header();
    }

    Problem problem(String file, Column c, String message) {
        int i = c.ordinal();
        return new Problem(Problem.Kind.VALUE, file, json ? lines[i] : line, columns[i], field(c),
                present[i] || invisible[i] != null ? CellText.visible(texts[i]) : "", message);
    }

    Problem rowProblem(String file, String text, String message) {
        return new Problem(Problem.Kind.VALUE, file, line, 0, json ? path : "", text, message);
    }
}
