package io.github.hrindicators.io;

import io.github.hrindicators.core.Area;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The options the CSV and JSON readers share, with their {@code with} methods: encoding, default area and the most
 * figures a whole-file read holds.
 *
 * @param <R> the reader
 */
abstract class FigureReaderBase<R extends FigureReaderBase<R>> {
    final ReadOptions options;

    FigureReaderBase(ReadOptions options) {
        this.options = options;
    }

    /** A reader of the same kind with these options. */
    abstract R with(ReadOptions newOptions);

    /**
     * A reader of text in another encoding, such as {@code windows-1251}. A file that starts with the byte order
     * mark of another encoding is refused.
     *
     * @param encoding the encoding
     * @return the reader
     * @throws NullPointerException if {@code encoding} is null
     */
    public R withEncoding(Charset encoding) {
        return with(options.withEncoding(encoding));
    }

    /**
     * A reader that gives figures without an area this area: in CSV, rows without an {@code area} column or with
     * an empty cell; in JSON, figures without {@code area} in a document without an {@code area} of its own.
     *
     * @param area the area
     * @return the reader
     * @throws NullPointerException if {@code area} is null
     */
    public R withDefaultArea(Area area) {
        return with(options.withDefaultArea(area));
    }

    /**
     * A reader whose whole-file reads hold at most this many figures; a file with more is refused. Streaming reads
     * have no such limit.
     *
     * @param maxFigures the limit, at least 1
     * @return the reader
     * @throws IllegalArgumentException if {@code maxFigures < 1}
     */
    public R withMaxFigures(int maxFigures) {
        return with(options.withMaxFigures(maxFigures));
    }

    /**
     * The encoding asked for.
     *
     * @return the encoding, or empty for UTF-8 (UTF-16 after its byte order mark)
     */
    public Optional<Charset> encoding() {
        return options.encoding();
    }

    /**
     * The area of figures that name none.
     *
     * @return the area, or empty
     */
    public Optional<Area> defaultArea() {
        return options.defaultArea();
    }

    /**
     * The most figures a whole-file read holds.
     *
     * @return the limit, at least 1
     */
    public int maxFigures() {
        return options.maxFigures();
    }
}
