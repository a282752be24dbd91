package org.onus.it.upr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Recommendations from earlier cycles through the contract: the sample file imported once however
 * often it is sent, a bad file refused by line and column with nothing stored, the filters over
 * imported and own recommendations, and the CSV export read back and imported again.
 */
@OnusIT
@RunAsClient
class UprRecordsIT {

    static final URI RECORDS = ItConfig.portal("/api/v1/upr/records");
    static final String HEADER =
            "id,state_under_review,recommending_state,session,cycle,document,paragraph,recommendation,response,"
                    + "action_category,themes\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    static byte[] sample() throws IOException {
        Path path = Path.of("..", "docs", "upr", "sample-recommendations.csv");
        return Files.readAllBytes(path);
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = UprRecordsIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    static HttpResponse<String> importCsv(String token, byte[] csv) {
        return Http.send("POST", RECORDS, token, "text/csv", csv);
    }

    static JsonNode imported(String token, byte[] csv) {
        HttpResponse<String> r = importCsv(token, csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    static String query(Map<String, String> filters) {
        return filters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static JsonNode search(String token, String query) {
        HttpResponse<String> r = Http.getWithToken(URI.create(RECORDS + "?" + query), token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    static List<String> texts(JsonNode page) {
        List<String> texts = new ArrayList<>();
        page.get("items").forEach(i -> texts.add(i.get("text").asText()));
        return texts;
    }

    static List<String> references(JsonNode page) {
        List<String> refs = new ArrayList<>();
        page.get("items").forEach(i -> refs.add(i.path("reference").asText()));
        return refs;
    }

    /** A file of its own, for a State under review no other test uses, so that counts are exact. */
    static String ownState() {
        return "Ruritania " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The report of that State's review: document and paragraph identify a recommendation, so each file has its own. */
    static String document(String state) {
        return "A/HRC/99/" + Integer.toUnsignedString(state.hashCode());
    }

    static byte[] stateFile(String state) {
        return (HEADER
                        + ",%1$s,Germany,40,3,%2$s,12.1,Abolish forced labour in the prisons,Noted,5,Forced labour\n"
                        + ",%1$s,Germany,40,3,%2$s,12.2,Ratify ILO Convention No. 105,Supported,4,Labour|Ratification of international instruments\n"
                        + ",%1$s,France,40,3,%2$s,12.3,Free the detained journalists,Noted – partially,5,Freedom of opinion and expression\n"
                        + ",%1$s,Germany,20,2,,,Consider ratifying ILO Convention No. 29,Accepted,2,FORCED_LABOUR\n")
                .formatted(state, document(state))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleImportsOnceHoweverOftenItIsSentAndAChangedRowIsCorrected() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        JsonNode first = imported(drafter, sample());
        assertThat(first.get("rows").asInt()).isEqualTo(16);
        assertThat(first.get("created").asInt()
                        + first.get("updated").asInt()
                        + first.get("unchanged").asInt())
                .isEqualTo(16);

        JsonNode again = imported(drafter, sample());
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(16);

        // A file no one imported before: every row is new, then nothing is; sent as a multipart upload too.
        String state = ownState();
        JsonNode fresh = imported(drafter, stateFile(state));
        assertThat(fresh.get("created").asInt()).isEqualTo(4);
        HttpResponse<String> multipart = Http.postMultipart(
                RECORDS, drafter, new Multipart().file("file", "ruritania.csv", "text/csv", stateFile(state)));
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(200);
        assertThat(Http.json(multipart).get("created").asInt()).isZero();
        assertThat(Http.json(multipart).get("unchanged").asInt()).isEqualTo(4);

        // The same recommendation (same document and paragraph) with a new response is corrected, not doubled.
        JsonNode corrected = imported(
                drafter,
                (HEADER + ",%s,Germany,40,3,%s,12.1,Abolish forced labour in the prisons,Rejected,5,Forced labour\n")
                        .formatted(state, document(state))
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(corrected.get("updated").asInt()).isEqualTo(1);
        JsonNode found = search(drafter, query(Map.of("stateUnderReview", state, "q", "prisons")));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode hit = found.get("items").get(0);
        assertThat(hit.get("responseWording").asText()).isEqualTo("Rejected");
        assertThat(hit.get("response").asText()).isEqualTo("NOTED");

        HttpResponse<String> one =
                Http.getWithToken(URI.create(RECORDS + "/" + hit.get("id").asText()), Tokens.of("auditor"));
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        assertThat(Http.json(one).get("reference").asText()).isEqualTo(document(state) + ", para. 12.1");
        assertThat(Http.json(one).get("changedAt").isNull()).isFalse();
    }

    @Test
    void aBrokenFileIsRefusedByLineAndColumnAndNothingOfItIsStored() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        HttpResponse<String> refused = importCsv(drafter, resource("/upr/broken-recommendations.csv"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode problem = Http.json(refused);
        List<String> codes = new ArrayList<>();
        problem.get("errors").forEach(e -> codes.add(e.get("code").asText()));
        // The first row spans lines 2 and 3, so the rows after it start on lines 4 to 7.
        assertThat(codes)
                .containsExactly(
                        "line 4, column recommending_state",
                        "line 5, column session",
                        "line 6, column action_category",
                        "line 7, column id");
        assertThat(problem.get("errors").get(1).get("message").asText())
                .startsWith("Line 5, column session: \"thirty-one\" is not a whole number");
        assertThat(problem.get("errors").get(3).get("message").asText()).contains("line 2");

        assertThat(search(drafter, "q=BROKEN-FILE-MARKER").get("total").asInt())
                .as("the valid row of a refused file is not stored either")
                .isZero();

        HttpResponse<String> noColumn = importCsv(
                drafter,
                "state_under_review,session,cycle,recommendation\nChina,31,3,Text\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noColumn.statusCode()).isEqualTo(400);
        assertThat(Http.json(noColumn).get("errors").get(0).get("code").asText())
                .isEqualTo("line 1, column recommending_state");
    }

    @Test
    void filtersCombineOverImportedAndOwnRecommendations() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        imported(drafter, sample());
        String state = ownState();
        imported(drafter, stateFile(state));

        // What Germany recommended to China in the third cycle: the sample's three, about forced labour among them.
        JsonNode germany = search(
                drafter, query(Map.of("stateUnderReview", "china", "recommendingState", "Germany", "cycle", "3")));
        assertThat(references(germany))
                .contains("A/HRC/40/6, para. 28.301", "A/HRC/40/6, para. 28.302", "A/HRC/40/6, para. 28.303");
        germany.get("items").forEach(i -> {
            assertThat(i.get("recommendingState").asText()).isEqualTo("Germany");
            assertThat(i.get("cycle").asInt()).isEqualTo(3);
        });
        assertThat(texts(germany)).anyMatch(t -> t.contains("forced labour in the Xinjiang"));

        // Exact counts on a State only this test imported.
        assertThat(search(drafter, query(Map.of("stateUnderReview", state)))
                        .get("total")
                        .asInt())
                .isEqualTo(4);
        assertThat(search(
                                drafter,
                                query(Map.of("stateUnderReview", state, "recommendingState", "germany", "cycle", "3")))
                        .get("total")
                        .asInt())
                .isEqualTo(2);
        assertThat(texts(search(drafter, query(Map.of("stateUnderReview", state, "response", "NOTED")))))
                .containsExactly("Abolish forced labour in the prisons");
        JsonNode other = search(drafter, query(Map.of("stateUnderReview", state, "response", "OTHER")));
        assertThat(texts(other)).containsExactly("Free the detained journalists");
        assertThat(other.get("items").get(0).get("responseWording").asText()).isEqualTo("Noted – partially");
        assertThat(texts(search(drafter, query(Map.of("stateUnderReview", state, "actionCategory", "5")))))
                .containsExactlyInAnyOrder("Abolish forced labour in the prisons", "Free the detained journalists");
        // A theme by its code finds the source's label for it and the code itself; a source's own label too.
        assertThat(texts(search(drafter, query(Map.of("stateUnderReview", state, "theme", "FORCED_LABOUR")))))
                .containsExactly("Abolish forced labour in the prisons", "Consider ratifying ILO Convention No. 29");
        assertThat(texts(search(drafter, query(Map.of("stateUnderReview", state, "theme", "labour")))))
                .containsExactly("Ratify ILO Convention No. 105");
        assertThat(texts(search(drafter, query(Map.of("stateUnderReview", state, "q", "ilo CONVENTION")))))
                .containsExactly("Ratify ILO Convention No. 105", "Consider ratifying ILO Convention No. 29");
        JsonNode ordered = search(drafter, query(Map.of("stateUnderReview", state)));
        assertThat(ordered.get("items").get(3).get("cycle").asInt())
                .as("newest cycle first")
                .isEqualTo(2);

        // The team's own draft is found beside the records, and only among its own with source=OWN.
        String marker = "own-" + UUID.randomUUID().toString().substring(0, 8);
        String review = UprApiIT.openReview(drafter, 2815);
        String own = UprApiIT.draft(drafter, review, "China should end forced labour transfers (" + marker + ").")
                .get("id")
                .asText();
        JsonNode owned = search(drafter, query(Map.of("source", "OWN", "q", marker)));
        assertThat(owned.get("total").asInt()).isEqualTo(1);
        JsonNode o = owned.get("items").get(0);
        assertThat(o.get("kind").asText()).isEqualTo("OWN");
        assertThat(o.get("id").asText()).isEqualTo(own);
        assertThat(o.get("status").asText()).isEqualTo("DRAFT");
        assertThat(o.get("stateUnderReview").asText()).isEqualTo("China");
        assertThat(o.get("cycle").asInt()).isEqualTo(4);
        assertThat(o.get("themes").get(0).asText()).isEqualTo("FORCED_LABOUR");
        assertThat(search(drafter, query(Map.of("source", "IMPORTED", "q", marker)))
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(search(drafter, query(Map.of("theme", "FORCED_LABOUR", "q", marker)))
                        .get("total")
                        .asInt())
                .isEqualTo(1);

        // A bad filter is refused naming it.
        HttpResponse<String> bad = Http.getWithToken(
                URI.create(RECORDS + "?cycle=three&response=MAYBE&actionCategory=9&source=THEIRS"), drafter);
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        Http.json(bad).get("errors").forEach(e -> codes.add(e.get("code").asText()));
        assertThat(codes).containsExactlyInAnyOrder("cycle", "response", "actionCategory", "source");
    }

    @Test
    void aCsvExportHoldsWhatTheSearchFoundAndImportsAgainWithoutChangingAnything() throws IOException {
        String drafter = Tokens.of("upr-drafter");
        imported(drafter, sample());
        String state = ownState();
        imported(drafter, stateFile(state));

        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("stateUnderReview", "China");
        filters.put("recommendingState", "Germany");
        filters.put("cycle", "3");
        filters.put("source", "IMPORTED");
        HttpResponse<String> csv = Http.get(
                URI.create(RECORDS + "?" + query(filters)),
                "Authorization",
                "Bearer " + Tokens.of("auditor"),
                "Accept",
                "text/csv");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))) {
            assertThat(parser.getHeaderNames())
                    .containsExactly(
                            "id",
                            "state_under_review",
                            "recommending_state",
                            "session",
                            "cycle",
                            "document",
                            "paragraph",
                            "recommendation",
                            "response",
                            "action_category",
                            "themes",
                            "source");
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("id")).contains("ONUS-S-001", "ONUS-S-002", "ONUS-S-003");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("recommending_state")).isEqualTo("Germany");
            assertThat(r.get("cycle")).isEqualTo("3");
            assertThat(r.get("source")).isEqualTo("IMPORTED");
        });
        CSVRecord s2 = rows.stream()
                .filter(r -> r.get("id").equals("ONUS-S-002"))
                .findFirst()
                .orElseThrow();
        assertThat(s2.get("response")).isEqualTo("Supported/Already implemented");
        assertThat(s2.get("themes")).contains("Labour").contains("Ratification of international instruments");

        JsonNode again = imported(drafter, csv.body().getBytes(StandardCharsets.UTF_8));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(rows.size());

        // format=csv does the same, for a link.
        HttpResponse<String> byFormat = Http.getWithToken(
                URI.create(
                        RECORDS + "?format=csv&stateUnderReview=" + URLEncoder.encode(state, StandardCharsets.UTF_8)),
                drafter);
        assertThat(byFormat.statusCode()).isEqualTo(200);
        assertThat(byFormat.body().lines().count()).as("header and four rows").isEqualTo(5);
    }

    @Test
    void onlyUprTeamsReadAndOnlyDraftersImport() throws IOException {
        byte[] file = stateFile(ownState());
        assertThat(importCsv(Tokens.of("importer-a"), file).statusCode()).isEqualTo(403);
        assertThat(Http.getWithToken(RECORDS, Tokens.of("importer-a")).statusCode())
                .isEqualTo(403);
        assertThat(importCsv(Tokens.of("auditor"), file).statusCode())
                .as("auditors read only")
                .isEqualTo(403);
        assertThat(Http.getWithToken(RECORDS, Tokens.of("auditor")).statusCode())
                .isEqualTo(200);
        assertThat(Http.getWithToken(RECORDS, Tokens.of("upr-reviewer")).statusCode())
                .isEqualTo(200);
        assertThat(Http.get(RECORDS).statusCode()).isEqualTo(401);
        assertThat(Http.send("POST", RECORDS, "not-a-token", "text/csv", file).statusCode())
                .isEqualTo(401);
    }
}
