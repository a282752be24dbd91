package org.onus.it.upr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onus.it.upr.UprApiIT.DOCX;
import static org.onus.it.upr.UprApiIT.OHCHR;
import static org.onus.it.upr.UprApiIT.UPR;
import static org.onus.it.upr.UprApiIT.download;
import static org.onus.it.upr.UprApiIT.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * A review's two kinds of work product through the contract: the submission with its co-signing
 * organisations on the title page, and a brief per recommending State, read back as PDF and DOCX.
 */
@OnusIT
@RunAsClient
class UprBriefsIT {

    static final String SECRET_CONTACT = "do-not-print@example.org";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void theSeededReviewIsAJointSubmissionWithCoSignersAndASetOfBriefs() {
        JsonNode china =
                Http.json(Http.getWithToken(UPR.resolve("reviews/" + UprApiIT.CHINA_45), Tokens.of("auditor")));
        assertThat(china.get("submissionType").asText()).isEqualTo("STAKEHOLDER_JOINT");
        assertThat(texts(china.get("briefs")))
                .containsExactly("Germany", "France", "United Kingdom", "Canada", "Australia", "Netherlands");
        assertThat(china.get("coSigners")).hasSizeGreaterThanOrEqualTo(2);
        china.get("coSigners")
                .forEach(c -> assertThat(c.path("contact").isMissingNode()
                                || c.path("contact").isNull())
                        .as("an auditor sees no contact")
                        .isTrue());
        JsonNode forDrafter =
                Http.json(Http.getWithToken(UPR.resolve("reviews/" + UprApiIT.CHINA_45), Tokens.of("upr-drafter")));
        assertThat(forDrafter.get("coSigners").get(0).get("contact").asText()).contains("@example.org");

        JsonNode briefs = Http.json(
                Http.getWithToken(UPR.resolve("reviews/" + UprApiIT.CHINA_45 + "/briefs"), Tokens.of("auditor")));
        assertThat(briefs).hasSize(6);
        assertThat(briefs.get(2).get("state").asText()).isEqualTo("United Kingdom");
        assertThat(briefs.get(2).get("href").asText()).endsWith("/briefs/United%20Kingdom");
    }

    @Test
    void theCoSignersAreOnTheSubmissionsTitlePageButNeverTheirContacts() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        String review = openReview(drafter, """
                [{"name":"Alliance Against Forced Labour","country":"Belgium","contact":"%s"},
                 {"name":"Kashgar Workers Network"}]""".formatted(SECRET_CONTACT), "[]");
        UprApiIT.approve(
                drafter, Tokens.of("upr-reviewer"), review, "China should repeal the labour transfer quotas by 2026.");

        HttpResponse<byte[]> docx = download(UPR.resolve("reviews/" + review + "/submission"), drafter, DOCX);
        assertThat(docx.statusCode()).isEqualTo(200);
        String word = docxText(docx.body());
        assertThat(word)
                .contains("Co-signed by", "Alliance Against Forced Labour (Belgium)", "Kashgar Workers Network");
        assertThat(word).doesNotContain(SECRET_CONTACT);

        HttpResponse<byte[]> pdf =
                download(UPR.resolve("reviews/" + review + "/submission"), drafter, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String text = pdfText(pdf.body());
        assertThat(text)
                .contains("Co-signed by", "Alliance Against Forced Labour (Belgium)", "Kashgar Workers Network");
        assertThat(text).doesNotContain(SECRET_CONTACT);

        // Replacing the list: checked as a whole, drafters only.
        URI coSigners = UPR.resolve("reviews/" + review + "/co-signers");
        HttpResponse<String> refused =
                Http.putJson(coSigners, drafter, "[{\"name\":\"\"},{\"name\":\"A\"},{\"name\":\"a\"}]");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("coSigners[0].name", "coSigners[2].name");
        assertThat(Http.putJson(coSigners, Tokens.of("auditor"), "[]").statusCode())
                .isEqualTo(403);
        HttpResponse<String> replaced =
                Http.putJson(coSigners, drafter, "[{\"name\":\"Only One\",\"country\":\"Chile\"}]");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(Http.json(replaced).get("coSigners")).hasSize(1);

        JsonNode audit = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=UprReview&id=" + review), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("upr-review.opened", "upr-review.co-signers-changed", "upr-submission.exported");
    }

    @Test
    void aBriefPerStateReadsBackAsPdfAndDocxWithItsRecommendationsAndNotes() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String review = openReview(
                drafter,
                "[{\"name\":\"Alliance Against Forced Labour\",\"contact\":\"" + SECRET_CONTACT + "\"}]",
                "[\"United Kingdom\"]");
        String forUk = approveProposed(
                drafter,
                reviewer,
                review,
                "China should release every detained worker within six months.",
                "United Kingdom");
        // A State not yet among the briefs is added to them when a recommendation is proposed for it.
        approveProposed(
                drafter, reviewer, review, "China should abolish the labour transfer quotas by 2026.", "Türkiye");
        draftProposed(drafter, review, "China should publish the quotas by 2026.", "Türkiye");

        JsonNode briefs =
                Http.json(Http.getWithToken(UPR.resolve("reviews/" + review + "/briefs"), Tokens.of("auditor")));
        assertThat(briefs).hasSize(2);
        assertThat(briefs.get(1).get("state").asText()).isEqualTo("Türkiye");
        assertThat(briefs.get(1).get("recommendations").asInt()).isEqualTo(1);
        assertThat(briefs.get(1).get("inProgress").asInt()).isEqualTo(1);
        assertThat(briefs.get(0).get("recommendations").asInt()).isEqualTo(1);

        URI turkiye = brief(review, "Türkiye");
        HttpResponse<byte[]> pdf = download(turkiye, drafter, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("filename*=UTF-8''", "T%C3%BCrkiye", ".pdf"));
        String text = pdfText(pdf.body());
        assertThat(text)
                .contains(
                        "Brief for the Permanent Mission of Türkiye",
                        "China, 4th cycle, 45th session",
                        "Alliance Against Forced Labour",
                        "1. China should abolish the labour transfer quotas by 2026.",
                        "What Türkiye recommended to China before",
                        "Notes",
                        "31 August 2022")
                .doesNotContain("release every detained worker", "publish the quotas", SECRET_CONTACT);

        HttpResponse<byte[]> docx = download(brief(review, "united kingdom"), drafter, DOCX);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(DOCX));
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String all = new XWPFWordExtractor(word).getText();
            assertThat(all)
                    .contains(
                            "Brief for the Permanent Mission of United Kingdom",
                            "1. China should release every detained worker within six months.",
                            "Co-signed by: Alliance Against Forced Labour")
                    .doesNotContain("abolish the labour transfer quotas", SECRET_CONTACT);
            assertThat(word.getEndnotes().stream()
                            .filter(n -> n.getId().intValue() > 0)
                            .map(n -> n.getParagraphs().get(0).getText()))
                    .singleElement()
                    .satisfies(n -> assertThat(n).contains("OHCHR Assessment", "31 August 2022"));
        }

        assertThat(download(brief(review, "France"), drafter, DOCX).statusCode())
                .as("no brief for France in this review")
                .isEqualTo(404);
        assertThat(download(brief(review, "Türkiye"), Tokens.of("auditor"), "application/pdf")
                        .statusCode())
                .isEqualTo(200);
        assertThat(download(brief(review, "Türkiye"), Tokens.of("importer-a"), "application/pdf")
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.get(turkiye).statusCode()).isEqualTo(401);
        assertThat(Http.get(UPR.resolve("reviews/" + review + "/briefs")).statusCode())
                .isEqualTo(401);

        JsonNode audit = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=UprReview&id=" + review), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        audit.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("upr-review.brief-added", "upr-brief.exported");

        // A brief with a proposal cannot be dropped; one without can.
        URI list = UPR.resolve("reviews/" + review + "/briefs");
        assertThat(Http.putJson(list, drafter, "[\"Türkiye\"]").statusCode()).isEqualTo(409);
        assertThat(Http.putJson(list, drafter, "[\"Türkiye\",\"United Kingdom\",\"China\"]")
                        .statusCode())
                .as("never the State under review")
                .isEqualTo(400);
        assertThat(Http.putJson(list, Tokens.of("auditor"), "[]").statusCode()).isEqualTo(403);
        HttpResponse<String> added = Http.putJson(list, drafter, "[\"Türkiye\",\"United Kingdom\",\"Côte d'Ivoire\"]");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(texts(Http.json(added).get("briefs"))).containsExactly("Türkiye", "United Kingdom", "Côte d'Ivoire");
        assertThat(download(brief(review, "Côte d'Ivoire"), drafter, "application/pdf")
                        .statusCode())
                .isEqualTo(200);
        assertThat(forUk).isNotBlank();
    }

    @Test
    void proposedForRoundTripsAndTheSmartAssistantWantsAnotherAddressee() {
        String drafter = Tokens.of("upr-drafter");
        String review = openReview(drafter, "[]", "[\"Germany\"]");
        JsonNode drafted = draftProposed(
                drafter, review, "Germany should ban imports made with forced labour by 2026.", "germany");
        assertThat(drafted.get("proposedFor").asText())
                .as("spelled as the brief lists it")
                .isEqualTo("Germany");
        assertThat(codes(drafted.get("smartFindings"))).containsExactly("ADDRESSED_TO_RECOMMENDING_STATE");
        String id = drafted.get("id").asText();

        HttpResponse<String> edited = Http.putJson(
                UprApiIT.edit(review, id),
                drafter,
                proposedBody("China should repeal the labour transfer quotas by 2026.", "Germany"));
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(Http.json(edited).get("proposedFor").asText()).isEqualTo("Germany");
        assertThat(Http.json(edited).get("smartFindings")).isEmpty();
        assertThat(Http.json(Http.getWithToken(UPR.resolve("recommendations/" + id), Tokens.of("auditor")))
                        .get("proposedFor")
                        .asText())
                .isEqualTo("Germany");

        HttpResponse<String> self = Http.postJson(
                UPR.resolve("reviews/" + review + "/recommendations"),
                drafter,
                proposedBody("China should repeal the quotas by 2026.", "China"));
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(Http.json(self).get("errors").get(0).get("code").asText()).isEqualTo("proposedFor");

        JsonNode findings = Http.json(Http.postJson(
                UPR.resolve("smart-check"),
                drafter,
                "{\"text\":\"France should stop buying cotton by 2026.\",\"stateUnderReview\":\"China\","
                        + "\"proposedFor\":\"France\"}"));
        assertThat(codes(findings)).containsExactly("ADDRESSED_TO_RECOMMENDING_STATE");
        assertThat(findings.get(0).get("message").asText()).contains("France");
    }

    @Test
    void aBriefOverItsLimitIsRefusedWithTheCountOrMarkedAsADraft() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        String review = openReview(drafter, "[]", "[]");
        String text = "China should repeal the quotas by 2026 and "
                + "end it ".repeat(320).strip() + ".";
        approveProposed(drafter, Tokens.of("upr-reviewer"), review, text, "Canada");

        JsonNode listed = Http.json(Http.getWithToken(UPR.resolve("reviews/" + review + "/briefs"), drafter))
                .get(0);
        assertThat(listed.get("state").asText()).isEqualTo("Canada");
        assertThat(listed.get("overLimit").asBoolean()).isTrue();
        assertThat(listed.get("words").asInt())
                .isGreaterThan(listed.get("wordLimit").asInt());
        HttpResponse<String> refused =
                Http.get(brief(review, "Canada"), "Authorization", "Bearer " + drafter, "Accept", "application/pdf");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Http.json(refused).get("errors").get(0).get("code").asText()).isEqualTo("WORD_LIMIT");
        assertThat(Http.json(refused).get("detail").asText()).contains("limit is 600");

        HttpResponse<byte[]> draft = download(URI.create(brief(review, "Canada") + "?draft=true"), drafter, DOCX);
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(docxText(draft.body())).startsWith("DRAFT – NOT FOR SENDING");
    }

    // --- helpers -------------------------------------------------------------------------------

    static String openReview(String token, String coSigners, String briefs) {
        HttpResponse<String> created = Http.postJson(
                UPR.resolve("reviews"),
                token,
                """
                {"stateUnderReview":"China","cycle":4,"session":45,"reviewDate":"2024-01-23",
                 "submissionType":"STAKEHOLDER_JOINT","coSigners":%s,"briefs":%s}
                """.formatted(coSigners, briefs),
                "Idempotency-Key",
                UUID.randomUUID().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    static String proposedBody(String text, String state) {
        return """
                {"text":"%s","themes":["FORCED_LABOUR"],"actionCategory":5,"citations":["%s"],
                 "legalAnchors":["ILO Convention No. 105, Art. 1 (b)"],"proposedFor":"%s"}
                """.formatted(text, OHCHR, state);
    }

    static JsonNode draftProposed(String token, String review, String text, String state) {
        HttpResponse<String> created =
                Http.postJson(UPR.resolve("reviews/" + review + "/recommendations"), token, proposedBody(text, state));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    static String approveProposed(String drafter, String reviewer, String review, String text, String state) {
        String id = draftProposed(drafter, review, text, state).get("id").asText();
        assertThat(post(drafter, id, "submit", "").statusCode()).isEqualTo(200);
        assertThat(post(reviewer, id, "approve", "").statusCode()).isEqualTo(200);
        return id;
    }

    static URI brief(String review, String state) {
        return UPR.resolve("reviews/" + review + "/briefs/"
                + URLEncoder.encode(state, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> codes(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("code").asText()));
        return out;
    }

    static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new XWPFWordExtractor(word).getText();
        }
    }
}
