package org.onus.it.upr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Follow-up between cycles through its contract: a supported recommendation's implementation
 * assessed three times, its history newest first, the overview's counts, the mid-term report read
 * back as PDF and DOCX, and who may do what.
 */
@OnusIT
@RunAsClient
class UprFollowUpIT {

    static final URI UPR = ItConfig.portal("/api/v1/upr/");
    static final URI FOLLOW_UP = ItConfig.portal("/api/v1/upr/follow-up/");
    static final String OHCHR = "e0000000-0000-4000-8000-000000000002";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aSupportedRecommendationIsFollowedUpToFullyImplementedAndTheMidTermReportSaysSo() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String auditor = Tokens.of("auditor");
        // A State of its own, so the overview's counts are this test's alone.
        String state = "Followland-" + UUID.randomUUID().toString().substring(0, 8);
        String review = openReview(drafter, state);
        String text = "The Government should ratify ILO Convention No. 105 by 2026 (" + state + ").";
        String id = approved(drafter, reviewer, review, text);
        String unanswered = approved(drafter, reviewer, review, "The Government should publish the quotas by 2026.");
        assertThat(Http.postJson(
                                UPR.resolve("recommendations/" + id + "/response"),
                                drafter,
                                "{\"response\":\"SUPPORTED\"}")
                        .statusCode())
                .isEqualTo(200);

        JsonNode first = created(assess(drafter, id, "NOT_IMPLEMENTED", "2025-01-15", "No step taken", List.of()));
        assertThat(first.get("status").asText()).isEqualTo("NOT_IMPLEMENTED");
        assertThat(first.get("subjectKind").asText()).isEqualTo("OWN");
        created(assess(drafter, id, "PARTIALLY_IMPLEMENTED", "2025-09-01", "Bill before the NPC", List.of()));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        JsonNode fully =
                created(assess(drafter, id, "FULLY_IMPLEMENTED", today, "Ratified and in force", List.of(OHCHR)));
        assertThat(fully.get("evidenceIds").get(0).asText()).isEqualTo(OHCHR);
        assertThat(fully.get("recordedBy").asText()).isEqualTo("upr-drafter");

        // The history, newest first, for a reader who may not assess.
        HttpResponse<String> history = Http.getWithToken(FOLLOW_UP.resolve("recommendations/" + id), auditor);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        List<String> statuses = new ArrayList<>();
        Http.json(history)
                .get("assessments")
                .forEach(a -> statuses.add(a.get("status").asText()));
        assertThat(statuses).containsExactly("FULLY_IMPLEMENTED", "PARTIALLY_IMPLEMENTED", "NOT_IMPLEMENTED");
        JsonNode subject = Http.json(history).get("subject");
        assertThat(subject.get("response").asText()).isEqualTo("SUPPORTED");
        assertThat(subject.get("latest").get("statusLabel").asText()).isEqualTo("Fully implemented");

        // The overview of the State's cycle.
        HttpResponse<String> overview = Http.getWithToken(
                ItConfig.portal("/api/v1/upr/follow-up?stateUnderReview=" + state.toLowerCase() + "&cycle=4"), auditor);
        assertThat(overview.statusCode()).as(overview.body()).isEqualTo(200);
        JsonNode o = Http.json(overview);
        assertThat(o.get("total").asInt())
                .as("the unanswered one is not followed up")
                .isEqualTo(1);
        assertThat(o.get("countsByStatus").get("FULLY_IMPLEMENTED").asLong()).isEqualTo(1);
        assertThat(o.get("countsByStatus").get("NOT_IMPLEMENTED").asLong()).isZero();
        assertThat(o.get("countsByStatus").get("NOT_ASSESSED").asLong()).isZero();
        assertThat(o.get("countsByResponse").get("SUPPORTED").asLong()).isEqualTo(1);
        assertThat(o.get("recommendations").get(0).get("id").asText()).isEqualTo(id);
        assertThat(o.get("recommendations").get(0).get("assessedOn").asText()).isEqualTo(today);
        assertThat(Http.getWithToken(
                                ItConfig.portal("/api/v1/upr/follow-up?stateUnderReview=" + state + "&cycle=four"),
                                auditor)
                        .statusCode())
                .isEqualTo(400);

        // The mid-term report, as PDF and DOCX.
        URI report = FOLLOW_UP.resolve("report?stateUnderReview=" + state + "&cycle=4");
        HttpResponse<byte[]> pdf = UprApiIT.download(report, auditor, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String content = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(content).contains(state, "4th cycle", text, "Fully implemented", "Supported", "OHCHR");
        }
        HttpResponse<byte[]> docx = UprApiIT.download(report, drafter, DOCX);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(DOCX));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
            assertThat(extractor.getText()).contains(state, "4th cycle", text, "Fully implemented", "Supported");
        }

        // The audit trail has each assessment, against the recommendation, and the exports.
        List<String> actions = new ArrayList<>();
        Http.json(Http.getWithToken(ItConfig.portal("/api/v1/audit?entity=UprRecommendation&id=" + id), auditor))
                .forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions.stream().filter("upr-implementation.assessed"::equals))
                .hasSize(3);
        List<String> exports = new ArrayList<>();
        Http.json(Http.getWithToken(
                        ItConfig.portal("/api/v1/audit?entity=UprMidTermReport&id=" + state + "/4"), auditor))
                .forEach(e -> exports.add(e.get("action").asText()));
        assertThat(exports).containsExactly("upr-midterm-report.exported", "upr-midterm-report.exported");

        // Without a response there is nothing to follow up.
        HttpResponse<String> refused = assess(drafter, unanswered, "NOT_IMPLEMENTED", today, null, List.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Http.json(refused).get("detail").asText()).contains("supported or noted");
    }

    @Test
    void aWrongAssessmentIsRefusedNamingTheFieldAndOnlyDraftersAssess() {
        String drafter = Tokens.of("upr-drafter");
        String state = "Followland-" + UUID.randomUUID().toString().substring(0, 8);
        String review = openReview(drafter, state);
        String id = approved(
                drafter, Tokens.of("upr-reviewer"), review, "The Government should end the transfers by 2026.");
        assertThat(Http.postJson(
                                UPR.resolve("recommendations/" + id + "/response"), drafter, "{\"response\":\"NOTED\"}")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> badStatus = assess(drafter, id, "DONE", "2025-01-15", null, List.of());
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(Http.json(badStatus).get("errors").get(0).get("code").asText())
                .isEqualTo("status");
        HttpResponse<String> future = assess(drafter, id, "NOT_IMPLEMENTED", "2999-01-01", null, List.of());
        assertThat(future.statusCode()).isEqualTo(400);
        assertThat(Http.json(future).get("errors").get(0).get("code").asText()).isEqualTo("assessedOn");
        HttpResponse<String> unknownEvidence = assess(
                drafter,
                id,
                "NOT_IMPLEMENTED",
                "2025-01-15",
                null,
                List.of(UUID.randomUUID().toString()));
        assertThat(unknownEvidence.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknownEvidence).get("errors").get(0).get("code").asText())
                .isEqualTo("evidenceIds");

        assertThat(assess(Tokens.of("importer-a"), id, "NOT_IMPLEMENTED", "2025-01-15", null, List.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(FOLLOW_UP.resolve("recommendations/" + id), Tokens.of("importer-a"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(assess(Tokens.of("auditor"), id, "NOT_IMPLEMENTED", "2025-01-15", null, List.of())
                        .statusCode())
                .as("auditors read only")
                .isEqualTo(403);
        assertThat(Http.get(FOLLOW_UP.resolve("recommendations/" + id)).statusCode())
                .isEqualTo(401);
        assertThat(Http.getWithToken(FOLLOW_UP.resolve("recommendations/" + UUID.randomUUID()), drafter)
                        .statusCode())
                .isEqualTo(404);
        assertThat(assess(drafter, UUID.randomUUID().toString(), "NOT_IMPLEMENTED", "2025-01-15", null, List.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.postJson(
                                FOLLOW_UP.resolve("records/" + UUID.randomUUID()),
                                drafter,
                                "{\"status\":\"NOT_IMPLEMENTED\",\"assessedOn\":\"2025-01-15\"}")
                        .statusCode())
                .isEqualTo(404);

        JsonNode history = Http.json(Http.getWithToken(FOLLOW_UP.resolve("recommendations/" + id), drafter));
        assertThat(history.get("assessments")).as("nothing refused was stored").isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------

    static String openReview(String token, String state) {
        HttpResponse<String> created = Http.postJson(
                UPR.resolve("reviews"),
                token,
                """
                {"stateUnderReview":"%s","cycle":4,"session":45,"reviewDate":"2024-01-23",
                 "submissionType":"STAKEHOLDER_INDIVIDUAL"}
                """.formatted(state),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    static String approved(String drafter, String reviewer, String review, String text) {
        return UprApiIT.approve(drafter, reviewer, review, text);
    }

    static HttpResponse<String> assess(
            String token, String id, String status, String assessedOn, String note, List<String> evidenceIds) {
        String json = """
                {"status":"%s","assessedOn":"%s","note":%s,"evidenceIds":[%s]}
                """.formatted(
                status,
                assessedOn,
                note == null ? "null" : "\"" + note + "\"",
                String.join(",", evidenceIds.stream().map(e -> "\"" + e + "\"").toList()));
        return Http.postJson(FOLLOW_UP.resolve("recommendations/" + id), token, json);
    }

    static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response);
    }
}
