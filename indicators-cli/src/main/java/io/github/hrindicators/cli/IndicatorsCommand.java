package io.github.hrindicators.cli;

import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.CoverageBands;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hri indicators}: the catalogue. */
@Command(name = "indicators", mixinStandardHelpOptions = true, header = "Lists the indicators, with their definitions and sources.",
        description = {"Lists the indicators the tool computes: id, name, numerator and denominator, coverage "
                + "levels, targets and primary sources."})
final class IndicatorsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Indicator i : Catalogue.standard().indicators()) {
            IndicatorDefinition d = i.definition();
            out.println(d.id() + " (version " + d.version() + "): " + d.name());
            out.println("    numerator:   " + d.numerator());
            out.println("    denominator: " + d.denominator());
            d.bands().ifPresent(b -> out.println("    levels:      " + levels(b, d.unit())));
            if (!d.targets().isEmpty()) {
                out.println("    targets:     " + d.targets().stream().map(t -> t.label())
                        .collect(Collectors.joining("; ")));
            }
            out.println("    sources:     " + String.join("; ", d.sources()));
        }
        return Hri.DONE;
    }

    /** {@code low below 20 %, medium 20 % to 40 %, high above 40 % (source)}, an unconfirmed cut-off marked. */
    static String levels(CoverageBands b, ResultUnit unit) {
        String low = cut(b.lowerCut(), unit) + (b.lowerCutConfirmed() ? "" : " (unconfirmed)");
        String high = cut(b.upperCut(), unit) + (b.upperCutConfirmed() ? "" : " (unconfirmed)");
        return "low below " + low + ", medium " + low + " to " + high + ", high above " + high + "; " + b.source();
    }

    private static String cut(double value, ResultUnit unit) {
        double shown = unit == ResultUnit.PROPORTION ? value * 100 : value;
        String number = shown == Math.rint(shown) ? String.valueOf((long) shown) : String.valueOf(shown);
        return unit == ResultUnit.PROPORTION ? number + " %" : number;
    }
}
