package org.onus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** A drafter records how far a supported recommendation has been implemented, through the pages. */
@OnusIT
@RunAsClient
class UprFollowUpBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aRefusedAssessmentKeepsWhatWasTypedAndTheCorrectedOneJoinsTheHistoryAndTheOverview() {
        String state = "Followland-" + UUID.randomUUID().toString().substring(0, 8);
        String id = supportedRecommendation(state)[1];

        try (Browser browser = Browser.start()) {
            browser.open("/upr/follow-up/recommendations/" + id).signInAs("upr-drafter");
            WebDriver page = browser.driver();
            assertThat(browser.textOf(By.id("subject-status"))).isEqualTo("Not assessed");
            browser.waitFor(By.cssSelector("label[for=status-PARTIALLY_IMPLEMENTED]"))
                    .click();
            date(page, "2999-01-01");
            page.findElement(By.id("note")).sendKeys("The bill is before the legislature");
            page.findElement(By.id("record-assessment")).click();

            assertThat(browser.textOf(By.id("error-summary"))).contains("cannot be in the future");
            assertThat(page.findElement(By.id("note")).getAttribute("value"))
                    .isEqualTo("The bill is before the legislature");
            assertThat(page.findElement(By.id("status-PARTIALLY_IMPLEMENTED")).isSelected())
                    .isTrue();

            date(page, LocalDate.now(ZoneOffset.UTC).toString());
            page.findElement(By.id("record-assessment")).click();

            assertThat(browser.textOf(By.id("subject-status"))).startsWith("Partially implemented");
            assertThat(browser.textOf(By.id("history"))).contains("The bill is before the legislature");

            browser.open("/upr/follow-up?stateUnderReview=" + state + "&cycle=4");
            assertThat(browser.textOf(By.id("count-PARTIALLY_IMPLEMENTED"))).isEqualTo("1");
            assertThat(browser.textOf(By.id("follow-up"))).contains("Partially implemented");
        }
    }

    /**
     * On a phone 390 px wide, in Chinese and then in Arabic, every UPR page fits the screen (a wide
     * table scrolls inside itself, never the page) and speaks the chosen language.
     */
    @Test
    void onAPhoneInChineseAndArabicEveryUprPageFitsTheScreenAndSpeaksTheChosenLanguage() {
        String state = "Phoneland-" + UUID.randomUUID().toString().substring(0, 8);
        String[] created = supportedRecommendation(state);
        String review = created[0];
        String id = created[1];
        List<String> pages = List.of(
                "/upr",
                "/upr/reviews/new",
                "/upr/reviews/" + review,
                "/upr/reviews/" + review + "/submission",
                "/upr/reviews/" + review + "/recommendations/new",
                "/upr/recommendations/" + id,
                "/upr/records?stateUnderReview=" + state,
                "/upr/records/import",
                "/upr/follow-up?stateUnderReview=" + state + "&cycle=4",
                "/upr/follow-up/recommendations/" + id);

        try (Browser browser = Browser.start()) {
            browser.open("/upr").signInAs("upr-drafter");
            WebDriver page = browser.driver();
            // Headless Chromium will not make its window narrower than about 500 px; emulate the phone's screen.
            browser.devTools(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));

            browser.open("/upr/follow-up/recommendations/" + id + "?lang=zh");
            assertThat(browser.textOf(By.id("subject-status"))).isEqualTo("未评估");
            assertThat(browser.textOf(By.id("subject-response"))).isEqualTo("支持");
            for (String path : pages) {
                browser.open(path);
                assertThat(browser.waitFor(By.tagName("main")).getText())
                        .as(path)
                        .doesNotContain("??");
                assertThat(overflow(page))
                        .as("%s in Chinese scrolls sideways by", path)
                        .isLessThanOrEqualTo(0L);
            }

            browser.open("/upr/recommendations/" + id + "?lang=ar");
            assertThat(page.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(browser.textOf(By.id("recommendation-status"))).isEqualTo("معتمدة");
            for (String path : pages) {
                browser.open(path);
                assertThat(browser.waitFor(By.tagName("main")).getText())
                        .as(path)
                        .doesNotContain("??");
                assertThat(overflow(page))
                        .as("%s in Arabic scrolls sideways by", path)
                        .isLessThanOrEqualTo(0L);
            }
        }
    }

    /** How many pixels the page is wider than the window: more than nothing means sideways scrolling. */
    private static long overflow(WebDriver page) {
        Object px = ((JavascriptExecutor) page)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) px).longValue();
    }

    /** A review of {@code state} and an approved recommendation in it that the State supported: their ids. */
    private static String[] supportedRecommendation(String state) {
        String drafter = Tokens.of("upr-drafter");
        String review = created(Http.postJson(
                ItConfig.portal("/api/v1/upr/reviews"),
                drafter,
                """
                {"stateUnderReview":"%s","cycle":4,"session":45,"reviewDate":"2024-01-23",
                 "submissionType":"STAKEHOLDER_INDIVIDUAL"}
                """.formatted(state),
                "Idempotency-Key",
                UUID.randomUUID().toString()));
        String id = created(
                Http.postJson(ItConfig.portal("/api/v1/upr/reviews/" + review + "/recommendations"), drafter, """
                {"text":"The Government should repeal the transfer quotas by 2026.","themes":["FORCED_LABOUR"],
                 "actionCategory":5,"citations":["e0000000-0000-4000-8000-000000000002"]}
                """));
        ok(Http.postJson(ItConfig.portal("/api/v1/upr/recommendations/" + id + "/submit"), drafter, "{}"));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/upr/recommendations/" + id + "/approve"), Tokens.of("upr-reviewer"), "{}"));
        ok(Http.postJson(
                ItConfig.portal("/api/v1/upr/recommendations/" + id + "/response"),
                drafter,
                "{\"response\":\"SUPPORTED\"}"));
        return new String[] {review, id};
    }

    private static void date(WebDriver page, String value) {
        ((JavascriptExecutor) page)
                .executeScript("arguments[0].value = arguments[1];", page.findElement(By.id("assessedOn")), value);
    }

    private static String created(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.json(response).get("id").asText();
    }

    private static void ok(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
