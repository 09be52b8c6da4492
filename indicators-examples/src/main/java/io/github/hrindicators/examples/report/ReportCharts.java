package io.github.hrindicators.examples.report;

import io.github.hrindicators.core.indicator.CoverageBands;
import io.github.hrindicators.core.indicator.IndicatorDefinition;
import io.github.hrindicators.core.indicator.ResultUnit;
import io.github.hrindicators.core.indicator.Target;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's charts, drawn with XChart and encoded as PNG {@code data:} URIs so that the report is one
 * self-contained file. Needs no display: callers run with {@code java.awt.headless=true}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ReportCharts {
    static final int WIDTH = 980;
    static final int HEIGHT = 360;

    private static final Color LOW_BAND = new Color(250, 219, 216);
    private static final Color MEDIUM_BAND = new Color(253, 240, 205);
    private static final Color[] TARGET_COLOURS = {new Color(30, 110, 60), new Color(120, 60, 150),
        new Color(0, 120, 160)};
    private static final Color[] LINE_COLOURS = {new Color(31, 119, 180), new Color(214, 39, 40),
        new Color(44, 160, 44), new Color(148, 103, 189), new Color(255, 127, 14), new Color(140, 86, 75),
        new Color(227, 119, 194), new Color(23, 190, 207), new Color(127, 127, 127), new Color(188, 189, 34)};

    private ReportCharts() {
    }

    /** One line of points: years and values in the indicator's unit (fractions for shares). */
    record Line(String name, List<Integer> years, List<Double> values, boolean pointsOnly) {
        Line {
            Objects.requireNonNull(name, "name");
            years = List.copyOf(years);
            values = List.copyOf(values);
            if (years.size() != values.size() || years.isEmpty()) {
                throw new IllegalArgumentException("Line needs as many values as years, at least one: " + name);
            }
        }
    }

    /** A vertical range at a year, in the indicator's unit. */
    record RangeBar(int year, double low, double high) {
    }

    /**
     * A trend chart: the lines and range bars and, with {@code references}, the definition's coverage bands shaded
     * (low and medium; high is unshaded) and its targets as dashed lines.
     */
    static XYChart trend(String title, IndicatorDefinition definition, int fromYear, int toYear, List<Line> lines,
            List<RangeBar> ranges, boolean references) {
        double scale = definition.unit() == ResultUnit.PROPORTION ? 100 : 1;
        int legendEntries = lines.size() + (ranges.isEmpty() ? 0 : 1)
                + (references ? definition.targets().size() + (definition.bands().isPresent() ? 2 : 0) : 0);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT + 17 * legendEntries).title(title)
                .xAxisTitle("Year").yAxisTitle(yTitle(definition)).build();
        style(chart.getStyler());
        chart.getStyler().setXAxisMin((double) fromYear - 0.5);
        chart.getStyler().setXAxisMax((double) toYear + 0.5);
        chart.getStyler().setXAxisDecimalPattern("0");
        double yMax = 0;
        for (Line l : lines) {
            for (double v : l.values()) {
                yMax = Math.max(yMax, v * scale);
            }
        }
        for (RangeBar r : ranges) {
            yMax = Math.max(yMax, r.high() * scale);
        }
        double[] span = {fromYear - 0.5, toYear + 0.5};
        if (references && definition.bands().isPresent()) {
            CoverageBands b = definition.bands().get();
            yMax = Math.max(yMax, b.upperCut() * scale * 1.1);
            area(chart, "medium level (" + number(b.lowerCut() * scale) + "–" + number(b.upperCut() * scale) + ")",
                    span, b.upperCut() * scale, MEDIUM_BAND);
            area(chart, "low level (below " + number(b.lowerCut() * scale) + ")", span, b.lowerCut() * scale,
                    LOW_BAND);
        }
        int t = 0;
        for (Target target : references ? definition.targets() : List.<Target>of()) {
            double y = target.threshold() * scale;
            yMax = Math.max(yMax, y * 1.05);
            XYSeries s = chart.addSeries("target " + target.label(), span, new double[] {y, y});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(TARGET_COLOURS[t++ % TARGET_COLOURS.length]);
            s.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {7f, 5f}, 0f));
        }
        int c = 0;
        for (Line l : lines) {
            double[] x = l.years().stream().mapToDouble(Integer::doubleValue).toArray();
            double[] y = l.values().stream().mapToDouble(v -> v * scale).toArray();
            XYSeries s = chart.addSeries(l.name(), x, y);
            s.setXYSeriesRenderStyle(l.pointsOnly() ? XYSeries.XYSeriesRenderStyle.Scatter
                    : XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(l.pointsOnly() ? SeriesMarkers.DIAMOND : SeriesMarkers.CIRCLE);
            Color colour = LINE_COLOURS[c++ % LINE_COLOURS.length];
            s.setLineColor(colour);
            s.setMarkerColor(colour);
            s.setLineWidth(2.2f);
        }
        int r = 0;
        for (RangeBar bar : ranges) {
            XYSeries s = chart.addSeries(r == 0 ? "range of the estimate" : "range " + r,
                    new double[] {bar.year(), bar.year()}, new double[] {bar.low() * scale, bar.high() * scale});
            s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            s.setMarker(SeriesMarkers.DIAMOND);
            s.setLineColor(Color.DARK_GRAY);
            s.setMarkerColor(Color.DARK_GRAY);
            s.setShowInLegend(r == 0);
            r++;
        }
        double yMin = 0;
        for (RangeBar bar : ranges) {
            yMin = Math.min(yMin, bar.low() * scale * 1.1);
        }
        for (Line l : lines) {
            for (double v : l.values()) {
                yMin = Math.min(yMin, v * scale * 1.1);
            }
        }
        chart.getStyler().setYAxisMin(yMin);
        chart.getStyler().setYAxisMax(Math.max(1, yMax * 1.08));
        return chart;
    }

    /** A bar chart of a cascade: one bar per step (in percent of estimated PLHIV) and each step's target. */
    static CategoryChart cascade(String title, List<String> steps, List<Double> fractions, List<Double> targets) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT + 34).title(title)
                .yAxisTitle("% of estimated people living with HIV").build();
        style(chart.getStyler());
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(110.0);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.getStyler().setLabelsPosition(0.5);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(Color.BLACK);
        chart.getStyler().setYAxisDecimalPattern("0");
        List<Double> targetPercents = targets.stream().map(v -> v * 100).toList();
        CategorySeries goal = chart.addSeries("UNAIDS 2025 target (share of all PLHIV)", steps, targetPercents);
        goal.setFillColor(new Color(225, 235, 225));
        List<Double> percents = fractions.stream().map(v -> v * 100).toList();
        CategorySeries s = chart.addSeries("Kyrgyzstan", steps, percents);
        s.setFillColor(LINE_COLOURS[0]);
        return chart;
    }

    /**
     * A chart as a PNG {@code data:} URI.
     *
     * @throws UncheckedIOException if encoding fails
     */
    static String dataUri(Chart<?, ?> chart) {
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void area(XYChart chart, String name, double[] span, double top, Color colour) {
        XYSeries s = chart.addSeries(name, span, new double[] {top, top});
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(colour);
        s.setLineColor(colour);
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setChartTitleBoxVisible(false);
        styler.setAntiAlias(true);
        styler.setChartPadding(12);
    }

    private static String yTitle(IndicatorDefinition definition) {
        switch (definition.unit()) {
            case PROPORTION:
                return "%";
            case PER_PERSON_PER_YEAR:
                return "per PWID per year";
            case PER_SITE:
                return "people per site";
            default:
                return "people";
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
