package org.onus.it.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.core.evidence.SampleFiles;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/** People using the evidence library, the sector pages and the audit pages in headless Chromium. */
@OnusIT
@RunAsClient
class LibraryBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @TempDir
    Path files;

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
    void aRegulatorUploadsADocumentAndFindsItBySearch() throws IOException {
        String marker = "browser" + UUID.randomUUID().toString().substring(0, 8);
        Path pdf = files.resolve("employment-plan.pdf");
        Files.write(pdf, (new String(SampleFiles.pdf(), UTF_8) + "% " + marker + "\n").getBytes(UTF_8));
        browser.open("/evidence/new").signInAs("regulator");
        WebDriver page = browser.driver();

        browser.waitFor(By.id("file")).sendKeys(pdf.toString());
        new Select(page.findElement(By.id("type"))).selectByValue("STATE_DOCUMENT");
        page.findElement(By.id("title")).sendKeys("Kashgar employment plan " + marker);
        page.findElement(By.id("source")).sendKeys("Kashgar Prefecture Human Resources Bureau");
        page.findElement(By.id("date")).sendKeys("2022-04-01");
        page.findElement(By.id("tags")).sendKeys("labour transfer, kashgar");
        page.findElement(By.id("access-PUBLIC")).click();
        page.findElement(By.id("save")).click();

        assertThat(browser.textOf(By.id("evidence-title"))).isEqualTo("Kashgar employment plan " + marker);
        assertThat(browser.textOf(By.id("download"))).contains("employment-plan.pdf");

        browser.open("/evidence");
        browser.waitFor(By.id("q")).sendKeys(marker);
        page.findElement(By.id("search")).click();

        assertThat(browser.textOf(By.id("result-count"))).startsWith("1 ");
        page.findElement(By.linkText("Kashgar employment plan " + marker)).click();
        assertThat(browser.textOf(By.id("evidence-details"))).contains("Kashgar Prefecture Human Resources Bureau");
    }

    @Test
    void aRefusedUploadSaysWhyAndKeepsWhatWasTyped() throws IOException {
        Path disguised = files.resolve("minutes.pdf");
        Files.write(disguised, SampleFiles.windowsProgram());
        browser.open("/evidence/new").signInAs("regulator");
        WebDriver page = browser.driver();

        browser.waitFor(By.id("file")).sendKeys(disguised.toString());
        new Select(page.findElement(By.id("type"))).selectByValue("STATE_DOCUMENT");
        page.findElement(By.id("title")).sendKeys("Meeting minutes");
        page.findElement(By.id("source")).sendKeys("County government");
        page.findElement(By.id("save")).click();

        assertThat(browser.textOf(By.id("error-summary"))).contains("program");
        assertThat(page.findElement(By.id("title")).getAttribute("value")).isEqualTo("Meeting minutes");
        assertThat(page.findElement(By.id("source")).getAttribute("value")).isEqualTo("County government");
        assertThat(page.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void anyoneReadsThePoliciesAndARegulatorRecordsOneAndClaimsItsRepeal() {
        browser.open("/policies");
        assertThat(browser.textOf(By.tagName("main"))).contains("Unemployment Monitoring and Early Warning System");

        String title =
                "Kashgar labour transfer quota " + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/policies/new").signInAs("regulator");
        WebDriver page = browser.driver();
        browser.waitFor(By.id("title")).sendKeys(title);
        page.findElement(By.id("authority")).sendKeys("Kashgar Prefecture Government");
        page.findElement(By.id("issued")).sendKeys("2019-03-01");
        page.findElement(By.id("regionCodes")).sendKeys("653100 XPCC");
        new Select(page.findElement(By.id("sourceIds"))).selectByIndex(0);
        page.findElement(By.id("save")).click();

        assertThat(browser.textOf(By.id("policy-title"))).isEqualTo(title);
        assertThat(browser.textOf(By.id("policy-regions"))).contains("Kashgar");
        assertThat(browser.textOf(By.id("policy-sources"))).isNotBlank();

        page.findElement(By.id("status-REPEAL_CLAIMED")).click();
        page.findElement(By.id("reason")).sendKeys("The importer filed a notice of repeal");
        page.findElement(By.id("save-status")).click();
        assertThat(browser.textOf(By.id("policy-status"))).isEqualTo("Repeal claimed");
        assertThat(browser.textOf(By.id("status-history"))).contains("The importer filed a notice of repeal");

        assertThat(browser.textOf(By.id("claimed-by"))).contains("Repeal claimed by regulator");

        // The regulator who claimed the repeal cannot also verify it: refused, with the rule's name,
        // nothing changed, and what was typed is still there.
        page.findElement(By.id("status-REPEAL_VERIFIED")).click();
        page.findElement(By.id("reason")).sendKeys("Looks repealed");
        page.findElement(By.id("save-status")).click();
        assertThat(browser.textOf(By.id("error-summary"))).contains("FOUR_EYES_REPEAL");
        assertThat(browser.textOf(By.id("policy-status"))).isEqualTo("Repeal claimed");
        assertThat(page.findElement(By.id("reason")).getAttribute("value")).isEqualTo("Looks repealed");
        assertThat(page.findElement(By.id("status-REPEAL_VERIFIED")).isSelected())
                .isTrue();
    }

    @Test
    void anAdministratorsSectorChangeIsKeptInItsHistoryAndOnTheAuditTrail() {
        String code = "IT_" + Long.toString(System.nanoTime() % 1_000_000_000L);
        browser.open("/admin/sectors/new").signInAs("admin");
        WebDriver page = browser.driver();
        browser.waitFor(By.id("code")).sendKeys(code);
        page.findElement(By.id("name")).sendKeys("Tomato paste");
        page.findElement(By.id("hsPrefixes")).sendKeys("2002.90");
        page.findElement(By.id("save")).click();
        assertThat(browser.textOf(By.id("sectors"))).contains(code).contains("200290");

        browser.open("/admin/sectors/" + code);
        browser.waitFor(By.id("name")).clear();
        page.findElement(By.id("name")).sendKeys("Tomato paste and ketchup");
        page.findElement(By.id("hsPrefixes")).sendKeys(" 2103.20");
        page.findElement(By.id("save")).click();
        assertThat(browser.textOf(By.id("sectors"))).contains("Tomato paste and ketchup");

        browser.open("/admin/sectors/" + code);
        assertThat(browser.textOf(By.id("history"))).contains("Tomato paste").contains("admin");
        JsonNode events = Http.json(
                Http.getWithToken(ItConfig.portal("/api/v1/audit?entity=Sector&id=" + code), Tokens.of("auditor")));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("action").asText()).isEqualTo("sector.changed");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(events.get(0).get("before").asText()).contains("\"Tomato paste\"");
        assertThat(events.get(0).get("after").asText())
                .contains("Tomato paste and ketchup")
                .contains("210320");
        assertThat(events.get(1).get("action").asText()).isEqualTo("sector.created");

        browser.open("/admin/sectors/" + code);
        browser.waitFor(By.id("hsPrefixes")).clear();
        page.findElement(By.id("hsPrefixes")).sendKeys("9999");
        page.findElement(By.id("save")).click();
        assertThat(browser.textOf(By.id("error-summary"))).contains("9999");
    }

    @Test
    void anAuditorFindsAChangeInTheLogAndVerifiesTheChain() {
        HttpResponse<String> created = Http.postJson(
                ItConfig.portal("/api/v1/evidence"), Tokens.of("regulator"), """
                {"type":"OTHER","title":"Logged %s","source":"Browser test","accessClass":"INTERNAL"}""".formatted(UUID.randomUUID()));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = Http.json(created).get("id").asText();
        browser.open("/audit").signInAs("auditor");
        WebDriver page = browser.driver();

        browser.waitFor(By.id("entity")).sendKeys("EvidenceItem");
        page.findElement(By.id("id")).sendKeys(id);
        page.findElement(By.cssSelector("form.onus-filters button")).click();

        String rows = browser.textOf(By.cssSelector("#events tbody"));
        assertThat(rows.lines().filter(l -> l.contains("evidence.recorded"))).hasSize(1);
        assertThat(rows).contains("regulator").contains(id);

        page.findElement(By.id("verify")).click();
        assertThat(browser.textOf(By.id("chain-valid"))).isNotBlank();
    }
}
