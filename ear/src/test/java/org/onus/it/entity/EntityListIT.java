package org.onus.it.entity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * The entity list end to end: a listed producer with an alias, a former name and a registration
 * number is published; entries naming the alias, or another name with the number, are detained and
 * say what matched; the list diff shows the entity; a removal request filed without an account goes
 * through four eyes (the proposer 403, importers 403) and takes the producer off in a new list
 * version, whose diff, JSON and the public decisions show it.
 */
@OnusIT
@RunAsClient
class EntityListIT {

    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final URI REQUESTS = ItConfig.portal("/api/v1/entity-removal-requests");
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static final String CLIENT = "X-Onus-Test-Client";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    static String entry(String inputs) {
        return """
                {"entryNumber": "E-%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [%s]}
                """.formatted(UUID.randomUUID().toString().substring(0, 13), TODAY, inputs);
    }

    static int latestListVersion() {
        JsonNode versions = Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions")));
        int latest = 0;
        for (JsonNode v : versions) {
            latest = Math.max(latest, v.get("number").asInt());
        }
        return latest;
    }

    @Test
    void aliasesAndRegistrationNumbersMatchAndARemovalRequestGoesThroughFourEyesIntoTheList() {
        String marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String uscc = "91540000MA6T" + marker;
        String name = "Lhasa Cashmere " + marker + " Co., Ltd.";
        if (latestListVersion() == 0) {
            // Run first in a fresh server there is no list version to diff from yet.
            DesignationFixtures.publish("Entity list baseline " + marker, List.of("540000"), List.of("COTTON"), TODAY);
        }
        int before = latestListVersion();
        String designation = DesignationFixtures.publish(
                "Entity list " + marker, List.of("540000"), List.of("ALL_GOODS"), TODAY, """
                [{"name": "%s", "aliases": ["Snowland Fibre %s"], "formerNames": ["Tibet Goat Hair %s Factory"],
                  "registrationNumbers": [{"scheme": "USCC", "number": "%s"}],
                  "addresses": [{"line": "No. 8 Jinzhu Road, Lhasa", "regionCode": "540100"}]}]
                """.formatted(
                                name, marker, marker, uscc));

        // The designation and the public list carry the particulars.
        JsonNode detail = Http.json(Http.get(ItConfig.portal("/api/v1/designations/" + designation)));
        assertThat(detail.get("producers")).singleElement().satisfies(p -> {
            assertThat(p.get("aliases").get(0).asText()).isEqualTo("Snowland Fibre " + marker);
            assertThat(p.get("registrationNumbers").get(0).get("number").asText())
                    .isEqualTo(uscc);
            assertThat(p.get("addresses").get(0).get("regionCode").asText()).isEqualTo("540100");
        });
        int published = latestListVersion();
        assertThat(published).isGreaterThan(before);
        JsonNode version = Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions/" + published)));
        assertThat(version.get("entities").findValuesAsText("name")).contains(name);

        // The diff shows the entity added.
        JsonNode added = Http.json(
                Http.get(ItConfig.portal("/api/v1/designation-list/diff?from=" + before + "&to=" + published)));
        assertThat(added.get("entityChanges")).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("ADDED");
            assertThat(c.get("entity").get("name").asText()).isEqualTo(name);
        });

        // An input naming the alias is detained with ALIAS.
        String importer = Tokens.of("importer-a");
        JsonNode byAlias = Http.json(Http.postJson(ENTRIES, importer, entry("""
                {"tier": 2, "material": "Yarn", "hsCode": "5509", "producer": "SNOWLAND FIBRE %s LIMITED", "regionCode": "VN"}""".formatted(marker))));
        assertThat(byAlias.get("status").asText()).isEqualTo("DETAINED");
        assertThat(byAlias.get("matches")).anySatisfy(m -> {
            assertThat(m.get("designationId").asText()).isEqualTo(designation);
            assertThat(m.get("reason").asText()).isEqualTo("LISTED_PRODUCER");
            assertThat(m.get("producerMatch").get("on").asText()).isEqualTo("ALIAS");
            assertThat(m.get("producerMatch").get("value").asText()).isEqualTo("Snowland Fibre " + marker);
        });

        // An input with a different name but the registration number is detained with REGISTRATION_NUMBER.
        JsonNode byNumber = Http.json(Http.postJson(ENTRIES, importer, entry("""
                {"tier": 2, "material": "Yarn", "hsCode": "5509", "producer": "Hanoi Spinning %s",
                 "producerRegistrationNumber": "%s", "regionCode": "VN"}""".formatted(
                        marker, uscc.substring(0, 6) + " " + uscc.substring(6).toLowerCase()))));
        assertThat(byNumber.get("status").asText()).isEqualTo("DETAINED");
        assertThat(byNumber.get("matches")).anySatisfy(m -> {
            assertThat(m.get("designationId").asText()).isEqualTo(designation);
            assertThat(m.get("producerMatch").get("on").asText()).isEqualTo("REGISTRATION_NUMBER");
            assertThat(m.get("producerMatch").get("value").asText()).isEqualTo("USCC " + uscc);
        });

        // An input with a different name and no number is cleared: the name alone does not match.
        JsonNode other = Http.json(Http.postJson(ENTRIES, importer, entry("""
                {"tier": 2, "material": "Yarn", "hsCode": "5509", "producer": "Hanoi Spinning %s", "regionCode": "VN"}""".formatted(marker))));
        assertThat(other.get("status").asText()).isEqualTo("CLEARED");

        // --- a removal request, filed without an account ---
        HttpResponse<String> formPage = Http.get(ItConfig.portal("/entities/removal-requests/new"));
        assertThat(formPage.statusCode()).isEqualTo(200);
        assertThat(formPage.body())
                .as("the form offers the listed producer of the designation in force")
                .contains("value=\"" + designation + "|" + name + "\"")
                .contains("name=\"website\"");
        String client = "198.51.100." + (int) (Math.random() * 200);
        HttpResponse<String> filed =
                Http.postJson(REQUESTS, null, """
                {"designationId": "%s", "producerName": "%s", "relation": "ENTITY",
                 "reasons": "The plant closed in 2026; the company was dissolved.", "contact": "counsel-%s@example.org"}
                """.formatted(designation, name, marker), CLIENT, client);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        String code = Http.json(filed).get("receiptCode").asText();
        String reference = Http.json(filed).get("reference").asText();

        // Unknown listing: 400 naming the field.
        HttpResponse<String> unknown =
                Http.postJson(REQUESTS, null, """
                {"designationId": "%s", "producerName": "Nobody %s", "reasons": "x"}
                """.formatted(designation, marker), CLIENT, client);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("producerName");

        // Importers may not triage; regulators find it.
        assertThat(Http.getWithToken(REQUESTS, importer).statusCode()).isEqualTo(403);
        String regulator = Tokens.of("regulator");
        JsonNode listed = null;
        for (JsonNode r : Http.json(Http.getWithToken(REQUESTS, regulator))) {
            if (r.get("reference").asText().equals(reference)) {
                listed = r;
            }
        }
        assertThat(listed).isNotNull();
        String id = listed.get("id").asText();
        assertThat(listed.get("contact").asText()).isEqualTo("counsel-" + marker + "@example.org");
        assertThat(Http.postJson(REQUESTS.resolve("entity-removal-requests/" + id + "/proposal"), importer, """
                        {"outcome": "GRANT", "reason": "x"}""")
                        .statusCode())
                .isEqualTo(403);

        // Four eyes: the senior regulator who proposes cannot approve; another one can.
        String senior = Tokens.of("senior-regulator");
        HttpResponse<String> proposed =
                Http.postJson(REQUESTS.resolve("entity-removal-requests/" + id + "/proposal"), senior, """
                {"outcome": "GRANT", "reason": "Dissolution verified in the company register."}""");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        assertThat(Http.json(proposed).get("status").asText()).isEqualTo("PROPOSED");
        HttpResponse<String> ownApproval = Http.postJson(
                REQUESTS.resolve("entity-removal-requests/" + id + "/decision"), senior, "{\"approved\": true}");
        assertThat(ownApproval.statusCode()).as(ownApproval.body()).isEqualTo(403);
        HttpResponse<String> decided = Http.postJson(
                REQUESTS.resolve("entity-removal-requests/" + id + "/decision"),
                Tokens.of("senior-regulator-2"),
                "{\"approved\": true}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode decision = Http.json(decided);
        assertThat(decision.get("status").asText()).isEqualTo("GRANTED");
        int removedIn = decision.get("listVersion").asInt();
        assertThat(removedIn).isGreaterThan(published);

        // The new list version no longer lists it; its diff shows the removal and the decision.
        JsonNode after = Http.json(Http.get(ItConfig.portal("/api/v1/designation-list/versions/" + removedIn)));
        assertThat(after.get("entities").findValuesAsText("name")).doesNotContain(name);
        assertThat(after.get("removalDecisions").findValuesAsText("reference")).contains(reference);
        JsonNode removed = Http.json(
                Http.get(ItConfig.portal("/api/v1/designation-list/diff?from=" + published + "&to=" + removedIn)));
        assertThat(removed.get("entityChanges")).anySatisfy(c -> {
            assertThat(c.get("kind").asText()).isEqualTo("REMOVED");
            assertThat(c.get("entity").get("name").asText()).isEqualTo(name);
        });
        assertThat(removed.get("removalDecisions")).anySatisfy(d -> {
            assertThat(d.get("reference").asText()).isEqualTo(reference);
            assertThat(d.get("outcome").asText()).isEqualTo("GRANTED");
            assertThat(d.get("reason").asText()).contains("Dissolution verified");
        });
        HttpResponse<String> csv = Http.get(
                ItConfig.portal("/api/v1/designation-list/diff?format=csv&from=" + published + "&to=" + removedIn));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("ENTITY,REMOVED").contains(name).contains("REMOVAL_DECISION,GRANTED");
        HttpResponse<String> diffPage =
                Http.get(ItConfig.portal("/designations/versions/diff?from=" + published + "&to=" + removedIn));
        assertThat(diffPage.statusCode()).isEqualTo(200);
        assertThat(diffPage.body()).contains("diff-entities").contains(reference);

        // The public decisions and the requester's status show it.
        HttpResponse<String> allDecisions = Http.get(REQUESTS.resolve("entity-removal-requests/decisions"));
        JsonNode decisions = Http.json(allDecisions);
        assertThat(decisions.findValuesAsText("reference")).contains(reference);
        assertThat(allDecisions.headers().firstValue("X-Total-Count")).contains(String.valueOf(decisions.size()));
        assertThat(Http.json(Http.get(REQUESTS.resolve(
                                "entity-removal-requests/decisions?offset=" + (decisions.size() - 1) + "&limit=1")))
                        .findValuesAsText("reference"))
                .as("the last decision taken, on a page of one")
                .containsExactly(
                        decisions.get(decisions.size() - 1).get("reference").asText());
        HttpResponse<String> granted =
                Http.getWithToken(URI.create(REQUESTS + "?status=GRANTED&sort=received&limit=200"), regulator);
        assertThat(Http.json(granted).findValuesAsText("reference")).contains(reference);
        assertThat(Http.json(granted).findValuesAsText("status")).containsOnly("GRANTED");
        assertThat(Integer.parseInt(
                        granted.headers().firstValue("X-Total-Count").orElseThrow()))
                .isGreaterThanOrEqualTo(1);
        assertThat(Http.getWithToken(URI.create(REQUESTS + "?status=LOST&sort=nope"), regulator)
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> decisionsPage = Http.get(ItConfig.portal("/entities/removal-requests/decisions"));
        assertThat(decisionsPage.statusCode()).isEqualTo(200);
        assertThat(decisionsPage.body()).contains(reference);
        JsonNode status = Http.json(Http.postJson(
                REQUESTS.resolve("entity-removal-requests/status"),
                null,
                "{\"receiptCode\": \"" + code + "\"}",
                CLIENT,
                client));
        assertThat(status.get("status").asText()).isEqualTo("GRANTED");
        assertThat(status.get("decision").get("listVersion").asInt()).isEqualTo(removedIn);

        // The producer no longer screens: the alias clears now.
        JsonNode cleared = Http.json(Http.postJson(ENTRIES, importer, entry("""
                {"tier": 2, "material": "Yarn", "hsCode": "5509", "producer": "Snowland Fibre %s", "regionCode": "VN"}""".formatted(marker))));
        assertThat(cleared.get("status").asText()).isEqualTo("CLEARED");
    }
}
