package io.github.hrindicators.cli.report;

import io.github.hrindicators.core.indicator.CoverageBands;
import io.github.hrindicators.core.indicator.ResultUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's charts as inline SVG: a trend of one indicator over the years (a series per variant, gaps where a
 * year has no value, the first interval as a vertical bar, targets as labelled dashed lines, coverage levels as
 * shaded bands, values below zero or above 100 % marked), and the HIV cascade of one year (bars with their values,
 * targets as labelled ticks). Legends are HTML beside the picture (see {@link Legend}), so they never crowd or cut
 * the chart. Everything is in a 480 × 320 view box scaled to the page's width (at most 640 pixels), so that its
 * text is 12 pixels high or more on a phone.
 */
final class Charts {
    /** Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies. */
    static final List<String> COLOURS = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000", "#F0E442");

    static final int WIDTH = 480;
    static final int HEIGHT = 320;
    private static final double LEFT = 70;
    private static final double RIGHT = 12;
    private static final double TOP = 14;
    private static final double BOTTOM = 44;
    private static final double FONT = 16;
    private static final double SMALL = 14;

    private Charts() {
    }

    /** One value of a series: year, value in the unit (fractions for shares), its first interval, hover text. */
    record Point(int year, double value, Optional<double[]> range, String title) {
    }

    /** A series: its legend label and points in year order. */
    record Series(String label, List<Point> points) {
    }

    /** A target line: its label and threshold in the unit. */
    record TargetLine(String label, double threshold) {
    }

    /** A legend entry: a colour and a kind of swatch (line, dashed, band, flag). */
    record Legend(String label, String colour, String kind) {
    }

    /** A drawn chart: the SVG markup and its legend. */
    record Drawn(String svg, List<Legend> legend) {
    }

    /**
     * A trend chart.
     *
     * @param id the element id
     * @param label the accessible label
     * @param unit the unit of the values
     * @param series the series, each drawn in its colour
     * @param targets the targets
     * @param bands the coverage levels, if the indicator has them
     * @param texts the language
     * @return the chart
     */
    static Drawn trend(String id, String label, ResultUnit unit, List<Series> series, List<TargetLine> targets,
            Optional<CoverageBands> bands, Texts texts) {
        int fromYear = series.stream().flatMap(s -> s.points().stream()).mapToInt(Point::year).min().orElseThrow();
        int toYear = series.stream().flatMap(s -> s.points().stream()).mapToInt(Point::year).max().orElseThrow();
        if (toYear == fromYear) {
            fromYear--;
            toYear++;
        }
        double scale = unit == ResultUnit.PROPORTION ? 100 : 1;
        double lo = 0;
        double hi = 0;
        for (Series s : series) {
            for (Point p : s.points()) {
                lo = Math.min(lo, Math.min(p.value(), p.range().map(r -> r[0]).orElse(p.value())));
                hi = Math.max(hi, Math.max(p.value(), p.range().map(r -> r[1]).orElse(p.value())));
            }
        }
        for (TargetLine t : targets) {
            hi = Math.max(hi, t.threshold());
        }
        double[] ticks = ticks(lo * scale, hi * scale);
        double yMin = ticks[0] / scale;
        double yMax = ticks[ticks.length - 1] / scale;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        final int from = fromYear;
        final int to = toYear;
        java.util.function.DoubleUnaryOperator x = yr -> LEFT + (yr - from + 0.5) / (to - from + 1) * plotW;
        java.util.function.DoubleUnaryOperator y = v -> TOP + (yMax - v) / (yMax - yMin) * plotH;

        Svg svg = new Svg(WIDTH, HEIGHT, id, label);
        List<Legend> legend = new ArrayList<>();
        // coverage levels as shaded bands, each labelled at its top left when it is tall enough
        bands.ifPresent(b -> {
            double[][] spans = {{yMin, b.lowerCut()}, {b.lowerCut(), b.upperCut()}, {b.upperCut(), yMax}};
            String[] names = {"low", "medium", "high"};
            String[] fills = {"#F6C9C2", "#FBE7A6", "#CDE8C9"};
            for (int i = 0; i < 3; i++) {
                double a = Math.max(spans[i][0], yMin);
                double c = Math.min(spans[i][1], yMax);
                if (c > a) {
                    svg.element("rect", texts.get("level." + names[i]), "x", LEFT, "y", y.applyAsDouble(c),
                            "width", plotW, "height", y.applyAsDouble(a) - y.applyAsDouble(c), "fill", fills[i],
                            "class", "band");
                    if (y.applyAsDouble(a) - y.applyAsDouble(c) > SMALL + 6) {
                        svg.text(LEFT + 6, y.applyAsDouble(c) + SMALL + 2, texts.get("level." + names[i]),
                                "band-label", "start");
                    }
                    legend.add(new Legend(texts.get("legend.level", texts.get("level." + names[i]),
                            range(i, b, unit, texts)), fills[i], "band"));
                }
            }
        });
        // horizontal grid and y labels
        for (double t : ticks) {
            double ty = y.applyAsDouble(t / scale);
            svg.element("line", "", "x1", LEFT, "x2", LEFT + plotW, "y1", ty, "y2", ty, "class", "grid");
            int decimals = ticks[1] - ticks[0] < 1 ? 1 : 0;
            svg.text(LEFT - 8, ty + FONT / 3, texts.decimal(t, decimals)
                    + (unit == ResultUnit.PROPORTION ? "\u00A0%" : ""), "tick", "end");
        }
        // x labels, every k-th year so that they never touch
        double perYear = plotW / (to - from + 1);
        int step = 1;
        while (step * perYear < 4 * FONT * 0.62 + 10) {
            step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
        }
        for (int yr = from; yr <= to; yr++) {
            if ((yr - from) % step == 0) {
                svg.text(x.applyAsDouble(yr), HEIGHT - BOTTOM + FONT + 10, Integer.toString(yr), "tick", "middle");
            }
        }
        svg.element("line", "", "x1", LEFT, "x2", LEFT + plotW, "y1", y.applyAsDouble(yMin), "y2",
                y.applyAsDouble(yMin), "class", "axis");
        if (yMin < 0) {
            svg.element("line", "", "x1", LEFT, "x2", LEFT + plotW, "y1", y.applyAsDouble(0), "y2",
                    y.applyAsDouble(0), "class", "zero");
        }
        // targets: one dashed line per threshold, labels of equal thresholds joined, labels kept apart
        Map<Double, List<String>> byThreshold = new LinkedHashMap<>();
        targets.forEach(t -> byThreshold.computeIfAbsent(t.threshold(), k -> new ArrayList<>()).add(t.label()));
        double lastLabelY = Double.MAX_VALUE;
        List<Map.Entry<Double, List<String>>> sorted = new ArrayList<>(byThreshold.entrySet());
        sorted.sort(Map.Entry.comparingByKey());
        for (Map.Entry<Double, List<String>> e : sorted) {
            double ty = y.applyAsDouble(e.getKey());
            String text = String.join("; ", e.getValue());
            svg.element("line", text, "x1", LEFT, "x2", LEFT + plotW, "y1", ty, "y2", ty, "class", "target");
            double labelY = Math.min(ty - 5, lastLabelY - SMALL - 3);
            // a label too long for the plot shows the threshold only; the legend has it whole
            String shown = text.length() * SMALL * 0.56 <= plotW - 12 ? text : texts.number(e.getKey(), unit);
            svg.text(LEFT + plotW - 4, labelY, shown, "target-label", "end");
            lastLabelY = labelY;
            legend.add(new Legend(texts.get("legend.target", text), "#333333", "dashed"));
        }
        // the series: error bars, line segments between consecutive years only, marks with their values
        boolean flagged = false;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            String colour = COLOURS.get(i % COLOURS.size());
            double dodge = (i - (series.size() - 1) / 2.0) * Math.min(6, perYear / (series.size() + 1));
            StringBuilder path = new StringBuilder();
            Point previous = null;
            for (Point p : s.points()) {
                double px = x.applyAsDouble(p.year()) + dodge;
                double py = y.applyAsDouble(p.value());
                path.append(previous != null && p.year() == previous.year() + 1 ? " L" : " M").append(Svg.num(px))
                        .append(' ').append(Svg.num(py));
                previous = p;
            }
            svg.element("path", "", "d", path.toString().strip(), "stroke", colour, "class", "series");
            for (Point p : s.points()) {
                double px = x.applyAsDouble(p.year()) + dodge;
                p.range().ifPresent(r -> svg.element("line", p.title(), "x1", px, "x2", px, "y1",
                        y.applyAsDouble(r[0]), "y2", y.applyAsDouble(r[1]), "stroke", colour, "class", "range"));
            }
            for (Point p : s.points()) {
                double px = x.applyAsDouble(p.year()) + dodge;
                double py = y.applyAsDouble(p.value());
                boolean out = p.value() < 0 || unit == ResultUnit.PROPORTION && p.value() > 1;
                flagged |= out;
                if (out) {
                    svg.element("path", p.title(), "d", "M" + Svg.num(px) + " " + Svg.num(py - 7) + " L"
                            + Svg.num(px + 7) + " " + Svg.num(py + 5) + " L" + Svg.num(px - 7) + " "
                            + Svg.num(py + 5) + " Z", "stroke", colour, "class", "mark flagged");
                } else {
                    svg.element("circle", p.title(), "cx", px, "cy", py, "r", 4.5, "fill", colour, "class", "mark");
                }
            }
            legend.add(i, new Legend(s.label(), colour, "line"));
        }
        if (flagged) {
            legend.add(new Legend(texts.get(unit == ResultUnit.PROPORTION ? "legend.flagged.share"
                    : "legend.flagged.negative"), "#333333", "flag"));
        }
        return new Drawn(svg.close(), legend);
    }

    /**
     * The cascade of one year: a bar per step with its value, the step's target as a labelled tick.
     *
     * @param id the element id
     * @param label the accessible label
     * @param steps the steps' names
     * @param values the steps' values, fractions
     * @param targets each step's target, fractions, or empty
     * @param texts the language
     * @return the chart
     */
    static Drawn cascade(String id, String label, List<String> steps, List<Double> values,
            List<Optional<Double>> targets, Texts texts) {
        // a step's name wraps onto as many lines as it needs at about 0.6 em a letter; every row makes room for the
        // longest
        List<List<String>> names = steps.stream().map(n -> wrap(n, (int) ((WIDTH - 40) / (FONT * 0.6)))).toList();
        int lines = names.stream().mapToInt(List::size).max().orElse(1);
        double extra = (lines - 1) * (FONT + 4);
        double rowH = 100 + extra;
        int height = (int) (TOP + rowH * steps.size() + BOTTOM - 10);
        double left = 20;
        double plotW = WIDTH - left - 90;
        double max = Math.max(1, values.stream().mapToDouble(Double::doubleValue).max().orElse(1));
        java.util.function.DoubleUnaryOperator x = v -> left + v / max * plotW;
        Svg svg = new Svg(WIDTH, height, id, label);
        for (int i = 0; i < steps.size(); i++) {
            List<String> name = names.get(i);
            for (int l = 0; l < name.size(); l++) {
                svg.text(left, TOP + i * rowH + FONT + l * (FONT + 4), name.get(l), "step-label", "start");
            }
            double top = TOP + i * rowH + extra;
            String value = texts.percent(values.get(i));
            svg.element("rect", steps.get(i) + ": " + value, "x", left, "y", top + 26, "width",
                    Math.max(1, x.applyAsDouble(values.get(i)) - left), "height", 30, "fill", COLOURS.get(0),
                    "class", "bar");
            svg.text(x.applyAsDouble(values.get(i)) + 6, top + 47, value, "bar-value", "start");
            final int row = i;
            targets.get(i).ifPresent(t -> {
                double tx = x.applyAsDouble(t);
                String text = texts.get("cascade.target", texts.percent(t));
                svg.element("line", text, "x1", tx, "x2", tx, "y1", top + 20, "y2", top + 62, "class", "target");
                svg.text(Math.min(tx, WIDTH - 8), top + 80, text, "target-label",
                        tx > WIDTH - 120 ? "end" : "middle");
            });
            if (row == steps.size() - 1) {
                svg.element("line", "", "x1", left, "x2", left, "y1", TOP + extra + 20, "y2", top + 62, "class", "axis");
            }
        }
        List<Legend> legend = List.of(new Legend(texts.get("legend.cascade.bar"), COLOURS.get(0), "band"),
                new Legend(texts.get("legend.cascade.target"), "#333333", "dashed"));
        return new Drawn(svg.close(), legend);
    }

    /** Words on lines of at most {@code width} characters (a longer word has a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String range(int band, CoverageBands b, ResultUnit unit, Texts texts) {
        String low = texts.number(b.lowerCut(), unit) + (b.lowerCutConfirmed() ? "" : "*");
        String up = texts.number(b.upperCut(), unit) + (b.upperCutConfirmed() ? "" : "*");
        return band == 0 ? "< " + low : band == 1 ? low + "–" + up : "> " + up;
    }

    /** Round tick values from below lo to above hi: 4 to 7 steps of 1, 2 or 5 times a power of ten. */
    static double[] ticks(double lo, double hi) {
        if (hi <= lo) {
            hi = lo + 1;
        }
        double raw = (hi - lo) / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / power <= 1 ? power : raw / power <= 2 ? 2 * power : raw / power <= 5 ? 5 * power
                : 10 * power;
        double start = Math.floor(lo / step) * step;
        double end = Math.ceil(hi * 1.08 / step) * step;
        int n = (int) Math.round((end - start) / step);
        double[] t = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            t[i] = start + i * step;
        }
        return t;
    }
}
