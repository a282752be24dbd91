package org.onus.it.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onus.it.support.PolicyFixtures.move;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/**
 * Hole 2 of issue 12, closed: one regulator can no longer verify a repeal alone, nor on an audit.
 * Every refusal names its rule and leaves the policy as it was.
 */
@OnusIT
@RunAsClient
class PolicyRepealIT {

    static final URI POLICIES = ItConfig.portal("/api/v1/policies");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aRepealIsVerifiedOnlyByASecondSeniorRegulatorOnAnOfficialRecordAndReinstatedByOneRegulator() {
        String policy = policy();
        String notice = PolicyFixtures.repealNotice();
        String audit = PolicyFixtures.evidence("FACTORY_AUDIT", "SMETA audit of the spinning mill");

        // senior-regulator records the claim: a senior regulator, so only four eyes can stop them.
        assertThat(move("senior-regulator", policy, "REPEAL_CLAIMED", "The prefecture announced a repeal")
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> own = move("senior-regulator", policy, "REPEAL_VERIFIED", "I checked it", notice);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
        assertThat(Http.json(own).get("detail").asText()).startsWith("FOUR_EYES_REPEAL:");
        assertClaimedOnly(policy);

        HttpResponse<String> plain = move("regulator", policy, "REPEAL_VERIFIED", "Gazette checked", notice);
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(403);
        assertThat(Http.json(plain).get("detail").asText())
                .startsWith("FOUR_EYES_REPEAL:")
                .contains("only a senior regulator");
        assertClaimedOnly(policy);

        HttpResponse<String> audited =
                move("senior-regulator-2", policy, "REPEAL_VERIFIED", "The mill was audited", notice, audit);
        assertThat(audited.statusCode()).as(audited.body()).isEqualTo(409);
        JsonNode problem = Http.json(audited);
        assertThat(problem.get("detail").asText()).startsWith("REPEAL_EVIDENCE_ADMISSIBLE:");
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("code").asText()).isEqualTo("REPEAL_EVIDENCE_ADMISSIBLE");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains(audit, "FACTORY_AUDIT");
        assertClaimedOnly(policy);

        HttpResponse<String> verified =
                move("senior-regulator-2", policy, "REPEAL_VERIFIED", "Checked against the official gazette", notice);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonNode detail = Http.json(verified);
        assertThat(detail.at("/policy/status").asText()).isEqualTo("REPEAL_VERIFIED");
        JsonNode verification = detail.get("statusChanges").get(1);
        assertThat(verification.get("changedBy").asText()).isEqualTo("senior-regulator-2");
        assertThat(verification.get("evidenceIds").get(0).asText()).isEqualTo(notice);

        // The protective direction: one plain regulator and a reason put it back in force.
        HttpResponse<String> silent = move("regulator", policy, "IN_FORCE", " ");
        assertThat(silent.statusCode()).as(silent.body()).isEqualTo(400);
        assertThat(status(policy)).isEqualTo("REPEAL_VERIFIED");
        HttpResponse<String> reinstated =
                move("regulator", policy, "IN_FORCE", "The quotas were reissued under a new title");
        assertThat(reinstated.statusCode()).as(reinstated.body()).isEqualTo(200);
        assertThat(status(policy)).isEqualTo("IN_FORCE");

        // The audit trail says who verified, on what, and what the table said of it.
        JsonNode events = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/audit?entity=StatePolicy&id=" + policy), Tokens.of("auditor")));
        List<String> actions = new ArrayList<>();
        events.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).filteredOn("policy.status-changed"::equals).hasSize(3);
        assertThat(events.toString())
                .contains("senior-regulator-2", notice, "POLICY_REPEAL_NOTICE", "admissible")
                .doesNotContain(audit);
    }

    @Test
    void aCourtRecordAlsoShowsARepealAndTheFixtureWalksBothPeople() {
        String policy = policy();
        assertThat(move("regulator", policy, "REPEAL_CLAIMED", "The court annulled it")
                        .statusCode())
                .isEqualTo(200);
        String judgment = PolicyFixtures.evidence("COURT_RECORD", "Judgment annulling the plan");

        HttpResponse<String> verified =
                move("senior-regulator", policy, "REPEAL_VERIFIED", "Final judgment checked", judgment);

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);

        String other = policy();
        PolicyFixtures.verifyRepeal(other);
        assertThat(status(other)).isEqualTo("REPEAL_VERIFIED");
    }

    private static String policy() {
        HttpResponse<String> created =
                Http.postJson(POLICIES, Tokens.of("regulator"), """
                {"title":"Labour transfer quota %s","authority":"Kashgar Prefecture Government",
                 "regionCodes":["653100"]}""".formatted(UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    private static String status(String policy) {
        return Http.json(Http.get(POLICIES.resolve("/api/v1/policies/" + policy)))
                .at("/policy/status")
                .asText();
    }

    /** Nothing changed since the claim: still claimed, and one move on record. */
    private static void assertClaimedOnly(String policy) {
        JsonNode detail = Http.json(Http.get(POLICIES.resolve("/api/v1/policies/" + policy)));
        assertThat(detail.at("/policy/status").asText()).isEqualTo("REPEAL_CLAIMED");
        assertThat(detail.get("statusChanges")).hasSize(1);
    }
}
