package io.github.hrindicators.cli;

import io.github.hrindicators.cli.report.ConsoleWords;
import io.github.hrindicators.cli.report.CountryReport;
import io.github.hrindicators.cli.report.Language;
import io.github.hrindicators.cli.report.Texts;
import io.github.hrindicators.examples.KyrgyzDataset;
import io.github.hrindicators.examples.KyrgyzSeedExample;
import io.github.hrindicators.examples.ResultTable;
import io.github.hrindicators.examples.report.ReportedIndicators;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hri example}: the Kyrgyz worked case. */
@Command(name = "example", mixinStandardHelpOptions = true, header = "The Kyrgyz worked case: every indicator for Kyrgyzstan, 2016.",
        description = {"Computes every indicator for Kyrgyzstan, 2016, from the bundled dataset of published figures "
                + "(each with its source): 6,402 people registered as living with HIV on 1 January 2016, 51.5 %% of "
                + "them PWID; 1,505 on OST; 450 inmates on OST daily; the UNAIDS estimate of 8,500 people living "
                + "with HIV, 6,300-11,000."})
final class ExampleCommand implements Callable<Integer> {
    /** The first year of the Kyrgyz report. */
    static final int FROM_YEAR = 2001;
    /** The last year of the Kyrgyz report. */
    static final int TO_YEAR = 2025;

    @Spec
    private CommandSpec spec;

    @Option(names = "--report", paramLabel = "FOLDER",
            description = "also write the Kyrgyz report, 2001-2025, with the values Kyrgyzstan reported to UNAIDS, "
                    + "into this folder (index.html, results.csv, results.json)")
    private Optional<Path> report = Optional.empty();

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        Language lang = language.language;
        spec.commandLine().getOut().print(ResultTable.format(ConsoleWords.message(lang, "console.example.title"),
                KyrgyzSeedExample.results(), ConsoleWords.of(lang)));
        report.ifPresent(folder -> spec.commandLine().getOut().println(ConsoleWords.message(lang,
                "console.report.written", ReportCommand.write(kyrgyzReport(lang), folder).toString())));
        spec.commandLine().getOut().flush();
        return Hri.DONE;
    }

    /** The Kyrgyz report: the bundled figures, 2001-2025, beside the values Kyrgyzstan reported to UNAIDS. */
    static CountryReport kyrgyzReport(Language language) {
        return CountryReport.of(KyrgyzDataset.load(), KyrgyzDataset.KYRGYZSTAN, FROM_YEAR, TO_YEAR,
                Texts.of(language).get("dataset.bundled", "kyrgyzstan.csv"), ReportedIndicators.bundled(),
                language);
    }
}
