package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void horizontalBarsAreStackedInProportionAndTextIsEscaped() {
        String svg = BarChart.horizontal(
                        "c",
                        List.of(
                                new BarChart.Bar("Cotton <yarn> & \"fabric\"", List.of(2L, 1L, 1L)),
                                new BarChart.Bar("Apparel", List.of(1L, 0L, 0L))))
                .svg("By sector", "Cases per sector", "Pending", "Released", "Confiscated");

        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.select("svg").attr("aria-labelledby")).isEqualTo("c-title c-desc");
        assertThat(doc.select("svg > title").text()).isEqualTo("By sector");
        assertThat(doc.select("svg > desc").text()).isEqualTo("Cases per sector");
        assertThat(svg).contains("Cotton &lt;yarn&gt; &amp; &quot;fabric&quot;").doesNotContain("<yarn>");
        // 3 legend swatches, 3 segments for the first bar, 1 for the second (zeros are not drawn).
        assertThat(doc.select("rect")).hasSize(7);
        double full =
                Double.parseDouble(doc.select("g").get(0).select("rect").get(0).attr("width"));
        double quarter =
                Double.parseDouble(doc.select("g").get(1).select("rect").get(0).attr("width"));
        assertThat(full).isEqualTo(quarter * 2, org.assertj.core.data.Offset.offset(0.2));
    }

    @Test
    void columnsForMonthsHaveAnAxisAndSkipEmptyMonths() {
        String svg = BarChart.vertical(
                        "m",
                        List.of(
                                new BarChart.Bar("2026-10", List.of(0L, 0L, 0L)),
                                new BarChart.Bar("2026-11", List.of(3L, 1L, 0L))))
                .svg("By month", "Cases per month", "Pending", "Released", "Confiscated");

        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.select("line")).hasSize(3);
        assertThat(doc.select("g")).hasSize(2);
        assertThat(doc.select("g").get(0).select("rect")).isEmpty();
        assertThat(doc.select("g").get(1).select("rect")).hasSize(2);
        assertThat(doc.select("text").eachText()).contains("2026-10", "2026-11", "4");
    }
}
