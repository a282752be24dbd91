package org.onus.it.broker;

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
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Customs brokers end to end (docs/BROKERS.md): importer-a delegates BROKER-1; the broker files in
 * importer-a's name and the entry is importer-a's, filed by the broker; importer-a sees it, importer-b
 * does not; the broker cannot file for an importer that did not delegate it, nor read importer-a's
 * own entries or cases; after revocation the broker can no longer file; the audit trail shows both.
 */
@OnusIT
@RunAsClient
class BrokerIT {

    static final URI DELEGATIONS = ItConfig.portal("/api/v1/delegations");
    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aDelegatedBrokerFilesForTheImporterSeesOnlyItsFilingsAndStopsAtRevocation() {
        String importerA = Tokens.of("importer-a");
        String importerB = Tokens.of("importer-b");
        String broker = Tokens.of("broker");
        String officer = Tokens.of("officer");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        DesignationFixtures.publish(
                "Xinjiang cotton (broker test) " + marker, List.of("650000"), List.of("COTTON"), TODAY.toString());

        // The broker's organisation is known once its member has used the portal.
        HttpResponse<String> received = Http.getWithToken(DELEGATIONS, broker);
        assertThat(received.statusCode()).as(received.body()).isEqualTo(200);
        ownEntry(importerA); // importer-a's organisation is registered as an importer
        revokeEveryDelegationInForce(importerA);

        // An importer cannot be delegated as if it were a broker, nor can one delegate itself.
        HttpResponse<String> notABroker = Http.postJson(DELEGATIONS, importerB, "{\"broker\": \"ACME-IMPORTS\"}");
        assertThat(notABroker.statusCode()).as(notABroker.body()).isEqualTo(400);
        assertThat(Http.json(notABroker).at("/errors/0/code").asText()).isEqualTo("broker");
        HttpResponse<String> pastDay = Http.postJson(
                DELEGATIONS, importerA, "{\"broker\": \"BROKER-1\", \"validUntil\": \"" + TODAY.minusDays(1) + "\"}");
        assertThat(pastDay.statusCode()).as(pastDay.body()).isEqualTo(400);
        assertThat(Http.json(pastDay).at("/errors/0/code").asText()).isEqualTo("validUntil");
        // Only importers delegate.
        assertThat(Http.postJson(DELEGATIONS, broker, "{\"broker\": \"BROKER-1\"}")
                        .statusCode())
                .isEqualTo(403);

        // Before any delegation the broker cannot file for importer-a.
        HttpResponse<String> early = Http.postJson(ENTRIES, broker, entry("ACME-IMPORTS", vietnamese()));
        assertThat(early.statusCode()).as(early.body()).isEqualTo(403);

        // importer-a delegates BROKER-1.
        HttpResponse<String> granted = Http.postJson(DELEGATIONS, importerA, "{\"broker\": \"broker-1\"}");
        assertThat(granted.statusCode()).as(granted.body()).isEqualTo(201);
        assertThat(granted.headers().firstValue("Location")).isPresent();
        JsonNode delegation = Http.json(granted);
        String delegationId = delegation.get("id").asText();
        assertThat(delegation.get("importer").asText()).isEqualTo("ACME-IMPORTS");
        assertThat(delegation.get("broker").asText()).isEqualTo("BROKER-1");
        assertThat(delegation.get("inForce").asBoolean()).isTrue();
        assertThat(Http.postJson(DELEGATIONS, importerA, "{\"broker\": \"BROKER-1\"}")
                        .statusCode())
                .as("a second delegation while one is in force")
                .isEqualTo(409);
        assertThat(ids(Http.json(Http.getWithToken(DELEGATIONS, broker))))
                .as("the broker sees who delegated it")
                .contains(delegationId);
        assertThat(ids(Http.json(Http.getWithToken(DELEGATIONS, importerB))))
                .as("another importer does not see importer-a's delegations")
                .doesNotContain(delegationId);
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/delegations/" + delegationId), importerB)
                        .statusCode())
                .isEqualTo(404);

        // The broker files for importer-a: the entry is importer-a's and records the broker.
        HttpResponse<String> filed = Http.postJson(ENTRIES, broker, entry("ACME-IMPORTS", vietnamese()));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode entry = Http.json(filed);
        String entryId = entry.get("id").asText();
        assertThat(entry.get("organisation").asText()).isEqualTo("ACME-IMPORTS");
        assertThat(entry.get("filedByOrganisation").asText()).isEqualTo("BROKER-1");
        assertThat(entry.get("filedBy").asText()).isEqualTo("broker");
        assertThat(entry.get("status").asText()).isEqualTo("CLEARED");

        // The broker files from importer-a's supply-chain map (importer-a names it), never from
        // importer-b's: the map comes from the organisation the entry is filed for.
        String mapA = knitMap(importerA, marker);
        String mapB = knitMap(importerB, marker);
        HttpResponse<String> fromMap = Http.postJson(ENTRIES, broker, fromMap("ACME-IMPORTS", mapA));
        assertThat(fromMap.statusCode()).as(fromMap.body()).isEqualTo(201);
        JsonNode mapped = Http.json(fromMap);
        assertThat(mapped.get("organisation").asText()).isEqualTo("ACME-IMPORTS");
        assertThat(mapped.get("supplyChainMap").get("id").asText()).isEqualTo(mapA);
        assertThat(mapped.get("supplyChainMap").get("version").asInt()).isEqualTo(1);
        assertThat(mapped.get("inputs").get(0).get("producer").asText()).startsWith("Hanoi Knits");
        HttpResponse<String> othersMap = Http.postJson(ENTRIES, broker, fromMap("ACME-IMPORTS", mapB));
        assertThat(othersMap.statusCode()).as(othersMap.body()).isEqualTo(400);
        assertThat(Http.json(othersMap).at("/errors/0/code").asText()).isEqualTo("supplyChainMapId");
        assertThat(Http.postJson(ENTRIES, broker, fromMap("BETA-TRADING", mapB)).statusCode())
                .as("importer-b did not delegate the broker: its maps are out of reach")
                .isEqualTo(403);
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/supply-chain-maps/" + mapA), broker)
                        .statusCode())
                .as("filing from a map does not let the broker browse it")
                .isIn(403, 404);

        // importer-a sees everything filed in its name; customs see it; importer-b does not.
        HttpResponse<String> asImporter = Http.getWithToken(entryUri(entryId), importerA);
        assertThat(asImporter.statusCode()).as(asImporter.body()).isEqualTo(200);
        assertThat(Http.json(asImporter).get("filedByOrganisation").asText()).isEqualTo("BROKER-1");
        assertThat(ids(Http.json(Http.getWithToken(ENTRIES, importerA)))).contains(entryId);
        assertThat(Http.getWithToken(entryUri(entryId), officer).statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken(entryUri(entryId), importerB).statusCode()).isEqualTo(404);
        assertThat(ids(Http.json(Http.getWithToken(ENTRIES, importerB)))).doesNotContain(entryId);

        // The broker sees what it filed, and nothing of importer-a's own.
        String own = ownEntry(importerA);
        assertThat(Http.getWithToken(entryUri(entryId), broker).statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken(entryUri(own), broker).statusCode())
                .as("importer-a's own entry is 404 to the broker")
                .isEqualTo(404);
        List<String> brokerList = ids(Http.json(Http.getWithToken(ENTRIES, broker)));
        assertThat(brokerList).contains(entryId).doesNotContain(own);
        for (String id : brokerList) {
            JsonNode e = Http.json(Http.getWithToken(entryUri(id), broker));
            assertThat(e.get("filedByOrganisation").asText()).isEqualTo("BROKER-1");
        }
        // Filing the facts of importer-a's own entry again does not hand it to the broker.
        JsonNode ownEntry = Http.json(Http.getWithToken(entryUri(own), importerA));
        HttpResponse<String> replay = Http.postJson(
                ENTRIES, broker, entry(ownEntry.get("entryNumber").asText(), "ACME-IMPORTS", vietnamese()));
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(409);
        assertThat(replay.body()).doesNotContain(own);

        // A detained filing opens importer-a's case: importer-a has it and its notice, the broker not.
        HttpResponse<String> detained = Http.postJson(ENTRIES, broker, entry("ACME-IMPORTS", """
                {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"},
                {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}"""));
        assertThat(detained.statusCode()).as(detained.body()).isEqualTo(201);
        JsonNode detainedEntry = Http.json(detained);
        assertThat(detainedEntry.get("status").asText()).isEqualTo("DETAINED");
        String caseId = detainedEntry.get("caseId").asText();
        URI caseUri = ItConfig.portal("/api/v1/cases/" + caseId);
        assertThat(Http.getWithToken(caseUri, importerA).statusCode()).isEqualTo(200);
        assertThat(Http.getWithToken(caseUri, broker).statusCode()).isIn(403, 404);
        assertThat(Http.getWithToken(caseUri, importerB).statusCode()).isEqualTo(404);
        assertThat(Http.getWithToken(entryUri(detainedEntry.get("id").asText()), broker)
                        .statusCode())
                .as("the broker still reads the entry and its screening result")
                .isEqualTo(200);
        assertThat(inboxLinks(importerA, caseId))
                .as("the detention notice goes to importer-a, whose case it is")
                .isNotEmpty();

        // Not delegated, unknown or no importer named: refused, the same way for any code.
        HttpResponse<String> forB = Http.postJson(ENTRIES, broker, entry("BETA-TRADING", vietnamese()));
        assertThat(forB.statusCode()).as(forB.body()).isEqualTo(403);
        HttpResponse<String> unknown =
                Http.postJson(ENTRIES, broker, entry("NO-SUCH-" + marker.toUpperCase(), vietnamese()));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(403);
        assertThat(detail(unknown).replace("NO-SUCH-" + marker.toUpperCase(), "X"))
                .as("an unknown code and a non-delegating importer are refused alike")
                .isEqualTo(detail(forB).replace("BETA-TRADING", "X"));
        HttpResponse<String> nobody = Http.postJson(ENTRIES, broker, entry(null, vietnamese()));
        assertThat(nobody.statusCode()).as(nobody.body()).isEqualTo(400);
        assertThat(Http.json(nobody).at("/errors/0/code").asText()).isEqualTo("importer");
        // An importer files only in its own name.
        HttpResponse<String> aForB = Http.postJson(ENTRIES, importerA, entry("BETA-TRADING", vietnamese()));
        assertThat(aForB.statusCode()).as(aForB.body()).isEqualTo(403);

        // Revocation: only importer-a, once; then the broker can no longer file.
        assertThat(Http.postJson(revocation(delegationId), importerB, "").statusCode())
                .isEqualTo(404);
        assertThat(Http.postJson(revocation(delegationId), broker, "").statusCode())
                .isEqualTo(403);
        HttpResponse<String> revoked = Http.postJson(revocation(delegationId), importerA, "");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(Http.json(revoked).get("revokedBy").asText()).isEqualTo("importer-a");
        assertThat(Http.json(revoked).get("inForce").asBoolean()).isFalse();
        assertThat(Http.postJson(revocation(delegationId), importerA, "").statusCode())
                .isEqualTo(409);
        HttpResponse<String> after = Http.postJson(ENTRIES, broker, entry("ACME-IMPORTS", vietnamese()));
        assertThat(after.statusCode()).as(after.body()).isEqualTo(403);
        assertThat(Http.getWithToken(entryUri(entryId), broker).statusCode())
                .as("the broker keeps reading what it filed")
                .isEqualTo(200);

        // The audit trail shows the grant and the revocation, by importer-a.
        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=Delegation&id=" + delegationId), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        events.forEach(e ->
                actions.add(e.get("action").asText() + " by " + e.get("actor").asText()));
        assertThat(actions).contains("delegation.granted by importer-a", "delegation.revoked by importer-a");
    }

    // --- helpers ---------------------------------------------------------------------------------

    static String vietnamese() {
        return """
                {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"}""";
    }

    static String entry(String importer, String inputs) {
        return entry("BRK-" + UUID.randomUUID().toString().substring(0, 13), importer, inputs);
    }

    static String entry(String number, String importer, String inputs) {
        return """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [%s]%s}
                """.formatted(number, TODAY, inputs, importer == null ? "" : ", \"importer\": \"" + importer + "\"");
    }

    /** A map of one Vietnamese knitter, made by the given importer; its id. */
    static String knitMap(String importer, String marker) {
        HttpResponse<String> knitter =
                Http.postJson(ItConfig.portal("/api/v1/suppliers"), importer, """
                {"legalName": "Hanoi Knits %s", "registrationNumber": "VN-0312345678", "registrationScheme": "OTHER",
                 "regionCode": "VN"}
                """.formatted(marker));
        assertThat(knitter.statusCode()).as(knitter.body()).isEqualTo(201);
        HttpResponse<String> map = Http.postJson(ItConfig.portal("/api/v1/supply-chain-maps"), importer, """
                {"name": "Knitted T-shirt %s", "hsCode": "6109.10", "description": "Cotton T-shirts",
                 "inputs": [{"tier": 1, "supplierId": "%s", "material": "Knitted fabric", "hsCode": "6006"}]}
                """.formatted(
                        marker, Http.json(knitter).get("id").asText()));
        assertThat(map.statusCode()).as(map.body()).isEqualTo(201);
        return Http.json(map).get("id").asText();
    }

    static String fromMap(String importer, String mapId) {
        return """
                {"entryNumber": "BRK-%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "supplyChainMapId": "%s", "importer": "%s"}
                """.formatted(UUID.randomUUID().toString().substring(0, 13), TODAY, mapId, importer);
    }

    /** importer-a files its own entry (and so is registered as an importer organisation). */
    static String ownEntry(String importerA) {
        HttpResponse<String> filed = Http.postJson(ENTRIES, importerA, entry(null, vietnamese()));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode e = Http.json(filed);
        assertThat(e.has("filedByOrganisation") && !e.get("filedByOrganisation").isNull())
                .isFalse();
        return e.get("id").asText();
    }

    /** Earlier tests (or the page crawl) may have left a delegation in force. */
    static void revokeEveryDelegationInForce(String importerA) {
        for (JsonNode d : Http.json(Http.getWithToken(DELEGATIONS, importerA))) {
            if (d.get("inForce").asBoolean() && d.get("broker").asText().equals("BROKER-1")) {
                assertThat(Http.postJson(revocation(d.get("id").asText()), importerA, "")
                                .statusCode())
                        .isEqualTo(200);
            }
        }
    }

    static URI entryUri(String id) {
        return ItConfig.portal("/api/v1/entries/" + id);
    }

    static URI revocation(String id) {
        return ItConfig.portal("/api/v1/delegations/" + id + "/revocation");
    }

    static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    static String detail(HttpResponse<String> response) {
        return Http.json(response).get("detail").asText();
    }

    /** The importer's inbox links to the case, waiting a little for the notice step. */
    static List<String> inboxLinks(String token, String caseId) {
        List<String> links = new ArrayList<>();
        for (int attempt = 0; attempt < 40 && links.isEmpty(); attempt++) {
            Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), token))
                    .forEach(m -> {
                        if (m.hasNonNull("link") && m.get("link").asText().contains(caseId)) {
                            links.add(m.get("link").asText());
                        }
                    });
            if (links.isEmpty()) {
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return links;
    }
}
