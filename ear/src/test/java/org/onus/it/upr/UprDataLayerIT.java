package org.onus.it.upr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
 * The three parts of the UPR data layer together: what a State recommended before, imported from a
 * file, reaches that State's brief with the answer it got; the team's proposal for that State is
 * found beside the imported record by the same filters; and an imported recommendation the State
 * supported is followed up into the mid-term report, while one it answered otherwise is refused.
 */
@OnusIT
@RunAsClient
class UprDataLayerIT {

    static final URI UPR = ItConfig.portal("/api/v1/upr/");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void importedRecordsReachTheBriefTheSearchAndTheFollowUp() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        String reviewer = Tokens.of("upr-reviewer");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        // A State of its own, so that no other test's records or reviews are counted.
        String state = "Recordland-" + marker;
        String csv = "id,state_under_review,recommending_state,session,cycle,document,paragraph,recommendation,"
                + "response,action_category,themes\n"
                + "DL-" + marker + "-1," + state + ",Germany,31,3,A/HRC/40/" + marker + ",28.1,"
                + "Abolish the labour transfer quotas " + marker + ",Supported,5,Forced labour\n"
                + "DL-" + marker + "-2," + state + ",Germany,31,3,A/HRC/40/" + marker + ",28.2,"
                + "Publish the employment targets " + marker + ",Supported in part,4,Labour\n"
                + "DL-" + marker + "-3," + state + ",France,31,3,A/HRC/40/" + marker + ",28.3,"
                + "Invite the Special Rapporteur " + marker + ",Noted,3,Cooperation with UN mechanisms\n";
        HttpResponse<String> imported =
                Http.send("POST", UPR.resolve("records"), drafter, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(Http.json(imported).get("created").asInt()).isEqualTo(3);

        // The team's review of that State in the next cycle, proposing a recommendation for Germany.
        HttpResponse<String> opened = Http.postJson(UPR.resolve("reviews"), drafter, """
                {"stateUnderReview":"%s","cycle":4,"session":45,"reviewDate":"2024-01-23",
                 "submissionType":"STAKEHOLDER_JOINT","briefs":["Germany"]}
                """.formatted(state));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String review = Http.json(opened).get("id").asText();
        String proposal = state + " should repeal the labour transfer quotas by the end of 2026 (" + marker + ").";
        HttpResponse<String> drafted =
                Http.postJson(UPR.resolve("reviews/" + review + "/recommendations"), drafter, """
                {"text":"%s","themes":["FORCED_LABOUR"],"actionCategory":5,"citations":[],
                 "legalAnchors":[],"proposedFor":"Germany"}
                """.formatted(proposal));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        String own = Http.json(drafted).get("id").asText();
        assertThat(Http.postJson(UPR.resolve("recommendations/" + own + "/submit"), drafter, "{}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Http.postJson(UPR.resolve("recommendations/" + own + "/approve"), reviewer, "{}")
                        .statusCode())
                .isEqualTo(200);

        // One search finds Germany's earlier record and the team's proposal for Germany; not France's.
        JsonNode germany = Http.json(Http.getWithToken(
                UPR.resolve("records?stateUnderReview=" + encode(state) + "&recommendingState=Germany"), drafter));
        assertThat(germany.get("total").asInt()).isEqualTo(3);
        List<String> kinds = new ArrayList<>();
        germany.get("items")
                .forEach(i ->
                        kinds.add(i.get("kind").asText() + ":" + i.get("cycle").asInt()));
        assertThat(kinds).containsExactly("OWN:4", "IMPORTED:3", "IMPORTED:3");
        JsonNode ownOnly = Http.json(Http.getWithToken(
                UPR.resolve("records?stateUnderReview=" + encode(state) + "&recommendingState=Germany&source=OWN"),
                drafter));
        assertThat(ownOnly.get("items").get(0).get("id").asText()).isEqualTo(own);

        // Germany's brief: the proposal, what Germany recommended in cycle 3 and the answers, not France's.
        HttpResponse<byte[]> pdf = download(brief(review, "Germany"), drafter, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String brief = UprBriefsIT.pdfText(pdf.body());
        assertThat(brief)
                .contains("Germany")
                .contains("repeal the labour transfer quotas by the end of 2026")
                .contains("Abolish the labour transfer quotas " + marker)
                .contains("Publish the employment targets " + marker)
                .contains("Supported in part")
                .doesNotContain("Invite the Special Rapporteur");
        HttpResponse<byte[]> docx = download(brief(review, "Germany"), drafter, DOCX);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(UprBriefsIT.docxText(docx.body()))
                .contains("Abolish the labour transfer quotas " + marker)
                .contains("Supported in part");

        // Follow-up of the imported records: the supported one is assessed; "supported in part" is not
        // a response the follow-up can rest on.
        String supported = recordId(drafter, state, "Abolish the labour transfer quotas");
        String partly = recordId(drafter, state, "Publish the employment targets");
        String today = LocalDate.now().toString();
        HttpResponse<String> assessed =
                Http.postJson(UPR.resolve("follow-up/records/" + supported), drafter, """
                {"status":"PARTIALLY_IMPLEMENTED","assessedOn":"%s","note":"Quotas cut in two prefectures only",
                 "evidenceIds":[]}
                """.formatted(today));
        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(201);
        HttpResponse<String> refused =
                Http.postJson(UPR.resolve("follow-up/records/" + partly), drafter, """
                {"status":"NOT_IMPLEMENTED","assessedOn":"%s","note":"","evidenceIds":[]}
                """.formatted(today));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(Http.json(refused).get("detail").asText()).contains("Supported in part");

        JsonNode overview = Http.json(Http.getWithToken(
                UPR.resolve("follow-up?stateUnderReview=" + encode(state) + "&cycle=3"), Tokens.of("auditor")));
        List<String> rows = new ArrayList<>();
        overview.get("recommendations")
                .forEach(r -> rows.add(r.get("kind").asText() + ":"
                        + r.get("recommendingState").asText() + ":"
                        + (r.hasNonNull("status") ? r.get("status").asText() : "none")));
        assertThat(rows).containsExactlyInAnyOrder("IMPORTED:Germany:PARTIALLY_IMPLEMENTED", "IMPORTED:France:none");
        HttpResponse<byte[]> report =
                download(UPR.resolve("follow-up/report?stateUnderReview=" + encode(state) + "&cycle=3"), drafter, DOCX);
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(UprBriefsIT.docxText(report.body()))
                .contains("Abolish the labour transfer quotas " + marker)
                .contains("Quotas cut in two prefectures only");
    }

    private static String recordId(String token, String state, String text) {
        JsonNode found = Http.json(Http.getWithToken(
                UPR.resolve("records?source=IMPORTED&stateUnderReview=" + encode(state) + "&q=" + encode(text)),
                token));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        return found.get("items").get(0).get("id").asText();
    }

    private static URI brief(String review, String state) {
        return UPR.resolve("reviews/" + review + "/briefs/" + encode(state));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static HttpResponse<byte[]> download(URI uri, String token, String mediaType) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .header("Authorization", "Bearer " + token)
                                    .header("Accept", mediaType)
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
