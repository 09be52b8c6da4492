package io.github.hrindicators.core.records;

import io.github.hrindicators.core.Source;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Where computed figures come from: a record file, how many of its rows were used and how many were refused (in
 * quarantine mode the refused rows are in the rejects file, so nothing is lost and the count says so).
 *
 * @param file the file's name as the user gave it, not blank
 * @param rows the rows accepted, {@code >= 0}
 * @param rejected the rows refused, {@code >= 0}
 */
public record RecordSource(String file, long rows, long rejected) {
    /**
     * Validates the source.
     *
     * @param file as in the record description
     * @param rows as in the record description
     * @param rejected as in the record description
     * @throws IllegalArgumentException if the file name is blank or a count is negative
     * @throws NullPointerException if {@code file} is null
     */
    public RecordSource {
        file = RecordChecks.nonBlank(file, "File name");
        RecordChecks.nonNegative(rows, "Rows");
        RecordChecks.nonNegative(rejected, "Rejected rows");
    }

    /**
     * The source of figures computed from one or more record files: "computed from contacts.csv, 1,200 rows, 3
     * rejected", the files joined by "; ".
     *
     * @param sources the files, at least one
     * @return the source
     * @throws IllegalArgumentException if the list is empty
     * @throws NullPointerException if the list or an element is null
     */
    public static Source citation(List<RecordSource> sources) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("No record file given for the source of computed figures");
        }
        StringJoiner j = new StringJoiner("; ");
        for (RecordSource s : sources) {
            j.add(s.toString());
        }
        return Source.of(j.toString());
    }

    /**
     * The source of figures computed from this file alone.
     *
     * @return the source
     */
    public Source toSource() {
        return citation(List.of(this));
    }

    /**
     * The citation text: "computed from FILE, N rows, M rejected", numbers with thousands separated by commas.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "computed from %s, %,d %s, %,d rejected", file, rows,
                rows == 1 ? "row" : "rows", rejected);
    }
}
