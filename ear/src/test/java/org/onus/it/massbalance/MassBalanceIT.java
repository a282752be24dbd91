package org.onus.it.massbalance;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/**
 * Quantities and mass balance through the contract: an implausible disclosure is flagged with its
 * arithmetic on the entry and its case, an entry without quantities is accepted and told what the
 * rebuttal will ask, and the thresholds table changes only under four eyes, each entry keeping the
 * version it was judged under.
 */
@OnusIT
@RunAsClient
class MassBalanceIT {

    static final URI ENTRIES = ItConfig.portal("/api/v1/entries");
    static final URI TABLE = ItConfig.portal("/api/v1/decision-tables/mass-balance-thresholds");
    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnXinjiangCotton() {
        DesignationFixtures.publish(
                "Xinjiang cotton (mass balance) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                TODAY);
    }

    /** T-shirts with the given goods quantity (JSON fragment, may be empty) and inputs. */
    static String entry(String goodsQuantity, String inputs) {
        return """
                {"entryNumber": "MB-%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "9000.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Rotterdam"%s,
                 "inputs": [%s]}
                """.formatted(UUID.randomUUID().toString().substring(0, 12), TODAY, goodsQuantity, inputs);
    }

    static final String TONNE_OF_SHIRTS = ", \"quantity\": 1000, \"unit\": \"KG\"";

    static String vietnameseYarn(String quantity) {
        return """
                {"tier": 2, "material": "Cotton yarn", "hsCode": "5205.11", "producer": "Hanoi Spinning", "regionCode": "VN"%s}""".formatted(quantity);
    }

    static JsonNode file(String body) {
        HttpResponse<String> filed = Http.postJson(ENTRIES, Tokens.of("importer-a"), body);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        return Http.json(filed);
    }

    static int currentVersion() {
        JsonNode versions =
                Http.json(Http.getWithToken(ItConfig.portal(TABLE.getPath() + "/versions"), Tokens.of("regulator")));
        return versions.get(versions.size() - 1).get("version").asInt();
    }

    @Test
    void aThousandKilogramsOfShirtsFromAHundredKilogramsOfCottonIsFlaggedWithTheArithmetic() {
        JsonNode e = file(entry(TONNE_OF_SHIRTS, """
                {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning",
                 "regionCode": "653125", "quantity": 100, "unit": "KG"}"""));

        assertThat(e.get("status").asText()).isEqualTo("DETAINED");
        JsonNode mb = e.get("massBalance");
        assertThat(mb.get("chain").asText()).isEqualTo("COTTON");
        assertThat(mb.get("quantitiesDeclared").asBoolean()).isTrue();
        assertThat(mb.get("tableVersion").asInt()).isPositive();
        JsonNode flag = null;
        for (JsonNode f : mb.get("flags")) {
            if (f.get("kind").asText().equals("CANNOT_ACCOUNT")) {
                flag = f;
            }
        }
        assertThat(flag).as(mb.toString()).isNotNull();
        assertThat(flag.get("stage").asText()).isEqualTo("Cotton lint");
        assertThat(flag.get("declared").decimalValue()).isEqualByComparingTo("100");
        // 1,000 kg ÷ (0.85 × 0.9 × 0.85) at the seeded yields
        assertThat(flag.get("required").decimalValue()).isEqualByComparingTo("1537.87");
        assertThat(flag.get("unit").asText()).isEqualTo("KG");
        assertThat(flag.get("arithmetic").asText())
                .contains("1,000 kg of Garments need at least 1,537.9 kg of Cotton lint")
                .contains("0.85 × 0.9 × 0.85")
                .contains("100 kg declared");

        // The officer sees it on the case (and on the entry); the other importer sees nothing.
        String officer = Tokens.of("officer");
        HttpResponse<String> casePage =
                Http.getWithToken(ItConfig.portal("/cases/" + e.get("caseId").asText()), officer);
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body())
                .contains("id=\"mass-balance-flags\"")
                .contains("1,000 kg of Garments need at least 1,537.9 kg of Cotton lint");
        HttpResponse<String> entryPage =
                Http.getWithToken(ItConfig.portal("/entries/" + e.get("id").asText()), officer);
        assertThat(entryPage.body()).contains("100 kg declared");
        assertThat(Http.getWithToken(
                                ItConfig.portal("/api/v1/entries/" + e.get("id").asText()), Tokens.of("importer-b"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void enoughYarnIsNotFlaggedAndAFlagAloneDoesNotHoldTheGoods() {
        // 1,000 kg of garments need 1,000 ÷ (0.9 × 0.85) = 1,307 kg of yarn.
        JsonNode enough = file(entry(TONNE_OF_SHIRTS, vietnameseYarn(", \"quantity\": 1.4, \"unit\": \"T\"")));
        assertThat(enough.get("massBalance").get("flags")).isEmpty();
        assertThat(enough.get("status").asText()).isEqualTo("CLEARED");

        JsonNode short_ = file(entry(TONNE_OF_SHIRTS, vietnameseYarn(", \"quantity\": 500, \"unit\": \"KG\"")));
        assertThat(short_.get("massBalance").get("flags")).isNotEmpty();
        assertThat(short_.get("massBalance").get("flags").get(0).get("action").asText())
                .isEqualTo("FLAG");
        assertThat(short_.get("status").asText()).isEqualTo("CLEARED");
        assertThat(short_.get("held").asBoolean()).isFalse();
    }

    @Test
    void anEntryWithoutQuantitiesIsAcceptedAndTheCaseSaysTheRebuttalWillAskForThem() {
        JsonNode e = file(entry("", """
                {"tier": 3, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Shache Ginning", "regionCode": "653125"}"""));

        assertThat(e.get("status").asText()).isEqualTo("DETAINED");
        assertThat(e.get("massBalance").get("quantitiesDeclared").asBoolean()).isFalse();
        assertThat(e.get("massBalance").get("flags")).isEmpty();
        HttpResponse<String> casePage =
                Http.getWithToken(ItConfig.portal("/cases/" + e.get("caseId").asText()), Tokens.of("importer-a"));
        assertThat(casePage.statusCode()).isEqualTo(200);
        assertThat(casePage.body())
                .contains("id=\"mass-balance-missing\"")
                .contains("the rebuttal will ask for the goods");
    }

    @Test
    void theThresholdsChangeUnderFourEyesAndEachEntryKeepsTheVersionItWasJudgedUnder() {
        JsonNode before = file(entry(TONNE_OF_SHIRTS, vietnameseYarn(", \"quantity\": 1200, \"unit\": \"KG\"")));
        int old = before.get("massBalance").get("tableVersion").asInt();
        assertThat(old).isEqualTo(currentVersion());
        // 1,200 kg of yarn is within 10 % of the 1,307 kg needed, not within 5 %.
        assertThat(before.get("massBalance").get("flags")).isNotEmpty();

        String proposer = Tokens.of("regulator");
        HttpResponse<String> proposed = Http.postJson(ItConfig.portal(TABLE.getPath() + "/proposals"), proposer, """
                {"rows": [["\\"CANNOT_ACCOUNT\\"", "10", "\\"FLAG\\""], ["\\"DESIGNATED_SHARE_TOO_LOW\\"", "5", "\\"FLAG\\""]],
                 "reason": "Process losses in knitting vary more than 5 % (mass-balance IT)"}""");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String id = Http.json(proposed).get("id").asText();
        URI approval = ItConfig.portal(TABLE.getPath() + "/proposals/" + id + "/approval");

        assertThat(Http.postJson(approval, proposer, "").statusCode()).isEqualTo(403);
        assertThat(Http.postJson(approval, Tokens.of("importer-a"), "").statusCode())
                .isEqualTo(403);
        assertThat(currentVersion()).isEqualTo(old);

        HttpResponse<String> approved = Http.postJson(approval, Tokens.of("senior-regulator"), "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        int deployed = Http.json(approved).get("deployedVersion").asInt();
        assertThat(deployed).isEqualTo(old + 1).isEqualTo(currentVersion());
        assertThat(Http.postJson(approval, Tokens.of("senior-regulator-2"), "").statusCode())
                .isEqualTo(409);

        JsonNode after = file(entry(TONNE_OF_SHIRTS, vietnameseYarn(", \"quantity\": 1200, \"unit\": \"KG\"")));
        assertThat(after.get("massBalance").get("tableVersion").asInt()).isEqualTo(deployed);
        assertThat(after.get("massBalance").get("flags")).isEmpty();
        JsonNode again = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/entries/" + before.get("id").asText()), Tokens.of("importer-a")));
        assertThat(again.get("massBalance").get("tableVersion").asInt()).isEqualTo(old);
        assertThat(again.get("massBalance").get("flags")).isNotEmpty();

        JsonNode versions =
                Http.json(Http.getWithToken(ItConfig.portal(TABLE.getPath() + "/versions"), Tokens.of("auditor")));
        assertThat(versions.get(versions.size() - 1).get("rows").get(0).get(1).asText())
                .isEqualTo("10");
        assertThat(versions.get(versions.size() - 2).get("version").asInt()).isEqualTo(old);
        HttpResponse<String> page =
                Http.getWithToken(ItConfig.portal("/decision-tables/mass-balance-thresholds"), Tokens.of("regulator"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"version-" + deployed + "\"", "id=\"version-" + old + "\"");

        // Put the tolerance back for other tests, again under four eyes.
        String back = Http.json(Http.postJson(
                        ItConfig.portal(TABLE.getPath() + "/proposals"), Tokens.of("senior-regulator"), """
                {"rows": [["\\"CANNOT_ACCOUNT\\"", "5", "\\"FLAG\\""], ["\\"DESIGNATED_SHARE_TOO_LOW\\"", "5", "\\"FLAG\\""]],
                 "reason": "Back to the shipped tolerance (mass-balance IT)"}"""))
                .get("id")
                .asText();
        assertThat(Http.postJson(ItConfig.portal(TABLE.getPath() + "/proposals/" + back + "/approval"), proposer, "")
                        .statusCode())
                .isEqualTo(200);
    }

    /** Deploys the thresholds table with these actions, proposed and approved by two regulators. */
    static void thresholds(String cannotAccountAction, String reason) {
        HttpResponse<String> proposed =
                Http.postJson(ItConfig.portal(TABLE.getPath() + "/proposals"), Tokens.of("regulator"), """
                {"rows": [["\\"CANNOT_ACCOUNT\\"", "5", "\\"%s\\""], ["\\"DESIGNATED_SHARE_TOO_LOW\\"", "5", "\\"FLAG\\""]],
                 "reason": "%s"}""".formatted(
                                cannotAccountAction, reason));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String id = Http.json(proposed).get("id").asText();
        HttpResponse<String> approved = Http.postJson(
                ItConfig.portal(TABLE.getPath() + "/proposals/" + id + "/approval"), Tokens.of("senior-regulator"), "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    }

    @Test
    void withHoldInTheTableGoodsTheInputsCannotAccountForAreHeldUntilTheDisclosureAccountsForThem() {
        thresholds("HOLD", "Hold garments whose yarn does not add up (mass-balance IT)");
        try {
            JsonNode held = file(entry(TONNE_OF_SHIRTS, vietnameseYarn(", \"quantity\": 500, \"unit\": \"KG\"")));
            assertThat(held.get("status").asText()).as(held.toString()).isEqualTo("DISCLOSURE_REQUIRED");
            assertThat(held.get("held").asBoolean()).isTrue();
            assertThat(held.get("disclosureDeadline").isNull()).isFalse();
            assertThat(held.get("massBalance").get("flags").get(0).get("action").asText())
                    .isEqualTo("HOLD");
            JsonNode ours = null;
            for (JsonNode r : held.get("refinements")) {
                if (r.get("kind").asText().equals("MASS_BALANCE")
                        && r.get("designationTitle").asText().startsWith("Xinjiang cotton (mass balance)")) {
                    ours = r;
                }
            }
            assertThat(ours).as(held.get("refinements").toString()).isNotNull();
            assertThat(ours.get("stage").asText()).isEqualTo("Cotton yarn");
            assertThat(ours.get("designatedRegionCodes").toString()).contains("650000");
            assertThat(ours.get("detail").asText()).contains("500 kg declared");
            assertThat(ours.get("held").asBoolean()).isTrue();
            assertThat(ours.get("reason").asText()).contains("declare the missing inputs");

            String id = held.get("id").asText();
            HttpResponse<String> page = Http.getWithToken(ItConfig.portal("/entries/" + id), Tokens.of("importer-a"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("cannot account for the goods at the stage Cotton yarn")
                    .contains("500 kg declared");

            // Completed with the yarn that makes up the difference, the goods are cleared.
            HttpResponse<String> refined = Http.postJson(
                    ItConfig.portal("/api/v1/entries/" + id + "/disclosure"),
                    Tokens.of("importer-a"),
                    "{\"inputs\": [" + vietnameseYarn(", \"quantity\": 500, \"unit\": \"KG\"") + ", "
                            + vietnameseYarn(", \"quantity\": 900, \"unit\": \"KG\"") + "]}");
            assertThat(refined.statusCode()).as(refined.body()).isEqualTo(200);
            JsonNode cleared = Http.json(refined);
            assertThat(cleared.get("status").asText()).isEqualTo("CLEARED");
            assertThat(cleared.get("held").asBoolean()).isFalse();
            assertThat(cleared.get("massBalance").get("flags")).isEmpty();
        } finally {
            thresholds("FLAG", "Back to the shipped actions (mass-balance IT)");
        }
        // With FLAG again the same short disclosure is a reason shown, not a hold.
        JsonNode flagged = file(entry(TONNE_OF_SHIRTS, vietnameseYarn(", \"quantity\": 500, \"unit\": \"KG\"")));
        assertThat(flagged.get("status").asText()).isEqualTo("CLEARED");
    }

    @Test
    void aMalformedProposalIsRefusedNamingTheCellAndImportersReadNoTables() {
        HttpResponse<String> refused =
                Http.postJson(ItConfig.portal(TABLE.getPath() + "/proposals"), Tokens.of("regulator"), """
                {"rows": [["\\"CANNOT_ACCOUNT\\"", "150", "\\"STOP\\""]], "reason": "bad"}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("rows[0][1]", "rows[0][2]");
        assertThat(Http.getWithToken(ItConfig.portal(TABLE.getPath() + "/versions"), Tokens.of("importer-a"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(Http.getWithToken(
                                ItConfig.portal("/api/v1/decision-tables/nothing/versions"), Tokens.of("regulator"))
                        .statusCode())
                .isEqualTo(404);
        JsonNode chains =
                Http.json(Http.getWithToken(ItConfig.portal("/api/v1/mass-balance/chains"), Tokens.of("importer-a")));
        assertThat(chains.findValuesAsText("code")).contains("COTTON", "SILICON_PV", "TOMATO");
    }
}
