package io.github.hrindicators.io;

import io.github.hrindicators.core.indicator.IndicatorResult;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Writes results one at a time as they are computed, so that the results of a large dataset are never all held in
 * memory: {@code catalogue.evaluate(data, area, year, settings, sink)} for every area and year, then
 * {@link #close()}. Obtain one from {@link CsvResultWriter#open} or {@link JsonResultWriter#open}.
 *
 * <p>A sink is not thread-safe: feed it from one thread.
 */
public interface ResultSink extends Consumer<IndicatorResult>, AutoCloseable {

    /**
     * Writes one result.
     *
     * @param result the result
     * @throws UncheckedIOException if writing fails
     * @throws IllegalStateException if the sink is closed
     * @throws NullPointerException if the result is null
     */
    @Override
    void accept(IndicatorResult result);

    /**
     * Finishes the document (the JSON array's end) and closes the file, or flushes a writer the caller keeps.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    void close();
}
