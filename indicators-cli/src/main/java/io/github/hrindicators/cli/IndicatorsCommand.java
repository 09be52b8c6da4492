package io.github.hrindicators.cli;

import io.github.hrindicators.cli.report.ConsoleWords;
import io.github.hrindicators.cli.report.Language;
import io.github.hrindicators.cli.report.Texts;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.CoverageBands;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hri indicators}: the catalogue. */
@Command(name = "indicators", mixinStandardHelpOptions = true, header = "Lists the indicators, with their definitions and sources.",
        description = {"Lists the indicators the tool computes: id, name, numerator and denominator, coverage "
                + "levels, targets and primary sources."})
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Language lang = language.language;
        Texts texts = Texts.of(lang);
        for (Indicator i : Catalogue.standard().indicators()) {
            IndicatorDefinition d = i.definition();
            out.println(ConsoleWords.message(lang, "console.indicator", d.id(), d.version(), texts.name(d)));
            out.println(ConsoleWords.message(lang, "console.indicator.numerator", texts.numerator(d)));
            out.println(ConsoleWords.message(lang, "console.indicator.denominator", texts.denominator(d)));
            d.bands().ifPresent(b -> out.println(ConsoleWords.message(lang, "console.indicator.levels",
                    levels(b, d.unit(), lang))));
            if (!d.targets().isEmpty()) {
                out.println(ConsoleWords.message(lang, "console.indicator.targets", d.targets().stream()
                        .map(t -> texts.target(d, t)).collect(Collectors.joining("; "))));
            }
            out.println(ConsoleWords.message(lang, "console.indicator.sources", String.join("; ", d.sources())));
        }
        return Hri.DONE;
    }

    /** {@code low below 20 %, medium 20 % to 40 %, high above 40 % (source)}, an unconfirmed cut-off marked. */
    static String levels(CoverageBands b, ResultUnit unit, Language lang) {
        String unconfirmed = ConsoleWords.message(lang, "console.indicator.unconfirmed");
        String low = cut(b.lowerCut(), unit, lang) + (b.lowerCutConfirmed() ? "" : " " + unconfirmed);
        String high = cut(b.upperCut(), unit, lang) + (b.upperCutConfirmed() ? "" : " " + unconfirmed);
        return ConsoleWords.message(lang, "console.indicator.bands", low, high, b.source());
    }

    private static String cut(double value, ResultUnit unit, Language lang) {
        double shown = unit == ResultUnit.PROPORTION ? value * 100 : value;
        String number = (shown == Math.rint(shown) ? String.valueOf((long) shown) : String.valueOf(shown))
                .replace('.', lang.decimalSeparator());
        return unit == ResultUnit.PROPORTION ? number + " %" : number;
    }
}
