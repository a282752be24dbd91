package org.onus.it.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An importer rebuts the presumption on the NOT_APPLICABLE route through the case page, a factory
 * audit is refused on the spot, the chain of tracing documents is admitted (one mistyped as OTHER,
 * which an officer corrects); an invoice alone does not trace the cotton, the whole chain does, and
 * the officer releases the goods.
 */
@OnusIT
@RunAsClient
class CaseBrowserIT {

    @TempDir
    Path files;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void anImporterAndAnOfficerWalkANotApplicableRebuttalToRelease() throws IOException {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        DesignationFixtures.publish(
                "Hotan cotton (case browser) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("653200"),
                List.of("COTTON"),
                today);
        String number = "CB-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> filed = Http.postJson(
                ItConfig.portal("/api/v1/entries"), Tokens.of("importer-a"), """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "980.00", "currency": "USD"}, "arrivalDate": "%s", "port": "Antwerp",
                 "inputs": [{"tier": 2, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Hotan Ginning",
                             "regionCode": "653200"}]}
                """.formatted(number, today));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode entry = Http.json(filed);
        assertThat(entry.path("status").asText()).isEqualTo("DETAINED");
        String caseId = entry.path("caseId").asText();

        Path audit = pdf("smeta-audit.pdf");
        Path invoice = pdf("invoice-uzbek-lint.pdf");
        Path production = pdf("ginnery-batch-records.pdf");
        Path map = pdf("supply-chain-map.pdf");
        try (Browser importer = Browser.start()) {
            importer.open("/cases/" + caseId).signInAs("importer-a");
            WebDriver page = importer.driver();
            assertThat(importer.textOf(By.id("case-status"))).isEqualTo("Detained");
            assertThat(importer.textOf(By.id("days-left"))).contains("days left");

            importer.waitFor(By.cssSelector("label[for=route-NOT_APPLICABLE]")).click();
            page.findElement(By.id("statement"))
                    .sendKeys(
                            "The lint was bought from a ginnery in Uzbekistan.\nInvoices and bills of lading attached.");
            page.findElement(By.id("file-rebuttal")).click();
            assertThat(importer.textOf(By.id("case-status"))).isEqualTo("Rebuttal submitted");
            assertThat(importer.textOf(By.id("checklist"))).contains("TRACE:0", "Not met");

            upload(importer, audit, "FACTORY_AUDIT", "SMETA audit of the spinning mill");
            assertThat(importer.textOf(By.className("govuk-notification-banner")))
                    .contains("inadmissible", "audits");

            upload(importer, invoice, "INVOICE", "Invoice 2026-118 from Bukhara Cotton Ginnery");
            assertThat(importer.textOf(By.className("govuk-notification-banner")))
                    .contains("admissible");
            upload(importer, production, "PRODUCTION_RECORD", "Batch records of the Bukhara ginnery");
            upload(importer, map, "OTHER", "Map of the chain from the ginnery to the knitter");
            assertThat(importer.textOf(By.className("govuk-notification-banner")))
                    .contains("inadmissible", "OTHER");
            assertThat(importer.textOf(By.id("case-statement")))
                    .as("the statement keeps its line break")
                    .isEqualTo(
                            "The lint was bought from a ginnery in Uzbekistan.\nInvoices and bills of lading attached.");
            assertThat(importer.textOf(By.id("checklist")))
                    .contains(
                            "Invoice: invoice-uzbek-lint.pdf",
                            "Factory or social-compliance audit: smeta-audit.pdf",
                            "Not met",
                            "TRACE:0 needs a PRODUCTION_RECORD and one of TRANSPORT_DOCUMENT, INVOICE and a SUPPLY_CHAIN_MAP");
        }

        try (Browser officer = Browser.start()) {
            officer.open("/cases/" + caseId).signInAs("officer");
            WebDriver page = officer.driver();
            assertThat(officer.textOf(By.id("release-blocked"))).contains("TRACE:0");
            fitsAPhone(officer, "/cases/" + caseId);
            fitsAPhone(officer, "/cases/" + caseId + "?lang=ar");
            officer.open("/cases/" + caseId + "?lang=en");
            assertThat(page.findElements(By.cssSelector("[id^=accept-]")))
                    .as("only the admissible invoice and production record can be accepted")
                    .hasSize(2);
            accept(officer, "invoice-uzbek-lint.pdf", "Matches the bill of lading and the payment record");
            String invoiceId = evidenceId(page, "invoice-uzbek-lint.pdf");
            assertThat(page.findElements(By.cssSelector("#evidence-" + invoiceId + " form.review-form")))
                    .as("an accepted document shows its outcome, not the review form")
                    .isEmpty();
            assertThat(officer.textOf(By.cssSelector("#evidence-" + invoiceId + " .review-outcome")))
                    .contains("Accepted", "officer");
            assertThat(officer.textOf(By.id("checklist")))
                    .as("one invoice never traces an input")
                    .contains("Not met", "Still missing: a PRODUCTION_RECORD and a SUPPLY_CHAIN_MAP");
            accept(officer, "ginnery-batch-records.pdf", "Lot numbers match the invoice");

            // The map was uploaded as OTHER: the officer corrects its type and the table admits it.
            String mapId = evidenceId(page, "supply-chain-map.pdf");
            page.findElement(By.cssSelector("#evidence-" + mapId + " .reclassify-form summary"))
                    .click();
            new Select(page.findElement(By.id("reclassify-type-" + mapId))).selectByValue("SUPPLY_CHAIN_MAP");
            page.findElement(By.id("reclassify-reason-" + mapId))
                    .sendKeys("It is the supply-chain map from the ginnery to the knitter");
            page.findElement(By.id("reclassify-" + mapId)).click();
            assertThat(officer.textOf(By.className("govuk-notification-banner")))
                    .contains("Type corrected");
            assertThat(officer.textOf(By.id("evidence-" + mapId))).contains("Supply-chain map", "Admissible");
            accept(officer, "supply-chain-map.pdf", "Consistent with the invoices");

            assertThat(officer.textOf(By.id("checklist"))).contains("Met").doesNotContain("Not met");
            assertThat(page.findElements(By.id("release-blocked"))).isEmpty();
            officer.waitFor(By.cssSelector("label[for=outcome-RELEASE]")).click();
            page.findElement(By.id("decision-reason")).sendKeys("Traced to Uzbekistan; the presumption is rebutted.");
            page.findElement(By.id("record-decision")).click();

            assertThat(officer.textOf(By.id("case-status"))).isEqualTo("Released");
            assertThat(officer.textOf(By.id("case-timeline")))
                    .contains("Evidence reclassified", "Evidence accepted", "Released");
        }

        try (Browser importer = Browser.start()) {
            importer.open("/cases/" + caseId).signInAs("importer-a");
            assertThat(importer.textOf(By.id("case-status"))).isEqualTo("Released");
            assertThat(importer.driver().findElements(By.id("upload-form")))
                    .as("no further evidence once released")
                    .isEmpty();
        }
    }

    /**
     * At 390 px (a small phone) the case page never scrolls sideways: long ids wrap and wide tables
     * scroll inside their own region. Chromium will not size a headless window below 500 px, so the
     * phone's viewport is emulated through DevTools, and cleared afterwards.
     */
    private static void fitsAPhone(Browser browser, String path) {
        WebDriver page = browser.driver();
        browser.devTools(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.open(path);
            browser.waitFor(By.id("case-status"));
            Number innerWidth = (Number) ((JavascriptExecutor) page).executeScript("return window.innerWidth;");
            Number scrollWidth =
                    (Number) ((JavascriptExecutor) page).executeScript("return document.documentElement.scrollWidth;");
            assertThat(innerWidth.intValue()).as("the viewport is phone-sized").isEqualTo(390);
            assertThat(scrollWidth.intValue())
                    .as("no horizontal page scrolling at 390 px on %s", path)
                    .isLessThanOrEqualTo(innerWidth.intValue());
        } finally {
            browser.devTools("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static String evidenceId(WebDriver page, String fileName) {
        String card = page.findElement(By.xpath(
                        "//h3[contains(., '" + fileName + "')]/ancestor::div[contains(@class,'govuk-summary-card')]"))
                .getAttribute("id");
        return card.substring("evidence-".length());
    }

    private static void accept(Browser officer, String fileName, String reason) {
        WebDriver page = officer.driver();
        String id = evidenceId(page, fileName);
        page.findElement(By.cssSelector("label[for=accept-" + id + "]")).click();
        page.findElement(By.id("reason-" + id)).sendKeys(reason);
        page.findElement(By.id("review-" + id)).click();
        officer.waitFor(By.id("case-status"));
    }

    private static void upload(Browser browser, Path file, String type, String description) {
        WebDriver page = browser.driver();
        browser.waitFor(By.id("file")).sendKeys(file.toString());
        new Select(page.findElement(By.id("type"))).selectByValue(type);
        new Select(page.findElement(By.id("requirementCode"))).selectByValue("TRACE:0");
        page.findElement(By.id("description")).sendKeys(description);
        page.findElement(By.id("upload-evidence")).click();
        browser.waitFor(By.id("case-status"));
    }

    private Path pdf(String name) throws IOException {
        Path pdf = files.resolve(name);
        Files.write(
                pdf, (new String(SampleFiles.pdf(), UTF_8) + "% " + name + UUID.randomUUID() + "\n").getBytes(UTF_8));
        return pdf;
    }
}
