package org.onus.it.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
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
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Issue 12, hole 4 closed: an input declared at a region containing a designated one (or the
 * country) is not cleared but held DISCLOSURE_REQUIRED until the importer refines it through
 * {@code POST /api/v1/entries/{id}/disclosure}; regulators switch the hold per sector; and a new
 * list version applies at arrival.
 */
@OnusIT
@RunAsClient
class DisclosureIT {

    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    /** Ili prefecture (Xinjiang) designated for tomato products by this test. */
    static String ili;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void iliTomatoesAreDesignated() {
        ili = DesignationFixtures.publish(
                "Ili tomatoes (disclosure test) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("654000"),
                List.of("TOMATO"),
                TODAY.toString());
    }

    static String number() {
        return "D-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static String tomatoFrom(String region) {
        return """
                {"tier": 2, "material": "Tomato paste", "hsCode": "2002.90", "producer": "Paste Co", "regionCode": "%s"}""".formatted(region);
    }

    static String entry(String number, LocalDate arrival, String inputs) {
        return """
                {"entryNumber": "%s", "hsCode": "2103.20", "description": "Ketchup", "originCountry": "IT",
                 "value": {"amount": "900.00", "currency": "EUR"}, "arrivalDate": "%s", "port": "Genoa",
                 "inputs": [%s]}
                """.formatted(number, arrival, inputs);
    }

    static JsonNode file(String importer, String body) {
        HttpResponse<String> r = Http.postJson(ENTRIES, importer, body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Http.json(r);
    }

    static HttpResponse<String> refine(String token, String entryId, String inputs) {
        return Http.postJson(
                ItConfig.portal("/api/v1/entries/" + entryId + "/disclosure"), token, "{\"inputs\": [" + inputs + "]}");
    }

    static JsonNode ours(JsonNode entry) {
        for (JsonNode r : entry.get("refinements")) {
            if (r.get("designationId").asText().equals(ili)) {
                return r;
            }
        }
        throw new AssertionError("No refinement for the Ili designation in " + entry);
    }

    @Test
    void anInputDeclaredAtTheCountryIsHeldAndRefinedIntoTheDesignatedRegionItIsDetained() {
        String importer = Tokens.of("importer-a");
        JsonNode filed = file(importer, entry(number(), TODAY, tomatoFrom("CN")));

        assertThat(filed.get("status").asText()).isEqualTo("DISCLOSURE_REQUIRED");
        assertThat(filed.get("matches")).isEmpty();
        assertThat(filed.get("held").asBoolean()).isTrue();
        assertThat(LocalDate.parse(filed.get("disclosureDeadline").asText())).isAfter(TODAY);
        JsonNode why = ours(filed);
        assertThat(why.get("inputIndex").asInt()).isZero();
        assertThat(why.get("regionCode").asText()).isEqualTo("CN");
        assertThat(why.get("designatedRegionCodes"))
                .extracting(JsonNode::asText)
                .containsExactly("654000");
        assertThat(why.get("sectorCodes")).extracting(JsonNode::asText).containsExactly("TOMATO");
        assertThat(why.get("reason").asText()).contains("Input 1 is declared at CN, which contains 654000");
        String id = filed.get("id").asText();

        assertThat(refine(Tokens.of("importer-b"), id, tomatoFrom("654002")).statusCode())
                .as("another organisation's entry does not exist for them")
                .isEqualTo(404);
        HttpResponse<String> bad = refine(importer, id, tomatoFrom("999999"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("inputs[0].regionCode");

        HttpResponse<String> refined = refine(importer, id, tomatoFrom("654002"));
        assertThat(refined.statusCode()).as(refined.body()).isEqualTo(200);
        JsonNode detained = Http.json(refined);
        assertThat(detained.get("status").asText()).isEqualTo("DETAINED");
        assertThat(detained.get("caseId").asText()).isNotBlank();
        assertThat(detained.get("held").asBoolean()).isFalse();
        assertThat(detained.get("matches")).anySatisfy(m -> {
            assertThat(m.get("designationId").asText()).isEqualTo(ili);
            assertThat(m.get("regionCode").asText()).isEqualTo("654002");
        });
        assertThat(detained.get("screenings"))
                .extracting(s -> s.get("trigger").asText())
                .containsExactly("FILED", "REFINED");

        HttpResponse<String> again = refine(importer, id, tomatoFrom("IT"));
        assertThat(again.statusCode()).as("only while DISCLOSURE_REQUIRED").isEqualTo(409);
        assertThat(Http.json(Http.getWithToken(ItConfig.portal("/api/v1/entries/" + id), importer))
                        .get("status")
                        .asText())
                .isEqualTo("DETAINED");

        JsonNode events = Http.json(
                Http.getWithToken(ItConfig.portal("/api/v1/audit?entity=Entry&id=" + id), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        events.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("entry.filed", "entry.disclosure-refined");
    }

    @Test
    void aProvinceContainingTheDesignatedPrefectureIsHeldAndRefinedOutsideItIsCleared() {
        String importer = Tokens.of("importer-a");
        JsonNode filed = file(importer, entry(number(), TODAY, tomatoFrom("650000")));
        assertThat(filed.get("status").asText()).isEqualTo("DISCLOSURE_REQUIRED");
        assertThat(ours(filed).get("designatedRegionCodes"))
                .extracting(JsonNode::asText)
                .containsExactly("654000");

        HttpResponse<String> refined = refine(importer, filed.get("id").asText(), tomatoFrom("IT"));

        assertThat(refined.statusCode()).as(refined.body()).isEqualTo(200);
        JsonNode cleared = Http.json(refined);
        assertThat(cleared.get("status").asText()).isEqualTo("CLEARED");
        assertThat(cleared.get("held").asBoolean()).isFalse();
        assertThat(cleared.get("refinements")).isEmpty();
        assertThat(cleared.path("caseId").isNull() || cleared.path("caseId").isMissingNode())
                .isTrue();
    }

    @Test
    void aPreciseDeclarationOutsideDesignatedRegionsIsClearedAndCannotBeRefined() {
        String importer = Tokens.of("importer-a");
        JsonNode filed = file(importer, entry(number(), TODAY, tomatoFrom("IT")));
        assertThat(filed.get("status").asText()).isEqualTo("CLEARED");
        assertThat(refine(importer, filed.get("id").asText(), tomatoFrom("IT")).statusCode())
                .isEqualTo(409);
        assertThat(refine(Tokens.of("officer"), filed.get("id").asText(), tomatoFrom("IT"))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void withTheHoldOffForTheSectorACoarseInputStillNeedsADisclosureButIsNotHeld() {
        URI hold = ItConfig.portal("/api/v1/sectors/TOMATO/disclosure-hold");
        assertThat(Http.postJson(hold, Tokens.of("importer-a"), "{\"on\": false, \"reason\": \"x\"}")
                        .statusCode())
                .isEqualTo(403);
        String regulator = Tokens.of("regulator");
        HttpResponse<String> off =
                Http.postJson(hold, regulator, "{\"on\": false, \"reason\": \"Pilot: tomato disclosures not held\"}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(Http.json(off).get("disclosureHold").asBoolean()).isFalse();
        try {
            JsonNode filed = file(Tokens.of("importer-a"), entry(number(), TODAY, tomatoFrom("650000")));

            assertThat(filed.get("status").asText()).isEqualTo("DISCLOSURE_REQUIRED");
            JsonNode why = ours(filed);
            assertThat(why.get("held").asBoolean()).isFalse();
            assertThat(why.get("reason").asText()).contains("hold is switched off");
            boolean anyHeld = false;
            for (JsonNode r : filed.get("refinements")) {
                anyHeld |= r.get("held").asBoolean();
            }
            assertThat(filed.get("held").asBoolean()).isEqualTo(anyHeld);
        } finally {
            assertThat(Http.postJson(hold, regulator, "{\"on\": true, \"reason\": \"Pilot over\"}")
                            .statusCode())
                    .isEqualTo(200);
        }
        JsonNode sectors = Http.json(Http.get(ItConfig.portal("/api/v1/sectors")));
        sectors.forEach(s -> {
            if (s.get("code").asText().equals("TOMATO")) {
                assertThat(s.get("disclosureHold").asBoolean()).isTrue();
            }
        });
        JsonNode events = Http.json(
                Http.getWithToken(ItConfig.portal("/api/v1/audit?entity=Sector&id=TOMATO"), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        events.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("sector.disclosure-hold-off", "sector.disclosure-hold-on");
    }

    @Test
    void aNewListVersionAppliesAtArrivalAndDetainsAnEntryNotYetArrived() {
        String importer = Tokens.of("importer-a");
        String peppers = """
                {"tier": 1, "material": "Dried chillies", "hsCode": "0904.21", "producer": "Korla Farms", "regionCode": "652801"}""";
        JsonNode filed = file(importer, entry(number(), TODAY.plusDays(10), peppers));
        assertThat(filed.get("status").asText()).isEqualTo("CLEARED");
        int before = filed.get("listVersion").asInt();

        String bayingolin = DesignationFixtures.publish(
                "Bayingolin peppers (disclosure test) "
                        + UUID.randomUUID().toString().substring(0, 8),
                List.of("652800"),
                List.of("PEPPER"),
                TODAY.toString());

        JsonNode now = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/entries/" + filed.get("id").asText()), importer));
        assertThat(now.get("status").asText()).isEqualTo("DETAINED");
        assertThat(now.get("caseId").asText()).isNotBlank();
        assertThat(now.get("matches"))
                .anySatisfy(m -> assertThat(m.get("designationId").asText()).isEqualTo(bayingolin));
        assertThat(now.get("listVersion").asInt()).isGreaterThan(before);
        JsonNode last = now.get("screenings").get(now.get("screenings").size() - 1);
        assertThat(last.get("trigger").asText()).isEqualTo("LIST_CHANGED");
        assertThat(last.get("listVersion").asInt())
                .isEqualTo(now.get("listVersion").asInt());
        assertThat(last.get("note").asText()).contains("new match", "Bayingolin peppers");
    }
}
