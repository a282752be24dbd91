package org.onus.it.upr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/** The UPR workspace through its contract: four eyes, locking, word limits, search and the exports. */
@OnusIT
@RunAsClient
class UprApiIT {

    static final URI UPR = ItConfig.portal("/api/v1/upr/");
    static final String CHINA_45 = "c0000000-0000-4000-8000-000000000045";
    static final String OHCHR = "e0000000-0000-4000-8000-000000000002";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void theSeededReviewAndTemplatesAreThereAndOnlyUprTeamsAndAuditorsSeeThem() {
        HttpResponse<String> reviews = Http.getWithToken(UPR.resolve("reviews"), Tokens.of("auditor"));
        assertThat(reviews.statusCode()).isEqualTo(200);
        JsonNode china = null;
        for (JsonNode r : Http.json(reviews)) {
            if (r.get("id").asText().equals(CHINA_45)) {
                china = r;
            }
        }
        assertThat(china).isNotNull();
        assertThat(china.get("stateUnderReview").asText()).isEqualTo("China");
        assertThat(reviews.headers().firstValue("X-Total-Count"))
                .contains(String.valueOf(Http.json(reviews).size()));
        JsonNode latest = Http.json(Http.getWithToken(UPR.resolve("reviews?limit=1"), Tokens.of("auditor")));
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).get("id")).isEqualTo(Http.json(reviews).get(0).get("id"));
        assertThat(china.get("cycle").asInt()).isEqualTo(4);
        assertThat(china.get("session").asInt()).isEqualTo(45);
        assertThat(china.get("reviewDate").asText()).isEqualTo("2024-01-23");
        assertThat(china.get("wordLimit").asInt()).isEqualTo(5630);

        JsonNode templates = Http.json(Http.getWithToken(UPR.resolve("templates"), Tokens.of("upr-drafter")));
        List<String> codes = new ArrayList<>();
        templates.forEach(t -> codes.add(t.get("code").asText()));
        assertThat(codes)
                .contains(
                        "FORCED_LABOUR_PREVALENCE",
                        "ILO_C105_VIOLATIONS",
                        "CRIMES_AGAINST_HUMANITY",
                        "ABOLISH_COERCIVE_PLACEMENTS");

        assertThat(Http.get(UPR.resolve("reviews")).statusCode()).isEqualTo(401);
        assertThat(Http.getWithToken(UPR.resolve("reviews"), Tokens.of("importer-a"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.postJson(UPR.resolve("reviews"), Tokens.of("auditor"), "{}")
                        .statusCode())
                .as("auditors read only")
                .isEqualTo(403);
    }

    @Test
    void aReviewerWhoDraftedOrSubmittedCanNeverApproveOrReturnIt() {
        String reviewer = Tokens.of("upr-reviewer");
        String review = openReview(reviewer, 2815);
        String id = draft(reviewer, review, "China should repeal the quotas by 2026.")
                .get("id")
                .asText();
        assertThat(post(reviewer, id, "submit", "").statusCode()).isEqualTo(200);

        HttpResponse<String> approve = post(reviewer, id, "approve", "");
        assertThat(approve.statusCode()).isEqualTo(403);
        assertThat(Http.json(approve).get("detail").asText()).contains("another reviewer");
        assertThat(post(reviewer, id, "return", "{\"comment\":\"mine\"}").statusCode())
                .isEqualTo(403);
        assertThat(post(Tokens.of("upr-drafter"), id, "approve", "").statusCode())
                .as("a drafter is no reviewer")
                .isEqualTo(403);
        assertThat(status(reviewer, id)).isEqualTo("IN_REVIEW");

        // Someone who edited a draft drafted by another is a contributor too.
        String drafter = Tokens.of("upr-drafter");
        String other = draft(drafter, review, "China should release detainees by 2026.")
                .get("id")
                .asText();
        assertThat(Http.putJson(
                                UPR.resolve("reviews/" + review + "/recommendations/" + other),
                                reviewer,
                                body("China should release all detainees by 2026."))
                        .statusCode())
                .isEqualTo(200);
        assertThat(post(drafter, other, "submit", "").statusCode()).isEqualTo(200);
        assertThat(post(reviewer, other, "approve", "").statusCode()).isEqualTo(403);
    }

    @Test
    void returnedWithACommentThenApprovedIsLockedAndChangesNeedARevision() {
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String review = openReview(drafter, 2815);
        JsonNode drafted = draft(drafter, review, "Continue efforts to protect workers.");
        String id = drafted.get("id").asText();
        List<String> codes = new ArrayList<>();
        drafted.get("smartFindings").forEach(f -> codes.add(f.get("code").asText()));
        assertThat(codes)
                .as("weak, but saved")
                .containsExactly("VAGUE_VERB", "NO_MEASURABLE_OUTCOME", "NO_TIME_FRAME", "NO_ADDRESSEE");

        assertThat(post(drafter, id, "submit", "").statusCode()).isEqualTo(200);
        assertThat(Http.putJson(edit(review, id), drafter, body("China should repeal quotas by 2026."))
                        .statusCode())
                .as("in review")
                .isEqualTo(409);
        assertThat(post(reviewer, id, "return", "{\"comment\":\"\"}").statusCode())
                .isEqualTo(400);
        assertThat(post(reviewer, id, "return", "{\"comment\":\"Make it SMART\"}")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> edited =
                Http.putJson(edit(review, id), drafter, body("China should repeal quotas by 2026."));
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(Http.json(edited).get("smartFindings")).isEmpty();
        assertThat(post(drafter, id, "submit", "").statusCode()).isEqualTo(200);
        HttpResponse<String> approved = post(reviewer, id, "approve", "");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(Http.json(approved).get("status").asText()).isEqualTo("APPROVED");

        HttpResponse<String> locked = Http.putJson(edit(review, id), drafter, body("Changed after approval by 2026."));
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(Http.json(locked).get("detail").asText()).contains("locked");

        HttpResponse<String> revised = post(drafter, id, "revise", "");
        assertThat(revised.statusCode()).isEqualTo(201);
        JsonNode next = Http.json(revised);
        assertThat(next.get("revision").asInt()).isEqualTo(2);
        assertThat(next.get("revisionOf").asText()).isEqualTo(id);
        assertThat(post(drafter, id, "revise", "").statusCode())
                .as("one open revision")
                .isEqualTo(409);

        JsonNode events = Http.json(Http.getWithToken(UPR.resolve("recommendations/" + id), drafter))
                .get("events");
        List<String> kinds = new ArrayList<>();
        events.forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).containsExactly("DRAFTED", "SUBMITTED", "RETURNED", "EDITED", "SUBMITTED", "APPROVED");
        assertThat(events.get(2).get("comment").asText()).isEqualTo("Make it SMART");

        JsonNode audit = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=UprRecommendation&id=" + id), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions)
                .contains("upr-recommendation.drafted", "upr-recommendation.returned", "upr-recommendation.approved");
    }

    @Test
    void overTheWordLimitTheExportIsRefusedWithTheCountOrMarkedAsADraft() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String review = openReview(drafter, 60);
        approve(drafter, reviewer, review, "China should repeal the labour transfer quotas in Xinjiang by 2026.");

        JsonNode count = Http.json(Http.getWithToken(UPR.resolve("reviews/" + review + "/word-count"), drafter));
        assertThat(count.get("overLimit").asBoolean()).isTrue();
        int words = count.get("words").asInt();

        HttpResponse<String> refused = Http.get(
                UPR.resolve("reviews/" + review + "/submission"), "Authorization", "Bearer " + drafter, "Accept", DOCX);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Http.json(refused).get("errors").get(0).get("code").asText()).isEqualTo("WORD_LIMIT");
        assertThat(Http.json(refused).get("detail").asText()).contains(words + " words", "limit is 60");

        HttpResponse<byte[]> draft =
                download(UPR.resolve("reviews/" + review + "/submission?draft=true"), drafter, DOCX);
        assertThat(draft.statusCode()).isEqualTo(200);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(draft.body()))) {
            assertThat(word.getParagraphs().get(0).getText()).startsWith("DRAFT – NOT FOR SUBMISSION");
        }
        assertThat(draft.headers().firstValue("X-Word-Count")).hasValue(Integer.toString(words));
    }

    @Test
    void theExportsReadBackWithNumberedParagraphsGroupedByThemeAndEndnotes() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String review = openReview(drafter, null);
        approve(drafter, reviewer, review, "China should repeal the labour transfer quotas in Xinjiang by 2026.");

        HttpResponse<byte[]> docx = download(UPR.resolve("reviews/" + review + "/submission"), drafter, DOCX);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(DOCX));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> paragraphs =
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).contains("Universal Periodic Review of China");
            assertThat(paragraphs).containsSubsequence("Introduction", "Forced labour");
            assertThat(paragraphs).anyMatch(p -> p.startsWith("3. China should repeal the labour transfer quotas"));
            assertThat(word.getEndnotes().stream()
                            .filter(n -> n.getId().intValue() > 0)
                            .map(n -> n.getParagraphs().get(0).getText()))
                    .singleElement()
                    .satisfies(
                            n -> assertThat(n).contains("OHCHR Assessment", "31 August 2022", "https://www.ohchr.org"));
        }

        HttpResponse<byte[]> pdf =
                download(UPR.resolve("reviews/" + review + "/submission"), drafter, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("1. This submission concerns", "3. China should repeal", "Notes", "31 August 2022");
        }
    }

    @Test
    void searchFindsRecommendationsByThemeStateSessionResponseAndText() {
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String marker = "marker" + UUID.randomUUID().toString().substring(0, 8);
        String review = openReview(drafter, null);
        String id = approve(drafter, reviewer, review, "China should close the camps by 2026 " + marker + ".");
        assertThat(Http.postJson(
                                UPR.resolve("recommendations/" + id + "/response"),
                                drafter,
                                "{\"response\":\"NOTED\",\"followUp\":\"Rejected\"}")
                        .statusCode())
                .isEqualTo(200);

        assertThat(search("q=" + marker.toUpperCase())).containsExactly(id);
        assertThat(search("q=" + marker + "&theme=FORCED_LABOUR&state=chin&session=45&response=NOTED"))
                .containsExactly(id);
        assertThat(search("q=" + marker + "&response=SUPPORTED")).isEmpty();
        assertThat(search("q=" + marker + "&theme=MINORITIES")).isEmpty();
        assertThat(search("q=" + marker + "&session=44")).isEmpty();
        assertThat(Http.getWithToken(UPR.resolve("recommendations?theme=HAPPINESS"), drafter)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void theSmartCheckAnswersWithoutSavingAndCitingNonPublicEvidenceIsRefused() {
        String drafter = Tokens.of("upr-drafter");
        JsonNode findings = Http.json(Http.postJson(
                UPR.resolve("smart-check"),
                drafter,
                "{\"text\":\"Consider protecting workers\",\"stateUnderReview\":\"China\"}"));
        assertThat(findings.get(0).get("code").asText()).isEqualTo("VAGUE_VERB");

        HttpResponse<String> refused = Http.postJson(
                UPR.resolve("reviews/" + CHINA_45 + "/recommendations"),
                drafter,
                "{\"text\":\"x\",\"themes\":[\"FORCED_LABOUR\"],\"actionCategory\":5,\"citations\":[\"%s\"]}"
                        .formatted(UUID.randomUUID()));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("citations");
    }

    // --- helpers -------------------------------------------------------------------------------

    static String openReview(String token, Integer wordLimit) {
        HttpResponse<String> created = Http.postJson(
                UPR.resolve("reviews"),
                token,
                """
                {"stateUnderReview":"China","cycle":4,"session":45,"reviewDate":"2024-01-23",
                 "submissionType":"STAKEHOLDER_INDIVIDUAL","wordLimit":%s}
                """.formatted(wordLimit == null ? "null" : wordLimit.toString()),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    static String body(String text) {
        return """
                {"text":"%s","themes":["FORCED_LABOUR"],"actionCategory":5,"citations":["%s"],
                 "legalAnchors":["ILO Convention No. 105, Art. 1 (b)"]}
                """.formatted(text, OHCHR);
    }

    static JsonNode draft(String token, String review, String text) {
        HttpResponse<String> created =
                Http.postJson(UPR.resolve("reviews/" + review + "/recommendations"), token, body(text));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    static String approve(String drafter, String reviewer, String review, String text) {
        String id = draft(drafter, review, text).get("id").asText();
        assertThat(post(drafter, id, "submit", "").statusCode()).isEqualTo(200);
        assertThat(post(reviewer, id, "approve", "").statusCode()).isEqualTo(200);
        return id;
    }

    static HttpResponse<String> post(String token, String id, String action, String json) {
        return Http.postJson(UPR.resolve("recommendations/" + id + "/" + action), token, json.isEmpty() ? "{}" : json);
    }

    static URI edit(String review, String id) {
        return UPR.resolve("reviews/" + review + "/recommendations/" + id);
    }

    static String status(String token, String id) {
        return Http.json(Http.getWithToken(UPR.resolve("recommendations/" + id), token))
                .get("status")
                .asText();
    }

    static List<String> search(String query) {
        HttpResponse<String> response =
                Http.getWithToken(UPR.resolve("recommendations?" + query), Tokens.of("auditor"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Http.json(response).forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    static HttpResponse<byte[]> download(URI uri, String token, String accept) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri)
                                    .header("Authorization", "Bearer " + token)
                                    .header("Accept", accept)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
