package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

    private static double x(Element e) {
        return Double.parseDouble(e.attr("x"));
    }

    /** The horizontal extent a text element takes, from its anchor and estimated width. */
    private static double[] extent(Element text, String content) {
        double x = x(text);
        double w = BarChart.textWidth(content);
        return switch (text.attr("text-anchor")) {
            case "end" -> new double[] {x - w, x};
            case "middle" -> new double[] {x - w / 2, x + w / 2};
            default -> new double[] {x, x + w};
        };
    }

    private static List<BarChart.Bar> rows(String... labels) {
        return java.util.Arrays.stream(labels)
                .map(l -> new BarChart.Bar(l, List.of(3L, 1L, 1L)))
                .toList();
    }

    @Test
    void theLabelAreaIsSizedFromTheLabelsSoShortLabelsLeaveTheBarsMoreRoom() {
        Document shortLabels = Jsoup.parse(
                BarChart.horizontal("s", rows("VN", "KH")).svg("t", "d", "Pending", "Released", "Confiscated"),
                "",
                Parser.xmlParser());
        Document longLabels = Jsoup.parse(
                BarChart.horizontal("l", rows("Apparel and clothing accessories", "KH"))
                        .svg("t", "d", "Pending", "Released", "Confiscated"),
                "",
                Parser.xmlParser());

        double shortStart = x(shortLabels.select("g").get(0).selectFirst("rect"));
        double longStart = x(longLabels.select("g").get(0).selectFirst("rect"));
        assertThat(shortStart).isLessThan(100);
        assertThat(longStart).isGreaterThan(BarChart.textWidth("Apparel and clothing accessories"));
    }

    @Test
    void longChineseAndArabicLabelsWrapOrShortenInsideTheLabelAreaWithTheFullLabelAsTooltip() {
        String chinese = "不适用（路线 1）：进口商证明强迫劳动推定不适用于该货物的全部投入物及其每一层级的供应商";
        String arabic = "لا ينطبق (المسار 1): يثبت المستورد أن القرينة لا تنطبق على البضائع وعلى كل مدخلاتها ومورديها";
        String svg = BarChart.horizontal("r", rows(chinese, arabic, "Exception (route 2)"))
                .svg("按反驳路线", "d", "待定", "已放行", "已没收");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());

        for (int b = 0; b < 3; b++) {
            Element group = doc.select("g").get(b);
            double barStart = x(group.selectFirst("rect"));
            Element label = group.selectFirst("text");
            assertThat(label.select("tspan").size()).isBetween(1, 2);
            for (Element line : label.select("tspan")) {
                double[] span = extent(label, line.text());
                assertThat(span[0]).as("start of \"%s\"", line.text()).isGreaterThanOrEqualTo(0);
                assertThat(span[1]).as("end of \"%s\"", line.text()).isLessThan(barStart);
            }
        }
        Element first = doc.select("g").get(0);
        assertThat(first.select("tspan")).hasSize(2);
        assertThat(first.select("tspan").get(1).text()).endsWith("…");
        assertThat(first.selectFirst("title").text()).startsWith(chinese + ":");
        // Short labels stay whole on one line.
        assertThat(doc.select("g").get(2).select("tspan").eachText()).containsExactly("Exception (route 2)");
    }

    @Test
    void aLegendOfLongNamesWrapsInsteadOfRunningOffTheChart() {
        String svg = BarChart.horizontal("w", rows("A"))
                .svg(
                        "t",
                        "d",
                        "Отложенные дела, ожидающие решения",
                        "Выпущенные товары, освобождённые",
                        "Конфискованные товары и изъятия");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        List<Element> legend = doc.select("svg > text");
        assertThat(legend).hasSize(3);
        for (Element t : legend) {
            assertThat(extent(t, t.text())[1]).isLessThanOrEqualTo(BarChart.WIDTH);
        }
        assertThat(legend.stream().map(t -> t.attr("y")).distinct()).hasSizeGreaterThan(1);
    }

    @Test
    void rightToLeftPagesGetTheChartMirrored() {
        String svg = BarChart.horizontal("m", rows("السلع الملبوسة", "كمبوديا"))
                .rightToLeft(true)
                .svg("حسب القطاع", "d", "قيد النظر", "مُفرج عنها", "مصادرة");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(doc.selectFirst("svg").attr("direction")).isEqualTo("ltr");
        Element group = doc.select("g").get(0);
        Element label = group.selectFirst("text");
        assertThat(label.attr("text-anchor")).isEqualTo("start");
        assertThat(x(label)).isGreaterThan(BarChart.WIDTH / 2.0);
        double[] labelSpan = extent(label, label.text());
        assertThat(labelSpan[1]).isLessThanOrEqualTo(BarChart.WIDTH);
        // Bars grow leftwards from the label: every segment ends before the label starts.
        for (Element rect : group.select("rect")) {
            assertThat(x(rect) + Double.parseDouble(rect.attr("width"))).isLessThanOrEqualTo(labelSpan[0]);
        }
    }

    @Test
    void monthLabelsNeverOverlapAndNoLegendEntryNamesASeriesThatIsNotDrawn() {
        List<BarChart.Bar> months = new java.util.ArrayList<>();
        for (int m = 0; m < 30; m++) {
            months.add(new BarChart.Bar(
                    java.time.YearMonth.of(2025, 1).plusMonths(m).toString(), List.of(1L, 0L, 0L)));
        }
        String svg =
                BarChart.vertical("months", months).svg("t", "d", "Pending", "Released", "Confiscated", "Excluded");
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());

        List<Element> labels = doc.select("g > text");
        assertThat(labels.size()).isBetween(6, 30);
        for (int i = 1; i < labels.size(); i++) {
            double previousEnd = extent(labels.get(i - 1), labels.get(i - 1).text())[1];
            double start = extent(labels.get(i), labels.get(i).text())[0];
            assertThat(start).as("label %s", labels.get(i).text()).isGreaterThan(previousEnd);
        }
        assertThat(doc.select("svg > rect")).hasSize(3);
        assertThat(doc.select("svg > text").eachText())
                .contains("Pending", "Released", "Confiscated")
                .doesNotContain("Excluded");
        // With one case at most, the axis shows 0 and 1 once each.
        assertThat(doc.select("svg > text").eachText()).containsOnlyOnce("0", "1");
    }
}
