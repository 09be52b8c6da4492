package io.github.hrindicators.cli;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import java.util.IntSummaryStatistics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hri validate FILE}: reads the file and lists its problems, computing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true, header = "Lists the problems of a figure file, computing nothing.",
        description = {"Reads FILE and lists every problem it has (file, line, column, the text and what was "
                + "expected), computing nothing. Exit status 0 when it has none, 1 when it has problems."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Hri root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FigureFile input;

    @Override
    public Integer call() {
        FigureFile.Loaded loaded = input.read(root, spec);
        loaded.note().ifPresent(spec.commandLine().getErr()::println);
        Dataset d = loaded.data();
        IntSummaryStatistics years = d.observations().stream().mapToInt(o -> o.period().startYear())
                .summaryStatistics();
        int last = d.observations().stream().mapToInt(o -> o.period().endYear()).max().orElse(years.getMax());
        long measures = d.observations().stream().map(Observation::measure).distinct().count();
        spec.commandLine().getOut().println(input.file + ": no problems; " + d.size()
                + (d.size() == 1 ? " figure" : " figures") + " of " + measures + (measures == 1 ? " measure" : " measures")
                + ", " + years.getMin() + (last == years.getMin() ? "" : "–" + last) + ", areas: "
                + String.join(", ", d.areas().stream().map(Area::name).toList()));
        return Hri.DONE;
    }
}
