package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * The options both readers share, and the CSV-only delimiter and decimal separator; each {@code with} method checks
 * its value and returns a copy.
 *
 * @param delimiter the CSV column delimiter: {@code ','}, {@code ';'} or tab
 * @param decimalSeparator {@code '.'}, or {@code ','} with a delimiter other than a comma
 * @param encoding the encoding asked for; empty for UTF-8 or, by its byte order mark, UTF-16
 * @param defaultArea the area of figures that name none
 * @param maxFigures the most figures a whole-file read holds, at least 1
 */
record ReadOptions(char delimiter, char decimalSeparator, Optional<Charset> encoding, Optional<Area> defaultArea,
        int maxFigures) {
    /** The default cap on the figures of a whole-file read. */
    static final int DEFAULT_MAX_FIGURES = 1_000_000;
    /** The longest field, in characters, a file may hold. */
    static final int MAX_FIELD_LENGTH = 100_000;

    static final ReadOptions DEFAULTS = new ReadOptions(',', '.', Optional.empty(), Optional.empty(),
            DEFAULT_MAX_FIGURES);

    ReadOptions withDelimiter(char d) {
        if (d != ',' && d != ';' && d != '\t') {
            throw new IllegalArgumentException("Delimiter is not ',', ';' or tab: '" + d + "'");
        }
        if (d == ',' && decimalSeparator == ',') {
            throw new IllegalArgumentException("Delimiter is ',' but so is the decimal separator: set the decimal"
                    + " separator to '.' first");
        }
        return new ReadOptions(d, decimalSeparator, encoding, defaultArea, maxFigures);
    }

    ReadOptions withDecimalSeparator(char s) {
        if (s != '.' && s != ',') {
            throw new IllegalArgumentException("Decimal separator is not '.' or ',': '" + s + "'");
        }
        if (s == ',' && delimiter == ',') {
            throw new IllegalArgumentException("Decimal separator ',' needs a delimiter other than ',': set the"
                    + " delimiter to ';' or tab first");
        }
        return new ReadOptions(delimiter, s, encoding, defaultArea, maxFigures);
    }

    ReadOptions withEncoding(Charset e) {
        return new ReadOptions(delimiter, decimalSeparator, Optional.of(Objects.requireNonNull(e, "encoding")),
                defaultArea, maxFigures);
    }

    ReadOptions withDefaultArea(Area a) {
        return new ReadOptions(delimiter, decimalSeparator, encoding, Optional.of(Objects.requireNonNull(a, "area")),
                maxFigures);
    }

    ReadOptions withMaxFigures(int n) {
        if (!(n >= 1)) {
            throw new IllegalArgumentException("Most figures is not at least 1: " + n);
        }
        return new ReadOptions(delimiter, decimalSeparator, encoding, defaultArea, n);
    }

    /** How a delimiter is named in messages: {@code ';'} or {@code tab}. */
    static String name(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
