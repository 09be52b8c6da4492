package io.github.hrindicators.examples;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.io.CsvFigureReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Kyrgyz dataset, {@code kyrgyzstan.csv}: the CONFIRMED rows of the project's collection of published
 * figures, each with its source verbatim, converted to the input format of {@code indicators-io}. Conflicting
 * estimates (PWID size 18,934 and 44,000 around 2010; prevalence 12.4 % and 14.3 % around 2016) are separate rows
 * with their own sources.
 */
public final class KyrgyzDataset {
    /** The national area of the dataset. */
    public static final Area KYRGYZSTAN = Area.of("Kyrgyzstan");

    /** The name of the bundled file, as it appears in error messages. */
    public static final String FILE = "kyrgyzstan.csv";

    private KyrgyzDataset() {
    }

    /**
     * Reads the bundled dataset.
     *
     * @return the dataset
     * @throws io.github.hrindicators.io.DataFileException if the bundled file has problems (a build error)
     */
    public static Dataset load() {
        try (InputStream in = KyrgyzDataset.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Bundled dataset not on the class path: " + FILE);
            }
            return CsvFigureReader.defaults().read(in, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
