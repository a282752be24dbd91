package org.onus.it.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Access tokens from the real Keycloak, through the dev realm's public client {@code onus-cli}
 * (direct access grants; demo users' passwords equal their user names).
 */
public final class Tokens {

    public static final String CLI_CLIENT = "onus-cli";

    private Tokens() {}

    public static String of(String username) {
        return of(CLI_CLIENT, username);
    }

    /** A token issued to {@code clientId}, for tests that need a token meant for another client. */
    public static String of(String clientId, String username) {
        HttpResponse<String> response = Http.postForm(
                URI.create(ItConfig.realmUrl() + "/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", clientId, "username", username, "password", username));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + " via " + clientId + ": "
                    + response.statusCode() + " " + response.body());
        }
        return Http.json(response).get("access_token").asText();
    }
}
