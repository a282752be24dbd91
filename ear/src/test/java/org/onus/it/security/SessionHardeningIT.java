package org.onus.it.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * The session cookie cannot be planted, sent cross-site or read by scripts, and access tokens are
 * never taken from the URL.
 */
@OnusIT
@RunAsClient
class SessionHardeningIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aSessionIdPlantedBeforeSignInDoesNotBecomeTheSignedInSession() {
        // The attacker starts a session of their own and plants its id in the victim's browser.
        String planted = sessionIdOf(Http.get(ItConfig.portal("/login")));
        browser.open("/signed-out");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");
        browser.driver().manage().addCookie(new Cookie("JSESSIONID", planted, "/"));

        browser.open("/");
        browser.signInAs("regulator");
        assertThat(browser.textOf(By.id("greeting"))).isEqualTo("Welcome, Amina Haddad");
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .as("the signed-in browser holds a new session id")
                .isNotEqualTo(planted);

        // The attacker, replaying the planted id, is still a stranger.
        HttpResponse<String> attacker = Http.get(ItConfig.portal("/"), "Cookie", "JSESSIONID=" + planted);
        assertThat(attacker.statusCode()).isEqualTo(302);
        assertThat(attacker.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith(ItConfig.realmUrl()));
        assertThat(attacker.body()).doesNotContain("Amina Haddad");

        // The victim stays signed in.
        browser.open("/");
        assertThat(browser.textOf(By.id("greeting"))).isEqualTo("Welcome, Amina Haddad");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHiddenFromScripts() {
        // A session started on the portal's own page.
        String cookie = sessionCookie(Http.get(ItConfig.portal("/login")));
        assertThat(cookie).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
        assertThat(cookie).as("plain HTTP in development: not Secure").doesNotContainIgnoringCase("Secure");

        // The OpenID Connect client's sign-in cookies (state, PKCE verifier) too.
        List<String> signIn = Http.get(ItConfig.portal("/")).headers().allValues("Set-Cookie");
        assertThat(signIn)
                .isNotEmpty()
                .allSatisfy(
                        c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));

        // And the id the session gets at sign-in.
        browser.open("/");
        browser.signInAs("auditor");
        assertThat(browser.textOf(By.id("greeting"))).isEqualTo("Welcome, Grace Okafor");
        Cookie signedIn = browser.driver().manage().getCookieNamed("JSESSIONID");
        assertThat(signedIn.isHttpOnly()).isTrue();
        assertThat(signedIn.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void theApiRefusesATokenInTheQueryStringEvenAValidOne() {
        String token = Tokens.of("importer-a");
        URI me = ItConfig.portal("/api/v1/me?access_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));

        HttpResponse<String> response = Http.get(me);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = Http.json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).contains("Authorization header");
        assertThat(response.body()).doesNotContain("importer-a").doesNotContain("Alice Martin");
        // The same token in the header still works.
        assertThat(Http.getWithToken(ItConfig.portal("/api/v1/me"), token).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPageNeverSignsInFromATokenInTheQueryString() {
        String token = URLEncoder.encode(Tokens.of("importer-a"), StandardCharsets.UTF_8);

        // Without a session: the token is ignored, the person is sent to sign in.
        HttpResponse<String> anonymous = Http.get(ItConfig.portal("/?access_token=" + token));
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith(ItConfig.realmUrl()));
        assertThat(anonymous.body()).doesNotContain("Alice Martin");

        // Signed in: the request is refused with the portal's 400 page.
        browser.open("/");
        browser.signInAs("auditor");
        assertThat(browser.textOf(By.id("greeting"))).isEqualTo("Welcome, Grace Okafor");
        browser.open("/?access_token=" + token);
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("The request could not be understood");
        assertThat(browser.driver().getPageSource()).doesNotContain("Alice Martin");
    }

    private static String sessionCookie(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }

    private static String sessionIdOf(HttpResponse<?> response) {
        String cookie = sessionCookie(response);
        int end = cookie.indexOf(';');
        return cookie.substring("JSESSIONID=".length(), end < 0 ? cookie.length() : end);
    }
}
