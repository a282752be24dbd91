package org.onus.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The realm files say what ARCHITECTURE.md and API.md promise; Keycloak itself is tested by the ITs. */
class RealmFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROLES = List.of(
            "regulator",
            "senior-regulator",
            "customs-officer",
            "customs-supervisor",
            "importer",
            "upr-drafter",
            "upr-reviewer",
            "auditor",
            "admin",
            "customs-broker");

    private final JsonNode dev = read("onus-realm.json");
    private final JsonNode production = read("onus-realm.production.json");

    @Test
    void bothRealmsDefineEveryRoleAndSeniorsImplyTheirJuniors() {
        for (JsonNode realm : List.of(dev, production)) {
            Map<String, JsonNode> roles = new HashMap<>();
            realm.at("/roles/realm").forEach(r -> roles.put(r.get("name").asText(), r));
            List<String> expected = new ArrayList<>(ROLES);
            if (realm == production) {
                expected.add("official");
            }
            assertThat(roles.keySet()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(composites(roles.get("senior-regulator"))).containsExactly("regulator");
            roles.remove("official");
            assertThat(composites(roles.get("customs-supervisor"))).containsExactly("customs-officer");
            assertThat(composites(roles.get("upr-reviewer"))).containsExactly("upr-drafter");
            roles.values()
                    .forEach(r -> assertThat(r.get("description").asText()).isNotBlank());
        }
    }

    @Test
    void bruteForceDetectionIsOn() {
        assertThat(dev.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(production.get("bruteForceProtected").asBoolean()).isTrue();
    }

    @Test
    void thePortalIsConfidentialWithPkceS256AndTokensCarryItsAudienceAndTheOrganisation() {
        for (JsonNode realm : List.of(dev, production)) {
            JsonNode portal = client(realm, "onus-portal");
            assertThat(portal.get("publicClient").asBoolean()).isFalse();
            assertThat(portal.get("directAccessGrantsEnabled").asBoolean()).isFalse();
            assertThat(portal.at("/attributes/pkce.code.challenge.method").asText())
                    .isEqualTo("S256");
            assertThat(mapper(portal, "oidc-audience-mapper")
                            .at("/config/included.client.audience")
                            .asText())
                    .isEqualTo("onus-portal");
            assertThat(mapper(portal, "oidc-usermodel-attribute-mapper")
                            .at("/config/claim.name")
                            .asText())
                    .isEqualTo("organization");
        }
    }

    @Test
    void theDevRealmHasAPublicCliClientWithDirectGrantsForTheApiAudience() {
        JsonNode cli = client(dev, "onus-cli");

        assertThat(cli.get("publicClient").asBoolean()).isTrue();
        assertThat(cli.get("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(mapper(cli, "oidc-audience-mapper")
                        .at("/config/included.client.audience")
                        .asText())
                .isEqualTo("onus-portal");
    }

    @Test
    void theDevRealmHasTheDemoUsersOfApiMdWithPasswordsEqualToTheirNames() {
        Map<String, JsonNode> users = new HashMap<>();
        dev.get("users").forEach(u -> users.put(u.get("username").asText(), u));

        assertThat(users.keySet())
                .containsExactlyInAnyOrder(
                        "regulator",
                        "senior-regulator",
                        "senior-regulator-2",
                        "officer",
                        "supervisor",
                        "supervisor-2",
                        "importer-a",
                        "importer-b",
                        "upr-drafter",
                        "upr-reviewer",
                        "auditor",
                        "admin",
                        "broker");
        users.forEach((name, user) -> {
            assertThat(user.at("/credentials/0/value").asText()).isEqualTo(name);
            assertThat(user.get("firstName").asText()).isNotBlank();
            assertThat(user.get("emailVerified").asBoolean()).isTrue();
        });
        assertThat(texts(users.get("officer").get("realmRoles"))).contains("customs-officer");
        assertThat(texts(users.get("supervisor").get("realmRoles"))).contains("customs-supervisor");
        // A second of each so that every four-eyes rule can be walked by hand and in tests.
        assertThat(texts(users.get("senior-regulator").get("realmRoles"))).contains("senior-regulator");
        assertThat(texts(users.get("senior-regulator-2").get("realmRoles"))).contains("senior-regulator");
        assertThat(texts(users.get("supervisor-2").get("realmRoles"))).contains("customs-supervisor");
        assertThat(users.get("importer-a").at("/attributes/organization/0").asText())
                .isEqualTo("ACME-IMPORTS");
        assertThat(users.get("importer-b").at("/attributes/organization/0").asText())
                .isEqualTo("BETA-TRADING");
        // The broker is not an importer: no importer-only endpoint opens to it (docs/BROKERS.md).
        assertThat(texts(users.get("broker").get("realmRoles")))
                .contains("customs-broker")
                .doesNotContain("importer");
        assertThat(users.get("broker").at("/attributes/organization/0").asText())
                .isEqualTo("BROKER-1");
    }

    @Test
    void theProductionTemplateHasNoUsersNoDirectGrantsAndNoSecrets() {
        assertThat(production.has("users")).isFalse();
        assertThat(production.get("sslRequired").asText()).isEqualTo("all");
        production.get("clients").forEach(c -> {
            assertThat(c.get("directAccessGrantsEnabled").asBoolean())
                    .as(c.get("clientId").asText())
                    .isFalse();
            if (c.has("secret")) {
                assertThat(c.get("secret").asText()).startsWith("${");
            }
        });
        assertThat(production.toString()).doesNotContain("localhost").doesNotContain("dev-secret");
        assertThat(production.get("passwordPolicy").asText()).contains("length(12)");
    }

    private static List<String> composites(JsonNode role) {
        return texts(role.at("/composites/realm"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.get("clients").spliterator(), false)
                .filter(c -> clientId.equals(c.get("clientId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId));
    }

    private static JsonNode mapper(JsonNode client, String type) {
        return StreamSupport.stream(client.get("protocolMappers").spliterator(), false)
                .filter(m -> type.equals(m.get("protocolMapper").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " on " + client.get("clientId")));
    }

    private static JsonNode read(String file) {
        try {
            return JSON.readTree(Path.of("src/main/resources/keycloak", file).toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void bothRealmsUseTheOnusLoginThemeInTheSixUnLanguagesAndKeepLoginAndAdminEvents() {
        for (JsonNode realm : List.of(dev, production)) {
            assertThat(realm.get("loginTheme").asText()).isEqualTo("onus");
            assertThat(realm.get("internationalizationEnabled").asBoolean()).isTrue();
            assertThat(realm.get("supportedLocales"))
                    .extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder("ar", "zh-Hans", "en", "fr", "ru", "es");
            assertThat(realm.get("defaultLocale").asText()).isEqualTo("en");
            assertThat(realm.get("eventsEnabled").asBoolean()).isTrue();
            assertThat(realm.get("adminEventsEnabled").asBoolean()).isTrue();
            assertThat(realm.get("adminEventsDetailsEnabled").asBoolean()).isTrue();
        }
        assertThat(dev.get("eventsExpiration").asLong()).isEqualTo(90L * 24 * 3600);
        assertThat(production.get("eventsExpiration").asLong())
                .as("production keeps sign-in events longer than a year of audits")
                .isGreaterThan(365L * 24 * 3600);
    }

    @Test
    void everyOfficialRoleOfTheProductionRealmNeedsASecondFactorAndImportersDoNot() {
        Map<String, JsonNode> roles = new HashMap<>();
        production.at("/roles/realm").forEach(r -> roles.put(r.get("name").asText(), r));
        for (String official : List.of("regulator", "customs-officer", "auditor", "admin")) {
            assertThat(composites(roles.get(official))).as(official).contains("official");
        }
        // Seniors hold their juniors, so they are officials through them.
        assertThat(composites(roles.get("senior-regulator"))).contains("regulator");
        assertThat(composites(roles.get("customs-supervisor"))).contains("customs-officer");
        for (String other : List.of("importer", "upr-drafter", "upr-reviewer")) {
            assertThat(composites(roles.get(other))).as(other).doesNotContain("official");
        }

        assertThat(production.get("browserFlow").asText()).isEqualTo("onus browser");
        Map<String, JsonNode> flows = new HashMap<>();
        production
                .get("authenticationFlows")
                .forEach(f -> flows.put(f.get("alias").asText(), f));
        JsonNode officials = flows.get("onus officials second factor");
        assertThat(officials.get("authenticationExecutions"))
                .extracting(e -> e.path("authenticator").asText() + ":"
                        + e.get("requirement").asText())
                .containsExactly("conditional-user-role:REQUIRED", "auth-otp-form:REQUIRED");
        assertThat(officials
                        .at("/authenticationExecutions/0/authenticatorConfig")
                        .asText())
                .isEqualTo("official role");
        assertThat(production.get("authenticatorConfig")).anySatisfy(c -> {
            assertThat(c.get("alias").asText()).isEqualTo("official role");
            assertThat(c.at("/config/condUserRole").asText()).isEqualTo("official");
        });
        assertThat(flows.get("onus browser forms").get("authenticationExecutions"))
                .extracting(
                        e -> e.path("flowAlias").asText(e.path("authenticator").asText()))
                .containsExactly(
                        "auth-username-password-form", "onus officials second factor", "onus others second factor");
        assertThat(dev.has("browserFlow"))
                .as("the development realm keeps Keycloak's flow: a code only from those who set one up")
                .isFalse();
    }
}
