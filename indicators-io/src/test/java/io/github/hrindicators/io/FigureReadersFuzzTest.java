package io.github.hrindicators.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Feeds arbitrary bytes to both readers, whole-file and streaming, CSV also with the Russian-locale options and with
 * tabs: anything but a {@link DataFileException} (or a
 * successful read) is a failure. In plain {@code mvn verify} this runs the seed corpus in
 * {@code src/test/resources/io/github/hrindicators/io/FigureReadersFuzzTestInputs/fuzzReaders}; fuzz for real with
 * {@code JAZZER_FUZZ=1 mvn -pl indicators-io test -Dtest=FigureReadersFuzzTest} (see the README).
 */
class FigureReadersFuzzTest {
    /** A reader of Excel exports in a Russian locale: ';', decimal commas, Windows-1251. */
    private static final CsvFigureReader EXCEL = CsvFigureReader.defaults().withDelimiter(';')
            .withDecimalSeparator(',').withEncoding(java.nio.charset.Charset.forName("windows-1251"));

    @FuzzTest(maxDuration = "60s")
    void fuzzReaders(byte[] data) {
        expectOnlyDataFileException(() -> CsvFigureReader.defaults().read(new ByteArrayInputStream(data), "fuzz.csv"));
        expectOnlyDataFileException(() -> CsvFigureReader.defaults().streamAsRead(new ByteArrayInputStream(data), "fuzz.csv", o -> {
        }));
        expectOnlyDataFileException(() -> EXCEL.read(new ByteArrayInputStream(data), "fuzz.csv"));
        expectOnlyDataFileException(() -> CsvFigureReader.defaults().withDelimiter('\t')
                .read(new ByteArrayInputStream(data), "fuzz.txt"));
        expectOnlyDataFileException(() -> JsonFigureReader.defaults().read(new ByteArrayInputStream(data), "fuzz.json"));
        expectOnlyDataFileException(() -> JsonFigureReader.defaults().streamAsRead(new ByteArrayInputStream(data), "fuzz.json",
                o -> {
                }));
    }

    private static void expectOnlyDataFileException(Runnable read) {
        try {
            read.run();
        } catch (DataFileException expected) {
            // The documented outcome for a bad file.
            if (expected.problems().isEmpty()) {
                throw new AssertionError("DataFileException without problems", expected);
            }
        }
    }
}
