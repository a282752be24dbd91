package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.onus.core.detention.CaseStatus;
import org.onus.core.statistics.Breakdown;
import org.onus.core.statistics.CaseStatisticsReport;
import org.onus.core.statistics.CurrencyAmount;
import org.onus.core.statistics.Period;
import org.onus.core.statistics.StatusCount;
import org.onus.core.statistics.StatusGroup;
import org.onus.core.statistics.SuppressionRules;
import org.onus.core.statistics.Tally;
import org.onus.web.pages.StatisticsPages;

/** The public statistics page, rendered with the real template for an anonymous visitor. */
class StatisticsTemplateTest {

    private final TemplateHarness harness = new TemplateHarness("/statistics");

    private static Tally tally(long n, String usd) {
        return n == 0 ? Tally.ZERO : new Tally(n, List.of(new CurrencyAmount("USD", new BigDecimal(usd))));
    }

    private static Breakdown row(String key, String label, long pending, long released) {
        return new Breakdown(
                key,
                label,
                tally(pending + released, "100.00"),
                Map.of(StatusGroup.PENDING, tally(pending, "60.00"), StatusGroup.RELEASED, tally(released, "40.00")));
    }

    private static CaseStatisticsReport report(boolean empty) {
        List<StatusCount> statuses = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            statuses.add(new StatusCount(
                    s.name(),
                    StatusGroup.of(s),
                    !empty && s == CaseStatus.DETAINED ? tally(2, "1250.00") : Tally.ZERO));
        }
        List<Breakdown> routes = List.of(
                row("NOT_APPLICABLE", "NOT_APPLICABLE", 0, 0),
                row("EXCEPTION", "EXCEPTION", 0, 0),
                row("NONE", "NONE", empty ? 0 : 2, 0));
        return new CaseStatisticsReport(
                Instant.parse("2026-11-28T12:00:00Z"),
                Period.ALL,
                empty ? Tally.ZERO : tally(3, "1290.00"),
                empty
                        ? Map.of()
                        : Map.of(StatusGroup.PENDING, tally(2, "1250.00"), StatusGroup.RELEASED, tally(1, "40")),
                statuses,
                empty ? List.of() : List.of(row("APPAREL", "Apparel & <clothing>", 2, 1)),
                empty ? List.of() : List.of(row("VN", "Vietnam", 2, 1)),
                empty ? List.of() : List.of(row("2026-10", "2026-10", 0, 1), row("2026-11", "2026-11", 2, 0)),
                routes,
                empty ? List.of() : List.of(row("61", "61", 2, 1)),
                SuppressionRules.DEFAULT);
    }

    Document render(CaseStatisticsReport report) {
        Map<String, Object> model = new HashMap<>();
        model.put("user", null);
        model.put("nav", Navigation.forActor(Optional.empty(), "http://localhost:8180/realms/onus"));
        model.put("currentPath", "/statistics");
        model.put("lang", "en");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("dates", new DateFormats(Locale.ENGLISH));
        model.put("csrfToken", "");
        model.put("flash", List.of());
        model.put("unreadCount", 0L);
        model.put("form", Form.empty());
        model.put("groups", StatusGroup.values());
        model.put("report", report);
        model.put("csvHref", "/api/v1/statistics/cases?format=csv");
        model.put("monthChart", BarChart.vertical("chart-month", bars(report.byMonth())));
        model.put("sectorChart", BarChart.horizontal("chart-sector", bars(report.bySector())));
        model.put("originChart", BarChart.horizontal("chart-origin", bars(report.byOrigin())));
        model.put("routeChart", BarChart.horizontal("chart-route", bars(report.byRoute())));
        model.put("chapterChart", BarChart.horizontal("chart-chapter", bars(report.byChapter())));
        model.put("shortcuts", StatisticsPages.shortcuts(java.time.LocalDate.of(2026, 11, 28), 1));
        if (!report.period().isOpen()) {
            model.put("previous", report.period().previous(1));
            model.put("next", report.period().next(1));
        }
        return harness.render("statistics/cases", model);
    }

    private static List<BarChart.Bar> bars(List<Breakdown> rows) {
        return rows.stream()
                .map(b -> new BarChart.Bar(
                        b.label(),
                        List.of(
                                b.group(StatusGroup.PENDING).count(),
                                b.group(StatusGroup.RELEASED).count(),
                                b.group(StatusGroup.CONFISCATED).count())))
                .toList();
    }

    @Test
    void summaryCardsChartsWithTitlesAndTheirTables() {
        Document page = render(report(false));

        assertThat(page.select("nav a[href=/statistics]").text()).isEqualTo("Statistics");
        assertThat(page.select("#card-total .onus-stat-card__count").text()).isEqualTo("3");
        assertThat(page.select("#card-pending").text()).contains("Pending", "2", "USD 1,250.00");
        assertThat(page.select("#card-confiscated .onus-stat-card__count").text())
                .isEqualTo("0");
        assertThat(page.select("#csv-download").attr("href")).isEqualTo("/api/v1/statistics/cases?format=csv");
        for (String d : List.of("month", "sector", "chapter", "origin", "route")) {
            assertThat(page.select("#chart-" + d + " > title").text()).as(d).isNotBlank();
            assertThat(page.select("#chart-" + d + " > desc").text()).as(d).isNotBlank();
            assertThat(page.select("#chart-" + d).attr("role")).isEqualTo("img");
            assertThat(page.select("#" + d + "-table tbody tr")).as(d).isNotEmpty();
        }
        // Labels are escaped inside the SVG.
        assertThat(page.select("#chart-sector text").eachText()).contains("Apparel & <clothing>");
        assertThat(page.select("#route-table tr[data-key=NONE] th").text()).isEqualTo("No route chosen yet");
        assertThat(page.select("#status-DETAINED").text()).contains("Detained", "Pending", "2");
        assertThat(page.select("script[src*=http], link[href*=http]")).isEmpty();
        assertThat(page.select("#no-cases")).isEmpty();
    }

    @Test
    void fixedPeriodsAreOfferedAsOneFieldQuickChoicesAndNeighbours() {
        Document page = render(report(false));
        assertThat(page.select("input#period").attr("name")).isEqualTo("period");
        assertThat(page.select("#period-hint").text()).contains("2026-Q1", "FY2026");
        assertThat(page.select("#period-shortcuts a").eachAttr("href"))
                .containsExactly(
                        "/statistics?period=2026-11",
                        "/statistics?period=2026-Q4",
                        "/statistics?period=FY2026",
                        "/statistics");
        assertThat(page.select("input[type=date]")).isEmpty();
        assertThat(page.select("#period-shown").text()).isEqualTo("Period shown: all time.");
        assertThat(page.select("#previous-period")).isEmpty();
    }

    @Test
    void hiddenNumbersShowTheMarkWordsForScreenReadersAndTheRules() {
        Tally hiddenValue = new Tally(5, List.of(new CurrencyAmount("USD", null)));
        CaseStatisticsReport r = report(false);
        CaseStatisticsReport suppressed = new CaseStatisticsReport(
                r.generatedAt(),
                Period.quarter(2026, 4),
                hiddenValue,
                Map.of(StatusGroup.PENDING, Tally.SUPPRESSED, StatusGroup.RELEASED, Tally.SUPPRESSED),
                r.byStatus(),
                r.bySector(),
                r.byOrigin(),
                r.byMonth(),
                r.byRoute(),
                r.byChapter(),
                SuppressionRules.DEFAULT);
        Document page = render(suppressed);
        assertThat(page.select("#card-pending .onus-stat-card__count").text())
                .isEqualTo("[c]hidden to protect confidentiality");
        assertThat(page.select("#card-total .onus-stat-card__count").text()).isEqualTo("5");
        assertThat(page.select("#card-total .onus-stat-card__values").text())
                .isEqualTo("USD [c]value hidden to protect confidentiality");
        assertThat(page.select("#suppression-explained").text()).contains("from 1 to 2", "85 %", "fewer than 3");
        assertThat(page.select("#period-shown").text()).startsWith("Period shown: 2026-Q4 (");
        assertThat(page.select("#previous-period").attr("href")).isEqualTo("/statistics?period=2026-Q3");
        assertThat(page.select("#next-period").attr("href")).isEqualTo("/statistics?period=2027-Q1");
        assertThat(page.select("#json-link").attr("href")).isEqualTo("/api/v1/statistics/cases?period=2026-Q4");
    }

    @Test
    void withoutCasesThePageSaysSoAndDrawsNoCharts() {
        Document page = render(report(true));

        assertThat(page.select("#no-cases").text()).isEqualTo("No detention cases yet.");
        assertThat(page.select("#card-total .onus-stat-card__count").text()).isEqualTo("0");
        assertThat(page.select("svg")).isEmpty();
        assertThat(page.select("#csv-download")).hasSize(1);
    }
}
