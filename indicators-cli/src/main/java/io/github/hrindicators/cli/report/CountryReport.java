package io.github.hrindicators.cli.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.hrindicators.core.Area;
import io.github.hrindicators.core.Dataset;
import io.github.hrindicators.core.Measure;
import io.github.hrindicators.core.Observation;
import io.github.hrindicators.core.Source;
import io.github.hrindicators.core.indicator.Catalogue;
import io.github.hrindicators.core.indicator.EvaluationSettings;
import io.github.hrindicators.core.indicator.Indicator;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.IndicatorResult;
import io.github.hrindicators.core.indicator.InputUsed;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.StandardIndicators;
import io.github.hrindicators.core.indicator.Target;
import io.github.hrindicators.core.reconcile.Comparison;
import io.github.hrindicators.core.reconcile.Reconciliation;
import io.github.hrindicators.core.reconcile.ReportedValue;
import io.github.hrindicators.io.CsvResultWriter;
import io.github.hrindicators.io.JsonResultWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The country (or area) brief for any dataset: a summary of each indicator's latest value, SVG charts of every
 * indicator computed in two years or more and of the HIV cascade, the reconciliation with reported values when they
 * are given, every result with its intervals, gaps, inputs (footnoted to their sources) and warnings, what could not
 * be computed and why, the definitions used, and the sources, as links where they have an address. Written as a
 * folder: {@code index.html} (self-contained, no script), {@code results.csv} and {@code results.json}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryReport {
    private static final String TEMPLATE = "io/github/hrindicators/cli/report/report.mustache";
    private static final Pattern URL = Pattern.compile("https?://[^\\s,;)\"]+[^\\s,;).\"]");
    private static final List<Indicator> CASCADE = List.of(StandardIndicators.FIRST_95_PLHIV,
            StandardIndicators.ART_COVERAGE, StandardIndicators.VIRAL_SUPPRESSION);

    private final Dataset data;
    private final Area area;
    private final int fromYear;
    private final int toYear;
    private final String datasetName;
    private final List<ReportedValue> reported;
    private final Texts texts;

    private CountryReport(Dataset data, Area area, int fromYear, int toYear, String datasetName,
            List<ReportedValue> reported, Texts texts) {
        this.data = data;
        this.area = area;
        this.fromYear = fromYear;
        this.toYear = toYear;
        this.datasetName = datasetName;
        this.reported = reported;
        this.texts = texts;
    }

    /**
     * A report of one area over a span of years.
     *
     * @param data the figures
     * @param area the area
     * @param fromYear the first year
     * @param toYear the last year, {@code >= fromYear}
     * @param datasetName what the figures are, for the page (a file name)
     * @param reported values reported elsewhere to compare with (empty: no reconciliation section)
     * @param language the language of the page
     * @return the report
     * @throws IllegalArgumentException if {@code toYear < fromYear}
     * @throws NullPointerException if an argument is null
     */
    public static CountryReport of(Dataset data, Area area, int fromYear, int toYear, String datasetName,
            List<ReportedValue> reported, Language language) {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("The last year " + toYear + " is before the first " + fromYear);
        }
        return new CountryReport(Objects.requireNonNull(data, "data"), Objects.requireNonNull(area, "area"),
                fromYear, toYear, Objects.requireNonNull(datasetName, "datasetName"), List.copyOf(reported),
                Texts.of(language));
    }

    /**
     * Every result of the report: each year in order, each indicator of {@link Catalogue#standard()} in the years
     * with a figure for any of its inputs, with the default settings.
     *
     * @return the results
     */
    public List<IndicatorResult> results() {
        return Catalogue.standard().evaluateSeries(data, area, fromYear, toYear, EvaluationSettings.defaults())
                .values().stream().flatMap(List::stream).toList();
    }

    /**
     * Writes {@code index.html}, {@code results.csv} and {@code results.json} into a folder, creating it.
     *
     * @param dir the folder
     * @return the path of {@code index.html}
     * @throws UncheckedIOException if a file cannot be written
     */
    public Path write(Path dir) {
        List<IndicatorResult> results = results();
        try {
            Files.createDirectories(dir);
            CsvResultWriter.write(results, dir.resolve("results.csv"));
            JsonResultWriter.write(results, dir.resolve("results.json"));
            Path index = dir.resolve("index.html");
            Files.writeString(index, html(results), StandardCharsets.UTF_8);
            return index;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page for these results.
     *
     * @param results the results, as {@link #results()} gives them
     * @return the HTML
     */
    public String html(List<IndicatorResult> results) {
        Mustache template = new DefaultMustacheFactory().compile(TEMPLATE);
        Writer out = new StringWriter();
        template.execute(out, page(results));
        return out.toString();
    }

    Page page(List<IndicatorResult> results) {
        Footnotes notes = new Footnotes();
        List<Page.Section> sections = new ArrayList<>();
        List<Page.SummaryRow> summary = new ArrayList<>();
        List<Page.Chart> charts = new ArrayList<>();
        cascade(results).ifPresent(charts::add);
        for (Indicator indicator : Catalogue.standard().indicators()) {
            IndicatorDefinition def = indicator.definition();
            List<IndicatorResult> mine = results.stream().filter(r -> r.definition().id().equals(def.id())).toList();
            if (mine.isEmpty()) {
                continue;
            }
            List<IndicatorResult> computed = mine.stream().filter(CountryReport::computed).toList();
            List<Page.Row> rows = computed.stream().map(r -> row(r, notes)).toList();
            List<Page.NotComputableRow> nc = mine.stream().filter(r -> !computed(r))
                    .map(r -> new Page.NotComputableRow(r.period().startYear(), variant(r), subgroup(r),
                            reason(r)))
                    .toList();
            sections.add(new Page.Section(def.id(), texts.name(def), def.id() + " v" + def.version(),
                    texts.numerator(def) + " / " + texts.denominator(def), rows, !rows.isEmpty(), nc, !nc.isEmpty(),
                    texts.get("results.notComputable", nc.size())));
            computed.stream().filter(r -> r.subgroup().isTotal())
                    .max((a, b) -> Integer.compare(a.period().startYear(), b.period().startYear()))
                    .ifPresent(latest -> summary.add(summaryRow(latest)));
            trend(def, computed).ifPresent(charts::add);
        }
        List<Comparison> comparisons = Reconciliation.compare(reported, results);
        List<Page.ReconciliationRow> reconciliation = comparisons.stream().map(c -> reconciliationRow(c, notes))
                .toList();
        List<Page.DefinitionRow> definitions = Catalogue.standard().indicators().stream().map(Indicator::definition)
                .filter(d -> results.stream().anyMatch(r -> r.definition().id().equals(d.id())))
                .map(d -> new Page.DefinitionRow(d.id(), d.version(), texts.name(d), texts.numerator(d), texts.denominator(d),
                        String.join("; ", d.sources())))
                .toList();
        long computedCount = results.stream().filter(CountryReport::computed).count();
        String title = texts.get("page.title", area.name(), span());
        String lede = texts.get("page.lede", datasetName, data.observations().size(), computedCount,
                results.size() - computedCount);
        return new Page(texts.language().code(), labels(), title, lede, summary, charts, !reconciliation.isEmpty(),
                reconciliation, sections, definitions, notes.list());
    }

    private String span() {
        return fromYear == toYear ? Integer.toString(fromYear) : fromYear + "–" + toYear;
    }

    /** Every label of the bundle, keyed with underscores for the template ({@code page.summary} → page_summary). */
    private Map<String, String> labels() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : texts.keys()) {
            m.put(key.replace('.', '_'), texts.get(key));
        }
        return Collections.unmodifiableMap(m);
    }

    private String reason(IndicatorResult r) {
        return texts.phrase(r.reason().orElseThrow().phrase());
    }

    private static boolean computed(IndicatorResult r) {
        return r.status() == IndicatorResult.Status.COMPUTED;
    }

    private String subgroup(IndicatorResult r) {
        return texts.subgroup(r.subgroup());
    }

    /** The variant for people: its label, and the values and years of the alternatives it used (no codes). */
    private String variant(IndicatorResult r) {
        String label = texts.variant(r.definition(), r.variant());
        if (r.alternatives().isEmpty()) {
            return label;
        }
        return label + " — " + r.alternatives().stream().map(this::alternative).collect(Collectors.joining(", "));
    }

    private String alternative(Observation o) {
        return texts.value(o.value(), o.measure().isPopulationEstimate() ? ResultUnit.PEOPLE : Texts.unitOf(o.measure()))
                + " (" + o.period() + ")";
    }

    private Page.SummaryRow summaryRow(IndicatorResult r) {
        ResultUnit unit = r.definition().unit();
        return new Page.SummaryRow(texts.name(r.definition()), "ind-" + r.definition().id(), r.period().startYear(),
                variant(r), texts.value(r.value().orElseThrow(), unit), level(r),
                r.gaps().stream().map(g -> texts.gap(r.definition(), g, unit)).toList());
    }

    private String level(IndicatorResult r) {
        return r.level().map(l -> texts.get("level." + l.name().toLowerCase(java.util.Locale.ROOT))
                + (r.definition().bands().orElseThrow().isConfirmed() ? "" : "*")).orElse("—");
    }

    private Page.Row row(IndicatorResult r, Footnotes notes) {
        ResultUnit unit = r.definition().unit();
        List<Page.Input> inputs = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (InputUsed in : r.inputs()) {
            List<Integer> refs = in.sources().stream().map(notes::number).toList();
            refs.stream().filter(n -> !all.contains(n)).forEach(all::add);
            inputs.add(new Page.Input(texts.input(in) + " = " + texts.value(in.value(), Texts.unitOf(in.measure())) + " ("
                    + in.period() + ")" + in.derivation().map(d -> ", " + d).orElse(""), refs));
        }
        return new Page.Row(r.definition().id(), r.variant().code(), r.period().startYear(), variant(r), subgroup(r),
                texts.value(r.value().orElseThrow(), unit), all,
                r.intervals().stream().map(i -> texts.interval(i, unit)).toList(), level(r),
                r.gaps().stream().map(g -> texts.gap(r.definition(), g, unit)).toList(), inputs,
                r.warnings().stream().map(w -> texts.phrase(w.phrase())).toList());
    }

    private Page.ReconciliationRow reconciliationRow(Comparison c, Footnotes notes) {
        ReportedValue rv = c.reported();
        Optional<IndicatorDefinition> def = Catalogue.standard().indicators().stream().map(Indicator::definition)
                .filter(d -> d.id().equals(rv.indicatorId())).findFirst();
        ResultUnit unit = def.map(IndicatorDefinition::unit).orElse(ResultUnit.PEOPLE);
        String difference = c.difference().isPresent()
                ? (c.difference().getAsDouble() >= 0 ? "+" : "") + (unit == ResultUnit.PROPORTION
                        ? texts.get("difference.points", texts.decimal(c.difference().getAsDouble(), 2))
                        : texts.number(c.difference().getAsDouble(), unit))
                : "—";
        return new Page.ReconciliationRow(def.map(texts::name).orElse(rv.indicatorId()), rv.year(),
                texts.value(rv.value(), unit),
                c.computed().map(r -> texts.value(r.value().orElseThrow(), unit))
                        .orElse(texts.get("reconciliation.notComputed")),
                c.computed().map(this::variant).orElse("—"), difference,
                c.computed().isEmpty() ? "—" : texts.get(c.beyondRounding() ? "word.yes" : "word.no"),
                c.reportedLevel().map(l -> texts.get("level." + l.name().toLowerCase(java.util.Locale.ROOT)))
                        .orElse("—"),
                def.map(d -> c.reportedGaps().stream().map(g -> texts.gap(d, g, unit)).toList()).orElse(List.of()),
                c.explanation().map(texts::phrase).orElse("—"),
                List.of(notes.number(rv.source())));
    }

    // ---- charts -------------------------------------------------------------------------------------------------

    private Optional<Page.Chart> trend(IndicatorDefinition def, List<IndicatorResult> computed) {
        // a series per variant and alternatives, by their typed identity; the label is only shown
        Map<List<Object>, List<IndicatorResult>> bySeries = new LinkedHashMap<>();
        computed.stream().filter(r -> r.subgroup().isTotal()).forEach(r -> bySeries.computeIfAbsent(
                List.of(r.variant(), r.alternatives()), k -> new ArrayList<>()).add(r));
        long years = computed.stream().filter(r -> r.subgroup().isTotal()).map(r -> r.period().startYear())
                .distinct().count();
        if (years < 2 || def.unit() == ResultUnit.YES_NO) {
            return Optional.empty();
        }
        ResultUnit unit = def.unit();
        List<Charts.Series> series = new ArrayList<>();
        for (List<IndicatorResult> inSeries : bySeries.values()) {
            String label = variant(inSeries.get(0));
            Map<Integer, Charts.Point> byYear = new LinkedHashMap<>();
            for (IndicatorResult r : inSeries) {
                int year = r.period().startYear();
                String value = texts.value(r.value().orElseThrow(), unit);
                String title = texts.name(def) + ", " + year + ", " + label + ": " + value
                        + r.interval().map(i -> "; " + texts.interval(i, unit)).orElse("");
                byYear.putIfAbsent(year, new Charts.Point(year, r.number().orElseThrow(),
                        r.interval().map(i -> new double[] {i.lower(), i.upper()}), title));
            }
            List<Charts.Point> points = new ArrayList<>(byYear.values());
            points.sort((a, b) -> Integer.compare(a.year(), b.year()));
            series.add(new Charts.Series(label, points));
        }
        List<Charts.TargetLine> targets = def.targets().stream()
                .map(t -> new Charts.TargetLine(texts.target(def, t), t.threshold())).toList();
        String id = "chart-" + def.id();
        Charts.Drawn drawn = Charts.trend(id + "-svg", texts.name(def), unit, series, targets, def.bands(), texts);
        return Optional.of(new Page.Chart(id, texts.name(def), texts.get("chart.trend.caption"), drawn.svg(),
                drawn.legend()));
    }

    private Optional<Page.Chart> cascade(List<IndicatorResult> results) {
        // the latest year with the most steps, the first step among them
        Map<Integer, Long> steps0 = results.stream().filter(r -> computed(r) && r.subgroup().isTotal()
                && CASCADE.stream().anyMatch(c -> c.definition().id().equals(r.definition().id())))
                .collect(Collectors.groupingBy(r -> r.period().startYear(), java.util.TreeMap::new,
                        Collectors.mapping(r -> r.definition().id(), Collectors.collectingAndThen(
                                Collectors.toSet(), set -> set.contains(CASCADE.get(0).definition().id())
                                        ? (long) set.size() : 0L))));
        Optional<Integer> year = steps0.entrySet().stream().filter(e -> e.getValue() > 0)
                .max(java.util.Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
        if (year.isEmpty()) {
            return Optional.empty();
        }
        List<String> steps = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Optional<Double>> targets = new ArrayList<>();
        for (Indicator step : CASCADE) {
            IndicatorDefinition def = step.definition();
            results.stream().filter(r -> computed(r) && r.subgroup().isTotal() && r.period().startYear() == year.get()
                    && r.definition().id().equals(def.id()))
                    .sorted((a, b) -> Boolean.compare(!plhivDenominator(a), !plhivDenominator(b))).findFirst()
                    .ifPresent(r -> {
                        steps.add(texts.name(def));
                        values.add(r.number().orElseThrow());
                        targets.add(def.targets().stream().map(Target::threshold).max(Double::compare));
                    });
        }
        String title = texts.get("chart.cascade.title", year.get().toString());
        Charts.Drawn drawn = Charts.cascade("chart-cascade-svg", title, steps, values, targets, texts);
        return Optional.of(new Page.Chart("chart-cascade", title, texts.get("chart.cascade.caption"), drawn.svg(),
                drawn.legend()));
    }

    private static boolean plhivDenominator(IndicatorResult r) {
        return r.variant().denominator().equals(Optional.of(Measure.PLHIV_ESTIMATE));
    }

    /** Numbers sources in order of first use. */
    private static final class Footnotes {
        private final Map<Source, Integer> numbers = new LinkedHashMap<>();

        int number(Source s) {
            return numbers.computeIfAbsent(s, k -> numbers.size() + 1);
        }

        List<Page.SourceRow> list() {
            return numbers.entrySet().stream().map(e -> source(e.getValue(), e.getKey().citation())).toList();
        }

        private static Page.SourceRow source(int number, String citation) {
            Matcher m = URL.matcher(citation);
            if (!m.find()) {
                return new Page.SourceRow(number, citation, "", false, "");
            }
            return new Page.SourceRow(number, citation.substring(0, m.start()), m.group(), true,
                    citation.substring(m.end()));
        }
    }
}
