package org.onus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A UPR recommendation in headless Chromium: a drafter starts from a template of the report, sees
 * the SMART findings change as they type, saves and submits; a reviewer finds it in their work
 * queue and approves it; the drafter downloads the submission.
 */
@OnusIT
@RunAsClient
class UprBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void draftedFromATemplateApprovedByAReviewerAndExported() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        // A review of its own, so that other tests' approvals cannot push it over the limit.
        String review = Http.json(Http.postJson(
                        ItConfig.portal("/api/v1/upr/reviews"),
                        Tokens.of("upr-drafter"),
                        "{\"stateUnderReview\":\"China\",\"cycle\":4,\"session\":45,\"reviewDate\":\"2024-01-23\","
                                + "\"submissionType\":\"STAKEHOLDER_JOINT\"}"))
                .get("id")
                .asText();
        String recommendationPath;
        try (Browser drafter = Browser.start()) {
            drafter.open("/upr/reviews/" + review).signInAs("upr-drafter");
            WebDriver page = drafter.driver();
            drafter.waitFor(By.id("template-ABOLISH_COERCIVE_PLACEMENTS")).click();

            WebElement text = drafter.waitFor(By.id("text"));
            assertThat(text.getAttribute("value")).startsWith("Abolish, within twelve months");
            assertThat(page.findElement(By.id("theme-FORCED_LABOUR")).isSelected())
                    .isTrue();
            assertThat(drafter.textOf(By.id("smart-findings"))).contains("No addressee");

            // As the drafter types, the findings follow (fetched from /upr/smart-check).
            text.clear();
            text.sendKeys("Consider abolishing coercive placements " + marker);
            new WebDriverWait(page, Duration.ofSeconds(15))
                    // The findings are replaced as each answer arrives.
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("smart-findings")).getText().contains("Vague verb"));
            text.clear();
            text.sendKeys("China should abolish every coercive state-mandated work placement in Xinjiang and Tibet"
                    + " within twelve months " + marker + ".");
            new WebDriverWait(page, Duration.ofSeconds(15))
                    // The findings are replaced as each answer arrives.
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("smart-findings")).getText().contains("specific, measurable"));

            page.findElement(By.id("save")).click();
            assertThat(drafter.textOf(By.id("recommendation-status"))).isEqualTo("Draft");
            assertThat(drafter.textOf(By.id("recommendation-text"))).contains(marker);
            assertThat(drafter.textOf(By.id("recommendation-anchors"))).contains("ILO Convention No. 105");
            recommendationPath =
                    "/upr/recommendations/" + drafter.currentUrl().replaceAll(".*/upr/recommendations/", "");
            page.findElement(By.id("submit-recommendation")).click();
            assertThat(drafter.textOf(By.id("recommendation-status"))).isEqualTo("In review");
        }

        try (Browser reviewer = Browser.start()) {
            reviewer.open("/").signInAs("upr-reviewer");
            reviewer.waitFor(By.cssSelector("a[href='" + recommendationPath + "']"))
                    .click();
            assertThat(reviewer.textOf(By.id("recommendation-text"))).contains(marker);
            reviewer.waitFor(By.id("approve-recommendation")).click();
            assertThat(reviewer.textOf(By.id("recommendation-status"))).isEqualTo("Approved");
            assertThat(reviewer.driver().findElements(By.id("edit-recommendation")))
                    .as("locked")
                    .isEmpty();
        }

        try (Browser drafter = Browser.start()) {
            drafter.open("/upr/reviews/" + review).signInAs("upr-drafter");
            WebElement export = drafter.waitFor(By.id("export-docx"));
            assertThat(drafter.textOf(By.id("word-count"))).endsWith("of 5,630 words");
            // The browser's session downloads the file exactly as a click would.
            StringBuilder cookies = new StringBuilder();
            for (Cookie c : drafter.driver().manage().getCookies()) {
                cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
            }
            HttpResponse<byte[]> file = download(URI.create(export.getAttribute("href")), cookies.toString());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".docx"));
            assertThat(new String(file.body(), 0, 2)).isEqualTo("PK");
        }
    }

    @Test
    void aDrafterAddsACoSignerAndABriefAndDraftsARecommendationForThatState() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String review = Http.json(Http.postJson(
                        ItConfig.portal("/api/v1/upr/reviews"),
                        Tokens.of("upr-drafter"),
                        "{\"stateUnderReview\":\"China\",\"cycle\":4,\"session\":45,\"reviewDate\":\"2024-01-23\","
                                + "\"submissionType\":\"STAKEHOLDER_JOINT\"}"))
                .get("id")
                .asText();
        try (Browser drafter = Browser.start()) {
            drafter.open("/upr/reviews/" + review).signInAs("upr-drafter");
            WebDriver page = drafter.driver();
            drafter.waitFor(By.id("name")).sendKeys("Coalition " + marker);
            page.findElement(By.id("country")).sendKeys("Netherlands");
            page.findElement(By.id("contact")).sendKeys("internal@example.org");
            page.findElement(By.id("co-sign")).click();
            assertThat(drafter.textOf(By.id("co-signers"))).contains("Coalition " + marker, "Netherlands");

            drafter.waitFor(By.id("state")).sendKeys("United Kingdom");
            page.findElement(By.id("add-brief")).click();
            assertThat(drafter.textOf(By.id("briefs"))).contains("United Kingdom");

            drafter.waitFor(By.id("brief-draft-0")).click();
            assertThat(drafter.waitFor(By.id("proposedFor")).getAttribute("value"))
                    .isEqualTo("United Kingdom");
            WebElement text = page.findElement(By.id("text"));
            text.sendKeys("United Kingdom should stop importing cotton within twelve months " + marker + ".");
            new WebDriverWait(page, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("smart-findings"))
                            .getText()
                            .contains("Addressed to the recommending State"));
            text.clear();
            text.sendKeys("China should abolish every coercive work placement within twelve months " + marker + ".");
            new WebDriverWait(page, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("smart-findings")).getText().contains("specific, measurable"));
            page.findElement(By.id("theme-FORCED_LABOUR")).click();
            page.findElement(By.id("category-5")).click();
            page.findElement(By.id("save")).click();
            assertThat(drafter.textOf(By.id("recommendation-proposed-for"))).isEqualTo("United Kingdom");

            page.findElement(By.cssSelector("#recommendation-proposed-for a")).click();
            assertThat(drafter.textOf(By.id("brief-title")))
                    .isEqualTo("Brief for the Permanent Mission of United Kingdom");
            assertThat(drafter.textOf(By.id("brief-co-signers"))).contains("Coalition " + marker + " (Netherlands)");
            assertThat(page.getPageSource()).doesNotContain("internal@example.org");

            // A brief with a proposal stays; a co-signer can be taken off again.
            drafter.open("/upr/reviews/" + review);
            drafter.waitFor(By.id("remove-brief-0")).click();
            assertThat(drafter.textOf(By.className("govuk-error-summary"))).contains("proposed for United Kingdom");
            drafter.waitFor(By.id("withdraw-co-signer-0")).click();
            assertThat(drafter.textOf(By.id("no-co-signers"))).contains("No organisation co-signs");
        }
    }

    private static HttpResponse<byte[]> download(URI uri, String cookies) {
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(uri)
                                    .header("Cookie", cookies)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
