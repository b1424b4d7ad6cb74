package org.guildhall.reporting.ui;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stacked bar chart drawn as SVG on the server (Vaadin Charts is commercial): one bar per label, its highlighted
 * part (at risk, say) drawn darker at the bottom. The chart is an image with a title and a description that says
 * every value in words, for screen readers; the bars carry their numbers as text too.
 */
final class BarChart {

    private static final int WIDTH = 480;
    private static final int HEIGHT = 200;
    private static final int AXIS = 24;
    private static final int TOP = 20;

    /** @param highlighted the part of {@code total} drawn darker, at most {@code total} */
    record Bar(String label, long total, long highlighted) {

        Bar {
            if (highlighted < 0 || highlighted > total) {
                throw new IllegalArgumentException("The highlighted part must lie within the bar: " + this);
            }
        }
    }

    private BarChart() {
    }

    /**
     * @param id the chart's id, from which its title and description take theirs
     * @param description every value in words, e.g. "December 2026: 4 expiring, 1 at risk; ..."
     */
    static String svg(String id, String title, String description, List<Bar> bars) {
        long highest = Math.max(1, bars.stream().mapToLong(Bar::total).max().orElse(1));
        int slot = WIDTH / Math.max(1, bars.size());
        int barWidth = slot * 3 / 5;
        double scale = (HEIGHT - AXIS - TOP) / (double) highest;
        var svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" class=\"gh-chart\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escaped(title)).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escaped(description)).append("</desc>");
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int x = i * slot + (slot - barWidth) / 2;
            int baseline = HEIGHT - AXIS;
            long totalHeight = Math.round(bar.total() * scale);
            long highlightedHeight = Math.round(bar.highlighted() * scale);
            svg.append(rect("gh-chart-bar", x, baseline - totalHeight, barWidth, totalHeight - highlightedHeight))
                    .append(rect("gh-chart-bar-highlighted", x, baseline - highlightedHeight, barWidth,
                            highlightedHeight))
                    .append(text(x + barWidth / 2, baseline - totalHeight - 4, String.valueOf(bar.total())))
                    .append(text(x + barWidth / 2, HEIGHT - 6, bar.label()));
        }
        return svg.append("</svg>").toString();
    }

    /** The description of bars as "label: total, highlighted" phrases joined by semicolons. */
    static String describe(List<Bar> bars, java.util.function.Function<Bar, String> phrase) {
        return bars.stream().map(phrase).collect(Collectors.joining("; "));
    }

    private static String rect(String cssClass, long x, long y, long width, long height) {
        return "<rect class=\"" + cssClass + "\" x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\""
                + Math.max(0, height) + "\"/>";
    }

    private static String text(long x, long y, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"middle\" aria-hidden=\"true\">"
                + escaped(content) + "</text>";
    }

    static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
