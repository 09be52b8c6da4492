package io.github.hrindicators.cli;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.io.CsvFigureReader;
import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.JsonFigureReader;
import io.github.hrindicators.io.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * The input file of a command and the reader options, shared by the commands that read figures: a file whose name
 * ends in {@code .json} is read as JSON, any other as CSV.
 *
 * <p>A file is read whole, so that duplicate and conflicting figures are found. A file of more figures than a
 * whole read holds (1,000,000) is read again as a stream instead, without that check, and the run says so.
 */
final class FigureFile {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "the figures, one per row, each with its source: read as JSON when the file name ends "
                    + "in '.json', as CSV otherwise (formats: indicators-io/README.md); relative to the current folder")
    Path file;

    @Option(names = "--delimiter", paramLabel = "SEP", converter = DelimiterConverter.class,
            description = "what separates the columns of a CSV file: ',' (the default), ';' (Excel in a Russian, "
                    + "Kyrgyz or most European locales) or 'tab'")
    Optional<Character> delimiter = Optional.empty();

    @Option(names = "--decimal", paramLabel = "SEP", converter = DecimalConverter.class,
            description = "the decimal separator of a CSV file: '.' (the default) or ',' (only with --delimiter ';' "
                    + "or 'tab')")
    Optional<Character> decimal = Optional.empty();

    @Option(names = "--encoding", paramLabel = "NAME", converter = EncodingConverter.class,
            description = "the file's encoding: UTF-8 by default (UTF-16 is recognised by its byte order mark); "
                    + "such as windows-1251 for a Cyrillic Excel export")
    Optional<Charset> encoding = Optional.empty();

    @Option(names = "--default-area", paramLabel = "NAME",
            description = "the area of figures that name none (a file without an area column, or an empty cell)")
    Optional<String> defaultArea = Optional.empty();

    @Option(names = "--max-figures", paramLabel = "N", defaultValue = "1000000",
            description = "the most figures read whole, checked for duplicates and conflicts (default: ${DEFAULT-VALUE}); "
                    + "a file of more is read as a stream, without that check, and the run says so")
    int maxFigures;

    /** What was read: the figures, and a note when the file was streamed. */
    record Loaded(Dataset data, Optional<String> note) {
    }

    boolean json() {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /**
     * Reads the file.
     *
     * @param root the tool, which draws the progress
     * @param spec the running command
     * @return the figures
     * @throws Hri.Failure with status 2 for a missing file or options that do not fit the file, 1 for a file with
     *     problems (the message lists them)
     */
    Loaded read(Hri root, picocli.CommandLine.Model.CommandSpec spec) {
        if (!Files.isRegularFile(file)) {
            throw new Hri.Failure(Hri.USAGE, "hri: there is no file " + file + (file.isAbsolute() ? ""
                    : " (looked for " + file.toAbsolutePath().normalize() + ")"));
        }
        if (json() && (delimiter.isPresent() || decimal.isPresent())) {
            throw new Hri.Failure(Hri.USAGE, "hri: --delimiter and --decimal are options of CSV files; " + file
                    + " is read as JSON (its name ends in .json)");
        }
        long size = size();
        String name = file.toString();
        try {
            return new Loaded(readWhole(root, spec, size, name), Optional.empty());
        } catch (DataFileException e) {
            if (e.problems().stream().allMatch(p -> p.kind() == Problem.Kind.TOO_MANY_FIGURES)) {
                return new Loaded(readStreaming(root, spec, size, name), Optional.of(file + " holds more than "
                        + maxFigures + " figures: it was read as a stream, without the check for duplicate"
                        + " and conflicting figures"));
            }
            throw new Hri.Failure(Hri.DATA_PROBLEMS, e.getMessage());
        }
    }

    private Dataset readWhole(Hri root, picocli.CommandLine.Model.CommandSpec spec, long size, String name) {
        try (Progress p = root.progress(spec, "reading " + file.getFileName(), size);
                InputStream in = new Counting(Files.newInputStream(file), p)) {
            return json() ? jsonReader().read(in, name).dataset() : csv().read(in, name);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private Dataset readStreaming(Hri root, picocli.CommandLine.Model.CommandSpec spec, long size, String name) {
        List<Observation> figures = new ArrayList<>();
        try (Progress p = root.progress(spec, "reading " + file.getFileName() + " as a stream", size);
                InputStream in = new Counting(Files.newInputStream(file), p)) {
            if (json()) {
                jsonReader().streamAsRead(in, name, figures::add);
            } else {
                csv().streamAsRead(in, name, figures::add);
            }
        } catch (IOException e) {
            throw unreadable(e);
        } catch (DataFileException e) {
            // what was handed over before the problem is discarded with the list
            throw new Hri.Failure(Hri.DATA_PROBLEMS, e.getMessage());
        }
        return Dataset.of(figures);
    }

    private long size() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private Hri.Failure unreadable(IOException e) {
        return new Hri.Failure(Hri.DATA_PROBLEMS, "hri: " + file + " cannot be read"
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    CsvFigureReader csv() {
        CsvFigureReader r = CsvFigureReader.defaults().withMaxFigures(max());
        try {
            if (delimiter.isPresent()) {
                r = r.withDelimiter(delimiter.get());
            }
            if (decimal.isPresent()) {
                r = r.withDecimalSeparator(decimal.get());
            }
        } catch (IllegalArgumentException e) {
            throw new Hri.Failure(Hri.USAGE, "hri: the decimal separator ',' needs --delimiter ';' or --delimiter"
                    + " tab: with ',' between columns, a decimal comma would split a value in two");
        }
        r = encoding.map(r::withEncoding).orElse(r);
        return defaultArea.map(a -> area(a)).map(r::withDefaultArea).orElse(r);
    }

    JsonFigureReader jsonReader() {
        JsonFigureReader r = JsonFigureReader.defaults().withMaxFigures(max());
        r = encoding.map(r::withEncoding).orElse(r);
        return defaultArea.map(a -> area(a)).map(r::withDefaultArea).orElse(r);
    }

    private int max() {
        if (maxFigures < 1) {
            throw new Hri.Failure(Hri.USAGE, "hri: --max-figures is " + maxFigures + "; give at least 1");
        }
        return maxFigures;
    }

    private static Area area(String name) {
        try {
            return Area.of(name);
        } catch (IllegalArgumentException e) {
            throw new Hri.Failure(Hri.USAGE, "hri: --default-area '" + name + "' is not an area name: " + e.getMessage());
        }
    }

    /** Counts the bytes read into the progress display. */
    private static final class Counting extends FilterInputStream {
        private final Progress progress;
        private long count;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                progress.update(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                progress.update(count);
            }
            return n;
        }
    }

    /** {@code ,}, {@code ;} or {@code tab}. */
    static final class DelimiterConverter implements ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            switch (value) {
                case ",":
                    return ',';
                case ";":
                    return ';';
                case "tab":
                case "\t":
                case "\\t":
                    return '\t';
                default:
                    throw new TypeConversionException("'" + value + "' is not a delimiter: give ',', ';' or tab");
            }
        }
    }

    /** {@code .} or {@code ,}. */
    static final class DecimalConverter implements ITypeConverter<Character> {
        @Override
        public Character convert(String value) {
            if (value.equals(".") || value.equals(",")) {
                return value.charAt(0);
            }
            throw new TypeConversionException("'" + value + "' is not a decimal separator: give '.' or ','");
        }
    }

    /** A charset by name, such as {@code windows-1251}. */
    static final class EncodingConverter implements ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new TypeConversionException("'" + value + "' is not an encoding this Java knows; such as"
                        + " UTF-8, windows-1251, KOI8-R or UTF-16");
            }
        }
    }
}
