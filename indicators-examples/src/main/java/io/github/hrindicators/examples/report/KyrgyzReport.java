package io.github.hrindicators.examples.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.CaseBase;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.StandardIndicators;
import io.github.hrindicators.core.indicator.Target;
import io.github.hrindicators.core.indicator.Variant;
import io.github.hrindicators.core.reconcile.Comparison;
import io.github.hrindicators.core.reconcile.Reconciliation;
import io.github.hrindicators.core.reconcile.ReportedValue;
import io.github.hrindicators.examples.KyrgyzDataset;
import io.github.hrindicators.examples.report.ReportCharts.Line;
import io.github.hrindicators.examples.report.ReportCharts.RangeBar;
import io.github.hrindicators.examples.report.ReportModel.ChartView;
import io.github.hrindicators.examples.report.ReportModel.DefinitionRef;
import io.github.hrindicators.examples.report.ReportModel.InputRef;
import io.github.hrindicators.examples.report.ReportModel.NotComputableRow;
import io.github.hrindicators.examples.report.ReportModel.ReconciliationRow;
import io.github.hrindicators.examples.report.ReportModel.Row;
import io.github.hrindicators.examples.report.ReportModel.Section;
import io.github.hrindicators.examples.report.ReportModel.SourceRef;
import io.github.hrindicators.io.CsvResultWriter;
import io.github.hrindicators.io.JsonResultWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The Kyrgyz report: every indicator for Kyrgyzstan, 2001–2025, from the bundled published figures, written as a
 * self-contained folder — {@code index.html} (a country brief with charts and footnoted tables), and
 * {@code results.csv} and {@code results.json} (the same results, by the indicators-io writers).
 *
 * <p>Run: {@code java … io.github.hrindicators.examples.report.KyrgyzReport [folder]}; the folder defaults to
 * {@code target/kyrgyz-report}. Results use {@link EvaluationSettings#defaults()}: a figure of the year, else the
 * nearest earlier within 5 years (flagged), conflicting figures kept as alternatives with one result each. Charts are
 * drawn headless.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KyrgyzReport {
    /** The first year of the series. */
    public static final int FROM_YEAR = 2001;
    /** The last year of the series. */
    public static final int TO_YEAR = 2025;
    /** The area of the report. */
    public static final Area AREA = KyrgyzDataset.KYRGYZSTAN;

    private static final String TEMPLATE = "io/github/hrindicators/examples/report/report.mustache";

    private KyrgyzReport() {
    }

    /**
     * Writes the report to the folder given as the first argument, or {@code target/kyrgyz-report}.
     *
     * @param args optional: the folder
     * @throws IOException if the folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/kyrgyz-report");
        Path index = write(dir);
        System.out.println("Kyrgyz report written to " + index.toAbsolutePath());
    }

    /**
     * Every indicator for every year of the report, with the default settings, in year order then the order of
     * {@link Catalogue#standard()}.
     *
     * @param data the figures
     * @return the results
     * @throws NullPointerException if {@code data} is null
     */
    public static List<IndicatorResult> results(Dataset data) {
        return Catalogue.standard().evaluateSeries(data, AREA, FROM_YEAR, TO_YEAR, EvaluationSettings.defaults()).values()
                .stream().flatMap(List::stream).toList();
    }

    /**
     * Writes {@code index.html}, {@code results.csv} and {@code results.json} to a folder, creating it.
     *
     * @param dir the folder
     * @return the path of {@code index.html}
     * @throws IOException if a file cannot be written
     * @throws NullPointerException if {@code dir} is null
     */
    public static Path write(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<IndicatorResult> results = results(KyrgyzDataset.load());
        List<Comparison> comparisons = Reconciliation.compare(ReportedIndicators.bundled(), results);
        CsvResultWriter.write(results, dir.resolve("results.csv"));
        JsonResultWriter.write(results, dir.resolve("results.json"));
        Path index = dir.resolve("index.html");
        Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
        try (Writer out = Files.newBufferedWriter(index, StandardCharsets.UTF_8)) {
            template.execute(out, page(results, comparisons)).flush();
        }
        return index;
    }

    static ReportModel.Page page(List<IndicatorResult> results, List<Comparison> comparisons) {
        Footnotes notes = new Footnotes();
        List<Section> sections = new ArrayList<>();
        for (Indicator indicator : Catalogue.standard().indicators()) {
            IndicatorDefinition def = indicator.definition();
            List<IndicatorResult> mine = results.stream().filter(r -> r.definition().id().equals(def.id())).toList();
            List<Row> rows = mine.stream().filter(KyrgyzReport::computed).map(r -> row(r, notes)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<NotComputableRow> nc = mine.stream().filter(r -> !computed(r))
                    .map(r -> new NotComputableRow(r.period().startYear(), r.variantLabel(), subgroup(r),
                            r.reason().orElseThrow().message()))
                    .toList();
            sections.add(new Section(def.id(), def.name(), definitionRef(def), def.numerator() + " / "
                    + def.denominator(), rows, !rows.isEmpty(), nc, !nc.isEmpty(), nc.size()));
        }
        List<ReconciliationRow> reconciliation = comparisons.stream()
                .sorted(Comparator.comparing((Comparison c) -> !c.reported().indicatorId()
                        .equals("ost_coverage")).thenComparingInt(c -> c.reported().year()))
                .map(c -> reconciliationRow(c, notes)).toList();
        List<DefinitionRef> definitions = Catalogue.standard().indicators().stream().map(Indicator::definition)
                .filter(d -> results.stream().anyMatch(r -> r.definition().id().equals(d.id())))
                .map(d -> new DefinitionRef(d.id(), d.version(), d.name(), d.numerator(), d.denominator(),
                        String.join("; ", d.sources())))
                .toList();
        long computedCount = results.stream().filter(KyrgyzReport::computed).count();
        return new ReportModel.Page("HIV and harm reduction among people who inject drugs: Kyrgyzstan, "
                + FROM_YEAR + "–" + TO_YEAR, AREA.toString(), FROM_YEAR, TO_YEAR, headlines(results, comparisons),
                charts(results, comparisons), sections, reconciliation, notes.list(), definitions,
                "95 published figures (CONFIRMED in kyrgyzstan-published-figures.csv), each with its source",
                "the values Kyrgyzstan reported to UNAIDS Global AIDS Monitoring (AIDSinfo 2019 export), compared "
                        + "below with the computed ones",
                (int) computedCount, (int) (results.size() - computedCount));
    }

    private static boolean computed(IndicatorResult r) {
        return r.status() == IndicatorResult.Status.COMPUTED;
    }

    private static String subgroup(IndicatorResult r) {
        return r.subgroup().isTotal() ? "total" : r.subgroup().toString();
    }

    private static String definitionRef(IndicatorDefinition d) {
        return d.id() + " v" + d.version();
    }

    private static Row row(IndicatorResult r, Footnotes notes) {
        ResultUnit unit = r.definition().unit();
        List<InputRef> inputs = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (InputUsed in : r.inputs()) {
            List<Integer> refs = in.sources().stream().map(notes::number).toList();
            refs.stream().filter(n -> !all.contains(n)).forEach(all::add);
            inputs.add(new InputRef(in.label() + " = " + ReportFormat.value(in.value(), ResultUnit.PEOPLE) + " ("
                    + in.period() + ")" + in.derivation().map(d -> ", " + d).orElse(""), refs));
        }
        return new Row(r.definition().id(), r.period().startYear(), r.variantLabel(), subgroup(r),
                ReportFormat.value(r.value().orElseThrow(), unit),
                r.intervals().stream().map(i -> ReportFormat.interval(i, unit)).toList(),
                r.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("—"),
                r.gaps().stream().map(g -> ReportFormat.gap(g, unit)).toList(),
                r.warnings().stream().map(w -> w.code().name().toLowerCase(Locale.ROOT) + ": " + w.message())
                        .toList(),
                inputs, all, definitionRef(r.definition()));
    }

    private static ReconciliationRow reconciliationRow(Comparison c, Footnotes notes) {
        ReportedValue rv = c.reported();
        ResultUnit unit = unitOf(rv.indicatorId());
        String published = unit == ResultUnit.PROPORTION
                ? String.format(Locale.ROOT, "%." + rv.decimals() + "f %%", rv.publishedNumber())
                : String.format(Locale.ROOT, "%." + rv.decimals() + "f", rv.publishedNumber());
        String diff = c.difference().isPresent()
                ? String.format(Locale.ROOT, "%+.2f", c.difference().getAsDouble()).replace('-', '−')
                        + (unit == ResultUnit.PROPORTION ? " pp" : "")
                : "—";
        return new ReconciliationRow(rv.indicatorId(), nameOf(rv.indicatorId()), rv.year(), published,
                c.computed().map(r -> ReportFormat.value(r.value().orElseThrow(), unit)).orElse("not computed"),
                c.computed().map(IndicatorResult::variantLabel).orElse("—"), diff,
                c.computed().isEmpty() ? "—" : c.beyondRounding() ? "yes" : "no",
                c.reportedLevel().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("—"),
                c.reportedGaps().stream().map(g -> ReportFormat.gap(g, unit)).toList(),
                c.explanation().orElse(rv.denominatorNote().map(n -> "country's note: " + n).orElse("—")),
                List.of(notes.number(rv.source())));
    }

    private static String nameOf(String indicatorId) {
        return Catalogue.standard().indicators().stream().map(Indicator::definition).toList().stream().filter(d -> d.id().equals(indicatorId)).findFirst()
                .map(IndicatorDefinition::name).orElse(indicatorId);
    }

    private static ResultUnit unitOf(String indicatorId) {
        return Catalogue.standard().indicators().stream().map(Indicator::definition).toList().stream().filter(d -> d.id().equals(indicatorId)).findFirst()
                .map(IndicatorDefinition::unit).orElse(ResultUnit.PEOPLE);
    }

    // ---- headlines ----------------------------------------------------------------------------------------------

    private static List<String> headlines(List<IndicatorResult> results, List<Comparison> comparisons) {
        List<String> lines = new ArrayList<>();
        find(results, "ost_coverage", 2016, v -> true).ifPresent(r -> lines.add(String.format(Locale.ROOT,
                "OST coverage in 2016 was %s (%s level): %s people on OST over a PWID size estimate used as a "
                        + "proxy denominator. %s.",
                value(r), r.level().map(l -> l.name().toLowerCase(Locale.ROOT)).orElse("no"),
                ReportFormat.value(r.numerator().orElseThrow(), ResultUnit.PEOPLE),
                r.gaps().stream().map(g -> ReportFormat.gap(g, ResultUnit.PROPORTION))
                        .collect(Collectors.joining("; ")))));
        comparisons.stream().filter(c -> c.reported().indicatorId().equals("ost_coverage")
                && c.reported().year() == 2016 && c.computed().isPresent()).findFirst()
                .ifPresent(c -> lines.add(String.format(Locale.ROOT,
                        "Kyrgyzstan reported %.1f %% OST coverage for 2016 to UNAIDS; the published counts give %s "
                                + "(difference beyond rounding: %s). %s",
                        c.reported().publishedNumber(), value(c.computed().get()), c.beyondRounding() ? "yes" : "no",
                        c.explanation().orElse(""))));
        Optional<IndicatorResult> first = find(results, "pwid_share_hiv_cases", 2010, v -> v.caseBase().equals(Optional.of(CaseBase.NEW_DIAGNOSES)));
        Optional<IndicatorResult> last = find(results, "pwid_share_hiv_cases", 2023, v -> v.caseBase().equals(Optional.of(CaseBase.NEW_DIAGNOSES)));
        if (first.isPresent() && last.isPresent()) {
            lines.add(String.format(Locale.ROOT, "The share of new HIV diagnoses with injecting drug use as the route "
                    + "fell from %s in 2010 to %s in 2023, as published.", value(first.get()), value(last.get())));
        }
        find(results, "first_95", 2016, v -> true).ifPresent(r -> lines.add(String.format(Locale.ROOT,
                "First 95 in 2016: %s of the estimated people living with HIV were registered alive, %s; the "
                        + "estimated undiagnosed were %s.",
                value(r), r.intervals().isEmpty() ? "no interval" : ReportFormat.interval(r.intervals().get(0),
                        ResultUnit.PROPORTION),
                find(results, "undiagnosed_hiv", 2016, v -> true).map(u -> value(u) + (u.intervals().isEmpty() ? ""
                        : ", " + ReportFormat.interval(u.intervals().get(0), ResultUnit.PEOPLE)))
                        .orElse("not computable"))));
        long met = comparisons.stream().filter(c -> c.reported().indicatorId().equals("needles_syringes_per_pwid")
                && c.reportedGaps().stream().anyMatch(g -> g.target().id().equals("unaids-2025") && g.met())).count();
        long reported = comparisons.stream()
                .filter(c -> c.reported().indicatorId().equals("needles_syringes_per_pwid")).count();
        if (reported > 0) {
            lines.add(String.format(Locale.ROOT, "Needles-syringes per PWID cannot be computed: no count of "
                    + "needles-syringes distributed was published. Of the %d values Kyrgyzstan reported (2011–2018), "
                    + "%d meet the UNAIDS 2025 target of more than 200.", reported, met));
        }
        return lines;
    }

    private static Optional<IndicatorResult> find(List<IndicatorResult> results, String id, int year,
            Predicate<Variant> variant) {
        return results.stream().filter(r -> computed(r) && r.definition().id().equals(id)
                && r.period().startYear() == year && r.subgroup().isTotal() && variant.test(r.variant())).findFirst();
    }

    private static String value(IndicatorResult r) {
        return ReportFormat.value(r.value().orElseThrow(), r.definition().unit());
    }

    // ---- charts -------------------------------------------------------------------------------------------------

    private static List<ChartView> charts(List<IndicatorResult> results, List<Comparison> comparisons) {
        List<ChartView> charts = new ArrayList<>();
        IndicatorDefinition ost = StandardIndicators.OST_COVERAGE.definition();
        charts.add(new ChartView("chart-ost", "OST coverage",
                "People on OST over the PWID size estimate (a proxy for opioid-dependent PWID). Shaded: the "
                        + "Technical Guide's low and medium levels; dashed: targets. Each conflicting size estimate "
                        + "gives its own line.",
                ReportCharts.dataUri(ReportCharts.trend("OST coverage, % of PWID", ost, 2006, 2019,
                        lines(results, "ost_coverage"), List.of(), true))));
        charts.add(new ChartView("chart-pwid-share", "PWID share of HIV cases",
                "Injecting drug use as the transmission route: among all registered cases (cumulative), among "
                        + "people registered alive, and among new diagnoses; a line per base and per alternative.",
                ReportCharts.dataUri(ReportCharts.trend("PWID share of HIV cases, %",
                        StandardIndicators.PWID_SHARE_OF_HIV_CASES.definition(), 2002, 2024, lines(results, "pwid_share_hiv_cases"),
                        List.of(), false))));
        charts.add(new ChartView("chart-cascade", "HIV cascade, 2016",
                "Each step as a share of all estimated people living with HIV (UNAIDS estimate 8,500, 6,300–11,000), "
                        + "against the UNAIDS 2025 targets (95 %, 95 % × 95 %, 95 %³).",
                ReportCharts.dataUri(cascade(results, 2016))));
        charts.add(new ChartView("chart-undiagnosed", "Estimated undiagnosed HIV",
                "Estimated people living with HIV minus people registered alive (published, or cumulative cases "
                        + "minus deaths). Vertical bars: the range of the UNAIDS estimate carried through; a range "
                        + "below zero is a data inconsistency and is flagged, not clamped: from 2023 the derived "
                        + "registered count, which still includes foreigners and emigrants, exceeds the latest UNAIDS "
                        + "estimate in the dataset (9,200 for 2020).",
                ReportCharts.dataUri(ReportCharts.trend("Estimated people living with undiagnosed HIV",
                        StandardIndicators.UNDIAGNOSED_HIV.definition(), 2013, 2025, lines(results, "undiagnosed_hiv"),
                        ranges(results, "undiagnosed_hiv"), false))));
        charts.add(new ChartView("chart-first95", "First 95",
                "People registered alive over the estimated people living with HIV, against the UNAIDS 2025 "
                        + "target of 95 % (dashed). Vertical bars: plausible bounds from the range of the estimate; "
                        + "above 100 % means the registered count exceeds the estimate.",
                ReportCharts.dataUri(ReportCharts.trend("First 95: registered alive, % of estimated PLHIV",
                        StandardIndicators.FIRST_95_PLHIV.definition(), 2013, 2025, lines(results, "first_95"),
                        ranges(results, "first_95"), true))));
        List<Line> ostVs = new ArrayList<>(lines(results.stream().filter(r -> r.period().startYear() >= 2013
                && r.period().startYear() <= 2019).toList(), "ost_coverage"));
        ostVs.add(reportedLine(comparisons, "ost_coverage"));
        charts.add(new ChartView("chart-ost-reported", "OST coverage: computed and reported",
                "Computed from published counts (line) and as Kyrgyzstan reported it to UNAIDS Global AIDS "
                        + "Monitoring (diamonds); both far below the 20 % low-level cut-off and the 40 % and 50 % "
                        + "targets.",
                ReportCharts.dataUri(ReportCharts.trend("OST coverage, computed and reported, %", ost, 2013, 2019,
                        ostVs, List.of(), false))));
        charts.add(new ChartView("chart-nsp-reported", "Needles-syringes per PWID: reported",
                "Values Kyrgyzstan reported to UNAIDS (no count of needles-syringes distributed was published, so "
                        + "the library cannot compute them). Shaded: low (below 100, cut-off unconfirmed) and medium "
                        + "levels; dashed: targets.",
                ReportCharts.dataUri(ReportCharts.trend("Needles-syringes per PWID per year, reported",
                        StandardIndicators.NEEDLES_SYRINGES_PER_PWID.definition(), 2010, 2019,
                        List.of(reportedLine(comparisons, "needles_syringes_per_pwid")), List.of(), true))));
        return charts;
    }

    private static List<Line> lines(List<IndicatorResult> results, String id) {
        Map<String, List<IndicatorResult>> byVariant = new LinkedHashMap<>();
        results.stream().filter(r -> computed(r) && r.definition().id().equals(id) && r.subgroup().isTotal())
                .forEach(r -> byVariant.computeIfAbsent(r.variantLabel(), k -> new ArrayList<>()).add(r));
        return byVariant.entrySet().stream().map(e -> new Line(e.getKey(),
                e.getValue().stream().map(r -> r.period().startYear()).toList(),
                e.getValue().stream().map(r -> r.value().orElseThrow().doubleValue()).toList(), false)).toList();
    }

    private static List<RangeBar> ranges(List<IndicatorResult> results, String id) {
        return results.stream()
                .filter(r -> computed(r) && r.definition().id().equals(id) && r.subgroup().isTotal()
                        && !r.intervals().isEmpty())
                .map(r -> new RangeBar(r.period().startYear(), r.intervals().get(0).lower(),
                        r.intervals().get(0).upper()))
                .toList();
    }

    private static Line reportedLine(List<Comparison> comparisons, String id) {
        Map<Integer, Double> byYear = new LinkedHashMap<>();
        comparisons.stream().filter(c -> c.reported().indicatorId().equals(id))
                .forEach(c -> byYear.put(c.reported().year(), c.reported().value().doubleValue()));
        return new Line("reported to UNAIDS (GAM)", List.copyOf(byYear.keySet()), List.copyOf(byYear.values()),
                true);
    }

    private static org.knowm.xchart.CategoryChart cascade(List<IndicatorResult> results, int year) {
        List<String> steps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        String[][] ids = {{"first_95", "Diagnosed (registered alive)"}, {"art_coverage", "On ART"},
            {"viral_suppression_plhiv", "Virally suppressed"}};
        for (String[] step : ids) {
            find(results, step[0], year, v -> v.denominator().equals(Optional.of(Measure.PLHIV_ESTIMATE))).or(() -> find(results, step[0], year,
                    v -> true)).ifPresent(r -> {
                        steps.add(step[1]);
                        values.add(r.value().orElseThrow().doubleValue());
                        targets.add(r.definition().targets().stream().mapToDouble(Target::threshold).max()
                                .orElse(0));
                    });
        }
        return ReportCharts.cascade("HIV cascade, Kyrgyzstan " + year, steps, values, targets);
    }

    /** Numbers sources in order of first use. */
    private static final class Footnotes {
        private final Map<Source, Integer> numbers = new LinkedHashMap<>();

        int number(Source s) {
            return numbers.computeIfAbsent(s, k -> numbers.size() + 1);
        }

        List<SourceRef> list() {
            return numbers.entrySet().stream().map(e -> new SourceRef(e.getValue(), e.getKey().citation())).toList();
        }
    }
}
