package io.github.hrindicators.cli;

import io.github.hrindicators.cli.report.ConsoleWords;
import io.github.hrindicators.cli.report.Language;
import io.github.hrindicators.cli.report.Texts;
import io.github.hrindicators.core.Measure;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hri measures}: the vocabulary of the measure column. */
@Command(name = "measures", mixinStandardHelpOptions = true, header = "Lists the measures a figure file may use.",
        description = {"Lists the measures a figure file may use (the 'measure' column), each with its kind and what "
                + "it counts. Counts are whole numbers of at least 0; estimates numbers of at least 0, with an "
                + "optional range; shares in percent or as a fraction (unit column)."})
final class MeasuresCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language lang = language.language;
        Texts texts = Texts.of(lang);
        int width = Measure.values().stream().mapToInt(m -> m.code().length()).max().orElse(0);
        int kindWidth = java.util.Arrays.stream(Kind.values()).mapToInt(k -> kind(k, lang).length()).max().orElse(0);
        String row = "%-" + width + "s  %-" + kindWidth + "s  %s";
        out.println(String.format(Locale.ROOT, row, ConsoleWords.message(lang, "console.measures.measure"),
                ConsoleWords.message(lang, "console.measures.kind"), ConsoleWords.message(lang, "console.measures.what")));
        for (Measure m : Measure.values()) {
            out.println(String.format(Locale.ROOT, row, m.code(), kind(Kind.of(m), lang), texts.measure(m)));
        }
        return Hri.DONE;
    }

    /** The kinds of figure the list names. */
    enum Kind {
        COUNT, POPULATION, ESTIMATE, SHARE, YES_NO, RATE;

        static Kind of(Measure m) {
            return switch (m.kind()) {
                case COUNT -> COUNT;
                case ESTIMATE -> m.isPopulationEstimate() ? POPULATION : ESTIMATE;
                case PROPORTION -> SHARE;
                case YES_NO -> YES_NO;
                case RATE -> RATE;
            };
        }
    }

    private static String kind(Kind k, Language lang) {
        return ConsoleWords.message(lang, "console.measures.kind." + k.name().toLowerCase(Locale.ROOT));
    }
}
