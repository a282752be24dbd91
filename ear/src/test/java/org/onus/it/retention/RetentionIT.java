package org.onus.it.retention;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
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
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Retention end to end. The test server keeps closed cases for {@code PT0S}
 * (ONUS_RETENTION_CLOSED_CASES in ear/pom.xml) and schedules no daily run, so a run asked for by
 * an administrator takes a case released today: its documents (rows and stored files), letters,
 * statements, names and entry number go, the skeleton the statistics count stays, an open case is
 * untouched, the run is in the audit trail with the case's id, and the chain still verifies.
 */
@OnusIT
@RunAsClient
class RetentionIT {

    static final URI RETENTION = ItConfig.portal("/api/v1/retention");
    static final URI RUNS = ItConfig.portal("/api/v1/retention/runs");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String STATEMENT = "Ginned in Queensland, retention test";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnXinjiangCotton() {
        DesignationFixtures.publish(
                "Xinjiang cotton (retention test) "
                        + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                TODAY.toString());
    }

    @Test
    void onlyAdministratorsRunItAndAuditorsReadIt() {
        HttpResponse<String> auditor = Http.getWithToken(RETENTION, Tokens.of("auditor"));
        assertThat(auditor.statusCode()).as(auditor.body()).isEqualTo(200);
        JsonNode o = Http.json(auditor);
        assertThat(o.get("settings").get("closedCases").asText()).isEqualTo("PT0S");
        assertThat(o.get("settings").get("addressHashes").asText()).isEqualTo("PT24H");
        assertThat(o.get("settings").get("scheduled").asBoolean()).isFalse();
        assertThat(o.get("rules").findValuesAsText("name"))
                .contains("closed-cases", "closed-submissions", "address-hashes");

        assertThat(Http.getWithToken(RETENTION, Tokens.of("officer")).statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(RETENTION, Tokens.of("importer-a")).statusCode())
                .isEqualTo(403);
        assertThat(Http.postJson(RUNS, Tokens.of("auditor"), "").statusCode()).isEqualTo(403);
        assertThat(Http.postJson(RUNS, Tokens.of("officer"), "").statusCode()).isEqualTo(403);
        assertThat(Http.postJson(RUNS, null, "").statusCode()).isEqualTo(401);
    }

    @Test
    void aClosedCaseIsReducedToItsSkeletonAndAnOpenOneIsUntouched() throws Exception {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        String admin = Tokens.of("admin");
        String auditor = Tokens.of("auditor");

        // A case released today, with its documents.
        Filed released = detainedCotton(importer);
        List<String> traces = traceCodes(rebut(importer, released.caseId));
        List<String> releasedShas = new ArrayList<>();
        for (String trace : traces) {
            for (String type : List.of("INVOICE", "PRODUCTION_RECORD", "SUPPLY_CHAIN_MAP")) {
                releasedShas.add(proveAndAccept(importer, officer, released.caseId, type, trace));
            }
        }
        HttpResponse<String> release = Http.postJson(
                ItConfig.portal("/api/v1/cases/" + released.caseId + "/decision"),
                officer,
                "{\"outcome\": \"RELEASE\", \"reason\": \"Reviewed the file\"}");
        assertThat(release.statusCode()).as(release.body()).isEqualTo(200);
        assertThat(Http.json(release).get("status").asText()).isEqualTo("RELEASED");
        assertThat(awaitInbox(importer, released.caseId)).isTrue();
        for (String sha : releasedShas) {
            assertThat(stored(sha)).as("stored before the run").exists();
        }

        // An open case with a document.
        Filed open = detainedCotton(importer);
        rebut(importer, open.caseId);
        HttpResponse<String> openUpload = upload(importer, open.caseId, "INVOICE", "TRACE:1");
        assertThat(openUpload.statusCode()).as(openUpload.body()).isEqualTo(201);
        String openSha = Http.json(openUpload).get("sha256").asText();
        String openBefore = caseOf(officer, open.caseId).toString();

        HttpResponse<String> ran = Http.postJson(RUNS, admin, "");
        assertThat(ran.statusCode()).as(ran.body()).isEqualTo(200);
        JsonNode run = closedCasesRun(Http.json(ran));
        assertThat(run.get("outcome").asText()).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.get("triggeredBy").asText()).isEqualTo("admin");
        List<String> removedIds = texts(run.get("removedIds"));
        assertThat(removedIds).contains(released.caseId).doesNotContain(open.caseId);
        assertThat(run.get("counts").get("documents").asInt()).isGreaterThanOrEqualTo(releasedShas.size());
        assertThat(run.get("counts").get("processInstances").asInt()).isGreaterThanOrEqualTo(1);

        // The released case: a skeleton without documents, names, statements or entry number.
        JsonNode skeleton = caseOf(officer, released.caseId);
        assertThat(skeleton.get("status").asText()).isEqualTo("RELEASED");
        assertThat(skeleton.get("evidence")).isEmpty();
        String skeletonText = skeleton.toString();
        assertThat(skeletonText)
                .doesNotContain(released.number)
                .doesNotContain(STATEMENT)
                .doesNotContain("Shache Ginning")
                .doesNotContain("\"officer\"");
        HttpResponse<String> entry = Http.getWithToken(ItConfig.portal("/api/v1/entries/" + released.entryId), officer);
        if (entry.statusCode() == 200) {
            assertThat(entry.body())
                    .doesNotContain(released.number)
                    .doesNotContain("Shache Ginning")
                    .doesNotContain("Cotton T-shirts");
        }
        for (String sha : releasedShas) {
            assertThat(stored(sha)).as("stored file removed").doesNotExist();
        }
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), importer).body())
                .as("letters about the case are gone from the inbox")
                .doesNotContain(released.caseId);

        // The open case: unchanged, its document still stored.
        assertThat(caseOf(officer, open.caseId).toString()).isEqualTo(openBefore);
        assertThat(stored(openSha)).exists();

        // The audit trail records the run, with the case's id, and still verifies.
        HttpResponse<String> events = Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=RetentionRule&id=closed-cases&action=retention.run"), auditor);
        assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
        assertThat(events.body()).contains(released.caseId).contains("\"actor\":\"admin\"");
        HttpResponse<String> verify = Http.getWithToken(ItConfig.portal("/api/v1/audit/verify"), auditor);
        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(Http.json(verify).get("valid").asBoolean()).as(verify.body()).isTrue();

        // The run is listed for operators; a second run does not take the case again.
        assertThat(Http.getWithToken(RETENTION, auditor).body())
                .contains(run.get("id").asText());
        JsonNode again = closedCasesRun(Http.json(Http.postJson(RUNS, admin, "")));
        assertThat(texts(again.get("removedIds"))).doesNotContain(released.caseId);
    }

    // --- helpers ---------------------------------------------------------------------------

    record Filed(String entryId, String caseId, String number) {}

    static Filed detainedCotton(String importer) {
        String number = "R-" + UUID.randomUUID().toString().substring(0, 13);
        HttpResponse<String> filed =
                Http.postJson(ItConfig.portal("/api/v1/entries"), importer, """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [
                   {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"},
                   {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}]}
                """.formatted(number, TODAY));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode e = Http.json(filed);
        assertThat(e.get("status").asText()).as(e.toString()).isEqualTo("DETAINED");
        return new Filed(e.get("id").asText(), e.get("caseId").asText(), number);
    }

    static JsonNode rebut(String importer, String caseId) {
        HttpResponse<String> filed = Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/rebuttal"),
                importer,
                "{\"route\": \"NOT_APPLICABLE\", \"statement\": \"" + STATEMENT + "\"}");
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        return Http.json(filed);
    }

    static List<String> traceCodes(JsonNode c) {
        List<String> codes = new ArrayList<>();
        c.get("requirements").forEach(r -> codes.add(r.get("code").asText()));
        return codes.stream().filter(code -> code.startsWith("TRACE:")).toList();
    }

    /** Uploads an admissible document, has it accepted, and answers its content hash. */
    static String proveAndAccept(String importer, String officer, String caseId, String type, String requirement) {
        HttpResponse<String> uploaded = upload(importer, caseId, type, requirement);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode e = Http.json(uploaded);
        assertThat(e.get("admissible").asBoolean()).as(e.toString()).isTrue();
        HttpResponse<String> accepted = Http.postJson(
                ItConfig.portal(
                        "/api/v1/cases/" + caseId + "/evidence/" + e.get("id").asText() + "/review"),
                officer,
                "{\"accepted\": true, \"reason\": \"Checked against the originals\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        return e.get("sha256").asText();
    }

    static HttpResponse<String> upload(String importer, String caseId, String type, String requirement) {
        byte[] content = (new String(SampleFiles.pdf(), UTF_8) + "% " + UUID.randomUUID() + "\n").getBytes(UTF_8);
        return Http.postMultipart(
                ItConfig.portal("/api/v1/cases/" + caseId + "/evidence"),
                importer,
                new Multipart()
                        .field("type", type)
                        .field("requirementCode", requirement)
                        .field("description", type + " for " + requirement)
                        .file("file", "document.pdf", "application/pdf", content));
    }

    static JsonNode caseOf(String token, String caseId) {
        HttpResponse<String> c = Http.getWithToken(ItConfig.portal("/api/v1/cases/" + caseId), token);
        assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
        return Http.json(c);
    }

    static JsonNode closedCasesRun(JsonNode answer) {
        for (JsonNode r : answer.get("runs")) {
            if (r.get("rule").asText().equals("closed-cases")) {
                return r;
            }
        }
        throw new AssertionError("No closed-cases run in " + answer);
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Path stored(String sha) {
        return ItConfig.evidenceDir()
                .resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4))
                .resolve(sha);
    }

    /** Waits for a letter about the case (its link names the case). */
    static boolean awaitInbox(String token, String caseId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            if (Http.getWithToken(ItConfig.portal("/api/v1/inbox"), token)
                    .body()
                    .contains(caseId)) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
