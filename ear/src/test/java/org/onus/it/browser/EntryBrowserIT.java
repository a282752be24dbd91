package org.onus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.OnusIT;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** An importer files an entry through the page, with its supply chain, and sees it detained. */
@OnusIT
@RunAsClient
class EntryBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void anImporterFilesAnEntryAndSeesItDetainedWithTheNotice() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        DesignationFixtures.publish(
                "Kashgar cotton (browser) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("653100"),
                List.of("COTTON"),
                today);
        String number = "B-" + UUID.randomUUID().toString().substring(0, 8);

        try (Browser importer = Browser.start()) {
            importer.open("/entries/new").signInAs("importer-a");
            WebDriver page = importer.driver();
            importer.waitFor(By.id("entryNumber")).sendKeys(number);
            page.findElement(By.id("hsCode")).sendKeys("6109.10");
            page.findElement(By.id("description")).sendKeys("Cotton T-shirts");
            page.findElement(By.id("originCountry")).sendKeys("BD");
            page.findElement(By.id("amount")).sendKeys("4200.00");
            ((JavascriptExecutor) page)
                    .executeScript("arguments[0].value = arguments[1];", page.findElement(By.id("arrivalDate")), today);
            page.findElement(By.id("port")).sendKeys("Felixstowe");
            fill(page, 0, "1", "Knitted fabric", "6006", "Dhaka Knits", "BD");
            fill(page, 1, "2", "Cotton yarn", "5205", "Kashgar Spinning", "653121");
            page.findElement(By.id("file-entry")).click();

            assertThat(importer.textOf(By.id("entry-status"))).isEqualTo("Detained");
            assertThat(importer.textOf(By.id("matches"))).contains("Input 2: Cotton yarn", "Kashgar");
            importer.driver().findElement(By.id("read-notice")).click();
            assertThat(importer.textOf(By.id("notice-title"))).isEqualTo("Detention notice");
            assertThat(importer.textOf(By.id("no-audits"))).contains("not accepted as proof");
            assertThat(importer.textOf(By.id("notice-matches"))).contains("Cotton yarn");

            // Entries are listed newest filed first, so the new one is on the first page; its case is
            // among the open cases, which are paged nearest deadline first (and so not necessarily first).
            importer.open("/entries");
            assertThat(importer.textOf(By.id("entries"))).contains(number);
            assertThat(importer.driver().findElements(By.id("open-cases"))).isNotEmpty();
        }
    }

    private static void fill(
            WebDriver page, int row, String tier, String material, String hs, String producer, String region) {
        String prefix = "inputs[" + row + "].";
        page.findElement(By.id(prefix + "tier")).sendKeys(tier);
        page.findElement(By.id(prefix + "material")).sendKeys(material);
        page.findElement(By.id(prefix + "hsCode")).sendKeys(hs);
        page.findElement(By.id(prefix + "producer")).sendKeys(producer);
        page.findElement(By.id(prefix + "regionCode")).sendKeys(region);
    }
}
