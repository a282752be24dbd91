package org.onus.it.evidence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
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

/** The evidence library through its API, against the real server, database and file store. */
@OnusIT
@RunAsClient
class EvidenceApiIT {

    static final URI EVIDENCE = ItConfig.portal("/api/v1/evidence");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void anUploadedPdfIsStoredOnceUnderItsHashAndComesBackWithSafeHeaders() {
        String marker = marker();
        byte[] pdf = (new String(SampleFiles.pdf(), UTF_8) + "% " + marker + "\n").getBytes(UTF_8);
        String regulator = Tokens.of("regulator");

        HttpResponse<String> created = Http.postMultipart(
                EVIDENCE,
                regulator,
                describe("STATE_DOCUMENT", "Repeal notice " + marker, "PUBLIC")
                        .file("file", "repeal notice: 2026?.pdf", "application/pdf", pdf));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode item = Http.json(created);
        String sha256 = item.get("sha256").asText();
        assertThat(sha256).matches("[0-9a-f]{64}");
        assertThat(item.get("type").asText()).isEqualTo("STATE_DOCUMENT");
        assertThat(item.get("title").asText()).isEqualTo("Repeal notice " + marker);
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l)
                        .endsWith("/api/v1/evidence/" + item.get("id").asText()));
        assertThat(ItConfig.evidenceDir()
                        .resolve(sha256.substring(0, 2))
                        .resolve(sha256.substring(2, 4))
                        .resolve(sha256))
                .hasBinaryContent(pdf);

        HttpResponse<byte[]> download = Http.download(content(item), Tokens.of("importer-a"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .startsWith("attachment;")
                        .contains("filename=\"repeal notice_ 2026_.pdf\"")
                        .contains("filename*=UTF-8''"));

        // The same bytes again, described differently: a second item, one stored file.
        long filesBefore = storedFiles();
        HttpResponse<String> again = Http.postMultipart(
                EVIDENCE,
                regulator,
                describe("STATE_DOCUMENT", "Same notice, other copy " + marker, "INTERNAL")
                        .file("file", "copy.pdf", "application/pdf", pdf));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(Http.json(again).get("sha256").asText()).isEqualTo(sha256);
        assertThat(Http.json(again).get("id").asText())
                .isNotEqualTo(item.get("id").asText());
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void anOversizedUploadIsRefusedWith413AndNothingStored() {
        assertRefusedLeavingNothing(
                413, "larger than 50 MiB", "oversized.pdf", "application/pdf", oversizedPdf(), false);
    }

    @Test
    void anOversizedUploadSentWithoutItsLengthIsStoppedWhileStreaming() {
        assertRefusedLeavingNothing(413, "larger than 50 MiB", "streamed.pdf", "application/pdf", oversizedPdf(), true);
    }

    @Test
    void aProgramDisguisedAsAPdfIsRefusedWith415() {
        assertRefusedLeavingNothing(
                415, "program", "invoice.pdf", "application/pdf", SampleFiles.windowsProgram(), false);
    }

    @Test
    void aZipBombIsRefusedWith415() throws IOException {
        // Its parts expand to 300 MiB, beyond the 256 MiB bound, from well under a megabyte.
        byte[] bomb = SampleFiles.docx(300 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertRefusedLeavingNothing(415, "zip bomb", "report.docx", DOCX, bomb, false);
    }

    @Test
    void anArchiveIsRefusedWith415() throws IOException {
        assertRefusedLeavingNothing(
                415,
                "upload the documents inside it one by one",
                "bundle.zip",
                "application/zip",
                SampleFiles.zip("a.pdf", SampleFiles.pdf()),
                false);
    }

    @Test
    void aFileNameWithAPathIsRefusedWith400() {
        assertRefusedLeavingNothing(400, "contains a path", "../../etc/cron.d/x.pdf", "application/pdf", pdf(), false);
    }

    @Test
    void anEmptyFileIsRefusedWith400() {
        assertRefusedLeavingNothing(400, "The file is empty", "empty.pdf", "application/pdf", new byte[0], false);
    }

    @Test
    void aDeclaredTypeTheContentContradictsIsRefusedWith415() {
        assertRefusedLeavingNothing(415, "sent as image/png but its content is PDF", "scan", "image/png", pdf(), false);
    }

    @Test
    void aBadDescriptionIsRefusedBeforeTheFileIsKept() {
        String marker = marker();
        long filesBefore = storedFiles();

        HttpResponse<String> response = Http.postMultipart(
                EVIDENCE,
                Tokens.of("regulator"),
                new Multipart()
                        .field("type", "WITNESS_STATEMENT")
                        .field("title", marker)
                        .field("source", "Interview")
                        .field("accessClass", "PUBLIC")
                        .file("file", "statement.pdf", "application/pdf", uniquePdf(marker)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorMessages(response)).anySatisfy(m -> assertThat(m).contains("Witness testimony"));
        assertNothingStored(marker, filesBefore);
    }

    @Test
    void onlyRegulatorsAndUprDraftersAddEvidence() {
        for (String user : List.of("importer-a", "officer", "auditor")) {
            HttpResponse<String> response = Http.postJson(EVIDENCE, Tokens.of(user), metadataJson(marker(), "PUBLIC"));
            assertThat(response.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(Http.postJson(EVIDENCE, Tokens.of("upr-drafter"), metadataJson(marker(), "PUBLIC"))
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void witnessTestimonyDoesNotExistForThoseNotEntitled() {
        String marker = marker();
        HttpResponse<String> created = Http.postMultipart(
                EVIDENCE,
                Tokens.of("regulator"),
                new Multipart()
                        .field("type", "WITNESS_STATEMENT")
                        .field("title", "Testimony " + marker)
                        .field("source", "Interview, 2025")
                        .file("file", "testimony.pdf", "application/pdf", uniquePdf(marker)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode item = Http.json(created);
        assertThat(item.get("accessClass").asText()).isEqualTo("RESTRICTED");
        URI one = EVIDENCE.resolve("/api/v1/evidence/" + item.get("id").asText());

        for (String user : List.of("importer-a", "officer", "upr-drafter")) {
            String token = Tokens.of(user);
            assertThat(Http.getWithToken(one, token).statusCode()).as(user).isEqualTo(404);
            assertThat(Http.download(content(item), token).statusCode())
                    .as(user)
                    .isEqualTo(404);
            assertThat(search(token, "q=" + marker)).as(user).isEmpty();
        }
        String auditor = Tokens.of("auditor");
        assertThat(Http.getWithToken(one, auditor).statusCode()).isEqualTo(200);
        assertThat(search(auditor, "q=" + marker)).hasSize(1);
        assertThat(Http.download(content(item), auditor).statusCode()).isEqualTo(200);

        // Reading restricted evidence is itself on the record.
        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal(
                        "/api/v1/audit?entity=EvidenceItem&id=" + item.get("id").asText()),
                auditor));
        List<String> actions = new ArrayList<>();
        events.forEach(e ->
                actions.add(e.get("action").asText() + " by " + e.get("actor").asText()));
        assertThat(actions).contains("evidence.uploaded by regulator", "evidence.downloaded by auditor");
    }

    @Test
    void aRecordWithoutAFileHasNoContentToDownload() {
        String marker = marker();

        HttpResponse<String> created = Http.postJson(EVIDENCE, Tokens.of("regulator"), metadataJson(marker, "PUBLIC"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode item = Http.json(created);
        assertThat(item.has("sha256") && !item.get("sha256").isNull()).isFalse();
        URI content = EVIDENCE.resolve("/api/v1/evidence/" + item.get("id").asText() + "/content");
        assertThat(Http.download(content, Tokens.of("regulator")).statusCode()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingNew() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String token = Tokens.of("regulator");

        HttpResponse<String> first =
                Http.postJson(EVIDENCE, token, metadataJson(marker, "PUBLIC"), "Idempotency-Key", key);
        HttpResponse<String> retry =
                Http.postJson(EVIDENCE, token, metadataJson(marker, "PUBLIC"), "Idempotency-Key", key);
        HttpResponse<String> misuse =
                Http.postJson(EVIDENCE, token, metadataJson(marker + " changed", "PUBLIC"), "Idempotency-Key", key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(Http.json(retry).get("id")).isEqualTo(Http.json(first).get("id"));
        assertThat(misuse.statusCode()).isEqualTo(409);
        assertThat(search(token, "q=" + marker)).hasSize(1);
    }

    @Test
    void searchFindsByTextTypeTagAndDateAndShowsImportersOnlyPublicItems() {
        String marker = marker();
        String tag = "tag-" + marker;
        String regulator = Tokens.of("regulator");
        create(regulator, "STATE_DOCUMENT", "Employment promotion plan " + marker, "2023-03-01", tag, "PUBLIC");
        create(regulator, "RESEARCH_REPORT", "Labour transfer study " + marker, "2021-06-15", tag, "INTERNAL");
        create(regulator, "POLICY_ANALYSIS", "Cotton harvest article " + marker, "2019-11-02", "other", "PUBLIC");

        assertThat(titles(search(regulator, "q=" + marker))).hasSize(3);
        assertThat(titles(search(regulator, "q=" + enc("transfer " + marker))))
                .containsExactly("Labour transfer study " + marker);
        assertThat(titles(search(regulator, "q=" + marker + "&type=STATE_DOCUMENT")))
                .containsExactly("Employment promotion plan " + marker);
        assertThat(titles(search(regulator, "tag=" + tag))).hasSize(2);
        assertThat(titles(search(regulator, "q=" + marker + "&from=2020-01-01&to=2022-12-31")))
                .containsExactly("Labour transfer study " + marker);
        assertThat(titles(search(Tokens.of("importer-a"), "q=" + marker)))
                .containsExactlyInAnyOrder("Employment promotion plan " + marker, "Cotton harvest article " + marker);

        HttpResponse<String> badType = Http.getWithToken(EVIDENCE.resolve("/api/v1/evidence?type=RUMOUR"), regulator);
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(errorMessages(badType)).isNotEmpty();
    }

    @Test
    void theSeededAppendixDocumentsAreFoundByTheirWords() {
        JsonNode found = search(Tokens.of("regulator"), "q=" + enc("Unemployment Monitoring"));

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).get("title").asText()).containsIgnoringCase("unemployment");
    }

    // --- helpers

    private static void assertRefusedLeavingNothing(
            int status, String reason, String fileName, String declaredType, byte[] content, boolean chunked) {
        String marker = marker();
        long filesBefore = storedFiles();
        Multipart form =
                describe("STATE_DOCUMENT", "Refused " + marker, "PUBLIC").file("file", fileName, declaredType, content);

        HttpResponse<String> response = chunked
                ? Http.postMultipartChunked(EVIDENCE, Tokens.of("regulator"), form)
                : Http.postMultipart(EVIDENCE, Tokens.of("regulator"), form);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("detail").asText()).contains(reason);
        assertThat(response.body()).doesNotContain("Exception");
        assertNothingStored(marker, filesBefore);
    }

    private static void assertNothingStored(String marker, long filesBefore) {
        assertThat(storedFiles()).as("files in the evidence store").isEqualTo(filesBefore);
        assertThat(stagingFiles()).as("files left in staging").isZero();
        assertThat(search(Tokens.of("regulator"), "q=" + marker))
                .as("items in the library")
                .isEmpty();
    }

    private static Multipart describe(String type, String title, String accessClass) {
        return new Multipart()
                .field("type", type)
                .field("title", title)
                .field("source", "Integration test")
                .field("date", "2026-01-15")
                .field("language", "en")
                .field("accessClass", accessClass);
    }

    private static void create(String token, String type, String title, String date, String tag, String access) {
        String json = """
                {"type":"%s","title":"%s","source":"Integration test","date":"%s","tags":["%s"],"accessClass":"%s"}""".formatted(type, title, date, tag, access);
        HttpResponse<String> response = Http.postJson(EVIDENCE, token, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static String metadataJson(String title, String access) {
        return """
                {"type":"RESEARCH_REPORT","title":"%s","source":"Integration test","url":"https://example.org/r",\
                "date":"2024-05-01","accessClass":"%s"}""".formatted(title, access);
    }

    private static JsonNode search(String token, String query) {
        HttpResponse<String> response = Http.getWithToken(EVIDENCE.resolve("/api/v1/evidence?" + query), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode items = Http.json(response);
        assertThat(items.isArray()).isTrue();
        assertThat(response.headers().firstValue("X-Total-Count")).isPresent();
        return items;
    }

    private static List<String> titles(JsonNode items) {
        List<String> titles = new ArrayList<>();
        items.forEach(i -> titles.add(i.get("title").asText()));
        return titles;
    }

    private static List<String> errorMessages(HttpResponse<String> response) {
        List<String> messages = new ArrayList<>();
        JsonNode errors = Http.json(response).get("errors");
        if (errors != null) {
            errors.forEach(e -> messages.add(e.get("message").asText()));
        }
        return messages;
    }

    private static URI content(JsonNode item) {
        return ItConfig.portal(item.get("content").asText());
    }

    private static byte[] pdf() {
        return uniquePdf(marker());
    }

    /** A PDF no other test uploads, so that "nothing stored" cannot be hidden by an earlier copy. */
    private static byte[] uniquePdf(String marker) {
        return (new String(SampleFiles.pdf(), UTF_8) + "% " + marker + "\n").getBytes(UTF_8);
    }

    private static byte[] oversizedPdf() {
        byte[] big = new byte[50 * 1024 * 1024 + 1];
        byte[] head = uniquePdf(marker());
        System.arraycopy(head, 0, big, 0, head.length);
        return big;
    }

    private static String marker() {
        return "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, UTF_8);
    }

    private static long storedFiles() {
        Path dir = ItConfig.evidenceDir();
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(dir.resolve("staging")))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long stagingFiles() {
        Path staging = ItConfig.evidenceDir().resolve("staging");
        if (!Files.exists(staging)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
