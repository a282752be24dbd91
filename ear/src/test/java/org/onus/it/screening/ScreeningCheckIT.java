package org.onus.it.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;

/**
 * The check before shipping: the same answer as filing, nothing filed, every check visible to
 * officers by the hash of its disclosure, rate limited per user; and sector evidence guidance,
 * edited by a regulator and shown on the case page.
 */
@OnusIT
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningCheckIT {

    static final URI CHECKS = ItConfig.portal("/api/v1/screenings");
    static final URI CHECK_LIST = ItConfig.portal("/api/v1/screenings/checks?pageSize=200");
    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static String designation;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnXinjiangCotton() {
        designation = DesignationFixtures.publish(
                "Xinjiang cotton (check test) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                TODAY);
    }

    static final String YARKAND_COTTON = """
            {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"},
            {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}""";

    static final String YARKAND_COTTON_REORDERED = """
            {"tier": 3, "material": "Lint", "hsCode": "5201.00", "producer": "SHACHE  Ginning", "regionCode": "653125"},
            {"tier": 1, "material": "Fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"}""";

    static final String VIETNAM_ONLY = """
            {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"}""";

    static String entry(String number, String inputs) {
        return """
                {%s"hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [%s]}
                """.formatted(number == null ? "" : "\"entryNumber\": \"" + number + "\", ", TODAY, inputs);
    }

    static String number() {
        return "C-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** The newest audit event of an action, as a sequence number (0 when there is none). */
    static long newest(String action) {
        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?action=" + action + "&limit=1"), Tokens.of("auditor")));
        return events.isEmpty() ? 0 : events.get(0).get("sequence").asLong();
    }

    /** A match as a comparable line: its path, whatever else the answer carries. */
    static Set<String> paths(JsonNode answer) {
        Set<String> paths = new TreeSet<>();
        for (JsonNode m : answer.get("matches")) {
            paths.add(m.get("designationId").asText() + "|"
                    + m.get("inputIndex").asInt() + "|" + m.get("tier").asInt()
                    + "|" + m.get("regionCode").asText() + "|"
                    + m.get("designatedRegionCode").asText() + "|"
                    + m.get("hsCode").asText() + "|" + m.get("reason").asText());
        }
        return paths;
    }

    static Set<String> errorFields(HttpResponse<String> response) {
        Set<String> fields = new TreeSet<>();
        Http.json(response).get("errors").forEach(e -> fields.add(e.get("code").asText()));
        return fields;
    }

    @Test
    @Order(1)
    void aDesignatedRegionIsDetainedWithItsPathAndRequirementsAndNothingIsFiled() {
        String importer = Tokens.of("importer-a");
        String number = number();
        long filedBefore = newest("entry.filed");
        long casesBefore = newest("case.opened");

        HttpResponse<String> checked = Http.postJson(CHECKS, importer, entry(number, YARKAND_COTTON));

        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        JsonNode answer = Http.json(checked);
        assertThat(answer.get("status").asText()).isEqualTo("DETAINED");
        assertThat(answer.get("listVersion").asInt()).isPositive();
        assertThat(answer.get("disclosureHash").asText()).matches("[0-9a-f]{64}");
        assertThat(paths(answer))
                .as("the path of the match: input 2 at tier 3 from Yarkand, within Xinjiang")
                .contains(designation + "|1|3|653125|650000|520100|REGION_AND_SECTOR");
        List<String> codes = new ArrayList<>();
        answer.get("requirements")
                .forEach(r ->
                        codes.add(r.get("route").asText() + " " + r.get("code").asText()));
        assertThat(codes).contains("NOT_APPLICABLE TRACE:1", "EXCEPTION TARGETS_NOT_ENFORCED");
        JsonNode trace = null;
        for (JsonNode r : answer.get("requirements")) {
            if (r.get("code").asText().equals("TRACE:1")) {
                trace = r;
            }
        }
        assertThat(trace.get("inputIndex").asInt()).isEqualTo(1);
        assertThat(trace.get("documents").asText())
                .as("the chain of documents a trace needs")
                .isNotBlank();
        List<String> guided = new ArrayList<>();
        answer.get("guidance").forEach(g -> guided.add(g.get("sector").asText()));
        assertThat(guided)
                .as("the evidence guidance of the matched input's sector")
                .contains("COTTON");

        assertThat(newest("entry.filed")).as("no entry filed").isEqualTo(filedBefore);
        assertThat(newest("case.opened")).as("no case opened").isEqualTo(casesBefore);

        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=ScreeningCheck&id="
                        + answer.get("checkId").asText()),
                Tokens.of("auditor")));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("action").asText()).isEqualTo("screening.checked");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("importer-a");
        assertThat(events.get(0).get("after").asText())
                .contains(answer.get("disclosureHash").asText())
                .contains("DETAINED");

        // Filing the same body gives the same answer, and the number was never taken by the check.
        HttpResponse<String> filed = Http.postJson(ENTRIES, importer, entry(number, YARKAND_COTTON));
        assertThat(filed.statusCode()).as("a new entry: the check stored none").isEqualTo(201);
        JsonNode entry = Http.json(filed);
        assertThat(entry.get("status").asText()).isEqualTo(answer.get("status").asText());
        assertThat(entry.get("listVersion").asInt())
                .isEqualTo(answer.get("listVersion").asInt());
        assertThat(paths(entry)).isEqualTo(paths(answer));
    }

    @Test
    @Order(2)
    void checkAndFilingAgreeOnClearedAndCoarseDisclosures() {
        String importer = Tokens.of("importer-a");
        String cleared = entry(null, VIETNAM_ONLY);
        JsonNode check = Http.json(Http.postJson(CHECKS, importer, cleared));
        String number = number();
        JsonNode filed = Http.json(Http.postJson(ENTRIES, importer, entry(number, VIETNAM_ONLY)));
        assertThat(check.get("status").asText())
                .isEqualTo("CLEARED")
                .isEqualTo(filed.get("status").asText());
        assertThat(check.get("requirements")).isEmpty();

        String coarse = VIETNAM_ONLY.replace("\"6006\"", "\"5208\"").replace("\"VN\"", "\"CN\"");
        JsonNode coarseCheck = Http.json(Http.postJson(CHECKS, importer, entry(null, coarse)));
        JsonNode coarseFiled = Http.json(Http.postJson(ENTRIES, importer, entry(number(), coarse)));
        assertThat(coarseCheck.get("status").asText())
                .isEqualTo("DISCLOSURE_REQUIRED")
                .isEqualTo(coarseFiled.get("status").asText());
        assertThat(coarseCheck.get("held").asBoolean())
                .isEqualTo(coarseFiled.get("held").asBoolean());
        assertThat(coarseCheck.get("refinements").size())
                .isEqualTo(coarseFiled.get("refinements").size());
    }

    @Test
    @Order(3)
    void badBodiesAreRefusedAsFilingRefusesThemAndOnlyImportersCheck() {
        String bad = entry(null, VIETNAM_ONLY).replace("\"6109.10\"", "\"61\"").replace("\"VN\"}", "\"ZZ\"}");
        HttpResponse<String> checked = Http.postJson(CHECKS, Tokens.of("importer-a"), bad);
        HttpResponse<String> filed = Http.postJson(
                ENTRIES, Tokens.of("importer-a"), bad.replace("{\"hsCode\"", "{\"entryNumber\": \"X-1\", \"hsCode\""));
        assertThat(checked.statusCode()).isEqualTo(400).isEqualTo(filed.statusCode());
        assertThat(errorFields(checked)).containsExactlyInAnyOrderElementsOf(errorFields(filed));
        assertThat(errorFields(checked)).contains("hsCode", "inputs[0].regionCode");

        for (String user : List.of("officer", "supervisor", "regulator", "auditor")) {
            assertThat(Http.postJson(CHECKS, Tokens.of(user), entry(null, VIETNAM_ONLY))
                            .statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    @Order(4)
    void officersSeeTheSameDisclosureCheckedAgainAndImportersOnlyTheirOwn() {
        String importer = Tokens.of("importer-a");
        String first = Http.json(Http.postJson(CHECKS, importer, entry(null, YARKAND_COTTON)))
                .get("disclosureHash")
                .asText();
        String again = Http.json(Http.postJson(CHECKS, importer, entry(number(), YARKAND_COTTON_REORDERED)))
                .get("disclosureHash")
                .asText();
        assertThat(again)
                .as("the same supply chain, reordered and renamed, is the same disclosure")
                .isEqualTo(first);

        JsonNode page = Http.json(Http.getWithToken(CHECK_LIST, Tokens.of("officer")));
        String organisation = null;
        long same = 0;
        for (JsonNode item : page.get("items")) {
            if (item.get("disclosureHash").asText().equals(first)) {
                organisation = item.get("organisation").asText();
                same = Math.max(same, item.get("sameDisclosure").asLong());
                assertThat(item.get("checkedBy").asText()).isEqualTo("importer-a");
            }
        }
        assertThat(organisation).as(page.toString()).isNotNull();
        assertThat(same).as("checks of the same disclosure").isGreaterThanOrEqualTo(3);
        String org = organisation;
        JsonNode summary = null;
        for (JsonNode o : page.get("organisations")) {
            if (o.get("organisation").asText().equals(org)) {
                summary = o;
            }
        }
        assertThat(summary.get("mostChecksOfOneDisclosure").asLong()).isGreaterThanOrEqualTo(3);

        for (String user : List.of("regulator", "auditor", "supervisor")) {
            assertThat(Http.getWithToken(CHECK_LIST, Tokens.of(user)).statusCode())
                    .as(user)
                    .isEqualTo(200);
        }
        assertThat(Http.getWithToken(CHECK_LIST, Tokens.of("upr-drafter")).statusCode())
                .isEqualTo(403);

        Http.postJson(CHECKS, Tokens.of("importer-b"), entry(null, VIETNAM_ONLY));
        JsonNode theirs = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/screenings/checks?pageSize=200&organisation=" + org),
                Tokens.of("importer-b")));
        assertThat(theirs.get("items")).isNotEmpty();
        theirs.get("items")
                .forEach(item -> assertThat(item.get("organisation").asText())
                        .as("importer-b sees only their own organisation's checks")
                        .isNotEqualTo(org));
    }

    @Test
    @Order(5)
    void aRegulatorEditsSectorGuidanceAndTheCasePageShowsIt() {
        String marker = "Ginning bale tags " + UUID.randomUUID().toString().substring(0, 8);
        URI cotton = ItConfig.portal("/api/v1/sectors/COTTON/guidance");
        int before = Http.json(Http.get(cotton)).get("version").asInt();
        String body = """
                {"tiers": [
                  {"tier": 1, "stage": "Fabric mill", "documents": "Invoices and packing lists"},
                  {"tier": 2, "stage": "Cotton ginner", "documents": "%s and transport documents"},
                  {"tier": 3, "stage": "Farm", "documents": "Seed-cotton purchase records"}],
                 "sources": "CBP UFLPA Operational Guidance for Importers (2022)"}
                """.formatted(marker);

        assertThat(Http.putJson(cotton, Tokens.of("importer-a"), body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused =
                Http.putJson(cotton, Tokens.of("regulator"), body.replace("\"tier\": 3", "\"tier\": 0"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errorFields(refused)).contains("tiers[2].tier");

        HttpResponse<String> saved = Http.putJson(cotton, Tokens.of("regulator"), body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Http.json(saved).get("version").asInt()).isEqualTo(before + 1);
        JsonNode read = Http.json(Http.get(cotton));
        assertThat(read.get("updatedBy").asText()).isEqualTo("regulator");
        assertThat(read.get("tiers").get(1).get("documents").asText()).contains(marker);
        assertThat(Http.get(ItConfig.portal("/api/v1/sectors/NOPE/guidance")).statusCode())
                .isEqualTo(404);

        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=SectorGuidance&id=COTTON&limit=1"), Tokens.of("auditor")));
        assertThat(events.get(0).get("action").asText()).isEqualTo("sector-guidance.updated");
        assertThat(events.get(0).get("after").asText()).contains(marker);

        JsonNode detained = Http.json(Http.postJson(ENTRIES, Tokens.of("importer-a"), entry(number(), YARKAND_COTTON)));
        String caseId = detained.get("caseId").asText();
        try (Browser importer = Browser.start()) {
            importer.open("/cases/" + caseId + "?lang=en").signInAs("importer-a");
            assertThat(importer.textOf(By.id("guidance-COTTON"))).contains(marker, "Cotton ginner");

            importer.open("/screenings/check?lang=en");
            assertThat(importer.textOf(By.tagName("h1"))).isEqualTo("Check before shipping");
        }
    }

    @Test
    @Order(6)
    void checksAreRateLimitedPerUser() {
        // Spends importer-a's hour of checks (buckets are in memory, for the server's life): later
        // test classes check before shipping as importer-b (SupplyChainBrowserIT does).
        String importer = Tokens.of("importer-a");
        HttpResponse<String> limited = null;
        for (int i = 0; i < 80 && limited == null; i++) {
            HttpResponse<String> r = Http.postJson(CHECKS, importer, entry(null, VIETNAM_ONLY));
            if (r.statusCode() == 429) {
                limited = r;
            } else {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            }
        }
        assertThat(limited).as("the 61st check within an hour is refused").isNotNull();
        assertThat(limited.headers().firstValue("Retry-After"))
                .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(limited.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(Http.postJson(CHECKS, Tokens.of("importer-b"), entry(null, VIETNAM_ONLY))
                        .statusCode())
                .as("another user's bucket is their own")
                .isEqualTo(200);
    }
}
