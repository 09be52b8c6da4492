package io.github.hrindicators.cli;

import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.interop.Dhis2Export;
import io.github.hrindicators.interop.FhirExport;
import io.github.hrindicators.interop.Mapping;
import io.github.hrindicators.interop.Unmapped;
import io.github.hrindicators.io.DataFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** {@code hri export FILE --mapping MAP}: results and figures into DHIS2 (JSON, CSV, ADX) and FHIR R4 files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Exports results and figures to DHIS2 and FHIR files through a mapping file.",
        description = {"Computes the indicators of FILE as compute does, then writes the computed results and the "
                + "figures of the chosen areas and years as DHIS2 data values (a dataValueSets JSON payload, DHIS2's "
                + "CSV, an ADX message) and FHIR R4 MeasureReports with the Measures (a collection Bundle), through "
                + "the codes of the mapping file (format: indicators-interop/README.md).",
            "Every result and figure that is not exported is listed with the reason: no mapping rule, a span of "
                + "years, or receiving codes another value already uses."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private Hri root;

    @Spec
    private CommandSpec spec;

    @Mixin
    private FigureFile input;

    @Mixin
    private Selection selection;

    @Option(names = "--mapping", required = true, paramLabel = "MAPPING.csv",
            description = "the mapping file: indicator or measure, area and subgroup to data element, category "
                    + "option combo and org unit")
    private Path mapping;

    @Option(names = "--dhis2-json", paramLabel = "FILE.json", description = "write a dataValueSets JSON payload")
    private Optional<Path> dhis2Json = Optional.empty();

    @Option(names = "--dhis2-csv", paramLabel = "FILE.csv", description = "write DHIS2's data value CSV")
    private Optional<Path> dhis2Csv = Optional.empty();

    @Option(names = "--adx", paramLabel = "FILE.xml", description = "write an ADX message (needs --data-set)")
    private Optional<Path> adx = Optional.empty();

    @Option(names = "--fhir", paramLabel = "FILE.json",
            description = "write a FHIR R4 Bundle of MeasureReports and Measures")
    private Optional<Path> fhir = Optional.empty();

    @Option(names = "--data-set", paramLabel = "CODE", description = "the DHIS2 data set of the values")
    private Optional<String> dataSet = Optional.empty();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (dhis2Json.isEmpty() && dhis2Csv.isEmpty() && adx.isEmpty() && fhir.isEmpty()) {
            throw new Hri.Failure(Hri.USAGE, "hri export: give at least one of --dhis2-json, --dhis2-csv, --adx, "
                    + "--fhir\nRun 'hri export --help' for the options.");
        }
        if (adx.isPresent() && dataSet.isEmpty()) {
            throw new Hri.Failure(Hri.USAGE, "hri export: --adx needs --data-set (DHIS2 requires a data set on "
                    + "every ADX group)\nRun 'hri export --help' for the options.");
        }
        Mapping rules;
        try {
            rules = Mapping.read(mapping, Catalogue.standard());
        } catch (DataFileException e) {
            throw new Hri.Failure(Hri.DATA_PROBLEMS, e.getMessage());
        }
        FigureFile.Loaded loaded = input.read(root, spec);
        loaded.note().ifPresent(err::println);
        List<IndicatorResult> results = new ArrayList<>();
        List<Observation> figures = new ArrayList<>();
        for (Area area : selection.areas(loaded.data(), input.file.toString())) {
            SortedSet<Integer> years = selection.years(loaded.data(), area);
            Catalogue.standard().evaluateSeries(loaded.data(), area, years.first(), years.last(),
                    EvaluationSettings.defaults()).forEach((year, rs) -> {
                        if (years.contains(year)) {
                            rs.stream().filter(r -> r.status() == IndicatorResult.Status.COMPUTED)
                                    .forEach(results::add);
                        }
                    });
            for (Observation o : loaded.data().observations()) {
                if (o.area().equals(area) && years.stream().anyMatch(y -> o.period().coversYear(y))) {
                    figures.add(o);
                }
            }
        }
        Dhis2Export export = Dhis2Export.of(rules, results, figures);
        try {
            if (dhis2Json.isPresent()) {
                write(dhis2Json.get(), w -> export.writeDataValueSets(w, dataSet, Optional.of(LocalDate.now())));
            }
            if (dhis2Csv.isPresent()) {
                write(dhis2Csv.get(), export::writeCsv);
            }
            if (adx.isPresent()) {
                write(adx.get(), w -> export.writeAdx(w, dataSet.get(), Instant.now()));
            }
            if (fhir.isPresent()) {
                String json = FhirExport.json(FhirExport.bundle(Catalogue.standard().indicators(), results));
                write(fhir.get(), w -> w.write(json + "\n"));
            }
        } catch (IllegalArgumentException e) {
            throw new Hri.Failure(Hri.DATA_PROBLEMS, "hri export: " + e.getMessage());
        }
        out.println(results.size() + " computed results and " + figures.size() + " figures; " + export.values().size()
                + " data values" + (export.values().isEmpty() ? "" : " written"));
        for (Path p : List.of(dhis2Json, dhis2Csv, adx, fhir).stream().flatMap(Optional::stream).toList()) {
            out.println("  " + p);
        }
        if (!export.unmapped().isEmpty()) {
            out.println(export.unmapped().size() + " not exported:");
            for (Unmapped u : export.unmapped()) {
                out.println("  " + u.what() + ": " + u.reason());
            }
        }
        return Hri.DONE;
    }

    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private static void write(Path file, Content content) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(w);
        } catch (IOException e) {
            throw new Hri.Failure(Hri.USAGE, "hri: cannot write " + file + ": " + Messages.ioReason(e));
        }
    }
}
