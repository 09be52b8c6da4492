package io.github.hrindicators.examples;

import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import java.util.List;

/**
 * Computes every indicator on the bundled Kyrgyz dataset ({@link KyrgyzDataset}) for 2016 — the worked case: 6,402
 * people registered as living with HIV on 1 January 2016, 51.5 % of them PWID; OST daily for 450 inmates — and
 * prints the table.
 *
 * <p>Run: {@code mvn -B -q install -DskipTests && mvn -B -q exec:java -pl indicators-examples} (see README.md).
 */
public final class KyrgyzSeedExample {
    /** The title of the table. */
    public static final String TITLE = "Kyrgyzstan, 2016: HIV and harm-reduction indicators for PWID "
            + "(figures of 2016; population estimates up to 5 years earlier)";

    private KyrgyzSeedExample() {
    }

    /**
     * The results for Kyrgyzstan, 2016, with the default settings (figures of 2016; population estimates from up to
     * 5 years earlier, flagged; one result per alternative figure).
     *
     * @return the results
     */
    public static List<IndicatorResult> results() {
        return Catalogue.standard().evaluate(KyrgyzDataset.load(), KyrgyzDataset.KYRGYZSTAN, 2016,
                EvaluationSettings.defaults());
    }

    /**
     * Prints the table.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.print(ResultTable.format(TITLE, results()));
    }
}
