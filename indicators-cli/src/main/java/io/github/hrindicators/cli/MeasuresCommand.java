package io.github.hrindicators.cli;

import io.github.hrindicators.core.Measure;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = Measure.values().stream().mapToInt(m -> m.code().length()).max().orElse(0);
        out.println(String.format(Locale.ROOT, "%-" + width + "s  %-10s  %s", "measure", "kind", "what it is"));
        for (Measure m : Measure.values()) {
            out.println(String.format(Locale.ROOT, "%-" + width + "s  %-10s  %s", m.code(), kind(m), m.description()));
        }
        return Hri.DONE;
    }

    private static String kind(Measure m) {
        return switch (m.kind()) {
            case COUNT -> "count";
            case ESTIMATE -> m.isPopulationEstimate() ? "population" : "estimate";
            case PROPORTION -> "share";
            case YES_NO -> "yes/no";
            case RATE -> "rate";
        };
    }
}
