package io.github.hrindicators.cli.report;

import java.util.Locale;

/**
 * A small writer of SVG markup: elements with attributes, text escaped, coordinates with one decimal. The report
 * draws its charts with it rather than with a chart library: the Java chart libraries that write SVG draw text as
 * glyph outlines or lay legends out inside the picture (XChart through VectorGraphics2D mangled and cut them), and
 * JFreeSVG is GPL-licensed; a chart here is a few dozen lines, text stays text and every mark gets a {@code <title>}.
 */
final class Svg {
    private final StringBuilder out = new StringBuilder();

    /** Opens an {@code <svg>} that scales to its container's width. */
    Svg(int width, int height, String id, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(escape(id))
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(label)).append("\">");
    }

    /** Appends raw markup built by this class's callers from escaped parts. */
    Svg raw(String markup) {
        out.append(markup);
        return this;
    }

    /** A self-closing element with attributes given as name, value pairs, and an optional hover title. */
    Svg element(String name, String title, Object... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(value(attributes[i + 1])).append('"');
        }
        if (title.isEmpty()) {
            out.append("/>");
        } else {
            out.append("><title>").append(escape(title)).append("</title></").append(name).append('>');
        }
        return this;
    }

    /** A text element. */
    Svg text(double x, double y, String text, String cssClass, String anchor) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" class=\"")
                .append(cssClass).append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text))
                .append("</text>");
        return this;
    }

    String close() {
        return out.append("</svg>").toString();
    }

    private static String value(Object v) {
        return v instanceof Double d ? num(d) : escape(String.valueOf(v));
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
