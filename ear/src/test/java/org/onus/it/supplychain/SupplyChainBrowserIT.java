package org.onus.it.supplychain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.crawl.AxeCheck;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.OnusIT;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An importer walks from the supply-chain workspace to a filed entry in headless Chromium: adds a
 * supplier to the registry, makes a map with inputs, files an entry from the map and sees it on the
 * entry page; axe-core checks every page on the way. Each step is a method of its own, so a step
 * can be put between two (checking the map before shipping, say).
 */
@OnusIT
@RunAsClient
class SupplyChainBrowserIT {

    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final List<String> violations = new ArrayList<>();
    AxeCheck axe;

    @Test
    void anImporterGoesFromTheRegistryToAnEntryFiledFromAMap() throws java.io.IOException {
        DesignationFixtures.publish(
                "Xinjiang cotton (supply chain browser) " + marker, List.of("650000"), List.of("COTTON"), TODAY);
        axe = AxeCheck.load();
        try (Browser browser = Browser.start()) {
            openTheWorkspace(browser);
            addASupplier(browser);
            correctAndRemoveAFacilityAndADocument(browser);
            makeAMap(browser);
            checkTheMapBeforeShipping(browser);
            fileAnEntryFromTheMap(browser);
            seeTheEntry(browser);
        }
        assertThat(violations).isEmpty();
    }

    /** Signs in (importer-b: the other tests build importer-a's registry) and follows the navigation. */
    void openTheWorkspace(Browser browser) {
        browser.open("/supply-chain-maps").signInAs("importer-b");
        browser.waitFor(By.linkText("Supply chain")).click();
        browser.waitFor(By.id("new-map"));
        violations.addAll(axe.violations(browser, "/supply-chain-maps"));
        browser.driver().findElement(By.id("suppliers-link")).click();
        browser.waitFor(By.id("new-supplier"));
        violations.addAll(axe.violations(browser, "/suppliers"));
    }

    void addASupplier(Browser browser) {
        WebDriver page = browser.driver();
        page.findElement(By.id("new-supplier")).click();
        browser.waitFor(By.id("legalName")).sendKeys("Shache Ginning " + marker);
        violations.addAll(axe.violations(browser, "/suppliers/new"));
        page.findElement(By.id("aliases")).sendKeys("Yarkand Cotton " + marker);
        page.findElement(By.id("chineseName")).sendKeys("莎车轧花厂");
        new Select(page.findElement(By.id("registrationScheme"))).selectByValue("USCC");
        page.findElement(By.id("registrationNumber")).sendKeys("91310000MA1FL1MMX1");
        page.findElement(By.id("regionCode")).sendKeys("653125");
        page.findElement(By.id("save-supplier")).click();

        // A wrong check character is named beside the field; corrected, the supplier is saved.
        browser.waitFor(By.id("error-summary"));
        assertThat(browser.textOf(By.id("registrationNumber-error"))).contains("check character");
        violations.addAll(axe.violations(browser, "/suppliers/new (refused)"));
        page.findElement(By.id("registrationNumber")).clear();
        page.findElement(By.id("registrationNumber")).sendKeys("91310000MA1FL1MMXL");
        page.findElement(By.id("save-supplier")).click();

        assertThat(browser.textOf(By.id("supplier-name"))).isEqualTo("Shache Ginning " + marker);
        assertThat(browser.textOf(By.id("supplier-region"))).isEqualTo("653125");
        violations.addAll(axe.violations(browser, "/suppliers/{id}"));
    }

    /** A facility is added, corrected and removed; a document kept and removed, from the supplier's page. */
    void correctAndRemoveAFacilityAndADocument(Browser browser) throws java.io.IOException {
        WebDriver page = browser.driver();
        page.findElement(By.id("facility-name")).sendKeys("Yarkand gin " + marker);
        page.findElement(By.id("facility-regionCode")).sendKeys("653125");
        page.findElement(By.id("add-facility")).click();
        browser.waitFor(By.id("facility-table"));
        page.findElement(By.cssSelector("[id^='edit-facility-']")).click();
        browser.waitFor(By.id("facility-edit-form"));
        violations.addAll(axe.violations(browser, "/suppliers/{id}/facilities/{f}/edit"));
        page.findElement(By.id("regionCode")).clear();
        page.findElement(By.id("regionCode")).sendKeys("nowhere");
        page.findElement(By.id("save-facility")).click();
        browser.waitFor(By.id("error-summary"));
        violations.addAll(axe.violations(browser, "/suppliers/{id}/facilities/{f}/edit (refused)"));
        page.findElement(By.id("regionCode")).clear();
        page.findElement(By.id("regionCode")).sendKeys("653125");
        page.findElement(By.id("name")).clear();
        page.findElement(By.id("name")).sendKeys("Yarkand north gin " + marker);
        page.findElement(By.id("save-facility")).click();
        assertThat(browser.textOf(By.id("facility-table"))).contains("Yarkand north gin " + marker);

        java.nio.file.Path file = java.nio.file.Files.createTempFile("licence", ".pdf");
        java.nio.file.Files.write(file, SupplyChainIT.pdf(marker));
        page.findElement(By.id("document-file")).sendKeys(file.toAbsolutePath().toString());
        page.findElement(By.id("document-title")).sendKeys("Business licence " + marker);
        new Select(page.findElement(By.id("document-facilityId"))).selectByVisibleText("Yarkand north gin " + marker);
        page.findElement(By.id("add-document")).click();
        browser.waitFor(By.id("document-table"));
        violations.addAll(axe.violations(browser, "/suppliers/{id} (facility and document)"));

        // The document keeps the facility; once the document is removed, the facility can go.
        page.findElement(By.cssSelector("[id^='remove-facility-']")).click();
        browser.waitFor(By.id("error-summary"));
        assertThat(browser.textOf(By.id("error-summary"))).contains("Business licence " + marker);
        page.findElement(By.cssSelector("[id^='remove-document-']")).click();
        browser.waitFor(By.id("flash-title"));
        assertThat(page.findElements(By.id("document-table"))).isEmpty();
        page.findElement(By.cssSelector("[id^='remove-facility-']")).click();
        browser.waitFor(By.id("flash-title"));
        assertThat(page.findElements(By.id("facility-table"))).isEmpty();
        java.nio.file.Files.deleteIfExists(file);
    }

    void makeAMap(Browser browser) {
        WebDriver page = browser.driver();
        browser.open("/supply-chain-maps");
        browser.waitFor(By.id("new-map")).click();
        browser.waitFor(By.id("name")).sendKeys("T-shirt " + marker);
        violations.addAll(axe.violations(browser, "/supply-chain-maps/new"));
        page.findElement(By.id("hsCode")).sendKeys("6109.10");
        page.findElement(By.id("description")).sendKeys("Cotton T-shirts");
        page.findElement(By.id("inputs[0].tier")).sendKeys("3");
        new Select(page.findElement(By.id("inputs[0].supplierId"))).selectByVisibleText("Shache Ginning " + marker);
        page.findElement(By.id("inputs[0].material")).sendKeys("Cotton lint");
        page.findElement(By.id("inputs[0].hsCode")).sendKeys("5201");
        page.findElement(By.id("inputs[0].quantity")).sendKeys("1200");
        new Select(page.findElement(By.id("inputs[0].unit"))).selectByValue("KG");
        page.findElement(By.id("inputs[0].sharePercent")).sendKeys("40");
        page.findElement(By.id("save-map")).click();

        assertThat(browser.textOf(By.id("map-title"))).isEqualTo("T-shirt " + marker);
        assertThat(browser.textOf(By.id("map-version"))).isEqualTo("Version 1");
        assertThat(browser.textOf(By.id("map-inputs"))).contains("Cotton lint", "Shache Ginning " + marker, "653125");
        violations.addAll(axe.violations(browser, "/supply-chain-maps/{id}"));
    }

    /** The map page's check: what filing would answer, with nothing filed; then back to the map. */
    void checkTheMapBeforeShipping(Browser browser) {
        WebDriver page = browser.driver();
        String mapPage = page.getCurrentUrl();
        browser.waitFor(By.id("entryNumber")).sendKeys("SCB-CHECK-" + marker);
        page.findElement(By.id("amount")).sendKeys("4200.00");
        page.findElement(By.id("originCountry")).sendKeys("VN");
        ((JavascriptExecutor) page)
                .executeScript("arguments[0].value = arguments[1];", page.findElement(By.id("arrivalDate")), TODAY);
        page.findElement(By.id("port")).sendKeys("Felixstowe");
        page.findElement(By.id("check-from-map")).click();

        assertThat(browser.textOf(By.id("check-status"))).isEqualTo("Detained");
        assertThat(browser.textOf(By.id("checked-map"))).contains("T-shirt " + marker, "version 1");
        assertThat(browser.textOf(By.id("matches"))).contains("Cotton lint");
        violations.addAll(axe.violations(browser, "/screenings/check/maps/{id}/versions/1"));
        page.get(mapPage);
    }

    void fileAnEntryFromTheMap(Browser browser) {
        WebDriver page = browser.driver();
        browser.waitFor(By.id("entryNumber")).sendKeys("SCB-" + marker);
        page.findElement(By.id("amount")).sendKeys("4200.00");
        page.findElement(By.id("originCountry")).sendKeys("VN");
        ((JavascriptExecutor) page)
                .executeScript("arguments[0].value = arguments[1];", page.findElement(By.id("arrivalDate")), TODAY);
        page.findElement(By.id("port")).sendKeys("Felixstowe");
        page.findElement(By.id("file-from-map")).click();
    }

    void seeTheEntry(Browser browser) {
        assertThat(browser.textOf(By.id("entry-status"))).isEqualTo("Detained");
        assertThat(browser.textOf(By.id("entry-supply-chain-map"))).contains("T-shirt " + marker, "version 1");
        assertThat(browser.textOf(By.id("matches"))).contains("Cotton lint");
        violations.addAll(axe.violations(browser, "/entries/{id} (from a map)"));
    }
}
