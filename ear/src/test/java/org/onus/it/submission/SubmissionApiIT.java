package org.onus.it.submission;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * The public submission point end to end: an anonymous submission with a file, its receipt, a
 * regulator's question, the answer given with the code, triage into the evidence library, and what
 * importers and anonymous callers cannot see. Each test names its own client address (the IT server
 * trusts {@code X-Onus-Test-Client}), so the rate limits of one never spill into another.
 */
@OnusIT
@RunAsClient
class SubmissionApiIT {

    static final URI SUBMISSIONS = ItConfig.portal("/api/v1/submissions");
    static final String CLIENT = "X-Onus-Test-Client";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void anAnonymousSubmissionWithAFileIsAnsweredWithTheCodeAndTriagedIntoRestrictedEvidence() {
        String client = "198.51.100." + (int) (Math.random() * 200);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        byte[] pdf = (new String(SampleFiles.pdf(), UTF_8) + "% " + marker + "\n").getBytes(UTF_8);
        String json = """
                {"summary": "Workers transferred to the spinning mill %s under a labour transfer quota",
                 "regionCodes": ["650000"], "sectorCodes": ["cotton"], "producers": ["Mill %s"],
                 "sources": ["https://example.org/report"], "contactAllowed": true, "contact": "witness-%s@example.org"}
                """.formatted(marker, marker, marker);

        HttpResponse<String> created = Http.postMultipart(
                SUBMISSIONS,
                null,
                new Multipart()
                        .field("submission", json)
                        .file("attachments", "photo of the notice.pdf", "application/pdf", pdf),
                CLIENT,
                client);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode receipt = Http.json(created);
        String code = receipt.get("receiptCode").asText();
        assertThat(code).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
        assertThat(receipt.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("no-store"));

        // The regulator finds it (with the contact); the auditor reads it without the contact.
        String regulator = Tokens.of("regulator");
        JsonNode listed = find(regulator, marker);
        String id = listed.get("id").asText();
        JsonNode full = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/submissions/" + id), regulator));
        assertThat(full.get("contact").asText()).isEqualTo("witness-" + marker + "@example.org");
        assertThat(full.get("regionCodes").get(0).asText()).isEqualTo("650000");
        assertThat(full.get("sectorCodes").get(0).asText()).isEqualTo("COTTON");
        assertThat(full.get("attachments")).hasSize(1);
        HttpResponse<String> byAuditor =
                Http.getWithToken(ItConfig.portal("/api/v1/submissions/" + id), Tokens.of("auditor"));
        assertThat(byAuditor.statusCode()).isEqualTo(200);
        assertThat(Http.json(byAuditor).path("contact").isNull()
                        || Http.json(byAuditor).path("contact").isMissingNode())
                .isTrue();

        // A question, seen and answered by the submitter with nothing but the code.
        HttpResponse<String> asked = Http.postJson(
                ItConfig.portal("/api/v1/submissions/" + id + "/questions"),
                regulator,
                "{\"question\": \"Which town is the mill in?\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(Http.json(asked).get("status").asText()).isEqualTo("QUESTION_OPEN");

        HttpResponse<String> status =
                anonymous("/api/v1/submissions/status", "{\"receiptCode\": \"" + code.toLowerCase() + "\"}", client);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        JsonNode question = Http.json(status).get("questions").get(0);
        assertThat(question.get("question").asText()).isEqualTo("Which town is the mill in?");
        assertThat(question.has("askedBy"))
                .as("the submitter is not told who asked")
                .isFalse();
        assertThat(status.body()).doesNotContain("witness-" + marker);

        HttpResponse<String> answered = anonymous(
                "/api/v1/submissions/answers",
                "{\"receiptCode\": \"%s\", \"questionId\": \"%s\", \"text\": \"Near the railway station\"}"
                        .formatted(code.replace("-", ""), question.get("id").asText()),
                client);
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Http.json(answered).get("status").asText()).isEqualTo("RECEIVED");
        assertThat(Http.json(answered).get("questions").get(0).get("answer").asText())
                .isEqualTo("Near the railway station");
        HttpResponse<String> again = anonymous(
                "/api/v1/submissions/answers",
                "{\"receiptCode\": \"%s\", \"questionId\": \"%s\", \"text\": \"Twice\"}"
                        .formatted(code, question.get("id").asText()),
                client);
        assertThat(again.statusCode()).isEqualTo(409);

        // Triage into the library: restricted, the same file, never the contact.
        HttpResponse<String> accepted =
                Http.postJson(ItConfig.portal("/api/v1/submissions/" + id + "/acceptance"), regulator, "{}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Http.json(accepted).get("status").asText()).isEqualTo("ACCEPTED");
        String evidenceId = Http.json(accepted).get("evidenceIds").get(0).asText();
        HttpResponse<String> evidence = Http.getWithToken(ItConfig.portal("/api/v1/evidence/" + evidenceId), regulator);
        assertThat(evidence.statusCode()).isEqualTo(200);
        assertThat(Http.json(evidence).get("accessClass").asText()).isEqualTo("RESTRICTED");
        assertThat(evidence.body()).contains(marker).doesNotContain("witness-" + marker);
        HttpResponse<byte[]> file =
                Http.download(ItConfig.portal("/api/v1/evidence/" + evidenceId + "/content"), regulator);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);

        // Closed: nothing more can be asked.
        assertThat(Http.postJson(
                                ItConfig.portal("/api/v1/submissions/" + id + "/questions"),
                                regulator,
                                "{\"question\": \"More?\"}")
                        .statusCode())
                .isEqualTo(409);

        // Importers see none of it; anonymous callers cannot list.
        String importer = Tokens.of("importer-a");
        assertThat(Http.getWithToken(SUBMISSIONS, importer).statusCode()).isEqualTo(403);
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/submissions/" + id), importer)
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/evidence/" + evidenceId), importer)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.get(SUBMISSIONS).statusCode()).isEqualTo(401);
    }

    @Test
    void wrongInputIsRefusedFieldByFieldAndUnknownCodesAreNotFound() {
        String client = "198.51.100.250";
        HttpResponse<String> refused = anonymous(
                "/api/v1/submissions",
                "{\"summary\": \" \", \"regionCodes\": [\"NOWHERE\"], \"sectorCodes\": [\"PLUTONIUM\"],"
                        + " \"contactAllowed\": true}",
                client);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("summary", "regionCodes", "sectorCodes", "contact");

        HttpResponse<String> tooLong =
                anonymous("/api/v1/submissions", "{\"summary\": \"" + "x".repeat(10_001) + "\"}", client);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("10,000");

        HttpResponse<String> unknown =
                anonymous("/api/v1/submissions/status", "{\"receiptCode\": \"0000-0000-0000-0000-0000\"}", client);
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> malformed =
                anonymous("/api/v1/submissions/status", "{\"receiptCode\": \"not a code\"}", client);
        assertThat(malformed.statusCode()).isEqualTo(404);

        HttpResponse<String> program = Http.postMultipart(
                SUBMISSIONS,
                null,
                new Multipart()
                        .field("submission", "{\"summary\": \"A program in disguise\"}")
                        .file("attachments", "notice.pdf", "application/pdf", SampleFiles.windowsProgram()),
                CLIENT,
                "198.51.100.251");
        assertThat(program.statusCode()).isEqualTo(415);
    }

    @Test
    void tooManySubmissionsFromOneAddressAre429WithRetryAfter() {
        String client = "203.0.113." + (int) (Math.random() * 250);
        HttpResponse<String> last = null;
        for (int i = 0; i < 20; i++) {
            last = anonymous("/api/v1/submissions", "{\"summary\": \"Rate limit probe " + i + "\"}", client);
            if (last.statusCode() == 429) {
                break;
            }
            assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());

        // Another address is not affected.
        assertThat(anonymous("/api/v1/submissions", "{\"summary\": \"From elsewhere\"}", client + "9")
                        .statusCode())
                .isEqualTo(201);

        // Look-ups by code have their own bucket: guessing codes stops too.
        HttpResponse<String> lookup = null;
        for (int i = 0; i < 60; i++) {
            lookup = anonymous("/api/v1/submissions/status", "{\"receiptCode\": \"guess\"}", client);
            if (lookup.statusCode() == 429) {
                break;
            }
            assertThat(lookup.statusCode()).isEqualTo(404);
        }
        assertThat(lookup.statusCode()).isEqualTo(429);
        assertThat(lookup.headers().firstValue("Retry-After")).isPresent();
    }

    static HttpResponse<String> anonymous(String path, String json, String client) {
        return Http.postJson(ItConfig.portal(path), null, json, CLIENT, client);
    }

    static JsonNode find(String token, String marker) {
        HttpResponse<String> list = Http.getWithToken(ItConfig.portal("/api/v1/submissions?limit=200"), token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        assertThat(list.headers().firstValue("X-Total-Count")).isPresent();
        for (JsonNode item : Http.json(list)) {
            String id = item.get("id").asText();
            JsonNode full = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/submissions/" + id), token));
            if (full.get("summary").asText().contains(marker)) {
                return item;
            }
        }
        throw new AssertionError("Submission " + marker + " not listed");
    }
}
