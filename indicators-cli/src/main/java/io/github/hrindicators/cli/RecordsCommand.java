package io.github.hrindicators.cli;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.examples.RecordIndicators;
import io.github.hrindicators.io.CsvFigureWriter;
import io.github.hrindicators.io.RecordReader;
import io.github.hrindicators.io.DataFileException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hri records}: the WHO PRV indicators of a programme's record files — NSP contacts, OAMT episodes, OAMT
 * doses, with the optional client and site tables — printed with their disaggregations, the computed figures
 * optionally written as a figure file for {@code hri compute}.
 */
@Command(name = "records", mixinStandardHelpOptions = true,
        header = "Computes PRV.8-PRV.14 and KP-4 from client-level record files.",
        description = {"Reads the record files given (one streaming pass each; formats: indicators-io/README.md, "
                + "Record files) and prints, for the year: people given needles-syringes (PRV.8), regular access in "
                + "both forms (PRV.9), needles-syringes given (PRV.10) and per person reached (KP-4), people on OAMT on "
                + "31 December (PRV.11), person-years (PRV.12), retention at 6 and 12 months of the previous year's "
                + "starters (PRV.13) and the minimum dose (PRV.14), each by gender, age, provider type, setting, area "
                + "and site, with the people shared between areas; and the UIC hygiene report of the client table.",
            "A file with any problem is refused whole, every problem listed (status 1); with --quarantine FOLDER "
                + "each bad row is written unchanged, with its line and reason, to FOLDER/NAME.rejects.csv, and the "
                + "rejected rows are counted on every figure computed from the file.",
            "Without an episode file, --episodes-from-doses --max-gap-days N computes PRV.11-PRV.13 from episodes "
                + "built from the dose file (a dispensing log, a row a dose given): a client's episode runs from a "
                + "dose to the next while no more than N days pass without one, and is still under way when its last "
                + "dose is no more than N days before 31 December. WHO gives no such threshold: N is the "
                + "programme's own rule and has no default. Doses from N days before 1 January of the year before "
                + "(so that a client dosed then is no new starter) to 31 December are read, the rest counted and "
                + "ignored; a site missing from the site table gives episodes of unknown area, and is named."})
final class RecordsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--contacts", paramLabel = "FILE", description = "NSP contacts (CSV, or JSON Lines when the name ends in .jsonl)")
    Optional<Path> contacts = Optional.empty();

    @Option(names = "--episodes", paramLabel = "FILE", description = "OAMT episodes (CSV, or JSON Lines when the name ends in .jsonl)")
    Optional<Path> episodes = Optional.empty();

    @Option(names = "--doses", paramLabel = "FILE", description = "OAMT daily doses (CSV, or JSON Lines when the name ends in .jsonl)")
    Optional<Path> doses = Optional.empty();

    @Option(names = "--episodes-from-doses",
            description = "without --episodes, compute PRV.11-PRV.13 from episodes built from the --doses file; "
                    + "needs --max-gap-days")
    boolean episodesFromDoses;

    @Option(names = "--max-gap-days", paramLabel = "N",
            description = "with --episodes-from-doses: the most days without a dose within one episode, 1 to 365 "
                    + "(the programme's own rule: WHO gives none, so there is no default)")
    Optional<Integer> maxGapDays = Optional.empty();

    @Option(names = "--clients", paramLabel = "FILE",
            description = "the client table (CSV or JSON Lines): gender and birth for the disaggregations, and the UIC hygiene report")
    Optional<Path> clients = Optional.empty();

    @Option(names = "--sites", paramLabel = "FILE", description = "the site table (CSV or JSON Lines): provider type and setting")
    Optional<Path> sites = Optional.empty();

    @Option(names = "--year", paramLabel = "YYYY", required = true, description = "the reporting year")
    int year;

    @Option(names = "--country", paramLabel = "NAME", defaultValue = "Country",
            description = "the national area of the computed figures (default: ${DEFAULT-VALUE})")
    String country;

    @Option(names = "--figures", paramLabel = "FILE",
            description = "also write the computed figures of the library's vocabulary (nsp_clients, "
                    + "needles_syringes_distributed, ost_clients; national, by subgroup and by area) as a figure file "
                    + "for 'hri compute'")
    Optional<Path> figures = Optional.empty();

    @Option(names = "--quarantine", paramLabel = "FOLDER",
            description = "write each bad row to FOLDER/NAME.rejects.csv and read on, instead of refusing the file")
    Optional<Path> quarantine = Optional.empty();

    @Option(names = "--delimiter", paramLabel = "SEP", converter = FigureFile.DelimiterConverter.class,
            description = "what separates the columns: ',' (the default), ';' or 'tab'")
    Optional<Character> delimiter = Optional.empty();

    @Option(names = "--decimal", paramLabel = "SEP", converter = FigureFile.DecimalConverter.class,
            description = "the decimal separator of doses: '.' (the default) or ',' (only with --delimiter ';' or 'tab')")
    Optional<Character> decimal = Optional.empty();

    @Option(names = "--encoding", paramLabel = "NAME", converter = FigureFile.EncodingConverter.class,
            description = "the files' encoding: UTF-8 by default; such as windows-1251 for a Cyrillic Excel export")
    Optional<Charset> encoding = Optional.empty();

    @Override
    public Integer call() {
        if (contacts.isEmpty() && episodes.isEmpty() && doses.isEmpty()) {
            throw new Hri.Failure(Hri.USAGE, "hri records: give at least one of --contacts, --episodes and --doses; "
                    + "run 'hri records --help' to see how to use it");
        }
        if (!(year >= 1901 && year <= 2999)) {
            throw new Hri.Failure(Hri.USAGE, "hri records: the year is not within 1901-2999: " + year);
        }
        OptionalInt gap = gap();
        List<Path> given = new ArrayList<>();
        for (Optional<Path> p : List.of(contacts, episodes, doses, clients, sites)) {
            p.ifPresent(given::add);
        }
        for (Path p : given) {
            if (!Files.isRegularFile(p)) {
                throw new Hri.Failure(Hri.USAGE, "hri records: there is no file " + p + (p.isAbsolute() ? ""
                        : " (looked for " + p.toAbsolutePath().normalize() + ")"));
            }
        }
        if (quarantine.isPresent() && !Files.isDirectory(quarantine.get())) {
            throw new Hri.Failure(Hri.USAGE, "hri records: the quarantine folder " + quarantine.get()
                    + " does not exist");
        }
        RecordReader reader = reader();
        RecordIndicators.Report report;
        try {
            report = RecordIndicators.run(new RecordIndicators.Inputs(contacts, episodes, doses, clients, sites, year,
                    Area.of(country), gap), reader);
        } catch (DataFileException e) {
            throw new Hri.Failure(Hri.DATA_PROBLEMS, e.getMessage());
        } catch (IllegalArgumentException e) {
            // the client or site table holds a code twice only when the reader let it through: a data problem
            throw new Hri.Failure(Hri.DATA_PROBLEMS, "hri records: " + e.getMessage());
        }
        java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
        RecordIndicators.print(report, new PrintStream(text, true, StandardCharsets.UTF_8));
        spec.commandLine().getOut().print(text.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        if (figures.isPresent()) {
            try {
                CsvFigureWriter.write(report.vocabularyFigures(), figures.get());
            } catch (UncheckedIOException e) {
                throw new Hri.Failure(Hri.USAGE, "hri records: cannot write " + figures.get() + ": "
                        + e.getMessage());
            }
            spec.commandLine().getOut().println(report.vocabularyFigures().size() + " figures written to "
                    + figures.get());
        }
        return Hri.DONE;
    }

    /** The longest gap of episodes built from doses, if asked for and consistent with the other options. */
    private OptionalInt gap() {
        if (!episodesFromDoses) {
            if (maxGapDays.isPresent()) {
                throw new Hri.Failure(Hri.USAGE, "hri records: --max-gap-days goes with --episodes-from-doses");
            }
            return OptionalInt.empty();
        }
        if (doses.isEmpty() || episodes.isPresent()) {
            throw new Hri.Failure(Hri.USAGE, "hri records: --episodes-from-doses needs --doses and no --episodes "
                    + "(PRV.11-PRV.13 come from one or the other)");
        }
        if (maxGapDays.isEmpty()) {
            throw new Hri.Failure(Hri.USAGE, "hri records: --episodes-from-doses needs --max-gap-days N, the most days "
                    + "without a dose within one episode: WHO gives no threshold, so the programme sets its own");
        }
        int n = maxGapDays.get();
        if (!(n >= 1 && n <= 365)) {
            throw new Hri.Failure(Hri.USAGE, "hri records: --max-gap-days is not within 1 to 365: " + n);
        }
        return OptionalInt.of(n);
    }

    private RecordReader reader() {
        if (decimal.equals(Optional.of(',')) && delimiter.orElse(',') == ',') {
            throw new Hri.Failure(Hri.USAGE, "hri records: the decimal separator ',' needs --delimiter ';' or "
                    + "--delimiter tab: with ',' between columns, a decimal comma would split a value in two");
        }
        RecordReader base = RecordReader.defaults();
        RecordReader split = delimiter.map(base::withDelimiter).orElse(base);
        RecordReader numbers = decimal.map(split::withDecimalSeparator).orElse(split);
        RecordReader text = encoding.map(numbers::withEncoding).orElse(numbers);
        return quarantine.map(text::withQuarantine).orElse(text);
    }
}
