package org.onus.it.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/** Bulk upload through the public contract: a background job, all or nothing, per organisation. */
@OnusIT
@RunAsClient
class BulkUploadIT {

    static final URI BULK = ItConfig.portal("/api/v1/entries/bulk");
    static final String HEADER = "entry_number,hs_code,description,origin_country,value_amount,value_currency,"
            + "arrival_date,port,input_tier,input_material,input_hs_code,input_producer,input_region_code,"
            + "input_open_supply_hub_id,input_share_percent\n";
    static final String ARRIVAL = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aGoodFileIsFiledInTheBackgroundItsEntriesAreListedAndARetryChangesNothing() {
        String importer = Tokens.of("importer-a");
        String p = prefix();
        String csv = HEADER
                + row(p + "-1", "610910", "\"Cotton T-shirts, knitted\"", "VN", "1,Cotton yarn,5205,Mill A,VN,,60")
                + row(p + "-1", "610910", "\"Cotton T-shirts, knitted\"", "VN", "2,Raw cotton,5201,,US,,40")
                + row(p + "-2", "940360", "Wooden desks", "MY", ",,,,,,")
                + row(p + "-3", "420221", "Handbags", "IT", "1,Leather,4107,,IT,,");

        HttpResponse<String> accepted = upload(importer, csv);

        assertThat(accepted.statusCode()).isEqualTo(202);
        String jobId = Http.json(accepted).get("jobId").asText();
        assertThat(accepted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/jobs/" + jobId));
        JsonNode job = finished(importer, jobId);
        assertThat(job.get("status").asText()).isEqualTo("DONE");
        assertThat(job.get("total").asInt()).isEqualTo(3);
        assertThat(job.get("processed").asInt()).isEqualTo(3);
        assertThat(job.get("created").asInt()).isEqualTo(3);
        assertThat(job.get("errors")).isEmpty();

        JsonNode entries = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/entries"), importer));
        List<String> numbers = new ArrayList<>();
        entries.forEach(e -> {
            if (e.get("entryNumber").asText().startsWith(p)) {
                numbers.add(e.get("entryNumber").asText());
                if (e.get("entryNumber").asText().equals(p + "-1")) {
                    assertThat(e.get("inputs")).hasSize(2);
                    assertThat(e.get("description").asText()).isEqualTo("Cotton T-shirts, knitted");
                }
            }
        });
        assertThat(numbers).containsExactlyInAnyOrder(p + "-1", p + "-2", p + "-3");

        JsonNode retry =
                finished(importer, Http.json(upload(importer, csv)).get("jobId").asText());
        assertThat(retry.get("status").asText()).isEqualTo("DONE");
        assertThat(retry.get("created").asInt()).isZero();
        assertThat(retry.get("unchanged").asInt()).isEqualTo(3);
    }

    @Test
    void aFileWithBadRowsIsRejectedWholeWithEveryErrorByLineAndNothingIsStored() {
        String importer = Tokens.of("importer-a");
        String p = prefix();
        String csv = HEADER
                + row(p + "-1", "610910", "T-shirts", "VN", "1,Cotton yarn,5205,,VN,,") // line 2
                + row(p + "-1", "610910", "T-shirts", "VN", "2,Raw cotton,5201,,XX,,") // line 3: no region XX
                + row(p + "-2", "940360", "Desks", "MY", ",,,,,,") // line 4
                + (p + "-3,940360,Desks,MY,12.50,USD,someday,Dover,,,,,,,\n") // line 5: bad date
                + row(p + "-4", "420221", "Handbags", "IT", ",,,,,,"); // line 6

        HttpResponse<String> accepted = upload(importer, csv);

        assertThat(accepted.statusCode()).isEqualTo(202);
        JsonNode job = finished(importer, Http.json(accepted).get("jobId").asText());
        assertThat(job.get("status").asText()).isEqualTo("REJECTED");
        List<Long> lines = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        job.get("errors").forEach(e -> {
            lines.add(e.get("line").asLong());
            messages.add(e.get("message").asText());
        });
        assertThat(lines).containsExactly(3L, 5L);
        assertThat(messages.get(0)).startsWith("input_region_code:").contains("XX");
        assertThat(messages.get(1)).startsWith("arrival_date:");

        JsonNode entries = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/entries"), importer));
        entries.forEach(e -> assertThat(e.get("entryNumber").asText()).doesNotStartWith(p));
    }

    @Test
    void anEntryNumberAlreadyFiledWithOtherFactsOrTwiceInTheFileRejectsTheFile() {
        String importer = Tokens.of("importer-a");
        String p = prefix();
        assertThat(finished(
                                importer,
                                Http.json(upload(importer, HEADER + row(p + "-1", "940360", "Desks", "MY", ",,,,,,")))
                                        .get("jobId")
                                        .asText())
                        .get("status")
                        .asText())
                .isEqualTo("DONE");

        JsonNode job = finished(
                importer,
                Http.json(upload(
                                importer,
                                HEADER
                                        + row(p + "-1", "940360", "Chairs", "MY", ",,,,,,") // line 2: other facts
                                        + row(p + "-2", "940360", "Desks", "MY", ",,,,,,") // line 3
                                        + row(p + "-3", "940360", "Desks", "MY", ",,,,,,") // line 4
                                        + row(p + "-2", "940360", "Desks", "MY", ",,,,,,"))) // line 5: twice
                        .get("jobId")
                        .asText());

        assertThat(job.get("status").asText()).isEqualTo("REJECTED");
        List<Long> lines = new ArrayList<>();
        job.get("errors").forEach(e -> lines.add(e.get("line").asLong()));
        assertThat(lines).containsExactly(2L, 5L);
        assertThat(job.get("errors").get(0).get("message").asText()).contains("already used");
        assertThat(job.get("errors").get(1).get("message").asText()).contains("line 3");
    }

    @Test
    void aWrongHeaderIsRejectedOnLineOneNamingTheColumns() {
        String importer = Tokens.of("importer-a");
        JsonNode job = finished(
                importer,
                Http.json(upload(importer, "entry_number,hs_code\nX-1,610910\n"))
                        .get("jobId")
                        .asText());
        assertThat(job.get("status").asText()).isEqualTo("REJECTED");
        assertThat(job.get("errors").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(job.get("errors").get(0).get("message").asText()).contains("Missing: description");
    }

    @Test
    void onlyTheUploadingOrganisationSeesItsJob() {
        String jobId = Http.json(upload(
                        Tokens.of("importer-a"), HEADER + row(prefix() + "-1", "940360", "Desks", "MY", ",,,,,,")))
                .get("jobId")
                .asText();

        assertThat(Http.getWithToken(job(jobId), Tokens.of("importer-b")).statusCode())
                .isEqualTo(404);
        assertThat(Http.getWithToken(job(UUID.randomUUID().toString()), Tokens.of("importer-a"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.getWithToken(job(jobId), Tokens.of("importer-a")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void signingInAndTheImporterRoleAreRequired() {
        String csv = HEADER + row(prefix() + "-1", "940360", "Desks", "MY", ",,,,,,");
        assertThat(Http.send("POST", BULK, null, "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(401);
        assertThat(upload(Tokens.of("regulator"), csv).statusCode()).isEqualTo(403);
        assertThat(Http.get(job(UUID.randomUUID().toString())).statusCode()).isEqualTo(401);
        assertThat(Http.getWithToken(job(UUID.randomUUID().toString()), Tokens.of("officer"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theTemplateIsTheLayoutWithExamples() {
        HttpResponse<String> template = Http.getWithToken(BULK.resolve("bulk/template"), Tokens.of("importer-a"));
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(template.body().replace("\r", "")).startsWith(HEADER);
    }

    static String row(String number, String hs, String description, String origin, String input) {
        return number + "," + hs + "," + description + "," + origin + ",1250.00,USD," + ARRIVAL + ",Felixstowe," + input
                + "\n";
    }

    static HttpResponse<String> upload(String token, String csv) {
        return Http.send("POST", BULK, token, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static URI job(String id) {
        return ItConfig.portal("/api/v1/jobs/" + id);
    }

    static JsonNode finished(String token, String jobId) {
        AtomicReference<JsonNode> last = new AtomicReference<>();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    HttpResponse<String> r = Http.getWithToken(job(jobId), token);
                    assertThat(r.statusCode()).isEqualTo(200);
                    last.set(Http.json(r));
                    String s = last.get().get("status").asText();
                    return s.equals("DONE") || s.equals("REJECTED") || s.equals("FAILED");
                });
        return last.get();
    }

    static String prefix() {
        return "BULK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
