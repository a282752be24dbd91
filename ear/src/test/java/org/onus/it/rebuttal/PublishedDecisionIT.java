package org.onus.it.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onus.it.rebuttal.CaseApiIT.TODAY;
import static org.onus.it.rebuttal.CaseApiIT.approval;
import static org.onus.it.rebuttal.CaseApiIT.approvalUri;
import static org.onus.it.rebuttal.CaseApiIT.decide;
import static org.onus.it.rebuttal.CaseApiIT.designationOnTwoPolicies;
import static org.onus.it.rebuttal.CaseApiIT.detainedByListedProducer;
import static org.onus.it.rebuttal.CaseApiIT.detainedCotton;
import static org.onus.it.rebuttal.CaseApiIT.proveAndAccept;
import static org.onus.it.rebuttal.CaseApiIT.proveExceptionIndicators;
import static org.onus.it.rebuttal.CaseApiIT.rebut;
import static org.onus.it.rebuttal.CaseApiIT.traceCodes;
import static org.onus.it.rebuttal.CaseApiIT.upload;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.MailCatcher;
import org.onus.it.support.OnusIT;
import org.onus.it.support.PolicyFixtures;
import org.onus.it.support.Tokens;

/**
 * Published decisions end to end: an exception-route release is published by itself when the
 * goods are freed; a confiscation is proposed, refused to its proposer, approved by another
 * regulator and found by every search filter; no published JSON, CSV or page names the case's
 * organisation, entry number, users, producers, documents or files.
 */
@OnusIT
@RunAsClient
class PublishedDecisionIT {

    static final URI DECISIONS = ItConfig.portal("/api/v1/decisions");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDesignationOnXinjiangCotton() {
        MailCatcher.running();
        DesignationFixtures.publish(
                "Xinjiang cotton (decisions test) "
                        + UUID.randomUUID().toString().substring(0, 8),
                List.of("650000"),
                List.of("COTTON"),
                TODAY.toString());
    }

    @Test
    void anExceptionReleaseIsPublishedAutomaticallyCitingTheListVersionAndRequirements() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        CaseApiIT.Scope scope = designationOnTwoPolicies();
        for (String policy : List.of(scope.policyA(), scope.policyB())) {
            PolicyFixtures.verifyRepeal(policy);
        }
        CaseApiIT.Filed filed = detainedByListedProducer(importer, scope);
        rebut(importer, filed.caseId(), "EXCEPTION");
        for (String policy : List.of(scope.policyA(), scope.policyB())) {
            proveAndAccept(importer, officer, filed.caseId(), "POLICY_REPEAL_NOTICE", "POLICY_REPEALED:" + policy);
        }
        proveExceptionIndicators(importer, officer, filed.caseId());
        Set<String> before = references(search("route=EXCEPTION&from=" + TODAY));

        HttpResponse<String> proposed = decide(officer, filed.caseId(), "RELEASE");
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        assertThat(references(search("route=EXCEPTION&from=" + TODAY)))
                .as("a proposed release is not published")
                .isEqualTo(before);
        HttpResponse<String> approved =
                Http.postJson(approvalUri(filed.caseId()), Tokens.of("supervisor"), approval(true));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(Http.json(approved).get("status").asText()).isEqualTo("RELEASED");

        Set<String> after = references(search("route=EXCEPTION&from=" + TODAY));
        after.removeAll(before);
        assertThat(after)
                .as("exactly this release was published, in the freeing transaction")
                .hasSize(1);
        String reference = after.iterator().next();
        JsonNode d = publicDecision(reference);
        assertThat(d.get("kind").asText()).isEqualTo("RELEASE");
        assertThat(d.get("outcome").asText()).isEqualTo("RELEASED");
        assertThat(d.get("route").asText()).isEqualTo("EXCEPTION");
        assertThat(d.get("automatic").asBoolean()).isTrue();
        assertThat(d.get("listVersion").asInt()).isPositive();
        assertThat(d.get("summary").asText())
                .contains("designation list version " + d.get("listVersion").asInt());
        List<String> requirements = new ArrayList<>();
        d.get("requirements")
                .forEach(r -> requirements.add(
                        r.get("code").asText() + "=" + r.get("outcome").asText()));
        assertThat(requirements)
                .contains(
                        "POLICY_REPEALED:" + scope.policyA() + "=MET",
                        "POLICY_REPEALED:" + scope.policyB() + "=MET",
                        "TARGETS_NOT_ENFORCED=MET");
        assertThat(d.has("caseId")).isFalse();

        List<String> secrets = new ArrayList<>(secretsOf(filed));
        secrets.add(scope.producer());
        assertRedacted(reference, secrets);
    }

    @Test
    void aConfiscationIsProposedRefusedToItsProposerPublishedByAnotherRegulatorAndFound() {
        String importer = Tokens.of("importer-a");
        String officer = Tokens.of("officer");
        String regulator = Tokens.of("regulator");
        CaseApiIT.Filed filed = detainedCotton(importer);
        List<String> traces = traceCodes(rebut(importer, filed.caseId(), "NOT_APPLICABLE"));
        HttpResponse<String> uploaded = upload(importer, filed.caseId(), "INVOICE", traces.get(0));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        HttpResponse<String> confiscated = decide(officer, filed.caseId(), "CONFISCATE");
        assertThat(confiscated.statusCode()).as(confiscated.body()).isEqualTo(200);

        assertThat(Http.postJson(DECISIONS, officer, proposal(filed.caseId(), null))
                        .statusCode())
                .as("an officer does not propose")
                .isEqualTo(403);
        for (String[] named : List.of(
                new String[] {"Seized from entry " + filed.number() + ".", "ENTRY_NUMBER"},
                new String[] {"Lint from shache ginning.", "ORGANISATION_NAME"},
                new String[] {"Only document.pdf was offered.", "FILE_NAME"},
                new String[] {"Decided by Officer.", "USER_NAME"})) {
            HttpResponse<String> refused = Http.postJson(DECISIONS, regulator, proposal(filed.caseId(), named[0]));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body()).contains(named[1]).doesNotContain(filed.number());
        }

        HttpResponse<String> proposed = Http.postJson(
                DECISIONS, regulator, proposal(filed.caseId(), "The rebuttal traced no input to its source."));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        JsonNode p = Http.json(proposed);
        String reference = p.get("reference").asText();
        assertThat(p.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(Http.get(ItConfig.portal("/api/v1/decisions/" + reference)).statusCode())
                .as("a proposal is not public")
                .isEqualTo(404);
        assertThat(Http.postJson(DECISIONS, regulator, proposal(filed.caseId(), null))
                        .statusCode())
                .as("proposed once")
                .isEqualTo(409);

        URI approval = ItConfig.portal("/api/v1/decisions/" + reference + "/approval");
        HttpResponse<String> own = Http.postJson(approval, regulator, "");
        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(Http.postJson(approval, Tokens.of("supervisor"), "").statusCode())
                .as("a customs supervisor does not approve")
                .isEqualTo(403);
        HttpResponse<String> published = Http.postJson(approval, Tokens.of("senior-regulator"), "");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        JsonNode d = Http.json(published);
        assertThat(d.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(d.path("importer").isTextual())
                .as("names are hidden by default")
                .isFalse();

        assertThat(references(search("outcome=CONFISCATION"))).contains(reference);
        assertThat(references(search("outcome=CONFISCATED&sector=APPAREL&region=650000&route=NOT_APPLICABLE&from="
                        + TODAY + "&to=" + TODAY)))
                .contains(reference);
        assertThat(references(search("route=EXCEPTION"))).doesNotContain(reference);
        assertThat(references(search("sector=TOMATO"))).doesNotContain(reference);
        assertThat(references(search("region=540000"))).doesNotContain(reference);
        assertThat(references(search("outcome=RELEASE"))).doesNotContain(reference);
        assertThat(references(search("to=" + TODAY.minusDays(1)))).doesNotContain(reference);
        assertThat(search("route=SIDEWAYS").statusCode()).isEqualTo(400);

        HttpResponse<String> page = Http.get(ItConfig.portal("/decisions?outcome=CONFISCATION&sector=APPAREL"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(reference);
        assertRedacted(reference, secretsOf(filed));
    }

    // --- helpers ------------------------------------------------------------------------------

    /** What the case knows that the public must never read. */
    static List<String> secretsOf(CaseApiIT.Filed filed) {
        List<String> secrets = new ArrayList<>(List.of(
                filed.number(),
                "ACME-IMPORTS",
                "importer-a",
                "officer",
                "supervisor",
                "regulator",
                "document.pdf",
                "Shache Ginning",
                "Hanoi Knits"));
        HttpResponse<String> orgs = Http.getWithToken(ItConfig.portal("/api/v1/organisations"), Tokens.of("auditor"));
        assertThat(orgs.statusCode()).isEqualTo(200);
        for (JsonNode o : Http.json(orgs)) {
            if ("ACME-IMPORTS".equals(o.get("code").asText()) && o.hasNonNull("name")) {
                secrets.add(o.get("name").asText());
            }
        }
        return secrets;
    }

    static void assertRedacted(String reference, List<String> secrets) {
        String json =
                Http.get(ItConfig.portal("/api/v1/decisions/" + reference)).body();
        String main = Jsoup.parse(
                        Http.get(ItConfig.portal("/decisions/" + reference)).body())
                .select("main")
                .text();
        String csv = Http.get(ItConfig.portal("/api/v1/decisions?format=csv")).body();
        String row =
                csv.lines().filter(l -> l.startsWith(reference)).findFirst().orElseThrow();
        assertThat(main).contains(reference);
        for (String secret : secrets) {
            assertThat(json.toLowerCase()).as("JSON names " + secret).doesNotContain(secret.toLowerCase());
            assertThat(main.toLowerCase()).as("page names " + secret).doesNotContain(secret.toLowerCase());
            assertThat(row.toLowerCase()).as("CSV names " + secret).doesNotContain(secret.toLowerCase());
        }
    }

    static String proposal(String caseId, String note) {
        return note == null
                ? "{\"caseId\": \"%s\"}".formatted(caseId)
                : "{\"caseId\": \"%s\", \"note\": \"%s\"}".formatted(caseId, note);
    }

    static HttpResponse<String> search(String query) {
        return Http.get(ItConfig.portal("/api/v1/decisions?" + query), "Accept", "application/json");
    }

    static Set<String> references(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Set<String> refs = new HashSet<>();
        JsonNode page = Http.json(response);
        int pages = (int) Math.max(
                1,
                (page.get("total").asLong() + page.get("pageSize").asInt() - 1)
                        / page.get("pageSize").asInt());
        page.get("items").forEach(i -> refs.add(i.get("reference").asText()));
        String base = response.uri().toString();
        for (int n = 2; n <= pages; n++) {
            Http.json(Http.get(URI.create(base + "&page=" + n), "Accept", "application/json"))
                    .get("items")
                    .forEach(i -> refs.add(i.get("reference").asText()));
        }
        return refs;
    }

    static JsonNode publicDecision(String reference) {
        HttpResponse<String> d =
                Http.get(ItConfig.portal("/api/v1/decisions/" + URLEncoder.encode(reference, StandardCharsets.UTF_8)));
        assertThat(d.statusCode()).as(d.body()).isEqualTo(200);
        return Http.json(d);
    }
}
