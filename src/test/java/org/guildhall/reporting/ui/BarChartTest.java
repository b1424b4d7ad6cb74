package org.guildhall.reporting.ui;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The dashboard's bars: an image with a title and a description in words, bars scaled to the highest. */
class BarChartTest {

    private final List<BarChart.Bar> bars = List.of(new BarChart.Bar("Dec <2026>", 4, 1),
            new BarChart.Bar("Jan 2027", 2, 0), new BarChart.Bar("Feb 2027", 0, 0));

    @Test
    void the_chart_is_an_image_named_and_described_for_screen_readers() {
        String svg = BarChart.svg("expiries", "Expiring by month", BarChart.describe(bars,
                bar -> bar.label() + ": " + bar.total()), bars);

        assertThat(svg).startsWith("<svg").contains("role=\"img\"",
                "aria-labelledby=\"expiries-title expiries-desc\"", "<title id=\"expiries-title\">Expiring by month",
                "<desc id=\"expiries-desc\">Dec &lt;2026&gt;: 4; Jan 2027: 2; Feb 2027: 0</desc>");
    }

    @Test
    void the_highest_bar_fills_the_plot_and_the_highlighted_part_is_in_proportion() {
        String svg = BarChart.svg("expiries", "t", "d", bars);

        // Plot height 156 (200 less the axis and top margin): 4 of 4 fills it, the 1 at risk a quarter of it.
        assertThat(svg).contains("class=\"gh-chart-bar\" x=\"32\" y=\"20\" width=\"96\" height=\"117\"",
                "class=\"gh-chart-bar-highlighted\" x=\"32\" y=\"137\" width=\"96\" height=\"39\"");
    }

    @Test
    void a_highlighted_part_larger_than_its_bar_is_a_mistake() {
        assertThatThrownBy(() -> new BarChart.Bar("Dec", 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
