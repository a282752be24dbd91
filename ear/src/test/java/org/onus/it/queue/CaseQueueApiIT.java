package org.onus.it.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * The work queue and case assignment through the API: who may read and act (403, 404), a reason
 * to step aside (400), one officer at a time (409), and an official who stepped aside kept from
 * deciding on the case whatever endpoint they call. Each test detains its own entries at a port
 * of its own, so the queue's filters isolate them from other tests' cases.
 */
@OnusIT
@RunAsClient
class CaseQueueApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnHotanCotton() {
        DesignationFixtures.publish(
                "Hotan cotton (queue API) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("653200"),
                List.of("COTTON"),
                TODAY.toString());
    }

    @Test
    void theQueueIsForCustomsStaffAndAuditorsAndFiltersSortsAndPagesInTheDatabase() {
        String port = "QA-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> cases = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            cases.add(detain(port, "QA-" + port + "-" + i, "9" + i + "0.00"));
        }

        assertThat(queue("importer-a", "port=" + port).statusCode()).isEqualTo(403);
        assertThat(queue("regulator", "port=" + port).statusCode()).isEqualTo(403);
        assertThat(queue("auditor", "port=" + port).statusCode()).isEqualTo(200);

        HttpResponse<String> all = queue("officer", "port=" + port + "&sort=-value&size=2");
        assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
        JsonNode page = Http.json(all);
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("pages").asInt()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("entryNumber").asText()).isEqualTo("QA-" + port + "-3");
        assertThat(first.get("value").get("amount").decimalValue()).isEqualByComparingTo("930.00");
        assertThat(first.get("importer").asText()).isNotBlank();
        assertThat(first.get("goods").asText()).isEqualTo("Cotton T-shirts");
        assertThat(first.get("status").asText()).isEqualTo("DETAINED");
        assertThat(first.get("deadlineKind").asText()).isEqualTo("REBUTTAL");
        assertThat(first.get("deadline").asText()).isNotBlank();
        assertThat(first.get("daysLeft").asLong()).isPositive();
        assertThat(first.get("overdue").asBoolean()).isFalse();
        assertThat(first.has("assignee") && !first.get("assignee").isNull()).isFalse();

        JsonNode second = Http.json(queue("officer", "port=" + port + "&sort=-value&size=2&page=2"));
        assertThat(second.get("items"))
                .singleElement()
                .satisfies(i -> assertThat(i.get("entryNumber").asText()).isEqualTo("QA-" + port + "-1"));

        assertThat(Http.json(queue("officer", "port=" + port + "&deadline=OVERDUE"))
                        .get("total")
                        .asLong())
                .isZero();
        assertThat(Http.json(queue("officer", "port=" + port + "&deadline=WITHIN_7_DAYS"))
                        .get("total")
                        .asLong())
                .as("a fresh detention leaves the importer weeks")
                .isZero();
        // The rebuttal period may count business days: the 30-day window holds them only if it reaches.
        long daysLeft = first.get("daysLeft").asLong();
        assertThat(Http.json(queue("officer", "port=" + port + "&deadline=WITHIN_30_DAYS"))
                        .get("total")
                        .asLong())
                .isEqualTo(daysLeft <= 30 ? 3 : 0);
        assertThat(Http.json(queue("officer", "port=" + port + "&origin=vn"))
                        .get("total")
                        .asLong())
                .isEqualTo(3);
        assertThat(Http.json(queue("officer", "port=" + port + "&sector=APPAREL"))
                        .get("total")
                        .asLong())
                .as("6109 (T-shirts) is apparel")
                .isEqualTo(3);
        assertThat(Http.json(queue("officer", "port=" + port + "&sector=COTTON"))
                        .get("total")
                        .asLong())
                .as("the goods' own HS code decides, not their inputs'")
                .isZero();

        HttpResponse<String> bad = queue("officer", "port=" + port + "&sort=colour&deadline=soon&size=1000");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(bad).get("errors").findValuesAsText("code")).contains("sort", "deadline", "size");
        HttpResponse<String> noSuchSector = queue("officer", "port=" + port + "&sector=NO-SUCH-SECTOR");
        assertThat(noSuchSector.statusCode())
                .as("an unknown sector is refused, not answered with an empty queue")
                .isEqualTo(400);
        assertThat(Http.json(noSuchSector).get("errors").findValuesAsText("code"))
                .containsExactly("sector");

        // Taken: the filters find it as the officer's own, and no longer in the shared queue.
        assertThat(post("officer", cases.get(0), "take", "").statusCode()).isEqualTo(200);
        assertThat(Http.json(queue("officer", "port=" + port + "&assignee=me"))
                        .get("items")
                        .findValuesAsText("caseId"))
                .containsExactly(cases.get(0));
        assertThat(Http.json(queue("officer", "port=" + port + "&assignee=none"))
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(Http.json(queue("supervisor", "port=" + port + "&assignee=officer"))
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void aTotalReadBeforeAChangeIsCountedAgainAfterIt() {
        String port = "QT-" + UUID.randomUUID().toString().substring(0, 8);
        String first = detain(port, "QT-" + port + "-1", "100.00");
        assertThat(total("officer", "port=" + port)).isEqualTo(1);
        assertThat(total("officer", "port=" + port + "&assignee=none")).isEqualTo(1);
        assertThat(total("officer", "port=" + port))
                .as("nothing changed: the same")
                .isEqualTo(1);

        detain(port, "QT-" + port + "-2", "200.00");
        assertThat(total("officer", "port=" + port)).as("a case detained since").isEqualTo(2);

        assertThat(post("officer", first, "take", "").statusCode()).isEqualTo(200);
        assertThat(total("officer", "port=" + port + "&assignee=none"))
                .as("a case taken since")
                .isEqualTo(1);
        assertThat(total("officer", "port=" + port + "&assignee=me")).isEqualTo(1);
    }

    static long total(String user, String query) {
        HttpResponse<String> page = queue(user, query);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).get("total").asLong();
    }

    @Test
    void oneOfficerAtATimeAndOnlySupervisorsAssign() {
        String port = "QB-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = detain(port, "QB-" + port, "100.00");
        // The officer is known to the portal once they have opened the queue.
        assertThat(queue("officer", "port=" + port).statusCode()).isEqualTo(200);

        HttpResponse<String> taken = post("officer", caseId, "take", "");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(Http.json(taken).get("assignee").asText()).isEqualTo("officer");

        HttpResponse<String> again = post("officer", caseId, "take", "");
        assertThat(again.statusCode()).as("taking an assigned case").isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));

        assertThat(post("importer-a", caseId, "take", "").statusCode()).isEqualTo(403);
        assertThat(post("regulator", caseId, "take", "").statusCode()).isEqualTo(403);
        assertThat(post("supervisor", caseId, "take", "").statusCode())
                .as("a supervisor is an officer too (composite role), and the case is taken")
                .isEqualTo(409);
        assertThat(post("officer", caseId, "assignment", "{\"assignee\": \"officer\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(post("officer", UUID.randomUUID().toString(), "take", "").statusCode())
                .isEqualTo(404);
        assertThat(post("officer", "not-a-case", "hand-back", "").statusCode()).isEqualTo(404);

        HttpResponse<String> handedBack = post("officer", caseId, "hand-back", "");
        assertThat(handedBack.statusCode()).as(handedBack.body()).isEqualTo(200);
        assertThat(Http.json(handedBack).path("assignee").isMissingNode()
                        || Http.json(handedBack).path("assignee").isNull())
                .isTrue();
        assertThat(post("officer", caseId, "hand-back", "").statusCode())
                .as("nothing to hand back")
                .isEqualTo(409);

        HttpResponse<String> unknown =
                post("supervisor", caseId, "assignment", "{\"assignee\": \"nobody-" + port + "\"}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(Http.json(unknown).get("errors").findValuesAsText("code")).contains("assignee");
        assertThat(post("supervisor", caseId, "assignment", "{}").statusCode()).isEqualTo(400);

        HttpResponse<String> assigned = post("supervisor", caseId, "assignment", "{\"assignee\": \"officer\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
        assertThat(Http.json(assigned).get("assignee").asText()).isEqualTo("officer");
        assertThat(post("supervisor", caseId, "assignment", "{\"assignee\": \"officer\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(post("supervisor", UUID.randomUUID().toString(), "assignment", "{\"assignee\": \"officer\"}")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOfficerWhoStepsAsideNeedsAReasonAndCanNoLongerReviewOrDecide() {
        String port = "QC-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = detain(port, "QC-" + port, "100.00");
        HttpResponse<String> rebutted = Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/rebuttal"),
                Tokens.of("importer-a"),
                "{\"route\": \"NOT_APPLICABLE\", \"statement\": \"The lint comes from Uzbekistan.\"}");
        assertThat(rebutted.statusCode()).as(rebutted.body()).isEqualTo(200);
        assertThat(post("officer", caseId, "take", "").statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = post("officer", caseId, "step-aside", "{\"reason\": \"  \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(Http.json(noReason).get("errors").findValuesAsText("code")).contains("reason");
        assertThat(post("officer", caseId, "step-aside", "").statusCode()).isEqualTo(400);
        assertThat(post("importer-a", caseId, "step-aside", "{\"reason\": \"x\"}")
                        .statusCode())
                .isEqualTo(403);

        HttpResponse<String> stepped =
                post("officer", caseId, "step-aside", "{\"reason\": \"I audited this importer last year\"}");
        assertThat(stepped.statusCode()).as(stepped.body()).isEqualTo(200);
        JsonNode view = Http.json(stepped);
        assertThat(view.path("assignee").isMissingNode()
                        || view.path("assignee").isNull())
                .as("back in the shared queue")
                .isTrue();
        assertThat(view.get("steppedAside").findValuesAsText("official")).containsExactly("officer");

        HttpResponse<String> decide = Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/decision"),
                Tokens.of("officer"),
                "{\"outcome\": \"CONFISCATE\", \"reason\": \"No proof\"}");
        assertThat(decide.statusCode()).as(decide.body()).isEqualTo(403);
        assertThat(post("officer", caseId, "take", "").statusCode()).isEqualTo(403);
        assertThat(post("supervisor", caseId, "assignment", "{\"assignee\": \"officer\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(post("officer", caseId, "step-aside", "{\"reason\": \"again\"}")
                        .statusCode())
                .isEqualTo(409);

        JsonNode c = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/cases/" + caseId), Tokens.of("officer")));
        assertThat(c.get("status").asText()).isEqualTo("REBUTTAL_SUBMITTED");
        assertThat(c.get("allowedActions").toString()).doesNotContain("DECIDE", "REVIEW_EVIDENCE");

        HttpResponse<String> audit = Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=DetentionCase&id=" + caseId), Tokens.of("auditor"));
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        assertThat(audit.body()).contains("case.taken", "case.stepped-aside", "I audited this importer last year");
    }

    static HttpResponse<String> queue(String user, String query) {
        return Http.getWithToken(ItConfig.portal("/api/v1/cases?" + query), Tokens.of(user));
    }

    static HttpResponse<String> post(String user, String caseId, String step, String json) {
        return Http.postJson(ItConfig.portal("/api/v1/cases/" + caseId + "/" + step), Tokens.of(user), json);
    }

    /** Files an entry of Hotan cotton at this port; screening detains it. Returns the case's id. */
    static String detain(String port, String number, String amount) {
        HttpResponse<String> filed = Http.postJson(
                URI.create(ItConfig.portal("/api/v1/entries").toString()), Tokens.of("importer-a"), """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "%s", "currency": "USD"}, "arrivalDate": "%s", "port": "%s",
                 "inputs": [{"tier": 2, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Hotan Ginning",
                             "regionCode": "653200"}]}
                """.formatted(
                                number, amount, TODAY, port));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode e = Http.json(filed);
        assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("DETAINED");
        return e.get("caseId").asText();
    }
}
