package io.github.hrindicators.cli;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.cli.report.ConsoleWords;
import io.github.hrindicators.cli.report.Language;
import io.github.hrindicators.examples.ResultTable;
import io.github.hrindicators.io.CsvResultWriter;
import io.github.hrindicators.io.JsonResultWriter;
import io.github.hrindicators.io.ResultSink;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code hri compute FILE}: every indicator the figures allow, as a table, and as CSV or JSON results. */
@Command(name = "compute", mixinStandardHelpOptions = true, header = "Computes every indicator a figure file allows.",
        description = {"Computes every indicator the figures of FILE allow, for each area and year, and prints the "
                + "results with their intervals, levels, target gaps, inputs, sources and warnings.",
            "Without --year: every year the figures cover, each indicator in the years with a figure for any of its "
                + "inputs; the table shows the computed results. With --year: every indicator in each year asked "
                + "that has figures of the area; the table also lists what could not be computed, and why. The CSV "
                + "and JSON files hold every result."})
final class ComputeCommand implements Callable<Integer> {
    @ParentCommand
    private Hri root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FigureFile input;

    @Mixin
    private Selection selection;

    @Mixin
    private LanguageOption language;

    @Option(names = "--csv", paramLabel = "RESULTS.csv",
            description = "also write every result to this CSV file (format: indicators-io/README.md, Output)")
    private Optional<Path> csv = Optional.empty();

    @Option(names = "--json", paramLabel = "RESULTS.json", description = "also write every result to this JSON file")
    private Optional<Path> json = Optional.empty();

    @Option(names = "--level", paramLabel = "PERCENT", converter = LevelConverter.class,
            description = "the confidence level of the intervals in percent (50 to below 100), 95 by default; given two or three times "
                    + "(such as --level 95 --level 99.8), every interval that has a level is computed at each, the "
                    + "first shown in the table, all written to the CSV and JSON files")
    private List<Double> levels = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FigureFile.Loaded loaded = input.read(root, spec);
        loaded.note().ifPresent(err::println);
        List<Area> areas = selection.areas(loaded.data(), input.file.toString());
        EvaluationSettings settings = settings();
        List<ResultSink> sinks = new ArrayList<>();
        long computed = 0;
        long total = 0;
        try {
            csv.ifPresent(f -> sinks.add(open(() -> CsvResultWriter.open(f), f)));
            json.ifPresent(f -> sinks.add(open(() -> JsonResultWriter.open(f), f)));
            try (Progress progress = root.progress(spec, "computing", areas.size())) {
                int done = 0;
                for (Area area : areas) {
                    SortedSet<Integer> years = selection.years(loaded.data(), area);
                    // The series rule: an indicator is left out of a year in which none of its inputs has a figure,
                    // and a year without any figure has no results. Asked years show every indicator, with the
                    // reason when it cannot be computed, unless the area has no figure for the year at all.
                    SortedMap<Integer, List<IndicatorResult>> series = Catalogue.standard().evaluateSeries(
                            loaded.data(), area, years.first(), years.last(), settings);
                    for (int year : years) {
                        List<IndicatorResult> results = series.getOrDefault(year, List.of());
                        if (selection.yearsAsked() && !results.isEmpty()) {
                            results = Catalogue.standard().evaluate(loaded.data(), area, year, settings);
                        }
                        for (IndicatorResult r : results) {
                            sinks.forEach(s -> s.accept(r));
                        }
                        long n = results.stream().filter(r -> r.status() == IndicatorResult.Status.COMPUTED).count();
                        computed += n;
                        total += results.size();
                        List<IndicatorResult> shown = selection.yearsAsked() ? results : results.stream()
                                .filter(r -> r.status() == IndicatorResult.Status.COMPUTED).toList();
                        if (!shown.isEmpty()) {
                            out.println(ResultTable.format(ConsoleWords.message(language.language,
                                    "console.compute.title", area.name(), Integer.toString(year),
                                    input.file.getFileName().toString()), shown, ConsoleWords.of(language.language)));
                        }
                    }
                    progress.update(++done);
                }
            }
        } finally {
            sinks.forEach(ResultSink::close);
        }
        Language lang = language.language;
        out.println(ConsoleWords.message(lang, "console.summary", Long.toString(computed),
                Long.toString(total - computed))
                + (selection.yearsAsked() || total == computed ? "" : ConsoleWords.message(lang, "console.summary.why"))
                + csv.map(f -> ConsoleWords.message(lang, "console.written", f.toString())).orElse("")
                + json.map(f -> ConsoleWords.message(lang, "console.written", f.toString())).orElse(""));
        return Hri.DONE;
    }

    /** The default settings at the levels asked, the first one primary. */
    private EvaluationSettings settings() {
        if (levels.isEmpty()) {
            return EvaluationSettings.defaults();
        }
        if (levels.size() > EvaluationSettings.MAX_LEVELS) {
            throw new Hri.Failure(Hri.USAGE, "hri: --level is given " + levels.size() + " times; at most "
                    + EvaluationSettings.MAX_LEVELS + " levels are computed in one run");
        }
        if (levels.stream().distinct().count() < levels.size()) {
            throw new Hri.Failure(Hri.USAGE, "hri: --level is given twice with the same level");
        }
        EvaluationSettings d = EvaluationSettings.defaults();
        return d.withUncertainty(d.uncertainty().withConfidenceLevel(levels.get(0))).withAdditionalLevels(
                levels.subList(1, levels.size()).stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * A level in percent, from 50 to below 100, as a fraction; below 50 is refused, as it is far more often a
     * fraction typed for a percent (0.95) than a level anyone wants.
     */
    static final class LevelConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double percent = Double.parseDouble(value.strip().replace("%", "").strip());
                if (percent >= 50 && percent < 100) {
                    // the fraction of the decimal text, so that 99.8 gives 0.998 exactly as written
                    return new java.math.BigDecimal(value.strip().replace("%", "").strip()).movePointLeft(2)
                            .doubleValue();
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("'" + value + "' is not a confidence level in percent, a number "
                    + "from 50 to below 100 such as 95 or 99.8");
        }
    }

    private static ResultSink open(java.util.function.Supplier<ResultSink> opener, Path file) {
        try {
            return opener.get();
        } catch (UncheckedIOException e) {
            throw new Hri.Failure(Hri.USAGE, "hri: cannot write " + file + ": " + Messages.ioReason(e.getCause()));
        }
    }
}
