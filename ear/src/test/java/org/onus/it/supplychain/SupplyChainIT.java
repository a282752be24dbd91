package org.onus.it.supplychain;

import static java.nio.charset.StandardCharsets.UTF_8;
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
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.Multipart;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * The importer's supply-chain workspace through the public contract: a registry of suppliers with a
 * facility and a document, a map built from it, an entry filed from the map (detained, as its
 * ginner's county is designated), the map edited into version 2 while the entry keeps version 1,
 * and another organisation finding nothing of it.
 */
@OnusIT
@RunAsClient
class SupplyChainIT {

    static final URI SUPPLIERS = ItConfig.portal("/api/v1/suppliers");
    static final URI MAPS = ItConfig.portal("/api/v1/supply-chain-maps");
    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    /** A valid unified social credit code (its check character holds). */
    static final String USCC = "91310000MA1FL1MMXL";

    static String designation;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void xinjiangCottonIsDesignated() {
        designation = DesignationFixtures.publish(
                "Xinjiang cotton (supply chain test) " + marker(), List.of("650000"), List.of("COTTON"), TODAY);
    }

    /** What one importer built: two suppliers, a facility, a document and a map. */
    record Workspace(String ginner, String facility, String knitter, String document, String map, String name) {}

    static Workspace build(String importer) {
        String m = marker();
        HttpResponse<String> ginner = Http.postJson(SUPPLIERS, importer, """
                {"legalName": "Shache Ginning %s Co., Ltd.", "aliases": ["Yarkand Cotton %s"],
                 "chineseName": "莎车轧花厂", "registrationNumber": "%s", "registrationScheme": "USCC",
                 "address": "1 Cotton Road, Shache", "regionCode": "653125", "openSupplyHubId": "CN2026SUP%s"}
                """.formatted(m, m, USCC, m));
        assertThat(ginner.statusCode()).as(ginner.body()).isEqualTo(201);
        assertThat(ginner.headers().firstValue("Location")).isPresent();
        String ginnerId = Http.json(ginner).get("id").asText();

        HttpResponse<String> facility = Http.postJson(
                ItConfig.portal("/api/v1/suppliers/" + ginnerId + "/facilities"), importer, """
                {"name": "Yarkand gin %s", "address": "Gin yard 2", "regionCode": "653125", "openSupplyHubId": "CN2026FAC%s"}
                """.formatted(m, m));
        assertThat(facility.statusCode()).as(facility.body()).isEqualTo(201);
        String facilityId = Http.json(facility).get("id").asText();

        HttpResponse<String> knitter = Http.postJson(SUPPLIERS, importer, """
                {"legalName": "Hanoi Knits %s", "registrationNumber": "VN-0312345678", "registrationScheme": "OTHER",
                 "regionCode": "VN"}
                """.formatted(m));
        assertThat(knitter.statusCode()).as(knitter.body()).isEqualTo(201);
        String knitterId = Http.json(knitter).get("id").asText();

        HttpResponse<String> document = Http.postMultipart(
                ItConfig.portal("/api/v1/suppliers/" + ginnerId + "/documents"),
                importer,
                new Multipart()
                        .field("title", "Business licence " + m)
                        .field("facilityId", facilityId)
                        .file("file", "licence.pdf", "application/pdf", pdf(m)));
        assertThat(document.statusCode()).as(document.body()).isEqualTo(201);
        String documentId = Http.json(document).get("id").asText();

        String name = "Cotton T-shirt " + m;
        HttpResponse<String> map = Http.postJson(MAPS, importer, """
                {"name": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "quantity": "1000", "unit": "PIECE",
                 "inputs": [
                   {"tier": 1, "supplierId": "%s", "material": "Knitted fabric", "hsCode": "6006"},
                   {"tier": 3, "supplierId": "%s", "facilityId": "%s", "material": "Cotton lint", "hsCode": "5201.00",
                    "quantity": 1200, "unit": "KG", "share": 40}]}
                """.formatted(name, knitterId, ginnerId, facilityId));
        assertThat(map.statusCode()).as(map.body()).isEqualTo(201);
        return new Workspace(
                ginnerId,
                facilityId,
                knitterId,
                documentId,
                Http.json(map).get("id").asText(),
                name);
    }

    @Test
    void anEntryFiledFromAMapDisclosesItsVersionAndKeepsItWhenTheMapChanges() {
        String importer = Tokens.of("importer-a");
        Workspace w = build(importer);

        JsonNode v1 = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/supply-chain-maps/" + w.map()), importer));
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        JsonNode lint = v1.get("inputs").get(1);
        assertThat(lint.get("regionCode").asText())
                .as("the facility's region by default")
                .isEqualTo("653125");
        assertThat(lint.get("producerRegistrationNumber").asText()).isEqualTo(USCC);
        assertThat(v1.get("inputs").get(0).get("regionCode").asText())
                .as("the supplier's region")
                .isEqualTo("VN");

        HttpResponse<String> filed = Http.postJson(ENTRIES, importer, entryFromMap(number(), w.map(), null));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode entry = Http.json(filed);
        assertThat(entry.get("status").asText()).isEqualTo("DETAINED");
        assertThat(entry.get("supplyChainMap").get("id").asText()).isEqualTo(w.map());
        assertThat(entry.get("supplyChainMap").get("name").asText()).isEqualTo(w.name());
        assertThat(entry.get("supplyChainMap").get("version").asInt()).isEqualTo(1);
        JsonNode disclosed = entry.get("inputs").get(1);
        assertThat(disclosed.get("producer").asText()).startsWith("Shache Ginning");
        assertThat(disclosed.get("producerRegistrationNumber").asText()).isEqualTo(USCC);
        assertThat(disclosed.get("openSupplyHubId").asText()).startsWith("CN2026FAC");
        assertThat(disclosed.get("quantity").decimalValue()).isEqualByComparingTo("1200");
        assertThat(disclosed.get("unit").asText()).isEqualTo("KG");
        assertThat(entry.get("matches").findValuesAsText("designationId")).contains(designation);
        String entryId = entry.get("id").asText();

        HttpResponse<String> both = Http.postJson(
                ENTRIES,
                importer,
                entryFromMap(number(), w.map(), null)
                        .replace(
                                "\"supplyChainMapId\"",
                                "\"inputs\": [{\"tier\": 1, \"material\": \"Yarn\", \"hsCode\": \"5205\","
                                        + " \"regionCode\": \"VN\"}], \"supplyChainMapId\""));
        assertThat(both.statusCode()).as(both.body()).isEqualTo(400);
        assertThat(errorCodes(both)).contains("inputs");

        // Version 2 sources the lint elsewhere; a save from the outdated version 1 is refused.
        String v2Body = """
                {"name": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts",
                 "inputs": [{"tier": 1, "supplierId": "%s", "material": "Knitted fabric", "hsCode": "6006"}]}
                """.formatted(w.name(), w.knitter());
        HttpResponse<String> saved = Http.send(
                "PUT",
                ItConfig.portal("/api/v1/supply-chain-maps/" + w.map()),
                importer,
                "application/json",
                v2Body.getBytes(UTF_8),
                "If-Match",
                "\"1\"");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Http.json(saved).get("version").asInt()).isEqualTo(2);
        assertThat(saved.headers().firstValue("ETag")).contains("\"2\"");
        HttpResponse<String> stale = Http.send(
                "PUT",
                ItConfig.portal("/api/v1/supply-chain-maps/" + w.map()),
                importer,
                "application/json",
                v2Body.getBytes(UTF_8),
                "If-Match",
                "\"1\"");
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);

        JsonNode kept = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/entries/" + entryId), importer));
        assertThat(kept.get("supplyChainMap").get("version").asInt()).isEqualTo(1);
        assertThat(kept.get("inputs")).hasSize(2);
        assertThat(kept.get("status").asText()).isEqualTo("DETAINED");

        JsonNode versions = Http.json(
                Http.getWithToken(ItConfig.portal("/api/v1/supply-chain-maps/" + w.map() + "/versions"), importer));
        assertThat(versions.findValuesAsText("version")).containsExactly("1", "2");
        JsonNode old = Http.json(
                Http.getWithToken(ItConfig.portal("/api/v1/supply-chain-maps/" + w.map() + "/versions/1"), importer));
        assertThat(old.get("inputs")).hasSize(2);
        assertThat(old.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/supply-chain-maps/" + w.map() + "/versions/3"), importer)
                        .statusCode())
                .isEqualTo(404);

        JsonNode fromLatest = Http.json(Http.postJson(ENTRIES, importer, entryFromMap(number(), w.map(), null)));
        assertThat(fromLatest.get("status").asText()).as(fromLatest.toString()).isEqualTo("CLEARED");
        assertThat(fromLatest.get("supplyChainMap").get("version").asInt()).isEqualTo(2);
        JsonNode fromOld = Http.json(Http.postJson(ENTRIES, importer, entryFromMap(number(), w.map(), 1)));
        assertThat(fromOld.get("status").asText()).isEqualTo("DETAINED");
        assertThat(fromOld.get("supplyChainMap").get("version").asInt()).isEqualTo(1);

        HttpResponse<String> page = Http.getWithToken(ItConfig.portal("/entries/" + entryId), importer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"entry-supply-chain-map\"")
                .contains("/supply-chain-maps/" + w.map() + "/versions/1");
    }

    @Test
    void documentsAreCheckedKeptOnceAndReadBack() {
        String importer = Tokens.of("importer-a");
        Workspace w = build(importer);
        URI documents = ItConfig.portal("/api/v1/suppliers/" + w.ginner() + "/documents");

        JsonNode list = Http.json(Http.getWithToken(documents, importer));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(list.get(0).get("facilityId").asText()).isEqualTo(w.facility());
        HttpResponse<byte[]> file =
                Http.download(ItConfig.portal(list.get(0).get("href").asText()), importer);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), UTF_8)).startsWith("%PDF");

        HttpResponse<String> program = Http.postMultipart(
                documents,
                importer,
                new Multipart()
                        .field("title", "Not a licence")
                        .file("file", "licence.pdf", "application/pdf", SampleFiles.windowsProgram()));
        assertThat(program.statusCode()).as(program.body()).isEqualTo(415);
        assertThat(Http.json(Http.getWithToken(documents, importer))).hasSize(1);

        HttpResponse<String> badCode = Http.postJson(SUPPLIERS, importer, """
                {"legalName": "Bad code", "registrationNumber": "91310000MA1FL1MMX1", "regionCode": "XX-NOWHERE"}
                """);
        assertThat(badCode.statusCode()).isEqualTo(400);
        assertThat(errorCodes(badCode)).contains("registrationNumber", "regionCode");
    }

    @Test
    void aRegistryDocumentIsOfferedOnTheCaseWithoutUploadingItAgain() {
        String importer = Tokens.of("importer-a");
        Workspace w = build(importer);
        JsonNode entry = Http.json(Http.postJson(ENTRIES, importer, entryFromMap(number(), w.map(), null)));
        assertThat(entry.get("status").asText()).isEqualTo("DETAINED");
        String caseId = entry.get("caseId").asText();
        URI fromRegistry = ItConfig.portal("/api/v1/cases/" + caseId + "/evidence/from-registry");
        String body = """
                {"supplierId": "%s", "documentId": "%s", "type": "PRODUCTION_RECORD", "requirementCode": "TRACE:1",
                 "description": "The gin's business licence, kept in the registry"}""".formatted(w.ginner(), w.document());

        // The case page offers the registry's documents in its upload form.
        HttpResponse<String> page = Http.getWithToken(ItConfig.portal("/cases/" + caseId), importer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"registryDocument\"", w.ginner() + "/" + w.document());

        HttpResponse<String> offered = Http.postJson(fromRegistry, importer, body);
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        JsonNode evidence = Http.json(offered);
        String registrySha = Http.json(
                        Http.getWithToken(ItConfig.portal("/api/v1/suppliers/" + w.ginner() + "/documents"), importer))
                .get(0)
                .get("sha256")
                .asText();
        assertThat(evidence.get("sha256").asText()).isEqualTo(registrySha);
        assertThat(evidence.has("admissible")).isTrue();
        JsonNode onCase = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/cases/" + caseId), importer));
        assertThat(onCase.toString()).contains(evidence.get("id").asText());
        HttpResponse<byte[]> file = Http.download(
                ItConfig.portal("/api/v1/cases/" + caseId + "/evidence/"
                        + evidence.get("id").asText() + "/content"),
                importer);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(new String(file.body(), UTF_8)).startsWith("%PDF");

        // Another organisation's document is 404 on the importer's own case; bad ids are named.
        Workspace other = build(Tokens.of("importer-b"));
        HttpResponse<String> foreign =
                Http.postJson(fromRegistry, importer, """
                {"supplierId": "%s", "documentId": "%s", "type": "PRODUCTION_RECORD", "requirementCode": "TRACE:1",
                 "description": "Not ours"}""".formatted(other.ginner(), other.document()));
        assertThat(foreign.statusCode()).isEqualTo(404);
        HttpResponse<String> foreignCase =
                Http.postJson(fromRegistry, Tokens.of("importer-b"), """
                {"supplierId": "%s", "documentId": "%s", "type": "PRODUCTION_RECORD", "requirementCode": "TRACE:1",
                 "description": "Not our case"}""".formatted(other.ginner(), other.document()));
        assertThat(foreignCase.statusCode()).isEqualTo(404);
        HttpResponse<String> bad = Http.postJson(fromRegistry, importer, """
                {"supplierId": "nope", "type": "PRODUCTION_RECORD", "description": "x"}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(errorCodes(bad)).contains("supplierId", "documentId");
    }

    static HttpResponse<String> delete(String path, String token) {
        return Http.send("DELETE", ItConfig.portal(path), token, "application/json", new byte[0]);
    }

    @Test
    void facilitiesAreCorrectedAndRemovedAndDocumentsRemovedLeavingTheAuditTrail() {
        String importer = Tokens.of("importer-a");
        Workspace w = build(importer);
        String supplier = "/api/v1/suppliers/" + w.ginner();
        String facility = supplier + "/facilities/" + w.facility();

        HttpResponse<String> corrected = Http.putJson(ItConfig.portal(facility), importer, """
                {"name": "Yarkand gin (north yard)", "address": "Gin yard 3", "regionCode": "653125"}""");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(Http.json(corrected).get("name").asText()).isEqualTo("Yarkand gin (north yard)");
        JsonNode read = Http.json(Http.getWithToken(ItConfig.portal(supplier), importer));
        assertThat(read.get("facilities").findValuesAsText("name")).contains("Yarkand gin (north yard)");
        HttpResponse<String> badRegion = Http.putJson(ItConfig.portal(facility), importer, """
                {"name": "x", "regionCode": "XX-NOWHERE"}""");
        assertThat(badRegion.statusCode()).isEqualTo(400);
        assertThat(errorCodes(badRegion)).contains("regionCode");

        // The page shows the facility in an edit form; another organisation gets 404 for it.
        HttpResponse<String> page = Http.getWithToken(
                ItConfig.portal("/suppliers/" + w.ginner() + "/facilities/" + w.facility() + "/edit"), importer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"facility-edit-form\"", "Yarkand gin (north yard)");
        assertThat(Http.getWithToken(
                                ItConfig.portal("/suppliers/" + w.ginner() + "/facilities/" + w.facility() + "/edit"),
                                Tokens.of("importer-b"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(delete(facility, Tokens.of("importer-b")).statusCode()).isEqualTo(404);
        assertThat(delete(supplier + "/documents/" + w.document(), Tokens.of("importer-b"))
                        .statusCode())
                .isEqualTo(404);

        // Kept documents and the map's latest version each keep the facility from going.
        HttpResponse<String> hasDocument = delete(facility, importer);
        assertThat(hasDocument.statusCode()).as(hasDocument.body()).isEqualTo(409);
        assertThat(hasDocument.body()).contains("FACILITY_HAS_DOCUMENTS", "FACILITY_IN_MAP");

        String sha256 = Http.json(Http.getWithToken(ItConfig.portal(supplier + "/documents"), importer))
                .get(0)
                .get("sha256")
                .asText();
        HttpResponse<String> removed = delete(supplier + "/documents/" + w.document(), importer);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
        assertThat(Http.json(Http.getWithToken(ItConfig.portal(supplier + "/documents"), importer)))
                .isEmpty();
        assertThat(Http.download(ItConfig.portal(supplier + "/documents/" + w.document() + "/content"), importer)
                        .statusCode())
                .isEqualTo(404);
        assertThat(delete(supplier + "/documents/" + w.document(), importer).statusCode())
                .isEqualTo(404);

        HttpResponse<String> inMap = delete(facility, importer);
        assertThat(inMap.statusCode()).as(inMap.body()).isEqualTo(409);
        assertThat(inMap.body()).contains("FACILITY_IN_MAP", w.name());

        // A new map version without the facility frees it; version 1 keeps what it copied.
        HttpResponse<String> v2 =
                Http.putJson(ItConfig.portal("/api/v1/supply-chain-maps/" + w.map()), importer, """
                {"name": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts",
                 "inputs": [{"tier": 1, "supplierId": "%s", "material": "Knitted fabric", "hsCode": "6006"}]}
                """.formatted(
                                w.name(), w.knitter()));
        assertThat(v2.statusCode()).as(v2.body()).isEqualTo(200);
        HttpResponse<String> gone = delete(facility, importer);
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(204);
        assertThat(Http.json(Http.getWithToken(ItConfig.portal(supplier), importer))
                        .get("facilities"))
                .isEmpty();
        JsonNode v1 = Http.json(
                Http.getWithToken(ItConfig.portal("/api/v1/supply-chain-maps/" + w.map() + "/versions/1"), importer));
        assertThat(v1.get("inputs").get(1).get("facilityId").asText()).isEqualTo(w.facility());

        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=Supplier&id=" + w.ginner()), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        events.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions)
                .contains("supplier.facility-updated", "supplier.document-removed", "supplier.facility-removed");
        assertThat(events.toString())
                .as("the removed document's fingerprint stays on record")
                .contains(sha256);
    }

    @Test
    void anotherOrganisationFindsNothingOfItAnywhere() {
        Workspace w = build(Tokens.of("importer-a"));
        String other = Tokens.of("importer-b");
        String supplier = "/api/v1/suppliers/" + w.ginner();
        String map = "/api/v1/supply-chain-maps/" + w.map();

        List<String> refused = new ArrayList<>();
        for (String path : List.of(
                supplier,
                supplier + "/documents",
                supplier + "/documents/" + w.document() + "/content",
                map,
                map + "/versions",
                map + "/versions/1",
                "/suppliers/" + w.ginner(),
                "/suppliers/" + w.ginner() + "/edit",
                "/suppliers/" + w.ginner() + "/documents/" + w.document(),
                "/supply-chain-maps/" + w.map(),
                "/supply-chain-maps/" + w.map() + "/edit",
                "/supply-chain-maps/" + w.map() + "/versions/1")) {
            int status = Http.getWithToken(ItConfig.portal(path), other).statusCode();
            if (status != 404) {
                refused.add(path + " → " + status);
            }
        }
        String supplierBody = """
                {"legalName": "Taken over", "regionCode": "VN"}""";
        int put = Http.putJson(ItConfig.portal(supplier), other, supplierBody).statusCode();
        int facility = Http.postJson(ItConfig.portal(supplier + "/facilities"), other, """
                {"name": "Mine now", "regionCode": "VN"}""")
                .statusCode();
        int document = Http.postMultipart(
                        ItConfig.portal(supplier + "/documents"),
                        other,
                        new Multipart().field("title", "x").file("file", "x.pdf", "application/pdf", pdf("x")))
                .statusCode();
        int mapPut = Http.putJson(ItConfig.portal(map), other, """
                {"name": "x", "hsCode": "610910", "description": "x", "inputs": []}""").statusCode();
        assertThat(refused).isEmpty();
        assertThat(List.of(put, facility, document, mapPut)).containsOnly(404);

        assertThat(Http.json(Http.getWithToken(SUPPLIERS, other)).findValuesAsText("id"))
                .doesNotContain(w.ginner(), w.knitter());
        assertThat(Http.json(Http.getWithToken(MAPS, other)).findValuesAsText("id"))
                .doesNotContain(w.map());

        HttpResponse<String> borrowed = Http.postJson(ENTRIES, other, entryFromMap(number(), w.map(), null));
        assertThat(borrowed.statusCode()).as(borrowed.body()).isEqualTo(400);
        assertThat(errorCodes(borrowed)).containsExactly("supplyChainMapId");
        HttpResponse<String> borrowedSupplier = Http.postJson(MAPS, other, """
                {"name": "x", "hsCode": "610910", "description": "x",
                 "inputs": [{"tier": 1, "supplierId": "%s", "material": "Yarn", "hsCode": "5205"}]}
                """.formatted(w.ginner()));
        assertThat(borrowedSupplier.statusCode()).isEqualTo(400);
        assertThat(errorCodes(borrowedSupplier)).containsExactly("inputs[0].supplierId");

        assertThat(Http.getWithToken(SUPPLIERS, Tokens.of("officer")).statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(MAPS, Tokens.of("regulator")).statusCode()).isEqualTo(403);
    }

    static String entryFromMap(String number, String mapId, Integer version) {
        return """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "supplyChainMapId": "%s"%s}
                """.formatted(number, TODAY, mapId, version == null ? "" : ", \"supplyChainMapVersion\": " + version);
    }

    static byte[] pdf(String marker) {
        return (new String(SampleFiles.pdf(), UTF_8) + "% " + marker + "\n").getBytes(UTF_8);
    }

    static List<String> errorCodes(HttpResponse<String> problem) {
        List<String> codes = new ArrayList<>();
        Http.json(problem).path("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    static String number() {
        return "SC-" + UUID.randomUUID().toString().substring(0, 13);
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
