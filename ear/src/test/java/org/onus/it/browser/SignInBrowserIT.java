package org.onus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** A person signs in through the real Keycloak login form in headless Chromium. */
@OnusIT
@RunAsClient
class SignInBrowserIT {

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
    void aRegulatorSignsInSeesTheirNameRolesAndQueueAndSignsOutEverywhere() {
        browser.open("/");
        browser.waitFor(By.id("kc-login"));
        String loginUrl = URLDecoder.decode(browser.currentUrl(), StandardCharsets.UTF_8);
        assertThat(loginUrl).startsWith(ItConfig.realmUrl()).contains("code_challenge_method=S256");

        browser.signInAs("regulator");

        assertThat(browser.textOf(By.id("greeting"))).isEqualTo("Welcome, Amina Haddad");
        assertThat(browser.textOf(By.id("roles"))).startsWith("Regulator");
        assertThat(browser.textOf(By.id("work-queue-empty"))).startsWith("Nothing is waiting for you");
        assertThat(browser.driver().findElement(By.tagName("header")).getText()).contains("Amina Haddad");

        browser.driver()
                .findElement(By.cssSelector("form[action='/logout'] button"))
                .click();
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("You have signed out");

        // The Keycloak session ended too: coming back asks for the password again.
        browser.open("/");
        browser.waitFor(By.id("kc-login"));
        assertThat(browser.currentUrl()).startsWith(ItConfig.realmUrl());
    }

    @Test
    void forbiddenAndUnknownPagesExplainThemselvesWithoutTechnicalDetail() {
        browser.open("/");
        browser.signInAs("importer-a");
        assertThat(browser.textOf(By.id("greeting"))).isEqualTo("Welcome, Alice Martin");
        assertThat(browser.textOf(By.id("organisation"))).isEqualTo("ACME-IMPORTS");

        browser.open("/admin/organisations");
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("You cannot see this page");

        browser.open("/no-such-page");
        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("Page not found");
        String page = browser.driver().getPageSource();
        assertThat(page).doesNotContain("Exception").doesNotContain("WildFly").doesNotContain("Undertow");
    }

    @Test
    void aFormPostWithoutTheSessionsCsrfTokenIsRefusedAndChangesNothing() {
        browser.open("/");
        browser.signInAs("auditor");
        assertThat(browser.textOf(By.id("greeting"))).isEqualTo("Welcome, Grace Okafor");

        // What a malicious page could make the browser send: the session cookie, but no token.
        Object status = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "fetch('/logout', {method: 'POST', body: new URLSearchParams({_csrf: 'forged'})})"
                        + ".then(r => done(r.status), e => done(String(e)));");

        assertThat(status).isEqualTo(403L);
        browser.open("/");
        assertThat(browser.textOf(By.id("greeting"))).as("still signed in").isEqualTo("Welcome, Grace Okafor");
    }

    @Test
    void administratorsSeeTheOrganisationsPageInTheirNavigation() {
        browser.open("/");
        browser.signInAs("admin");

        browser.driver().findElement(By.linkText("Organisations")).click();

        assertThat(browser.textOf(By.tagName("h1"))).isEqualTo("Importer organisations");
    }
}
