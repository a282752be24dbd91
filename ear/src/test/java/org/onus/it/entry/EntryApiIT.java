package org.onus.it.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.MailCatcher;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/** Entries through the public contract: screening, detention, the notice, and who sees what. */
@OnusIT
@RunAsClient
class EntryApiIT {

    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    static String designation;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnXinjiangCotton() {
        MailCatcher.running();
        designation = DesignationFixtures.publish(
                "Xinjiang cotton (entries test) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                TODAY);
    }

    static String entry(String number, String originCountry, String inputs) {
        return """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "%s",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "inputs": [%s]}
                """.formatted(number, originCountry, TODAY, inputs);
    }

    static final String YARKAND_COTTON = """
            {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"},
            {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}""";

    static final String VIETNAM_ONLY = """
            {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits", "regionCode": "VN"}""";

    static String number() {
        return "E-" + UUID.randomUUID().toString().substring(0, 13);
    }

    @Test
    void cottonFromADesignatedCountyIsDetainedWithThePathAndANoticeByInboxEmailAndPdf() throws Exception {
        String importer = Tokens.of("importer-a");
        String number = number();
        HttpResponse<String> filed = Http.postJson(ENTRIES, importer, entry(number, "VN", YARKAND_COTTON));

        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode e = Http.json(filed);
        assertThat(e.get("status").asText()).isEqualTo("DETAINED");
        assertThat(e.get("caseId").asText()).isNotBlank();
        // Other tests publish designations too: find this test's among the matches.
        JsonNode match = null;
        for (JsonNode m : e.get("matches")) {
            if (m.get("designationId").asText().equals(designation)) {
                match = m;
            }
        }
        assertThat(match).as(e.toString()).isNotNull();
        assertThat(match.get("inputIndex").asInt()).isEqualTo(1);
        assertThat(match.get("tier").asInt()).isEqualTo(3);
        assertThat(match.get("regionCode").asText()).isEqualTo("653125");
        assertThat(match.get("designatedRegionCode").asText()).isEqualTo("650000");
        assertThat(match.get("hsCode").asText()).isEqualTo("520100");
        assertThat(e.get("listVersion").asInt()).isPositive();

        String caseId = e.get("caseId").asText();
        JsonNode detention = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/cases/" + caseId), importer));
        assertThat(detention.get("status").asText()).isEqualTo("DETAINED");
        assertThat(LocalDate.parse(detention.get("deadline").asText()))
                .isAfterOrEqualTo(LocalDate.parse(TODAY).plusDays(30));
        assertThat(detention.get("noticeIssuedAt").isNull()).isFalse();

        JsonNode inbox = Http.json(Http.getWithToken(ItConfig.portal("/api/v1/inbox"), importer));
        assertThat(inbox.findValuesAsText("subject")).contains("Detention notice: entry " + number);
        assertThat(awaitMail("Detention notice: entry " + number)).isTrue();

        HttpResponse<byte[]> pdf = Http.download(ItConfig.portal("/cases/" + caseId + "/notice.pdf"), importer);
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Detention notice", number, "Cotton lint", "Yarkand")
                    .contains("Poverty Alleviation Through Labor Transfer")
                    .contains("Route 1", "Route 2")
                    .contains("Factory audits and social-compliance audits")
                    .contains("are not accepted as proof");
        }
        assertThat(Http.download(ItConfig.portal("/cases/" + caseId + "/notice.pdf"), Tokens.of("importer-b"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aListedProducerIsDetainedWhereverItsFactoryIsAndWhateverItMakes() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String listed = DesignationFixtures.publish(
                "Entity list " + marker,
                List.of("540000"),
                List.of("ALL_GOODS"),
                TODAY,
                "[{\"name\": \"Lhasa Knitwear " + marker + " Co., Ltd.\"}]");
        String input = """
                {"tier": 2, "material": "Yarn", "hsCode": "5509", "producer": "LHASA KNITWEAR %s", "regionCode": "VN"}""".formatted(marker);

        JsonNode e = Http.json(Http.postJson(ENTRIES, Tokens.of("importer-a"), entry(number(), "VN", input)));

        assertThat(e.get("status").asText()).isEqualTo("DETAINED");
        assertThat(e.get("matches")).singleElement().satisfies(m -> {
            assertThat(m.get("designationId").asText()).isEqualTo(listed);
            assertThat(m.get("reason").asText()).isEqualTo("LISTED_PRODUCER");
        });
    }

    @Test
    void anotherOrganisationsEntryAndCaseAreNotFound() {
        HttpResponse<String> filed =
                Http.postJson(ENTRIES, Tokens.of("importer-a"), entry(number(), "VN", YARKAND_COTTON));
        JsonNode e = Http.json(filed);
        String other = Tokens.of("importer-b");

        assertThat(Http.getWithToken(ENTRIES.resolve("entries/" + e.get("id").asText()), other)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.getWithToken(
                                ItConfig.portal(
                                        "/api/v1/cases/" + e.get("caseId").asText()),
                                other)
                        .statusCode())
                .isEqualTo(404);
        assertThat(Http.json(Http.getWithToken(ENTRIES, other)).findValuesAsText("id"))
                .doesNotContain(e.get("id").asText());
        assertThat(Http.getWithToken(ENTRIES.resolve("entries/" + e.get("id").asText()), Tokens.of("officer"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void inputsFromElsewhereAreClearedAndUndisclosedHighPriorityGoodsNeedADisclosure() {
        String importer = Tokens.of("importer-a");
        JsonNode cleared = Http.json(Http.postJson(ENTRIES, importer, entry(number(), "VN", VIETNAM_ONLY)));
        assertThat(cleared.get("status").asText()).isEqualTo("CLEARED");
        assertThat(cleared.path("caseId").isMissingNode()
                        || cleared.path("caseId").isNull())
                .isTrue();

        String cotton = entry(number(), "CN", "").replace("\"6109.10\"", "\"5208.11\"");
        JsonNode disclosure = Http.json(Http.postJson(ENTRIES, importer, cotton));
        assertThat(disclosure.get("status").asText()).isEqualTo("DISCLOSURE_REQUIRED");
    }

    @Test
    void aRetryIsTheSameEntryAndAReusedNumberWithOtherFactsIsAConflict() {
        String importer = Tokens.of("importer-a");
        String number = number();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first =
                Http.postJson(ENTRIES, importer, entry(number, "VN", VIETNAM_ONLY), "Idempotency-Key", key);
        HttpResponse<String> retry =
                Http.postJson(ENTRIES, importer, entry(number, "VN", VIETNAM_ONLY), "Idempotency-Key", key);
        HttpResponse<String> again = Http.postJson(ENTRIES, importer, entry(number, "VN", VIETNAM_ONLY));
        HttpResponse<String> other = Http.postJson(ENTRIES, importer, entry(number, "VN", YARKAND_COTTON));

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(Http.json(retry).get("id").asText())
                .isEqualTo(Http.json(first).get("id").asText());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).get("id").asText())
                .isEqualTo(Http.json(first).get("id").asText());
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(Http.json(other).get("errors").get(0).get("code").asText()).isEqualTo("entryNumber");
        assertThat(Http.json(Http.getWithToken(ENTRIES, importer)).findValuesAsText("entryNumber").stream()
                        .filter(number::equals)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theListIsPagedWithATotalSortsOnRequestAndKeepsItsOldAnswerWithoutTheNewParameters() {
        String importer = Tokens.of("importer-a");
        // Five entries at a port no other test uses, so that the port filter finds exactly them.
        String port = "Paging-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> filed = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String number = "P" + i + "-" + port;
            HttpResponse<String> created = Http.postJson(
                    ENTRIES, importer, entry(number, "VN", VIETNAM_ONLY).replace("\"Rotterdam\"", "\"" + port + "\""));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            filed.add(number);
        }
        URI list = ItConfig.portal("/api/v1/entries?port=" + port);

        HttpResponse<String> whole = Http.getWithToken(list, importer);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("X-Total-Count")).contains("5");
        assertThat(Http.json(whole).findValuesAsText("entryNumber"))
                .as("without offset, limit or sort: every match, newest filed first, as before")
                .containsExactly(filed.get(4), filed.get(3), filed.get(2), filed.get(1), filed.get(0));

        HttpResponse<String> second = Http.getWithToken(URI.create(list + "&limit=2&offset=2"), importer);
        assertThat(second.headers().firstValue("X-Total-Count")).contains("5");
        assertThat(Http.json(second).findValuesAsText("entryNumber")).containsExactly(filed.get(2), filed.get(1));
        assertThat(Http.json(Http.getWithToken(URI.create(list + "&limit=2&offset=4&sort=entry"), importer))
                        .findValuesAsText("entryNumber"))
                .containsExactly(filed.get(4));
        assertThat(Http.json(Http.getWithToken(URI.create(list + "&offset=9"), importer)))
                .as("past the last page: nothing, with the total")
                .isEmpty();
        assertThat(Http.json(Http.getWithToken(URI.create(list + "&sort=-entry&limit=3"), Tokens.of("officer")))
                        .findValuesAsText("entryNumber"))
                .as("customs see every organisation's, in the order asked")
                .containsExactly(filed.get(4), filed.get(3), filed.get(2));
        assertThat(Http.getWithToken(list, Tokens.of("importer-b")).headers().firstValue("X-Total-Count"))
                .contains("0");

        HttpResponse<String> refused =
                Http.getWithToken(URI.create(list + "&sort=goods&offset=-1&status=LOST"), importer);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errorCodes(refused)).containsExactlyInAnyOrder("sort", "offset", "status");
    }

    @Test
    void quantitiesAndARegistrationNumberAreOptionalAndKeptAsDeclaredOnTheEntryAndItsPage() {
        String importer = Tokens.of("importer-a");
        String number = number();
        HttpResponse<String> filed = Http.postJson(ENTRIES, importer, """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "1250.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam",
                 "quantity": "1.2", "unit": "t",
                 "inputs": [{"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "producer": "Hanoi Knits",
                             "regionCode": "VN", "quantity": 1400, "unit": "KG",
                             "producerRegistrationNumber": "0101234567"}]}
                """.formatted(number, TODAY));

        assertThat(filed.statusCode()).isEqualTo(201);
        JsonNode e = Http.json(filed);
        assertThat(e.get("quantity").decimalValue()).isEqualByComparingTo("1.2");
        assertThat(e.get("unit").asText()).isEqualTo("T");
        JsonNode input = e.get("inputs").get(0);
        assertThat(input.get("quantity").decimalValue()).isEqualByComparingTo("1400");
        assertThat(input.get("unit").asText()).isEqualTo("KG");
        assertThat(input.get("producerRegistrationNumber").asText()).isEqualTo("0101234567");

        String page = Http.getWithToken(
                        ItConfig.portal("/entries/" + e.get("id").asText()), importer)
                .body();
        assertThat(page).contains("1.2 t").contains("1400 kg").contains("0101234567");

        HttpResponse<String> halfDeclared = Http.postJson(ENTRIES, importer, entry(number(), "VN", """
                {"tier": 1, "material": "Knitted fabric", "hsCode": "6006", "regionCode": "VN", "quantity": 5}"""));
        assertThat(halfDeclared.statusCode()).isEqualTo(400);
        assertThat(Http.json(halfDeclared).get("errors").findValuesAsText("code"))
                .containsExactly("inputs[0].unit");
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsStored() {
        String importer = Tokens.of("importer-a");
        String number = number();
        HttpResponse<String> refused = Http.postJson(ENTRIES, importer, """
                {"entryNumber": "%s", "hsCode": "77.01", "description": "", "originCountry": "XX",
                 "value": {"amount": "-5", "currency": "EURO"}, "arrivalDate": "1999-01-01", "port": "Rotterdam",
                 "inputs": [{"tier": 0, "material": "Lint", "hsCode": "5201", "regionCode": "999999"}]}
                """.formatted(number));

        assertThat(refused.statusCode()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        Http.json(refused).get("errors").forEach(e -> codes.add(e.get("code").asText()));
        assertThat(codes)
                .contains(
                        "hsCode",
                        "description",
                        "originCountry",
                        "value",
                        "currency",
                        "arrivalDate",
                        "inputs[0].tier",
                        "inputs[0].regionCode");
        assertThat(Http.json(Http.getWithToken(ENTRIES, importer)).findValuesAsText("entryNumber"))
                .doesNotContain(number);
    }

    @Test
    void anOfficerDetainsOnlyOnCitedGroundsAndOnlyOfficersMay() {
        JsonNode cleared =
                Http.json(Http.postJson(ENTRIES, Tokens.of("importer-a"), entry(number(), "VN", VIETNAM_ONLY)));
        URI entryUri = ENTRIES.resolve("entries/" + cleared.get("id").asText());
        URI detain = ENTRIES.resolve("entries/" + cleared.get("id").asText() + "/detain");
        String officer = Tokens.of("officer");

        assertThat(Http.postJson(detain, Tokens.of("importer-a"), "{\"reason\":\"x\",\"regionCodes\":[\"650000\"]}")
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> reasonOnly = Http.postJson(detain, officer, "{\"reason\":\"Intelligence\"}");
        assertThat(reasonOnly.statusCode()).as(reasonOnly.body()).isEqualTo(400);
        assertThat(errorCodes(reasonOnly)).containsExactly("grounds");
        assertThat(reasonOnly.body()).contains("MANUAL_DETENTION_GROUNDS");
        assertThat(errorCodes(Http.postJson(detain, officer, "{\"reason\":\" \",\"regionCodes\":[\"650000\"]}")))
                .containsExactly("reason");
        HttpResponse<String> badGrounds = Http.postJson(detain, officer, """
                {"reason": "Intelligence", "designationIds": ["not-a-uuid", "%s"], "regionCodes": ["650000", "XX9"],
                 "policyIds": ["%s"]}
                """.formatted(designation, UUID.randomUUID()));
        assertThat(badGrounds.statusCode()).as(badGrounds.body()).isEqualTo(400);
        assertThat(errorCodes(badGrounds)).containsExactly("designationIds[0]", "policyIds[0]", "regionCodes[1]");
        JsonNode unchanged = Http.json(Http.getWithToken(entryUri, officer));
        assertThat(unchanged.get("status").asText())
                .as("nothing changes on refusal")
                .isEqualTo("CLEARED");
        assertThat(unchanged.hasNonNull("caseId")).isFalse();
        assertThat(unchanged.get("matches")).isEmpty();

        HttpResponse<String> detained = Http.postJson(detain, officer, """
                {"reason": "Intelligence: the knitter buys Xinjiang yarn", "regionCodes": ["650000"],
                 "producerNames": ["Hanoi Knits"]}""");

        assertThat(detained.statusCode()).as(detained.body()).isEqualTo(200);
        assertThat(Http.json(detained).get("status").asText()).isEqualTo("DETAINED");
        assertThat(Http.json(detained).get("caseId").asText()).isNotBlank();
        JsonNode line = Http.json(detained).get("matches").get(0);
        assertThat(line.get("reason").asText()).isEqualTo("MANUAL");
        assertThat(line.hasNonNull("designationId"))
                .as("no magic designation id")
                .isFalse();
        assertThat(line.get("designationTitle").asText())
                .startsWith("Detained by officer on grounds: region 650000")
                .contains("producer Hanoi Knits");
        assertThat(Http.json(Http.getWithToken(ENTRIES.resolve("entries?status=DETAINED"), officer))
                        .findValuesAsText("id"))
                .contains(cleared.get("id").asText());
        assertThat(Http.postJson(detain, officer, "{\"reason\":\"Again\",\"regionCodes\":[\"650000\"]}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(Http.postJson(ENTRIES, null, "{}").statusCode()).isEqualTo(401);
        assertThat(Http.postJson(ENTRIES, officer, entry(number(), "VN", VIETNAM_ONLY))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aManualDetentionCitingXinjiangAsksTheExceptionRouteForEveryXinjiangPolicyStillInForce() {
        String regulator = Tokens.of("regulator");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String county = policy(regulator, "Yarkand county labour quota " + marker, "653125");
        String tibet = policy(regulator, "Tibet vocational training " + marker, "540000");
        JsonNode cleared =
                Http.json(Http.postJson(ENTRIES, Tokens.of("importer-a"), entry(number(), "VN", VIETNAM_ONLY)));
        HttpResponse<String> detained = Http.postJson(
                ENTRIES.resolve("entries/" + cleared.get("id").asText() + "/detain"),
                Tokens.of("officer"),
                "{\"reason\": \"Intelligence: the knitter buys Xinjiang yarn\", \"regionCodes\": [\"650000\"]}");
        assertThat(detained.statusCode()).as(detained.body()).isEqualTo(200);
        String caseId = Http.json(detained).get("caseId").asText();

        HttpResponse<String> rebutted = Http.postJson(
                ItConfig.portal("/api/v1/cases/" + caseId + "/rebuttal"),
                Tokens.of("importer-a"),
                "{\"route\": \"EXCEPTION\", \"statement\": \"The policies were repealed\"}");
        assertThat(rebutted.statusCode()).as(rebutted.body()).isEqualTo(200);

        List<String> required = new ArrayList<>();
        Http.json(Http.getWithToken(ItConfig.portal("/api/v1/cases/" + caseId), Tokens.of("importer-a")))
                .get("requirements")
                .forEach(r -> required.add(r.get("code").asText()));
        // Every policy not verified repealed whose regions lie in Xinjiang (or contain it), seeded or not.
        List<String> inForceInXinjiang = new ArrayList<>();
        Http.json(Http.get(ItConfig.portal("/api/v1/policies"))).forEach(p -> {
            boolean xinjiang = false;
            for (JsonNode code : p.get("regionCodes")) {
                String c = code.asText();
                xinjiang |= c.startsWith("65") || c.startsWith("XPCC") || c.equals("CN");
            }
            if (xinjiang && !p.get("status").asText().equals("REPEAL_VERIFIED")) {
                inForceInXinjiang.add("POLICY_REPEALED:" + p.get("id").asText());
            }
        });
        assertThat(inForceInXinjiang)
                .contains(
                        "POLICY_REPEALED:a0000000-0000-4000-8000-000000000001",
                        "POLICY_REPEALED:a0000000-0000-4000-8000-000000000003",
                        "POLICY_REPEALED:" + county);
        assertThat(required.stream().filter(c -> c.startsWith("POLICY_REPEALED:")))
                .containsExactlyInAnyOrderElementsOf(inForceInXinjiang)
                .doesNotContain("POLICY_REPEALED:" + tibet);
        assertThat(required)
                .endsWith(
                        "TARGETS_NOT_ENFORCED",
                        "INDICATOR_SECURITIZED_CONTEXT",
                        "INDICATOR_GRASSROOTS_MOBILIZATION",
                        "INDICATOR_EMPLOYMENT_POLICY",
                        "INDICATOR_EXECUTION_STAGES");
    }

    static String policy(String regulator, String title, String region) {
        HttpResponse<String> created =
                Http.postJson(ItConfig.portal("/api/v1/policies"), regulator, """
                {"title": "%s", "authority": "County", "regionCodes": ["%s"]}
                """.formatted(title, region));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    static List<String> errorCodes(HttpResponse<String> refused) {
        List<String> codes = new ArrayList<>();
        Http.json(refused).path("errors").forEach(e -> codes.add(e.get("code").asText()));
        return codes;
    }

    private static boolean awaitMail(String subject) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            if (!MailCatcher.withSubject(subject).isEmpty()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }
}
