package org.onus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.OnusIT;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Recommendations from earlier cycles in headless Chromium: a drafter's broken file comes back with
 * every problem by line and column, the sample imports with its counts, and the drafter finds what
 * Germany recommended to China in the third cycle, with a CSV link for the same search.
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
    void aDrafterImportsAFileAndFindsWhatGermanyRecommendedBefore() throws IOException {
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
        }
    }
}
