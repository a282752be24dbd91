package org.onus.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * State policies moved through the API as the rules demand: a repeal is claimed by one regulator
 * and verified by a second, senior one (here {@code senior-regulator-2}) on an official record.
 */
public final class PolicyFixtures {

    /** The regulator who records claims in these fixtures; never the one who verifies them. */
    public static final String CLAIMER = "regulator";

    /** The senior regulator who verifies: someone other than the claimer, as four eyes require. */
    public static final String VERIFIER = "senior-regulator-2";

    private PolicyFixtures() {}

    /** A new library item of the given type, public so every regulator may cite it; returns its id. */
    public static String evidence(String type, String title) {
        HttpResponse<String> created = Http.postJson(
                ItConfig.portal("/api/v1/evidence"), Tokens.of(CLAIMER), """
                {"type":"%s","title":"%s %s","source":"Integration test","date":"2026-06-01",\
                "language":"en","accessClass":"PUBLIC"}""".formatted(type, title, UUID.randomUUID()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created).get("id").asText();
    }

    /** A new official repeal notice (as published in the gazette) in the library; returns its id. */
    public static String repealNotice() {
        return evidence("POLICY_REPEAL_NOTICE", "Gazette: notice of repeal");
    }

    public static URI statusUri(String policy) {
        return ItConfig.portal("/api/v1/policies/" + policy + "/status");
    }

    /** Moves a policy's status as {@code username}; returns the answer, whatever it is. */
    public static HttpResponse<String> move(
            String username, String policy, String status, String reason, String... evidenceIds) {
        StringBuilder ids = new StringBuilder();
        for (String id : evidenceIds) {
            ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
        }
        return Http.postJson(statusUri(policy), Tokens.of(username), """
                {"status":"%s","reason":"%s","evidenceIds":[%s]}""".formatted(status, reason, ids));
    }

    /** The claim by {@link #CLAIMER}, then the verification by {@link #VERIFIER} on a new repeal notice. */
    public static void verifyRepeal(String policy) {
        HttpResponse<String> claimed = move(CLAIMER, policy, "REPEAL_CLAIMED", "A repeal was announced");
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        verifyClaimed(policy);
    }

    /** The verification, by {@link #VERIFIER} on a new repeal notice, of a repeal someone else claimed. */
    public static void verifyClaimed(String policy) {
        HttpResponse<String> verified =
                move(VERIFIER, policy, "REPEAL_VERIFIED", "Checked against the official gazette", repealNotice());
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
    }
}
