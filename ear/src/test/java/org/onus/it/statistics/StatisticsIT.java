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
        return """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "KH",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [
                   {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Phnom Penh Knits", "regionCode": "KH"},
                   {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}]}
                """.formatted(number, TODAY);
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

    @Test
    void aDetainedEntryCountsAsPendingWithItsValueSectorOriginMonthAndRouteForAnyone() {
        JsonNode before = statistics();
        String number = "E-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> filed =
                Http.postJson(ItConfig.portal("/api/v1/entries"), Tokens.of("importer-a"), detainedEntry(number));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode entry = Http.json(filed);
        assertThat(entry.get("status").asText()).isEqualTo("DETAINED");
        String caseId = entry.get("caseId").asText();

        HttpResponse<String> response = Http.get(STATISTICS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode after = Http.json(response);

        assertThat(after.get("generatedAt").asText()).isNotBlank();
        assertThat(after.has("from")).isFalse();
        JsonNode totals = after.get("totals");
        assertThat(totals.get("cases").asLong())
                .isGreaterThanOrEqualTo(before.get("totals").get("cases").asLong() + 1);
        assertThat(totals.get("byGroup").fieldNames())
                .toIterable()
                .containsExactly("PENDING", "RELEASED", "CONFISCATED", "EXCLUDED");
        JsonNode pending = totals.get("byGroup").get("PENDING");
        JsonNode pendingBefore = before.get("totals").get("byGroup").get("PENDING");
        assertThat(count(pending)).isGreaterThanOrEqualTo(count(pendingBefore) + 1);
        assertThat(amount(pending, "USD"))
                .isGreaterThanOrEqualTo(amount(pendingBefore, "USD").add(new BigDecimal("1250.00")));

        JsonNode detained = statusRow(after.get("byStatus"), "DETAINED");
        assertThat(detained.get("group").asText()).isEqualTo("PENDING");
        assertThat(detained.get("count").asLong())
                .isGreaterThanOrEqualTo(statusRow(before.get("byStatus"), "DETAINED")
                                .get("count")
                                .asLong()
                        + 1);

        JsonNode apparel = row(after, "bySector", "APPAREL");
        assertThat(apparel).as(after.get("bySector").toString()).isNotNull();
        assertThat(apparel.get("name").asText()).isNotBlank();
        assertThat(count(group(apparel, "PENDING")))
                .isGreaterThanOrEqualTo(count(group(row(before, "bySector", "APPAREL"), "PENDING")) + 1);
        assertThat(amount(group(apparel, "PENDING"), "USD"))
                .isGreaterThanOrEqualTo(amount(group(row(before, "bySector", "APPAREL"), "PENDING"), "USD")
                        .add(new BigDecimal("1250.00")));

        JsonNode cambodia = row(after, "byOrigin", "KH");
        assertThat(cambodia).isNotNull();
        assertThat(cambodia.get("name").asText()).isEqualTo("Cambodia");
        assertThat(cambodia.get("count").asLong()).isGreaterThanOrEqualTo(count(row(before, "byOrigin", "KH")) + 1);
        assertThat(count(row(after, "byMonth", MONTH)))
                .isGreaterThanOrEqualTo(count(row(before, "byMonth", MONTH)) + 1);
        assertThat(count(row(after, "byRoute", "NONE")))
                .isGreaterThanOrEqualTo(count(row(before, "byRoute", "NONE")) + 1);

        // Aggregates only: no organisation, entry number or id.
        assertThat(response.body())
                .doesNotContain("ACME-IMPORTS", number, caseId, entry.get("id").asText());

        // The same as CSV, by Accept header or by format=csv.
        HttpResponse<String> csv = Http.get(STATISTICS, "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("dimension,key,name,group,count,currency,value");
        assertThat(lines).anyMatch(l -> l.startsWith("total,ALL,All cases,PENDING,") && l.contains(",USD,"));
        assertThat(lines).anyMatch(l -> l.startsWith("sector,APPAREL,") && l.contains(",PENDING,"));
        assertThat(lines).anyMatch(l -> l.startsWith("origin,KH,Cambodia,ALL,"));
        assertThat(csv.body()).doesNotContain("ACME-IMPORTS", number, caseId);
        HttpResponse<String> byFormat = Http.get(ItConfig.portal("/api/v1/statistics/cases?format=csv"));
        assertThat(byFormat.statusCode()).isEqualTo(200);
        assertThat(byFormat.body()).startsWith("dimension,key,name,group,count,currency,value");

        // The page, for an anonymous visitor.
        HttpResponse<String> page = Http.get(ItConfig.portal("/statistics"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Detention statistics", "<svg", "chart-month", "Cambodia", "format=csv")
                .doesNotContain("ACME-IMPORTS", number, caseId, "cdn.");
    }

    @Test
    void aPeriodLimitsTheCasesAndBadDatesAreRefusedClearly() {
        JsonNode future = Http.json(Http.get(ItConfig.portal("/api/v1/statistics/cases?from=2999-01-01")));
        assertThat(future.get("from").asText()).isEqualTo("2999-01-01");
        assertThat(future.get("totals").get("cases").asLong()).isZero();
        assertThat(future.get("byMonth")).isEmpty();

        HttpResponse<String> bad = Http.get(ItConfig.portal("/api/v1/statistics/cases?from=2026-13-01"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(bad).toString()).contains("YYYY-MM-DD");

        HttpResponse<String> reversed =
                Http.get(ItConfig.portal("/api/v1/statistics/cases?from=2026-02-01&to=2026-01-01"));
        assertThat(reversed.statusCode()).isEqualTo(400);

        HttpResponse<String> emptyPage = Http.get(ItConfig.portal("/statistics?from=2999-01-01"));
        assertThat(emptyPage.statusCode()).isEqualTo(200);
        assertThat(emptyPage.body())
                .contains("No detention cases in this period")
                .doesNotContain("<svg");

        HttpResponse<String> badPage = Http.get(ItConfig.portal("/statistics?from=yesterday"));
        assertThat(badPage.statusCode()).isEqualTo(200);
        assertThat(badPage.body()).contains("govuk-error-summary", "YYYY-MM-DD");
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
