package io.github.hrindicators.cli;

import io.github.hrindicators.cli.report.Language;
import picocli.CommandLine.Option;

/** {@code --lang en|ru}: the language of the console output and of a report. */
final class LanguageOption {
    @Option(names = "--lang", paramLabel = "en|ru", description = "the language of the output and the report: en (default) or ru")
    Language language = Language.EN;
}
