package org.onus.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;

/** Login and API security against the real WildFly and the real Keycloak. */
@OnusIT
@RunAsClient
class ApiSecurityIT {

    private static final URI ME = ItConfig.portal("/api/v1/me");
    private static final URI ORGANISATIONS = ItConfig.portal("/api/v1/organisations");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void anAnonymousPageRequestIsRedirectedToKeycloakWithPkce() {
        HttpResponse<String> response = Http.get(ItConfig.portal("/"));

        assertThat(response.statusCode()).isEqualTo(302);
        String location =
                URLDecoder.decode(response.headers().firstValue("Location").orElseThrow(), StandardCharsets.UTF_8);
        assertThat(location)
                .startsWith(ItConfig.realmUrl() + "/protocol/openid-connect/auth")
                .contains("client_id=onus-portal")
                .contains("response_type=code")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");
    }

    @Test
    void theApiAnswersAnonymousCallsWith401ProblemJsonNeverARedirect() {
        HttpResponse<String> response = Http.get(ME);

        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aBearerTokenFromTheCliClientReachesTheApiWithRolesAndOrganisation() {
        HttpResponse<String> response = Http.getWithToken(ME, Tokens.of("importer-a"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode me = Http.json(response);
        assertThat(me.get("username").asText()).isEqualTo("importer-a");
        assertThat(me.get("name").asText()).isEqualTo("Alice Martin");
        assertThat(texts(me.get("roles"))).containsExactly("importer");
        assertThat(me.get("organization").asText()).isEqualTo("ACME-IMPORTS");
    }

    @Test
    void seniorsHoldTheirJuniorsRolesAndPeopleOutsideAnOrganisationHaveNone() {
        JsonNode me = Http.json(Http.getWithToken(ME, Tokens.of("senior-regulator")));

        assertThat(texts(me.get("roles"))).containsExactlyInAnyOrder("regulator", "senior-regulator");
        assertThat(me.has("organization")).isFalse();
        assertThat(texts(Http.json(Http.getWithToken(ME, Tokens.of("supervisor")))
                        .get("roles")))
                .containsExactlyInAnyOrder("customs-officer", "customs-supervisor");
        assertThat(texts(Http.json(Http.getWithToken(ME, Tokens.of("upr-reviewer")))
                        .get("roles")))
                .containsExactlyInAnyOrder("upr-drafter", "upr-reviewer");
    }

    @Test
    void aTokenKeycloakIssuedToAnotherClientIsRefused() {
        // admin-cli is a client of the same realm, but its tokens are not meant for the portal.
        String foreign = Tokens.of("admin-cli", "regulator");

        assertProblem(Http.getWithToken(ME, foreign), 401);
    }

    @Test
    void aForgedOrDamagedTokenIsRefused() {
        String token = Tokens.of("regulator");
        String damaged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");

        assertProblem(Http.getWithToken(ME, damaged), 401);
        assertProblem(Http.getWithToken(ME, "not-a-jwt"), 401);
    }

    @Test
    void aWrongRoleGets403ProblemJson() {
        assertProblem(Http.getWithToken(ORGANISATIONS, Tokens.of("importer-a")), 403);
        assertProblem(Http.getWithToken(ORGANISATIONS, Tokens.of("regulator")), 403);
    }

    @Test
    void anImportersOrganisationIsRegisteredOnFirstUseAndAdminsSeeIt() {
        Http.getWithToken(ME, Tokens.of("importer-b"));

        HttpResponse<String> response = Http.getWithToken(ORGANISATIONS, Tokens.of("admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        Http.json(response).forEach(o -> codes.add(o.get("code").asText()));
        assertThat(codes).contains("BETA-TRADING");
        assertThat(Http.getWithToken(ORGANISATIONS, Tokens.of("auditor")).statusCode())
                .isEqualTo(200);
    }

    @Test
    void onlyAdministratorsNameOrganisations() {
        Http.getWithToken(ME, Tokens.of("importer-b"));
        URI beta = ItConfig.portal("/api/v1/organisations/BETA-TRADING");

        HttpResponse<String> renamed = Http.putJson(beta, Tokens.of("admin"), "{\"name\": \"Beta Trading Ltd\"}");

        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(Http.json(renamed).get("name").asText()).isEqualTo("Beta Trading Ltd");
        assertThat(Http.json(renamed).get("code").asText()).isEqualTo("BETA-TRADING");
        assertProblem(Http.putJson(beta, Tokens.of("auditor"), "{\"name\": \"X\"}"), 403);
        assertProblem(Http.putJson(beta, Tokens.of("importer-b"), "{\"name\": \"X\"}"), 403);
        assertProblem(Http.putJson(beta, Tokens.of("admin"), "{\"name\": \" \"}"), 400);
        assertProblem(
                Http.putJson(
                        ItConfig.portal("/api/v1/organisations/NO-SUCH-ORG"), Tokens.of("admin"), "{\"name\": \"X\"}"),
                404);
    }

    @Test
    void anUnknownApiAddressIs404ProblemJson() {
        assertProblem(Http.getWithToken(ItConfig.portal("/api/v1/no-such-thing"), Tokens.of("regulator")), 404);
    }

    @Test
    void responsesCarrySecurityHeadersAndNoServerIdentity() {
        HttpResponse<String> response = Http.getWithToken(ME, Tokens.of("auditor"));

        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp -> assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(response.headers().firstValue("Server")).isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).isEmpty();
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
