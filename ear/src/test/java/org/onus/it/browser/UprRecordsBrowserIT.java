package org.onus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Recommendations from earlier cycles in headless Chromium: a drafter's broken file comes back with
 * every problem by line and column, the sample imports with its counts, and the drafter finds what
 * Germany recommended to China in the third cycle, with a CSV link for the same search; then drafts
 * a recommendation for Germany to make and downloads Germany's brief, which carries both.
 */
@OnusIT
@RunAsClient
class UprRecordsBrowserIT {

    @TempDir
    Path files;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void aDrafterImportsFindsWhatGermanyRecommendedBeforeDraftsForGermanyAndDownloadsTheBrief() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        Path broken = files.resolve("broken-recommendations.csv");
        try (InputStream in = getClass().getResourceAsStream("/upr/broken-recommendations.csv")) {
            Files.write(broken, in.readAllBytes());
        }
        Path sample = Path.of("..", "docs", "upr", "sample-recommendations.csv")
                .toAbsolutePath()
                .normalize();

        try (Browser drafter = Browser.start()) {
            drafter.open("/upr").signInAs("upr-drafter");
            WebDriver page = drafter.driver();
            drafter.waitFor(By.id("records-import-link")).click();

            drafter.waitFor(By.id("file")).sendKeys(broken.toString());
            page.findElement(By.id("import-button")).click();
            String summary = drafter.textOf(By.id("error-summary"));
            assertThat(summary)
                    .contains("Line 4, column recommending_state")
                    .contains("Line 5, column session")
                    .contains("Line 6, column action_category")
                    .contains("Line 7, column id");
            assertThat(drafter.textOf(By.id("nothing-stored"))).contains("nothing was stored");

            drafter.waitFor(By.id("file")).sendKeys(sample.toString());
            page.findElement(By.id("import-button")).click();
            assertThat(drafter.textOf(By.id("count-rows"))).isEqualTo("16");
            assertThat(page.findElements(By.id("error-summary"))).isEmpty();

            // The workspace's own search form is the same search, over imported and own alike.
            drafter.open("/upr");
            drafter.waitFor(By.id("stateUnderReview")).sendKeys("China");
            page.findElement(By.id("recommendingState")).sendKeys("Germany");
            page.findElement(By.id("search-button")).click();
            assertThat(drafter.textOf(By.id("record-results"))).contains("forced labour in the Xinjiang");
            // An old search address still finds what it found, on the new page.
            drafter.open("/upr?state=China&q=vocational");
            assertThat(drafter.textOf(By.id("record-results"))).contains("vocational education and training centres");
            assertThat(drafter.currentUrl()).contains("/upr/records?stateUnderReview=China");

            drafter.open("/upr/records");
            drafter.waitFor(By.id("stateUnderReview")).sendKeys("China");
            page.findElement(By.id("recommendingState")).sendKeys("Germany");
            page.findElement(By.id("cycle")).sendKeys("3");
            new Select(page.findElement(By.id("source"))).selectByValue("IMPORTED");
            page.findElement(By.id("record-search-button")).click();

            String results = drafter.textOf(By.id("record-results"));
            assertThat(results).contains("forced labour in the Xinjiang").contains("A/HRC/40/6, para. 28.302");
            assertThat(results).doesNotContain("France");
            assertThat(page.findElement(By.id("download-csv")).getAttribute("href"))
                    .contains("/upr/records/export.csv?")
                    .contains("recommendingState=Germany")
                    .contains("cycle=3")
                    .contains("source=IMPORTED");

            // A review of its own with a brief for Germany, so that other tests' briefs cannot move it.
            String review = Http.json(Http.postJson(
                            ItConfig.portal("/api/v1/upr/reviews"),
                            Tokens.of("upr-drafter"),
                            "{\"stateUnderReview\":\"China\",\"cycle\":4,\"session\":45,"
                                    + "\"reviewDate\":\"2024-01-23\",\"submissionType\":\"STAKEHOLDER_JOINT\","
                                    + "\"briefs\":[\"Germany\"]}"))
                    .get("id")
                    .asText();
            drafter.open("/upr/reviews/" + review);
            drafter.waitFor(By.id("brief-draft-0")).click();
            assertThat(drafter.waitFor(By.id("proposedFor")).getAttribute("value"))
                    .isEqualTo("Germany");
            WebElement text = page.findElement(By.id("text"));
            text.clear();
            text.sendKeys("China should repeal the labour transfer quotas for Uyghurs in Xinjiang by the end of 2026, "
                    + "as Germany asked in the third cycle (" + marker + ").");
            page.findElement(By.id("theme-FORCED_LABOUR")).click();
            page.findElement(By.id("category-5")).click();
            page.findElement(By.id("save")).click();
            assertThat(drafter.textOf(By.id("recommendation-proposed-for"))).isEqualTo("Germany");
            String recommendation = drafter.currentUrl().replaceAll(".*/upr/recommendations/", "");
            page.findElement(By.id("submit-recommendation")).click();
            assertThat(drafter.textOf(By.id("recommendation-status"))).isEqualTo("In review");

            // Another person approves it (four eyes), as the reviewer's page would.
            assertThat(Http.postJson(
                                    ItConfig.portal("/api/v1/upr/recommendations/" + recommendation + "/approve"),
                                    Tokens.of("upr-reviewer"),
                                    "{}")
                            .statusCode())
                    .isEqualTo(200);

            drafter.open("/upr/reviews/" + review);
            WebElement pdf = drafter.waitFor(By.id("brief-pdf-0"));
            StringBuilder cookies = new StringBuilder();
            for (Cookie c : page.manage().getCookies()) {
                cookies.append(c.getName()).append('=').append(c.getValue()).append("; ");
            }
            HttpResponse<byte[]> file = download(URI.create(pdf.getAttribute("href")), cookies.toString());
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(d -> assertThat(d).contains("attachment", ".pdf"));
            String brief;
            try (PDDocument document = Loader.loadPDF(file.body())) {
                brief = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            }
            assertThat(brief)
                    .contains("Germany")
                    .contains(marker)
                    .contains("End all forms of forced labour in the Xinjiang")
                    .contains("Noted");
        }
    }

    private static HttpResponse<byte[]> download(URI uri, String cookies) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri)
                                    .header("Cookie", cookies)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
