package org.onus.web.view;

import java.util.List;
import java.util.Locale;

/**
 * A stacked bar chart drawn as inline SVG on the server: no script, nothing fetched. Horizontal bars
 * suit named rows (sectors, countries, routes), vertical columns a run of months. The SVG is an
 * image with a title and a description; the page puts the same numbers in a table beside it.
 * Every text is escaped here, so a template may insert the result unescaped.
 */
public final class BarChart {

    /** The colours of the stacked series, in order (GOV.UK palette: blue, green, red, grey). */
    static final List<String> COLOURS = List.of("#1d70b8", "#00703c", "#d4351c", "#505a5f");

    private static final int WIDTH = 720;
    // The text takes the page's font (the system font stack, see onus.css).
    private static final String FONT = "font-family=\"inherit\"";

    /**
     * One bar: its label and the value of each series, stacked in order.
     *
     * @param label what the axis shows; long labels are shortened, the full one is the bar's tooltip
     */
    public record Bar(String label, List<Long> values) {

        public Bar {
            values = List.copyOf(values);
        }

        long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    private final String id;
    private final boolean vertical;
    private final List<Bar> bars;

    private BarChart(String id, boolean vertical, List<Bar> bars) {
        this.id = id;
        this.vertical = vertical;
        this.bars = List.copyOf(bars);
    }

    /** Bars from left to right, one row per label: for sectors, countries, routes. */
    public static BarChart horizontal(String id, List<Bar> bars) {
        return new BarChart(id, false, bars);
    }

    /** Columns from the bottom up, labels along the bottom: for months. */
    public static BarChart vertical(String id, List<Bar> bars) {
        return new BarChart(id, true, bars);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    /**
     * @param title the chart's accessible name
     * @param desc what it shows, in a sentence
     * @param series the names of the stacked series, in order, for the legend
     */
    public String svg(String title, String desc, String... series) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(0));
        StringBuilder svg = new StringBuilder();
        int height = vertical ? 300 : 40 + 28 * Math.max(1, bars.size()) + 10;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"onus-chart\" id=\"")
                .append(esc(id))
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(esc(id))
                .append("-title ")
                .append(esc(id))
                .append("-desc\" ")
                .append(FONT)
                .append(" font-size=\"14\">");
        svg.append("<title id=\"")
                .append(esc(id))
                .append("-title\">")
                .append(esc(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(esc(id))
                .append("-desc\">")
                .append(esc(desc))
                .append("</desc>");
        legend(svg, series);
        if (vertical) {
            columns(svg, max, height);
        } else {
            rows(svg, max, series);
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, String... series) {
        int x = 0;
        for (int i = 0; i < series.length; i++) {
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"4\" width=\"14\" height=\"14\" fill=\"")
                    .append(colour(i))
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(x + 20)
                    .append("\" y=\"16\" fill=\"#0b0c0c\">")
                    .append(esc(series[i]))
                    .append("</text>");
            x += 40 + 8 * series[i].length();
        }
    }

    private void rows(StringBuilder svg, long max, String... series) {
        int labelWidth = 200;
        int area = WIDTH - labelWidth - 70;
        int y = 40;
        for (Bar bar : bars) {
            svg.append("<g><title>")
                    .append(esc(bar.label()))
                    .append(": ")
                    .append(esc(breakdown(bar, series)))
                    .append("</title>");
            svg.append("<text x=\"")
                    .append(labelWidth - 8)
                    .append("\" y=\"")
                    .append(y + 14)
                    .append("\" text-anchor=\"end\" fill=\"#0b0c0c\">")
                    .append(esc(shorten(bar.label(), 26)))
                    .append("</text>");
            double x = labelWidth;
            for (int i = 0; i < bar.values().size(); i++) {
                double w = area * (double) bar.values().get(i) / max;
                if (w > 0) {
                    svg.append("<rect x=\"")
                            .append(num(x))
                            .append("\" y=\"")
                            .append(y)
                            .append("\" width=\"")
                            .append(num(w))
                            .append("\" height=\"20\" fill=\"")
                            .append(colour(i))
                            .append("\"/>");
                }
                x += w;
            }
            svg.append("<text x=\"")
                    .append(num(x + 6))
                    .append("\" y=\"")
                    .append(y + 15)
                    .append("\" fill=\"#0b0c0c\">")
                    .append(bar.total())
                    .append("</text></g>");
            y += 28;
        }
    }

    private void columns(StringBuilder svg, long max, int height) {
        int left = 50;
        int top = 40;
        int bottom = height - 40;
        int plot = bottom - top;
        int area = WIDTH - left - 10;
        // Axis with 0, half and the maximum.
        for (long tick : new long[] {0, max / 2, max}) {
            double y = bottom - plot * (double) tick / max;
            svg.append("<line x1=\"")
                    .append(left)
                    .append("\" x2=\"")
                    .append(WIDTH - 10)
                    .append("\" y1=\"")
                    .append(num(y))
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            svg.append("<text x=\"")
                    .append(left - 6)
                    .append("\" y=\"")
                    .append(num(y + 5))
                    .append("\" text-anchor=\"end\" fill=\"#505a5f\">")
                    .append(tick)
                    .append("</text>");
        }
        int n = Math.max(1, bars.size());
        double slot = (double) area / n;
        double width = Math.max(2, Math.min(60, slot * 0.7));
        int labelEvery = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            double x = left + slot * b + (slot - width) / 2;
            double y = bottom;
            svg.append("<g><title>")
                    .append(esc(bar.label()))
                    .append(": ")
                    .append(bar.total())
                    .append("</title>");
            for (int i = 0; i < bar.values().size(); i++) {
                double h = plot * (double) bar.values().get(i) / max;
                if (h > 0) {
                    y -= h;
                    svg.append("<rect x=\"")
                            .append(num(x))
                            .append("\" y=\"")
                            .append(num(y))
                            .append("\" width=\"")
                            .append(num(width))
                            .append("\" height=\"")
                            .append(num(h))
                            .append("\" fill=\"")
                            .append(colour(i))
                            .append("\"/>");
                }
            }
            if (b % labelEvery == 0) {
                svg.append("<text x=\"")
                        .append(num(x + width / 2))
                        .append("\" y=\"")
                        .append(bottom + 20)
                        .append("\" text-anchor=\"middle\" fill=\"#0b0c0c\">")
                        .append(esc(bar.label()))
                        .append("</text>");
            }
            svg.append("</g>");
        }
    }

    private static String breakdown(Bar bar, String... series) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bar.values().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(i < series.length ? series[i] : "")
                    .append(' ')
                    .append(bar.values().get(i));
        }
        return out.toString();
    }

    private static String colour(int i) {
        return COLOURS.get(i % COLOURS.size());
    }

    private static String shorten(String label, int max) {
        return label.length() <= max ? label : label.substring(0, max - 1) + "…";
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
