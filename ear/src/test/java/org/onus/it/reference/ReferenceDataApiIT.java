package org.onus.it.reference;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.PolicyFixtures;
import org.onus.it.support.Tokens;

/** Regions, sectors and the state policy registry through the public contract. */
@OnusIT
@RunAsClient
class ReferenceDataApiIT {

    static final URI POLICIES = ItConfig.portal("/api/v1/policies");
    static final String SEEDED_NOTICE = "e0000000-0000-4000-8000-000000000001";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void regionsAreFoundByEnglishOrChineseNameByCodeAndByParent() {
        JsonNode yarkand = regions("q=Yarkand");
        assertThat(codes(yarkand)).containsExactly("653125");
        assertThat(yarkand.get(0).get("nameZh").asText()).isEqualTo("莎车县");
        assertThat(yarkand.get(0).get("parentCode").asText()).isEqualTo("653100");
        assertThat(yarkand.get(0).get("level").asText()).isEqualTo("COUNTY");

        assertThat(codes(regions("q=" + URLEncoder.encode("喀什", UTF_8)))).contains("653100");
        assertThat(codes(regions("q=Shache"))).containsExactly("653125");
        assertThat(codes(regions("q=653200"))).contains("653200");
        assertThat(codes(regions("parent=650000"))).contains("653100", "653200", "652900", "653000", "XPCC");
        assertThat(codes(regions("parent=XPCC"))).hasSizeGreaterThanOrEqualTo(14);
        assertThat(codes(regions("parent=540000"))).contains("540100");
        assertThat(codes(regions("q=Germany"))).contains("DE");
    }

    @Test
    void theRegionPagesSpeakTheReadersLanguageAndNameRegionsInChineseForChineseReaders() {
        URI xinjiang = ItConfig.portal("/reference/regions?parent=650000");

        String chinese = Http.get(xinjiang, "Accept-Language", "zh-CN,zh;q=0.9").body();
        assertThat(chinese)
                .contains("lang=\"zh\"", "新疆维吾尔自治区", ">喀什地区<", "英文名称", "地区")
                .doesNotContain("Chinese name", "Find a region", "??");
        String arabic = Http.get(xinjiang, "Cookie", "onus_lang=ar").body();
        assertThat(arabic).contains("dir=\"rtl\"", "الاسم الصيني", ">Kashgar").doesNotContain("??");
        String english = Http.get(xinjiang).body();
        assertThat(english).contains(">Xinjiang<", "Chinese name");

        HttpResponse<String> missing = Http.get(ItConfig.portal("/reference/nothing-here"), "Accept-Language", "zh");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("未找到页面").doesNotContain("Page not found");
    }

    @Test
    void anUnknownRegionIs404() {
        HttpResponse<String> response = Http.get(ItConfig.portal("/api/v1/regions/999999"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).get("detail").asText()).isNotBlank();
    }

    @Test
    void sectorsCarryTheirHsPrefixesAndPriority() {
        HttpResponse<String> response = Http.get(ItConfig.portal("/api/v1/sectors"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode sectors = Http.json(response);
        assertThat(codes(sectors))
                .contains(
                        "ALL_GOODS",
                        "COTTON",
                        "APPAREL",
                        "TOMATO",
                        "PEPPER",
                        "SEAFOOD",
                        "POLYSILICON",
                        "SOLAR",
                        "LITHIUM",
                        "BATTERIES",
                        "ALUMINIUM");
        JsonNode cotton = find(sectors, "COTTON");
        assertThat(texts(cotton.get("hsPrefixes"))).contains("5201");
        assertThat(cotton.get("highPriority").asBoolean()).isTrue();
    }

    @Test
    void theSeededPoliciesArePublicWithTheirSources() {
        HttpResponse<String> response = Http.get(POLICIES);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode policies = Http.json(response);
        assertThat(policies.size()).isGreaterThanOrEqualTo(7);
        List<String> titles = new ArrayList<>();
        policies.forEach(p -> {
            if (p.get("id").asText().startsWith("a0000000-")) {
                titles.add(p.get("title").asText());
                assertThat(p.get("sourceIds").size())
                        .as(p.get("title").asText())
                        .isPositive();
                assertThat(p.get("authority").asText()).isNotBlank();
                assertThat(p.get("status").asText()).isEqualTo("IN_FORCE");
            }
        });
        assertThat(titles)
                .as("the seven Xinjiang policies the report names and Tibet's labour transfers")
                .hasSize(8);
        assertThat(String.join("\n", titles))
                .contains("Unemployment Monitoring and Early Warning")
                .contains("Southern Xinjiang Employment Promotion")
                .contains("14th Five-Year Plan")
                .containsIgnoringCase("land");
    }

    @Test
    void aPolicyPageDownloadsAsAPdfWithTheSameTextsForAnyone() throws IOException {
        HttpResponse<byte[]> response =
                Http.download(ItConfig.portal("/policies/a0000000-0000-4000-8000-000000000001.pdf"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d)
                        .startsWith("attachment;")
                        .contains("filename*=UTF-8''Poverty%20Alleviation%20Through%20Labor%20Transfer.pdf"));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Poverty Alleviation Through Labor Transfer")
                    .contains("Xinjiang Uyghur Autonomous Region Party Committee and People's Government")
                    .contains("Day of issue not known", "Sources", "Status history", "Page 1 of")
                    .doesNotContain("Sign in")
                    .doesNotContain("??");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .startsWith("Poverty Alleviation Through Labor Transfer");
        }

        HttpResponse<String> page = Http.get(ItConfig.portal("/policies/a0000000-0000-4000-8000-000000000001"));
        assertThat(page.body()).contains("href=\"/policies/a0000000-0000-4000-8000-000000000001.pdf\"");
    }

    @Test
    void aRegulatorRecordsAPolicyAndMovesItsStatusOnlyAlongTheAllowedPaths() {
        String regulator = Tokens.of("regulator");
        String title = "Vocational skills plan " + UUID.randomUUID();

        HttpResponse<String> created = Http.postJson(POLICIES, regulator, """
                {"title":"%s","authority":"Kashgar Prefecture Government","issued":"2019-04-01",
                 "summary":"Transfers of rural labourers","regionCodes":["653100"]}""".formatted(title));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode policy = Http.json(created);
        assertThat(policy.get("status").asText()).isEqualTo("IN_FORCE");
        URI status = POLICIES.resolve("/api/v1/policies/" + policy.get("id").asText() + "/status");

        HttpResponse<String> jump = Http.postJson(status, regulator, """
                {"status":"REPEAL_VERIFIED","reason":"Repealed","evidenceIds":["%s"]}""".formatted(SEEDED_NOTICE));
        assertThat(jump.statusCode()).as(jump.body()).isEqualTo(409);
        assertThat(Http.json(jump).get("errors").get(0).get("message").asText())
                .isEqualTo("From IN_FORCE it can only become REPEAL_CLAIMED");

        assertThat(Http.postJson(status, regulator, """
                        {"status":"REPEAL_CLAIMED","reason":"Importer filed a repeal notice"}""").statusCode()).isEqualTo(200);

        // The verification is a second, senior regulator's (see PolicyRepealIT for every refusal).
        String verifier = Tokens.of("senior-regulator-2");
        HttpResponse<String> unproven = Http.postJson(status, verifier, """
                {"status":"REPEAL_VERIFIED","reason":"Seems repealed","evidenceIds":[]}""");
        assertThat(unproven.statusCode()).isEqualTo(400);
        assertThat(unproven.body()).contains("verified only on evidence");

        String notice = PolicyFixtures.repealNotice();
        HttpResponse<String> verified = Http.postJson(status, verifier, """
                {"status":"REPEAL_VERIFIED","reason":"Checked against the gazette","evidenceIds":["%s"]}""".formatted(notice));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonNode detail = Http.json(verified);
        assertThat(detail.get("policy").get("status").asText()).isEqualTo("REPEAL_VERIFIED");
        assertThat(detail.get("statusChanges").size()).isEqualTo(2);
        assertThat(texts(detail.get("statusChanges").get(1).get("evidenceIds"))).containsExactly(notice);

        // Each move is on the audit trail, with its reason.
        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=StatePolicy&id="
                        + policy.get("id").asText()),
                Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        events.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions)
                .containsExactlyInAnyOrder("policy.recorded", "policy.status-changed", "policy.status-changed");
        assertThat(events.toString()).contains("Checked against the gazette");
    }

    @Test
    void onlyRegulatorsChangeTheRegistryAndBadInputIsExplained() {
        String body = """
                {"title":"X","authority":"Y","regionCodes":["650000"]}""";
        assertThat(Http.postJson(POLICIES, Tokens.of("importer-a"), body).statusCode())
                .isEqualTo(403);
        assertThat(Http.postJson(POLICIES, Tokens.of("officer"), body).statusCode())
                .isEqualTo(403);
        assertThat(Http.postJson(POLICIES, "not-a-token", body).statusCode()).isEqualTo(401);

        HttpResponse<String> bad = Http.postJson(POLICIES, Tokens.of("regulator"), """
                {"title":"","authority":"Y","issued":"yesterday","regionCodes":["NOWHERE"]}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        Http.json(bad).get("errors").forEach(e -> fields.add(e.get("code").asText()));
        assertThat(fields).contains("title", "issued", "regionCodes");

        HttpResponse<String> broken = Http.postJson(POLICIES, Tokens.of("regulator"), "{\"title\":");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).doesNotContain("Exception");
    }

    @Test
    void anEditBasedOnAStaleVersionIsRefused() {
        String regulator = Tokens.of("regulator");
        JsonNode policy = Http.json(Http.postJson(POLICIES, regulator, """
                {"title":"Stale edit %s","authority":"A","regionCodes":["650000"]}""".formatted(UUID.randomUUID())));
        URI one = POLICIES.resolve("/api/v1/policies/" + policy.get("id").asText());
        long version = policy.get("version").asLong();

        HttpResponse<String> first = Http.putJson(one, regulator, """
                {"title":"Edited","authority":"A","regionCodes":["650000","540000"],"version":%d}""".formatted(version));
        HttpResponse<String> stale = Http.putJson(one, regulator, """
                {"title":"Edited again","authority":"A","regionCodes":["650000"],"version":%d}""".formatted(version));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Http.json(Http.get(one)).get("policy").get("title").asText()).isEqualTo("Edited");
    }

    private static JsonNode regions(String query) {
        HttpResponse<String> response = Http.get(ItConfig.portal("/api/v1/regions?" + query));
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        return Http.json(response);
    }

    private static List<String> codes(JsonNode items) {
        List<String> codes = new ArrayList<>();
        items.forEach(i -> codes.add(i.get("code").asText()));
        return codes;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static JsonNode find(JsonNode items, String code) {
        for (JsonNode item : items) {
            if (item.get("code").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("No " + code + " in " + items);
    }
}
