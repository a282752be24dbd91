package org.onus.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in pages people actually see: the Onus theme in the six languages, login and admin
 * events kept, and the production realm template asking every official, and no importer, for a
 * second factor.
 */
@OnusIT
@RunAsClient
class KeycloakRealmIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void theSignInPageWearsTheOnusThemeAndMirrorsInArabic() {
        try (Browser browser = Browser.start()) {
            browser.open("/login");
            browser.waitFor(By.id("username"));
            assertThat(browser.textOf(By.cssSelector("#kc-header-wrapper .onus-wordmark")))
                    .isEqualTo("Onus");
            assertThat(browser.driver().findElements(By.cssSelector("link[rel=stylesheet]")))
                    .anySatisfy(link -> assertThat(link.getAttribute("href")).contains("/login/onus/css/onus.css"));
            assertThat(browser.textOf(By.cssSelector(".onus-login-footer"))).contains("one-time code");

            browser.driver().get(browser.currentUrl() + "&ui_locales=ar");
            browser.waitFor(By.id("username"));
            var html = browser.driver().findElement(By.tagName("html"));
            assertThat(html.getAttribute("dir")).isEqualTo("rtl");
            assertThat(html.getAttribute("lang")).isEqualTo("ar");
            assertThat(browser.textOf(By.cssSelector(".onus-login-footer"))).contains("العمل الجبري");

            browser.driver().get(browser.currentUrl().replace("ui_locales=ar", "ui_locales=zh-Hans"));
            browser.waitFor(By.id("username"));
            assertThat(browser.textOf(By.cssSelector(".onus-login-footer"))).contains("强迫劳动");
        }
    }

    @Test
    void signInsAndAdministrationAreRecordedAsEvents() throws Exception {
        String admin = adminToken();
        Tokens.of("regulator");
        JsonNode logins = send(admin, "GET", "/admin/realms/onus/events?type=LOGIN&max=200", null);
        assertThat(logins).isNotEmpty();
        assertThat(logins)
                .anySatisfy(e ->
                        assertThat(e.path("details").path("username").asText()).isEqualTo("regulator"));

        String probe = "kc-events-probe-" + System.nanoTime();
        send(admin, "POST", "/admin/realms/onus/users", "{\"username\":\"" + probe + "\",\"enabled\":false}");
        JsonNode created = send(admin, "GET", "/admin/realms/onus/users?exact=true&username=" + probe, null);
        String id = created.get(0).get("id").asText();
        send(admin, "DELETE", "/admin/realms/onus/users/" + id, null);

        JsonNode adminEvents = send(admin, "GET", "/admin/realms/onus/admin-events?resourceTypes=USER&max=200", null);
        assertThat(adminEvents).anySatisfy(e -> {
            assertThat(e.get("operationType").asText()).isEqualTo("CREATE");
            assertThat(e.path("representation").asText())
                    .as("details (the representation) are kept")
                    .contains(probe);
        });
    }

    @Test
    void theProductionTemplateMakesEveryOfficialSetUpAOneTimeCodeButNotImporters() throws Exception {
        String admin = adminToken();
        String realm = "onus-production-check";
        // The operator fills in the template's placeholders at deployment; so does the test.
        ObjectNode template = (ObjectNode) JSON.readTree(Files.readString(productionTemplate())
                .replace("${ONUS_PORTAL_URL}", "https://onus.example.org")
                .replace(
                        "${ONUS_PORTAL_CLIENT_SECRET}",
                        java.util.UUID.randomUUID().toString()));
        template.put("realm", realm);
        // The template demands HTTPS everywhere; the test server speaks plain HTTP on localhost.
        template.put("sslRequired", "external");
        ArrayNode users = template.putArray("users");
        for (Map.Entry<String, String> user : Map.of(
                        "check-officer", "customs-officer",
                        "check-senior", "senior-regulator",
                        "check-auditor", "auditor",
                        "check-importer", "importer")
                .entrySet()) {
            ObjectNode u = users.addObject();
            u.put("username", user.getKey());
            u.put("enabled", true);
            u.put("email", user.getKey() + "@example.org");
            u.put("emailVerified", true);
            u.put("firstName", "Check");
            u.put("lastName", user.getValue());
            ObjectNode credential = u.putArray("credentials").addObject();
            credential.put("type", "password");
            credential.put("value", "Production-check-2026");
            credential.put("temporary", false);
            u.putArray("realmRoles").add(user.getValue());
        }
        send(admin, "DELETE", "/admin/realms/" + realm, null);
        send(admin, "POST", "/admin/realms", JSON.writeValueAsString(template));
        try {
            for (String official : List.of("check-officer", "check-senior", "check-auditor")) {
                assertThat(signInToAccountConsole(realm, official))
                        .as(official + " is asked to set up an authenticator")
                        .isEqualTo("totp-setup");
            }
            assertThat(signInToAccountConsole(realm, "check-importer")).isEqualTo("signed-in");
        } finally {
            send(admin, "DELETE", "/admin/realms/" + realm, null);
        }
    }

    /** Signs in to Keycloak's own account console of {@code realm}: what comes after the password? */
    private static String signInToAccountConsole(String realm, String username) {
        try (Browser browser = Browser.start()) {
            browser.driver().get("http://localhost:" + ItConfig.keycloakPort() + "/realms/" + realm + "/account/");
            browser.waitFor(By.id("username")).sendKeys(username);
            browser.driver().findElement(By.id("password")).sendKeys("Production-check-2026");
            browser.driver().findElement(By.id("kc-login")).click();
            return new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> {
                if (!d.findElements(By.id("kc-totp-secret-qr-code")).isEmpty()
                        || !d.findElements(By.id("totp")).isEmpty()) {
                    return "totp-setup";
                }
                String url = d.getCurrentUrl();
                return url.contains("/account") && !url.contains("/login-actions/") && !url.contains("/protocol/")
                        ? "signed-in"
                        : null;
            });
        }
    }

    private static Path productionTemplate() {
        Path devRealm = Path.of(System.getProperty("it.realm.file"));
        return devRealm.toAbsolutePath().getParent().resolve("onus-realm.production.json");
    }

    private static String adminToken() {
        HttpResponse<String> response = Http.postForm(
                URI.create(
                        "http://localhost:" + ItConfig.keycloakPort() + "/realms/master/protocol/openid-connect/token"),
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).get("access_token").asText();
    }

    private static JsonNode send(String token, String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + ItConfig.keycloakPort() + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(60));
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (method.equals("DELETE") && response.statusCode() == 404) {
            return JSON.nullNode();
        }
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isBetween(200, 299);
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }
}
