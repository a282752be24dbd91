package org.onus.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stacked bar chart drawn as inline SVG on the server: no script, nothing fetched. Horizontal bars
 * suit named rows (sectors, countries, routes), vertical columns a run of months. The SVG is an
 * image with a title and a description; the page puts the same numbers in a table beside it.
 * Every text is escaped here, so a template may insert the result unescaped.
 *
 * <p>The server cannot measure text, so widths are estimated per character, generously (a Chinese
 * character takes a full em, Latin letters about half): the label area is sized from the longest
 * label, long labels wrap onto a second line and are then shortened, and every bar carries its full
 * label as a tooltip. Right-to-left pages get the chart mirrored: labels on the right, bars growing
 * leftwards, months running from right to left.
 */
public final class BarChart {

    /** The colours of the stacked series, in order (GOV.UK palette: blue, green, red, grey). */
    static final List<String> COLOURS = List.of("#1d70b8", "#00703c", "#d4351c", "#505a5f");

    // Narrower than the 720 px the chart may take on a wide screen, so that scaled down to a
    // 390 px phone its text stays about 9 px rather than 7.
    static final int WIDTH = 640;
    static final int FONT_SIZE = 15;
    /** No label takes more than this share of the width, however long it is. */
    static final int MAX_LABEL_WIDTH = WIDTH * 2 / 5;

    private static final int LINE_HEIGHT = 18;
    private static final int MAX_LINES = 2;
    private static final int GAP = 8;
    // The text takes the page's font (the system font stack, see onus.css). The drawing itself fixes
    // its direction: mirroring is done with coordinates, so an inherited rtl must not flip anchors.
    private static final String FONT = "font-family=\"inherit\" direction=\"ltr\"";

    /**
     * One bar: its label and the value of each series, stacked in order.
     *
     * @param label what the axis shows; long labels are wrapped or shortened, the full one is the bar's tooltip
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
    private final boolean rightToLeft;

    private BarChart(String id, boolean vertical, List<Bar> bars, boolean rightToLeft) {
        this.id = id;
        this.vertical = vertical;
        this.bars = List.copyOf(bars);
        this.rightToLeft = rightToLeft;
    }

    /** Bars from left to right, one row per label: for sectors, countries, routes. */
    public static BarChart horizontal(String id, List<Bar> bars) {
        return new BarChart(id, false, bars, false);
    }

    /** Columns from the bottom up, labels along the bottom: for months. */
    public static BarChart vertical(String id, List<Bar> bars) {
        return new BarChart(id, true, bars, false);
    }

    /** The same chart, mirrored when the page reads from right to left. */
    public BarChart rightToLeft(boolean mirrored) {
        return new BarChart(id, vertical, bars, mirrored);
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
        // A legend entry for a series no bar has would name a colour that is never drawn.
        int drawn = bars.isEmpty()
                ? series.length
                : Math.min(
                        series.length,
                        bars.stream().mapToInt(b -> b.values().size()).max().orElse(0));
        StringBuilder body = new StringBuilder();
        int top = legend(body, java.util.Arrays.asList(series).subList(0, drawn)) + 14;
        int height = vertical ? columns(body, max, top) : rows(body, max, top, series);
        StringBuilder svg = new StringBuilder();
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
                .append(" font-size=\"")
                .append(FONT_SIZE)
                .append("\">");
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
        return svg.append(body).append("</svg>").toString();
    }

    /** Legend entries flow from the start edge and wrap onto further lines; returns the height used. */
    private int legend(StringBuilder svg, List<String> series) {
        int x = 0;
        int y = 4;
        for (int i = 0; i < series.size(); i++) {
            String name = fit(series.get(i), WIDTH - 20);
            int width = 20 + (int) Math.ceil(textWidth(name)) + 18;
            if (x > 0 && x + width > WIDTH) {
                x = 0;
                y += 22;
            }
            rect(svg, x, y, 14, 14, colour(i));
            text(svg, x + 20, y + 12, "start", "#0b0c0c", esc(name));
            x += width;
        }
        return y + 18;
    }

    private int rows(StringBuilder svg, long max, int top, String... series) {
        List<List<String>> labels = new ArrayList<>();
        double longest = 0;
        for (Bar bar : bars) {
            List<String> lines = wrap(bar.label(), MAX_LABEL_WIDTH);
            labels.add(lines);
            for (String line : lines) {
                longest = Math.max(longest, textWidth(line));
            }
        }
        int labelWidth = (int) Math.ceil(Math.max(40, longest)) + GAP;
        int totalWidth = (int) Math.ceil(textWidth(Long.toString(max))) + GAP;
        int area = WIDTH - labelWidth - GAP - totalWidth;
        int y = top;
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            List<String> lines = labels.get(b);
            int pitch = Math.max(28, lines.size() * LINE_HEIGHT + 10);
            int barY = y + (pitch - 28) / 2;
            svg.append("<g><title>")
                    .append(esc(bar.label()))
                    .append(": ")
                    .append(esc(breakdown(bar, series)))
                    .append("</title>");
            int firstBaseline = y + pitch / 2 + 5 - (lines.size() - 1) * LINE_HEIGHT / 2;
            svg.append("<text x=\"")
                    .append(num(mirror(labelWidth - GAP)))
                    .append("\" y=\"")
                    .append(firstBaseline)
                    .append("\" text-anchor=\"")
                    .append(anchor("end"))
                    .append("\" fill=\"#0b0c0c\">");
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<tspan x=\"")
                        .append(num(mirror(labelWidth - GAP)))
                        .append("\" dy=\"")
                        .append(l == 0 ? 0 : LINE_HEIGHT)
                        .append("\">")
                        .append(esc(lines.get(l)))
                        .append("</tspan>");
            }
            svg.append("</text>");
            double x = labelWidth;
            for (int i = 0; i < bar.values().size(); i++) {
                double w = area * (double) bar.values().get(i) / max;
                if (w > 0) {
                    rect(svg, x, barY, w, 20, colour(i));
                }
                x += w;
            }
            text(svg, x + 6, barY + 15, "start", "#0b0c0c", Long.toString(bar.total()));
            svg.append("</g>");
            y += pitch;
        }
        return y + 10;
    }

    private int columns(StringBuilder svg, long max, int top) {
        int axisWidth = (int) Math.ceil(textWidth(Long.toString(max))) + 2 * GAP;
        int left = Math.max(50, axisWidth);
        int plot = 220;
        int bottom = top + plot;
        int area = WIDTH - left - 10;
        // Axis with 0, half and the maximum.
        for (long tick :
                java.util.stream.LongStream.of(0, max / 2, max).distinct().toArray()) {
            double y = bottom - plot * (double) tick / max;
            double x1 = mirror(left);
            double x2 = mirror(WIDTH - 10);
            svg.append("<line x1=\"")
                    .append(num(Math.min(x1, x2)))
                    .append("\" x2=\"")
                    .append(num(Math.max(x1, x2)))
                    .append("\" y1=\"")
                    .append(num(y))
                    .append("\" y2=\"")
                    .append(num(y))
                    .append("\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>");
            text(svg, left - 6, y + 5, "end", "#505a5f", Long.toString(tick));
        }
        int n = Math.max(1, bars.size());
        double slot = (double) area / n;
        double width = Math.max(2, Math.min(60, slot * 0.7));
        double widest =
                bars.stream().mapToDouble(b -> textWidth(b.label())).max().orElse(0);
        // Every label needs its own width and a gap; skip labels rather than let them overlap.
        int labelEvery = Math.max(1, (int) Math.ceil(Math.min(widest, MAX_LABEL_WIDTH) / Math.max(1, slot - 2)));
        labelEvery = Math.max(labelEvery, (int) Math.ceil(n / 12.0));
        double labelRoom = slot * labelEvery - 2;
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
                    rect(svg, x, y, width, h, colour(i));
                }
            }
            if (b % labelEvery == 0) {
                // Centred under its column, but never past the chart's edges.
                String label = fit(bar.label(), labelRoom);
                double half = textWidth(label) / 2;
                double centre = Math.max(half, Math.min(WIDTH - half, x + width / 2));
                text(svg, centre, bottom + 20, "middle", "#0b0c0c", esc(label));
            }
            svg.append("</g>");
        }
        return bottom + 34;
    }

    private void rect(StringBuilder svg, double x, double y, double w, double h, String fill) {
        svg.append("<rect x=\"")
                .append(num(rightToLeft ? WIDTH - x - w : x))
                .append("\" y=\"")
                .append(num(y))
                .append("\" width=\"")
                .append(num(w))
                .append("\" height=\"")
                .append(num(h))
                .append("\" fill=\"")
                .append(fill)
                .append("\"/>");
    }

    /** @param escaped text already escaped for XML */
    private void text(StringBuilder svg, double x, double y, String anchor, String fill, String escaped) {
        svg.append("<text x=\"")
                .append(num(mirror(x)))
                .append("\" y=\"")
                .append(num(y))
                .append("\" text-anchor=\"")
                .append(anchor(anchor))
                .append("\" fill=\"")
                .append(fill)
                .append("\">")
                .append(escaped)
                .append("</text>");
    }

    private double mirror(double x) {
        return rightToLeft ? WIDTH - x : x;
    }

    private String anchor(String anchor) {
        if (!rightToLeft) {
            return anchor;
        }
        return switch (anchor) {
            case "start" -> "end";
            case "end" -> "start";
            default -> anchor;
        };
    }

    /**
     * The label in at most two lines of at most {@code max} wide: broken at spaces, or between any two
     * characters of a script written without spaces (Chinese); what still does not fit ends in "…".
     */
    static List<String> wrap(String label, double max) {
        String text = label == null ? "" : label.strip();
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length() && lines.size() < MAX_LINES) {
            if (lines.size() == MAX_LINES - 1) {
                lines.add(fit(text.substring(start), max));
                break;
            }
            int end = breakBefore(text, start, max);
            lines.add(text.substring(start, end).strip());
            start = end;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Where the line from {@code start} must end: the last break opportunity that fits, or the last character that does. */
    private static int breakBefore(String text, int start, double max) {
        double width = 0;
        int lastBreak = -1;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            width += charWidth(c);
            if (width > max) {
                return lastBreak > start ? lastBreak : Math.max(i, start + 1);
            }
            if (c == ' ') {
                lastBreak = i;
            } else if (isWide(c)) {
                lastBreak = i + 1;
            }
        }
        return text.length();
    }

    /** The text, shortened with "…" until it fits in {@code max}. */
    static String fit(String text, double max) {
        String t = text == null ? "" : text.strip();
        if (textWidth(t) <= max) {
            return t;
        }
        double room = max - charWidth('…');
        StringBuilder out = new StringBuilder();
        double width = 0;
        for (int i = 0; i < t.length(); i++) {
            width += charWidth(t.charAt(i));
            if (width > room) {
                break;
            }
            out.append(t.charAt(i));
        }
        return out.toString().strip() + "…";
    }

    /** The estimated width of the text in the chart's font size, erring on the wide side. */
    static double textWidth(String text) {
        double width = 0;
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                width += charWidth(text.charAt(i));
            }
        }
        return width;
    }

    private static double charWidth(char c) {
        double em;
        if (isWide(c)) {
            em = 1.0;
        } else if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\uFB50' && c <= '\uFEFF') {
            em = 0.6;
        } else if (c >= '\u0400' && c <= '\u04FF') {
            em = Character.isUpperCase(c) ? 0.75 : 0.62;
        } else if ("iljtfr.,:;'!|()- ".indexOf(c) >= 0) {
            em = 0.34;
        } else if ("mwMW@%".indexOf(c) >= 0) {
            em = 0.92;
        } else if (Character.isDigit(c)) {
            // Digits are tabular, 0.556 em in the usual sans-serif faces.
            em = 0.57;
        } else if (Character.isUpperCase(c)) {
            em = 0.68;
        } else {
            em = 0.58;
        }
        return em * FONT_SIZE;
    }

    /** Characters set a full em wide: Chinese, Japanese and Korean scripts and full-width forms. */
    private static boolean isWide(char c) {
        return c >= '\u1100' && c <= '\u115F'
                || c >= '\u2E80' && c <= '\uA4CF'
                || c >= '\uAC00' && c <= '\uD7A3'
                || c >= '\uF900' && c <= '\uFAFF'
                || c >= '\uFE30' && c <= '\uFE4F'
                || c >= '\uFF00' && c <= '\uFF60'
                || c >= '\uFFE0' && c <= '\uFFE6';
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
