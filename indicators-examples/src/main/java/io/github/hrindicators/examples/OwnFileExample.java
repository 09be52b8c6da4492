package io.github.hrindicators.examples;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.io.CsvFigureReader;
import io.github.hrindicators.io.CsvResultWriter;
import io.github.hrindicators.io.DataFileException;
import io.github.hrindicators.io.JsonFigureReader;
import io.github.hrindicators.io.JsonResultWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes every indicator a researcher's own CSV or JSON file of figures allows (format: indicators-io/README.md),
 * prints the table and optionally writes the results as CSV and JSON.
 *
 * <pre>
 * OwnFileExample FILE.csv|FILE.json [--year YYYY] [--area NAME] [--csv RESULTS.csv] [--json RESULTS.json]
 * </pre>
 *
 * <p>Without {@code --year}, every year a figure of the area covers is computed and the table shows the computed
 * results (the written files hold every result, not computable ones with their reasons). Without {@code --area},
 * every area of the file. A bad file prints the list of its problems (file, line, column or field, text, what was
 * expected) and exits with status 1; bad arguments print the usage and exit with status 2.
 */
public final class OwnFileExample {
    static final String USAGE = "usage: OwnFileExample FILE.csv|FILE.json [--year YYYY] [--area NAME] "
            + "[--csv RESULTS.csv] [--json RESULTS.json]";

    private OwnFileExample() {
    }

    /**
     * Runs the program and exits with its status.
     *
     * @param args the arguments, see the class description
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the program.
     *
     * @param args the arguments
     * @param out where the table goes
     * @param err where problems and usage go
     * @return 0 on success, 1 for a bad input file, 2 for bad arguments
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Dataset data;
        try {
            data = options.json() ? JsonFigureReader.defaults().read(options.file).dataset() : CsvFigureReader.defaults().read(options.file);
        } catch (DataFileException e) {
            err.println(e.getMessage());
            return 1;
        }
        List<Area> areas = options.area.map(List::of).orElseGet(() -> List.copyOf(data.areas()));
        List<IndicatorResult> all = new ArrayList<>();
        for (Area area : areas) {
            SortedSet<Integer> years = options.year.map(y -> (SortedSet<Integer>) new TreeSet<>(List.of(y)))
                    .orElseGet(() -> yearsOf(data, area));
            if (years.isEmpty()) {
                err.println("No figure for area '" + area + "' in " + options.file + "; areas in the file: "
                        + data.areas());
                return 2;
            }
            SortedMap<Integer, List<IndicatorResult>> series = Catalogue.standard().evaluateSeries(data, area, years.first(),
                    years.last(), EvaluationSettings.defaults());
            for (int year : years) {
                List<IndicatorResult> results = options.year.isPresent()
                        ? Catalogue.standard().evaluate(data, area, year, EvaluationSettings.defaults())
                        : series.getOrDefault(year, List.of());
                all.addAll(results);
                List<IndicatorResult> shown = options.year.isPresent() ? results : results.stream()
                        .filter(r -> r.status() == IndicatorResult.Status.COMPUTED).toList();
                if (!shown.isEmpty()) {
                    out.println(ResultTable.format(area + ", " + year + ": indicators from " + options.file.getFileName(),
                            shown));
                }
            }
        }
        options.csv.ifPresent(f -> CsvResultWriter.write(all, f));
        options.json.ifPresent(f -> JsonResultWriter.write(all, f));
        long computed = all.stream().filter(r -> r.status() == IndicatorResult.Status.COMPUTED).count();
        out.println(computed + " results computed, " + (all.size() - computed) + " not computable"
                + (options.year.isPresent() ? "" : " (run with --year YYYY to see why, or write --csv/--json)")
                + options.csv.map(f -> "; results written to " + f).orElse("")
                + options.json.map(f -> "; results written to " + f).orElse(""));
        return 0;
    }

    /** The years that figures of an area cover, spans expanded. */
    static SortedSet<Integer> yearsOf(Dataset data, Area area) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Observation o : data.observations()) {
            if (o.area().equals(area)) {
                for (int y = o.period().startYear(); y <= o.period().endYear(); y++) {
                    years.add(y);
                }
            }
        }
        return years;
    }

    /** The parsed arguments. */
    private static final class Options {
        private Path file;
        private Optional<Integer> year = Optional.empty();
        private Optional<Area> area = Optional.empty();
        private Optional<Path> csv = Optional.empty();
        private Optional<Path> json = Optional.empty();

        boolean json() {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        }

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.startsWith("--")) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("Option " + a + " needs a value");
                    }
                    String v = args[++i];
                    switch (a) {
                        case "--year":
                            o.year = Optional.of(year(v));
                            break;
                        case "--area":
                            o.area = Optional.of(Area.of(v));
                            break;
                        case "--csv":
                            o.csv = Optional.of(Path.of(v));
                            break;
                        case "--json":
                            o.json = Optional.of(Path.of(v));
                            break;
                        default:
                            throw new IllegalArgumentException("Unknown option: " + a);
                    }
                } else if (o.file == null) {
                    o.file = Path.of(a);
                } else {
                    throw new IllegalArgumentException("More than one input file: " + o.file + ", " + a);
                }
            }
            if (o.file == null) {
                throw new IllegalArgumentException("No input file given");
            }
            String name = o.file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".csv") && !name.endsWith(".json")) {
                throw new IllegalArgumentException("Input file is not .csv or .json: " + o.file);
            }
            return o;
        }

        private static int year(String text) {
            try {
                int y = Integer.parseInt(text);
                if (y >= 1900 && y <= 2999) {
                    return y;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--year is not a year from 1900 to 2999: '" + text + "'");
        }
    }
}
