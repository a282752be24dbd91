package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import org.onus.web.api.StatisticsViews;

/**
 * One computation, three renderings: every cell of the JSON, the CSV and the page says the same (the
 * same count, or hidden; the same values, or hidden), suppressed cells included.
 */
class StatisticsRenderingsAgreeTest {

    private static final Tally SEVEN = new Tally(
            7, List.of(new CurrencyAmount("EUR", null), new CurrencyAmount("USD", new BigDecimal("12345.60"))));
    private static final Tally FOUR = new Tally(4, List.of(new CurrencyAmount("USD", new BigDecimal("4000.00"))));
    private static final Tally THREE = new Tally(3, List.of(new CurrencyAmount("USD", null)));
    private static final Tally HIDDEN = Tally.SUPPRESSED;

    private static Breakdown row(String key, String label, Tally total, Tally pending, Tally released) {
        return new Breakdown(key, label, total, Map.of(StatusGroup.PENDING, pending, StatusGroup.RELEASED, released));
    }

    private static CaseStatisticsReport report() {
        List<StatusCount> statuses = new ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            Tally t = s == CaseStatus.DETAINED ? FOUR : s == CaseStatus.PROTEST_UPHELD ? HIDDEN : Tally.ZERO;
            statuses.add(new StatusCount(s.name(), StatusGroup.of(s), t));
        }
        statuses.set(
                1, new StatusCount(statuses.get(1).status(), statuses.get(1).group(), HIDDEN));
        return new CaseStatisticsReport(
                Instant.parse("2026-11-28T12:00:00Z"),
                Period.month(java.time.YearMonth.of(2026, 11)),
                SEVEN,
                Map.of(StatusGroup.PENDING, FOUR, StatusGroup.RELEASED, HIDDEN, StatusGroup.CONFISCATED, HIDDEN),
                statuses,
                List.of(row("APPAREL", "Apparel", SEVEN, FOUR, HIDDEN)),
                List.of(row("KH", "Cambodia", FOUR, HIDDEN, HIDDEN), row("VN", "Viet Nam", HIDDEN, HIDDEN, Tally.ZERO)),
                List.of(row("2026-11", "2026-11", SEVEN, FOUR, HIDDEN)),
                List.of(
                        row("NOT_APPLICABLE", "NOT_APPLICABLE", Tally.ZERO, Tally.ZERO, Tally.ZERO),
                        row("EXCEPTION", "EXCEPTION", THREE, HIDDEN, HIDDEN),
                        row("NONE", "NONE", FOUR, FOUR, Tally.ZERO)),
                List.of(row("61", "61", SEVEN, FOUR, HIDDEN)),
                SuppressionRules.DEFAULT);
    }

    /** What a cell says, the same way for every rendering: {@code [c]} or the count; values likewise. */
    record Said(String count, String values) {}

    private static String values(List<StatisticsViews.ValueView> values) {
        if (values == null) {
            return "[c]";
        }
        List<String> out = new ArrayList<>();
        for (StatisticsViews.ValueView v : values) {
            out.add(v.currency() + " "
                    + (Boolean.TRUE.equals(v.suppressed())
                            ? "[c]"
                            : new BigDecimal(v.amount()).setScale(2).toPlainString()));
        }
        return String.join(" ", out);
    }

    private static Said json(Long count, List<StatisticsViews.ValueView> values, Boolean suppressed) {
        return Boolean.TRUE.equals(suppressed)
                ? new Said("[c]", "[c]")
                : new Said(String.valueOf(count), values(values));
    }

    private static Map<String, Said> fromJson(StatisticsViews.StatisticsView v) {
        Map<String, Said> cells = new LinkedHashMap<>();
        cells.put(
                "total:ALL:ALL",
                json(v.totals().cases(), v.totals().values(), v.totals().suppressed()));
        v.totals()
                .byGroup()
                .forEach((g, t) -> cells.put("total:ALL:" + g, json(t.count(), t.values(), t.suppressed())));
        v.byStatus()
                .forEach(s -> cells.put(
                        "status:" + s.status() + ":" + s.group(), json(s.count(), s.values(), s.suppressed())));
        Map<String, List<StatisticsViews.BreakdownView>> dims = new LinkedHashMap<>();
        dims.put("sector", v.bySector());
        dims.put("origin", v.byOrigin());
        dims.put("month", v.byMonth());
        dims.put("route", v.byRoute());
        dims.put("chapter", v.byChapter());
        dims.forEach((d, rows) -> rows.forEach(b -> {
            cells.put(d + ":" + b.key() + ":ALL", json(b.count(), b.values(), b.suppressed()));
            b.byGroup()
                    .forEach((g, t) ->
                            cells.put(d + ":" + b.key() + ":" + g, json(t.count(), t.values(), t.suppressed())));
        }));
        return cells;
    }

    private static Map<String, Said> fromCsv(String csv) throws IOException {
        Map<String, String> counts = new LinkedHashMap<>();
        Map<String, List<String>> values = new HashMap<>();
        for (CSVRecord r : CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            String key = r.get("dimension") + ":" + r.get("key") + ":" + r.get("group");
            boolean cell = r.get("suppressed").equals("cell");
            counts.put(key, cell ? "[c]" : r.get("count"));
            List<String> v = values.computeIfAbsent(key, k -> new ArrayList<>());
            if (cell) {
                v.add("[c]");
            } else if (!r.get("currency").isEmpty()) {
                v.add(r.get("currency") + " "
                        + (r.get("suppressed").equals("value")
                                ? "[c]"
                                : new BigDecimal(r.get("value")).setScale(2).toPlainString()));
            }
        }
        Map<String, Said> cells = new LinkedHashMap<>();
        counts.forEach((k, c) -> cells.put(k, new Said(c, String.join(" ", values.get(k)))));
        return cells;
    }

    private static String pageCount(Element e) {
        String text = e.text();
        return text.contains("[c]") ? "[c]" : text.replace(",", "");
    }

    private static String pageValues(Element e) {
        if (e.select(".govuk-visually-hidden").eachText().stream().anyMatch(t -> t.startsWith("hidden"))) {
            return "[c]";
        }
        List<String> out = new ArrayList<>();
        for (Element span : e.children()) {
            if (span.tagName().equals("br")) {
                continue;
            }
            String t = span.text();
            out.add(t.contains("[c]") ? t.substring(0, 3) + " [c]" : t.replace(",", ""));
        }
        return String.join(" ", out);
    }

    @Test
    void jsonCsvAndPageSayTheSameForEveryCell() throws IOException {
        CaseStatisticsReport report = report();
        StatisticsViews views = new StatisticsViews();
        Map<String, Said> json = fromJson(views.view(report));
        Map<String, Said> csv = fromCsv(views.csv(report));
        Document page = new StatisticsTemplateTest().render(report);

        assertThat(csv).isEqualTo(json);
        assertThat(json.values()).contains(new Said("[c]", "[c]"), new Said("7", "EUR [c] USD 12345.60"));
        int compared = 0;
        for (Element e : page.select("[data-cell]")) {
            String key = e.attr("data-cell");
            assertThat(json).as(key).containsKey(key);
            assertThat(pageCount(e))
                    .as("count of %s", key)
                    .isEqualTo(json.get(key).count());
            compared++;
        }
        for (Element e : page.select("[data-values]")) {
            String key = e.attr("data-values");
            assertThat(pageValues(e))
                    .as("values of %s", key)
                    .isEqualTo(json.get(key).values());
            compared++;
        }
        // The page shows every count the JSON has (values: for totals, statuses and rows, not by group).
        assertThat(page.select("[data-cell]")).hasSize(json.size());
        assertThat(compared).isGreaterThan(40);
    }
}
