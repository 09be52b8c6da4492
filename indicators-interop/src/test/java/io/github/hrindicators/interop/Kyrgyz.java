package io.github.hrindicators.interop;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.io.CsvFigureReader;
import java.nio.file.Path;
import java.util.List;

/** The bundled Kyrgyz figures (published, each with its source) and the example mapping, from the examples module. */
final class Kyrgyz {
    static final Path DIR = Path.of("..", "indicators-examples", "src", "main", "resources", "io", "github",
            "hrindicators", "examples");
    static final Path FIGURES = DIR.resolve("kyrgyzstan.csv");
    static final Path MAPPING = DIR.resolve("kyrgyzstan-dhis2-mapping.csv");
    static final Area KG = Area.of("Kyrgyzstan");

    private Kyrgyz() {
    }

    static Dataset figures() {
        return CsvFigureReader.defaults().read(FIGURES);
    }

    static List<IndicatorResult> results2016() {
        return Catalogue.standard().evaluate(figures(), KG, 2016, EvaluationSettings.defaults());
    }

    static Mapping mapping() {
        return Mapping.read(MAPPING, Catalogue.standard());
    }
}
