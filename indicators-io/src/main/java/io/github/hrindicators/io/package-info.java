/**
 * Reading input figures from CSV and JSON files and writing datasets back, with Jackson 3.
 *
 * <p>{@link io.github.hrindicators.io.CsvFigureReader} and {@link io.github.hrindicators.io.JsonFigureReader} read
 * a whole file into a {@link io.github.hrindicators.core.Dataset}, or hand figures one at a time to a consumer.
 * A bad file is refused as a whole with one {@link io.github.hrindicators.io.DataFileException} that lists every
 * {@link io.github.hrindicators.io.Problem} found (file, line, column or field, offending text, what was
 * expected). {@link io.github.hrindicators.io.CsvFigureWriter} and {@link io.github.hrindicators.io.JsonFigureWriter}
 * write a dataset so that reading it back gives an equal dataset. The file formats are described in the module's
 * README.
 *
 * <p>No method of this package accepts or returns {@code null}; absent values are {@link java.util.Optional}.
 */
package io.github.hrindicators.io;
