package io.github.hrindicators.examples;

import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.Indicators;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import java.util.List;

/**
 * Computes every indicator on the Kyrgyz seed figures for 2016 and prints the table.
 *
 * <p>Run: {@code mvn -B -q install -DskipTests && mvn -B -q exec:java -pl indicators-examples} (see README.md).
 */
public final class KyrgyzSeedExample {
    private KyrgyzSeedExample() {
    }

    /**
     * The results for Kyrgyzstan, 2016, with the default input selection (same year, else the nearest earlier
     * figure within 5 years).
     *
     * @return the results
     */
    public static List<IndicatorResult> results() {
        return Indicators.evaluateAll(KyrgyzSeedFigures.dataset(), KyrgyzSeedFigures.KYRGYZSTAN, 2016,
                EvaluationSettings.defaults());
    }

    /**
     * Prints the table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(ResultTable.format("Kyrgyzstan, 2016: HIV and harm-reduction indicators for PWID "
                + "(inputs: same year, else nearest earlier within 5 years)", results()));
    }
}
