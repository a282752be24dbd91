package org.onus.it.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.MailCatcher;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * The public detention statistics: a detained entry shows up in the aggregates, for anyone, as JSON,
 * CSV and a page, without naming its importer or entry. Other tests detain goods too, so the numbers
 * are compared before and after, never as totals.
 */
@OnusIT
@RunAsClient
class StatisticsIT {

    static final URI STATISTICS = ItConfig.portal("/api/v1/statistics/cases");
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static final String MONTH = TODAY.substring(0, 7);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnXinjiangCotton() {
        MailCatcher.running();
        DesignationFixtures.publish(
                "Xinjiang cotton (statistics test) "
                        + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                TODAY);
    }

    /** T-shirts (HS 6109: apparel) from Cambodia, with cotton from a designated county: detained. */
    static String detainedEntry(String number) {
        return detainedEntry(number, "KH", "1250.00");
    }

    static String detainedEntry(String number, String origin, String amount) {
        return """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "%s",
                 "value": {"amount": "%s", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [
                   {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Phnom Penh Knits", "regionCode": "KH"},
                   {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}]}
                """.formatted(number, origin, amount, TODAY);
    }

    /** Files a detained entry as importer-a; returns the entry as answered. */
    static JsonNode detain(String origin, String amount) {
        String number = "E-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> filed = Http.postJson(
                ItConfig.portal("/api/v1/entries"), Tokens.of("importer-a"), detainedEntry(number, origin, amount));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode entry = Http.json(filed);
        assertThat(entry.get("status").asText()).isEqualTo("DETAINED");
        return entry;
    }

    static JsonNode statistics() {
        HttpResponse<String> response = Http.get(STATISTICS, "Accept", "application/json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    static long count(JsonNode tally) {
        return tally == null ? 0 : tally.get("count").asLong();
    }

    static BigDecimal amount(JsonNode tally, String currency) {
        if (tally == null) {
            return BigDecimal.ZERO;
        }
        for (JsonNode v : tally.get("values")) {
            if (v.get("currency").asText().equals(currency)) {
                return new BigDecimal(v.get("amount").asText());
            }
        }
        return BigDecimal.ZERO;
    }

    static JsonNode row(JsonNode report, String dimension, String key) {
        for (JsonNode r : report.get(dimension)) {
            if (r.get("key").asText().equals(key)) {
                return r;
            }
        }
        return null;
    }

    static JsonNode group(JsonNode row, String group) {
        return row == null ? null : row.get("byGroup").get(group);
    }

    static final int MIN = 3;
    static final List<String> DIMENSIONS = List.of("bySector", "byOrigin", "byMonth", "byRoute", "byChapter");
    static final List<String> GROUPS = List.of("PENDING", "RELEASED", "CONFISCATED", "EXCLUDED");

    static JsonNode statistics(String period) {
        HttpResponse<String> response = Http.get(ItConfig.portal("/api/v1/statistics/cases?period=" + period));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    static boolean suppressed(JsonNode tally) {
        return tally != null && tally.path("suppressed").asBoolean(false);
    }

    /** The count as published: null when suppressed; the totals call it cases. */
    /** At least 3 when shown; when hidden, another row of the same breakdown is hidden with it. */
    static void assertShownOrHiddenBesideAnother(JsonNode report, String dimension, String key) {
        JsonNode r = row(report, dimension, key);
        assertThat(r).as("%s %s in %s", dimension, key, report.get(dimension)).isNotNull();
        Long n = shown(r);
        if (n != null) {
            assertThat(n).as("%s %s", dimension, key).isGreaterThanOrEqualTo(3);
            return;
        }
        long hidden = 0;
        for (JsonNode other : report.get(dimension)) {
            if (shown(other) == null) {
                hidden++;
            }
        }
        assertThat(hidden)
                .as("%s %s is hidden: so is another row of %s", dimension, key, report.get(dimension))
                .isGreaterThanOrEqualTo(2);
    }

    /** The same for one group (outcome) of a row against the row's total. */
    static void assertGroupShownOrHiddenBesideAnother(JsonNode row, String group) {
        Long n = shown(group(row, group));
        if (n != null) {
            assertThat(n).as("%s of %s", group, row).isGreaterThanOrEqualTo(3);
            return;
        }
        long hidden = 0;
        for (String g : GROUPS) {
            if (shown(group(row, g)) == null) {
                hidden++;
            }
        }
        assertThat(hidden)
                .as("%s is hidden: so is another group of %s", group, row)
                .isGreaterThanOrEqualTo(2);
    }

    static Long shown(JsonNode tally) {
        if (suppressed(tally)) {
            assertThat(tally.has("count") || tally.has("cases") || tally.has("values"))
                    .as("a suppressed cell carries no count or values: %s", tally)
                    .isFalse();
            return null;
        }
        return tally.has("cases")
                ? tally.get("cases").asLong()
                : tally.get("count").asLong();
    }

    /**
     * What the public can check from one answer: no shown count below the threshold; in every set of
     * cells that adds up to a total, never a lone hidden number, and hidden cells together at least the
     * threshold when the total is shown.
     */
    static void assertSafe(JsonNode report) {
        JsonNode totals = report.get("totals");
        List<List<JsonNode>> lines = new java.util.ArrayList<>();
        List<Boolean> additive = new java.util.ArrayList<>();
        List<JsonNode> groups = new java.util.ArrayList<>(List.of(totals));
        GROUPS.forEach(g -> groups.add(totals.get("byGroup").get(g)));
        lines.add(groups);
        additive.add(true);
        List<JsonNode> statuses = new java.util.ArrayList<>(List.of(totals));
        report.get("byStatus").forEach(statuses::add);
        lines.add(statuses);
        additive.add(true);
        for (String g : GROUPS) {
            List<JsonNode> of =
                    new java.util.ArrayList<>(List.of(totals.get("byGroup").get(g)));
            report.get("byStatus").forEach(st -> {
                if (st.get("group").asText().equals(g)) {
                    of.add(st);
                }
            });
            lines.add(of);
            additive.add(true);
        }
        for (String d : DIMENSIONS) {
            boolean exact = !d.equals("bySector"); // a case two sectors claim counts in both
            List<JsonNode> all = new java.util.ArrayList<>(List.of(totals));
            for (JsonNode row : report.get(d)) {
                List<JsonNode> line = new java.util.ArrayList<>(List.of(row));
                GROUPS.forEach(g -> line.add(row.get("byGroup").get(g)));
                lines.add(line);
                additive.add(true);
                all.add(row);
            }
            lines.add(all);
            additive.add(exact);
            for (String g : GROUPS) {
                List<JsonNode> column =
                        new java.util.ArrayList<>(List.of(totals.get("byGroup").get(g)));
                report.get(d).forEach(row -> column.add(row.get("byGroup").get(g)));
                lines.add(column);
                additive.add(exact);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            List<JsonNode> line = lines.get(i);
            int unknowns = 0;
            long shownSum = 0;
            int hiddenMembers = 0;
            for (int j = 0; j < line.size(); j++) {
                Long n = shown(line.get(j));
                if (n == null) {
                    unknowns++;
                    hiddenMembers += j == 0 ? 0 : 1;
                } else {
                    assertThat(n == 0 || n >= MIN)
                            .as("count %s shown in %s", n, line)
                            .isTrue();
                    shownSum += j == 0 ? 0 : n;
                }
            }
            assertThat(unknowns).as("a lone hidden number in %s", line).isNotEqualTo(1);
            Long total = shown(line.get(0));
            if (additive.get(i) && total != null && hiddenMembers > 0) {
                assertThat(total - shownSum)
                        .as("hidden cells together in %s", line)
                        .isGreaterThanOrEqualTo(MIN);
            }
        }
    }

    /** Every count of the JSON by dimension:key:group, as the CSV and the page name them; [c] when hidden. */
    static java.util.Map<String, String> cells(JsonNode report) {
        java.util.Map<String, String> cells = new java.util.TreeMap<>();
        JsonNode totals = report.get("totals");
        cells.put("total:ALL:ALL", said(totals));
        GROUPS.forEach(
                g -> cells.put("total:ALL:" + g, said(totals.get("byGroup").get(g))));
        report.get("byStatus")
                .forEach(st -> cells.put(
                        "status:" + st.get("status").asText() + ":"
                                + st.get("group").asText(),
                        said(st)));
        for (String d : DIMENSIONS) {
            String name = Character.toLowerCase(d.charAt(2)) + d.substring(3);
            for (JsonNode row : report.get(d)) {
                String key = name + ":" + row.get("key").asText();
                cells.put(key + ":ALL", said(row));
                GROUPS.forEach(
                        g -> cells.put(key + ":" + g, said(row.get("byGroup").get(g))));
            }
        }
        return cells;
    }

    static String said(JsonNode tally) {
        Long n = shown(tally);
        return n == null ? "[c]" : n.toString();
    }

    /** JSON, CSV and page of one period say the same for every count. */
    static void assertAgree(String period) {
        JsonNode json = statistics(period);
        java.util.Map<String, String> expected = cells(json);
        HttpResponse<String> csv = Http.get(ItConfig.portal("/api/v1/statistics/cases?format=csv&period=" + period));
        assertThat(csv.statusCode()).isEqualTo(200);
        java.util.Map<String, String> fromCsv = new java.util.TreeMap<>();
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("dimension,key,name,group,count,currency,value,suppressed");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            // Names may hold quoted commas: read dimension and key from the start, the rest from the end.
            int n = f.length;
            String key = f[0] + ":" + f[1] + ":" + f[n - 5];
            fromCsv.put(key, f[n - 1].equals("cell") ? "[c]" : f[n - 4]);
        }
        assertThat(fromCsv).isEqualTo(expected);
        HttpResponse<String> page = Http.get(ItConfig.portal("/statistics?period=" + period));
        assertThat(page.statusCode()).isEqualTo(200);
        java.util.Map<String, String> fromPage = new java.util.TreeMap<>();
        for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parse(page.body()).select("[data-cell]")) {
            String text = e.text();
            fromPage.put(e.attr("data-cell"), text.contains("[c]") ? "[c]" : text.replace(",", ""));
        }
        assertThat(fromPage).isEqualTo(expected);
    }

    @Test
    void detainedEntriesCountForAnyoneBySectorOriginChapterMonthAndRouteWithoutNamingAnyone() {
        JsonNode entry = null;
        for (int i = 0; i < 3; i++) {
            entry = detain("KH", "1250.00");
        }
        String caseId = entry.get("caseId").asText();
        String number = entry.get("entryNumber").asText();

        HttpResponse<String> response = Http.get(STATISTICS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode after = Http.json(response);

        assertThat(after.get("generatedAt").asText()).isNotBlank();
        assertThat(after.get("period").asText()).isEqualTo("all");
        assertThat(after.has("from")).isFalse();
        assertThat(after.get("suppression").get("minCount").asInt()).isEqualTo(MIN);
        assertThat(after.get("suppression").get("dominancePercent").asInt()).isEqualTo(85);
        JsonNode totals = after.get("totals");
        assertThat(shown(totals)).isGreaterThanOrEqualTo(3);
        assertThat(totals.get("byGroup").fieldNames()).toIterable().containsExactlyElementsOf(GROUPS);
        assertGroupShownOrHiddenBesideAnother(totals, "PENDING");
        Long detained = shown(statusRow(after.get("byStatus"), "DETAINED"));
        if (detained != null) {
            assertThat(detained).isGreaterThanOrEqualTo(3);
        } else {
            assertThat(java.util.stream.StreamSupport.stream(
                                    after.get("byStatus").spliterator(), false)
                            .filter(r -> shown(r) == null)
                            .count())
                    .as("DETAINED is hidden: so is another status of %s", after.get("byStatus"))
                    .isGreaterThanOrEqualTo(2);
        }
        JsonNode apparel = row(after, "bySector", "APPAREL");
        assertThat(apparel).as(after.get("bySector").toString()).isNotNull();
        assertThat(apparel.get("name").asText()).isNotBlank();
        assertGroupShownOrHiddenBesideAnother(apparel, "PENDING");
        JsonNode cambodia = row(after, "byOrigin", "KH");
        assertThat(cambodia.get("name").asText()).isEqualTo("Cambodia");
        // Other tests' cases share the database: a row of 3 or more may still be hidden when it is
        // the next smallest beside a small cell (secondary suppression), never on its own.
        assertShownOrHiddenBesideAnother(after, "byOrigin", "KH");
        assertShownOrHiddenBesideAnother(after, "byMonth", MONTH);
        assertShownOrHiddenBesideAnother(after, "byRoute", "NONE");
        assertShownOrHiddenBesideAnother(after, "byChapter", "61");
        assertSafe(after);

        // Aggregates only: no organisation, entry number or id.
        assertThat(response.body())
                .doesNotContain("ACME-IMPORTS", number, caseId, entry.get("id").asText());

        // The same as CSV, by Accept header or by format=csv.
        HttpResponse<String> csv = Http.get(STATISTICS, "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", "detention-cases.csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("dimension,key,name,group,count,currency,value,suppressed");
        assertThat(lines).anyMatch(l -> l.startsWith("sector,APPAREL,") && l.contains(",PENDING,"));
        assertThat(lines).anyMatch(l -> l.startsWith("origin,KH,Cambodia,ALL,"));
        assertThat(lines).anyMatch(l -> l.startsWith("chapter,61,61,ALL,"));
        assertThat(csv.body()).doesNotContain("ACME-IMPORTS", number, caseId);

        // The page, for an anonymous visitor.
        HttpResponse<String> page = Http.get(ItConfig.portal("/statistics"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Detention statistics", "<svg", "chart-month", "chart-chapter", "Cambodia", "format=csv")
                .doesNotContain("ACME-IMPORTS", number, caseId, "cdn.");
        assertAgree("all");
    }

    /** The grouped rows are kept between requests (issue 14): a case detained since must still count. */
    @Test
    void aCaseDetainedAfterAReadCountsInTheNextRead() {
        for (int i = 0; i < MIN; i++) {
            detain("KH", "1250.00");
        }
        Long before = shown(statistics().get("totals"));
        assertThat(before).as("at least %s cases: the total is shown", MIN).isNotNull();
        assertThat(shown(statistics().get("totals")))
                .as("nothing changed: the same")
                .isEqualTo(before);

        detain("KH", "1250.00");

        assertThat(shown(statistics().get("totals"))).isEqualTo(before + 1);
    }

    @Test
    void aSingleCaseIsHiddenWithItsValueAndNeitherTotalsNorAdjacentPeriodsGiveItAway() {
        // One shipment from Bhutan; four from Mongolia, one of them worth almost all of their value;
        // three from Nepal, the smallest row, which secondary suppression may hide beside Bhutan's.
        // Every one filed by the same importer.
        detain("BT", "7777.77");
        detain("MN", "9000.00");
        detain("MN", "10.00");
        detain("MN", "10.00");
        detain("MN", "10.00");
        for (int i = 0; i < 3; i++) {
            detain("NP", "500.00");
        }
        String quarter = TODAY.substring(0, 4) + "-Q" + ((Integer.parseInt(TODAY.substring(5, 7)) - 1) / 3 + 1);
        for (String period : List.of("all", MONTH, quarter, "FY" + TODAY.substring(0, 4))) {
            HttpResponse<String> response = Http.get(ItConfig.portal("/api/v1/statistics/cases?period=" + period));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = Http.json(response);
            assertThat(report.get("period").asText()).isEqualTo(period);
            JsonNode bhutan = row(report, "byOrigin", "BT");
            assertThat(bhutan).as(period).isNotNull();
            assertThat(suppressed(bhutan))
                    .as("one case from Bhutan in %s", period)
                    .isTrue();
            assertThat(bhutan.has("count")).isFalse();
            assertThat(bhutan.has("values")).isFalse();
            JsonNode mongolia = row(report, "byOrigin", "MN");
            assertThat(shown(mongolia)).as("%s", report.get("byOrigin")).isEqualTo(4);
            JsonNode usd = mongolia.get("values").get(0);
            assertThat(usd.get("currency").asText()).isEqualTo("USD");
            assertThat(usd.get("suppressed").asBoolean())
                    .as("one importer: %s", mongolia)
                    .isTrue();
            assertThat(usd.has("amount")).isFalse();
            assertThat(response.body()).doesNotContain("7777.77");
            assertSafe(report);
        }
        // The months either side hold nothing of Bhutan's: no difference of periods isolates it.
        YearMonthPair months = YearMonthPair.around(MONTH);
        for (String neighbour : List.of(months.previous(), months.next())) {
            JsonNode report = statistics(neighbour);
            JsonNode bhutan = row(report, "byOrigin", "BT");
            assertThat(bhutan == null || (!suppressed(bhutan) && shown(bhutan) == 0))
                    .as("Bhutan in %s", neighbour)
                    .isTrue();
            assertSafe(report);
        }
        assertAgree(MONTH);
        assertAgree(quarter);

        HttpResponse<String> csv = Http.get(ItConfig.portal("/api/v1/statistics/cases?format=csv&period=" + MONTH));
        assertThat(csv.body()).contains("origin,BT,Bhutan,ALL,,,,cell").doesNotContain("7777.77");
        assertThat(csv.body()).contains("origin,MN,Mongolia,ALL,4,USD,,value");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("detention-cases-" + MONTH + ".csv"));
        HttpResponse<String> page = Http.get(ItConfig.portal("/statistics?period=" + MONTH));
        assertThat(page.body()).contains("hidden to protect confidentiality").doesNotContain("7,777.77");
    }

    record YearMonthPair(String previous, String next) {
        static YearMonthPair around(String month) {
            java.time.YearMonth m = java.time.YearMonth.parse(month);
            return new YearMonthPair(
                    m.minusMonths(1).toString(), m.plusMonths(1).toString());
        }
    }

    @Test
    void onlyFixedPeriodsAreServedAndArbitraryDatesAreRefusedClearly() {
        JsonNode future = statistics("2999-01");
        assertThat(future.get("from").asText()).isEqualTo("2999-01-01");
        assertThat(future.get("to").asText()).isEqualTo("2999-01-31");
        assertThat(future.get("totals").get("cases").asLong()).isZero();
        assertThat(future.get("byMonth")).isEmpty();

        // Old clients: from and to still work when they are exactly one month, quarter or fiscal year.
        JsonNode march = Http.json(Http.get(ItConfig.portal("/api/v1/statistics/cases?from=2026-03-01&to=2026-03-31")));
        assertThat(march.get("period").asText()).isEqualTo("2026-03");
        JsonNode q1 = Http.json(Http.get(ItConfig.portal("/api/v1/statistics/cases?from=2026-01-01&to=2026-03-31")));
        assertThat(q1.get("period").asText()).isEqualTo("2026-Q1");

        for (String query : List.of(
                "from=2026-03-01&to=2026-03-15",
                "from=" + TODAY + "&to=" + TODAY,
                "from=2026-01-01",
                "to=2026-12-31",
                "period=2026-13",
                "period=last-week",
                "period=2026-03&from=2026-03-01&to=2026-03-31")) {
            HttpResponse<String> bad = Http.get(ItConfig.portal("/api/v1/statistics/cases?" + query));
            assertThat(bad.statusCode()).as(query).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(Http.json(bad).toString()).as(query).contains("2026-Q1", "FY2026");
        }
        HttpResponse<String> badDate = Http.get(ItConfig.portal("/api/v1/statistics/cases?from=2026-13-01"));
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(Http.json(badDate).toString()).contains("YYYY-MM-DD");

        HttpResponse<String> emptyPage = Http.get(ItConfig.portal("/statistics?period=2999-01"));
        assertThat(emptyPage.statusCode()).isEqualTo(200);
        assertThat(emptyPage.body())
                .contains("No detention cases in this period", "period=2998-12", "period=2999-02")
                .doesNotContain("<svg");

        HttpResponse<String> badPage = Http.get(ItConfig.portal("/statistics?from=2026-03-01&to=2026-03-15"));
        assertThat(badPage.statusCode()).isEqualTo(200);
        assertThat(badPage.body()).contains("govuk-error-summary", "fixed periods only", "href=\"#period\"");
        HttpResponse<String> badText = Http.get(ItConfig.portal("/statistics?period=soon"));
        assertThat(badText.body()).contains("govuk-error-summary", "2026-Q1").contains("value=\"soon\"");
    }

    static JsonNode statusRow(JsonNode statuses, String status) {
        for (JsonNode s : statuses) {
            if (s.get("status").asText().equals(status)) {
                return s;
            }
        }
        throw new AssertionError("No status " + status + " in " + statuses);
    }
}
