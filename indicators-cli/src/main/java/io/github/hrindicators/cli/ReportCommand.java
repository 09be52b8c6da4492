package io.github.hrindicators.cli;

import io.github.hrindicators.cli.report.ConsoleWords;
import io.github.hrindicators.cli.report.CountryReport;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.reconcile.ReportedValue;
import io.github.hrindicators.examples.report.ReportedIndicators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hri report FILE}: the country (or area) brief of a figure file as an HTML page with its results. */
@Command(name = "report", mixinStandardHelpOptions = true, header = "Writes the HTML report of a figure file.",
        description = {"Writes a country (or area) brief computed from the figures of FILE into a folder: "
                + "index.html (summary, charts, every result with its intervals, gaps, inputs and warnings, what "
                + "could not be computed and why, definitions, sources), results.csv and results.json.",
            "The report covers one area: --area is needed when the file has several. The years are those the "
                + "figures cover, or --year."})
final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private Hri root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FigureFile input;

    @Mixin
    private Selection selection;

    @Option(names = "--out", paramLabel = "FOLDER", description = "the folder to write into (default: report)")
    private Path out = Path.of("report");

    @Option(names = "--reported", paramLabel = "REPORTED.csv",
            description = "values reported elsewhere (such as to UNAIDS) to compare with the computed ones; columns "
                    + "indicator, value, unit, year, geography, denominator_note, source")
    private Optional<Path> reported = Optional.empty();

    @Mixin
    private LanguageOption language;

    @Override
    public Integer call() {
        FigureFile.Loaded loaded = input.read(root, spec);
        loaded.note().ifPresent(spec.commandLine().getErr()::println);
        List<Area> areas = selection.areas(loaded.data(), input.file.toString());
        if (areas.size() > 1) {
            throw new Hri.Failure(Hri.USAGE, "hri: " + input.file + " has figures for " + areas.size() + " areas; "
                    + "choose one with --area: " + String.join(", ", areas.stream().map(Area::name).toList()));
        }
        Area area = areas.get(0);
        SortedSet<Integer> years = selection.years(loaded.data(), area);
        Path index = write(CountryReport.of(loaded.data(), area, years.first(), years.last(),
                input.file.getFileName().toString(), reportedValues(), language.language), out);
        spec.commandLine().getOut().println(ConsoleWords.message(language.language, "console.report.written",
                index.toString()));
        return Hri.DONE;
    }

    private List<ReportedValue> reportedValues() {
        if (reported.isEmpty()) {
            return List.of();
        }
        Path file = reported.get();
        try (InputStream in = Files.newInputStream(file)) {
            return ReportedIndicators.read(in);
        } catch (NoSuchFileException e) {
            throw new Hri.Failure(Hri.USAGE, "hri: there is no file " + file + " (looked for "
                    + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new Hri.Failure(Hri.USAGE, "hri: cannot read " + file + ": " + Messages.ioReason(e));
        } catch (IllegalArgumentException e) {
            throw new Hri.Failure(Hri.DATA_PROBLEMS, "hri: " + file + ": " + e.getMessage());
        }
    }

    /** Writes a report, turning a folder that cannot be written into a usage error. */
    static Path write(CountryReport report, Path folder) {
        try {
            return report.write(folder);
        } catch (UncheckedIOException e) {
            throw new Hri.Failure(Hri.USAGE, "hri: cannot write the report into " + folder + ": "
                    + Messages.ioReason(e.getCause()));
        }
    }
}
