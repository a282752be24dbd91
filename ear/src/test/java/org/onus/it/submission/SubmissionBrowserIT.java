package org.onus.it.submission;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onus.core.evidence.SampleFiles;
import org.onus.it.crawl.AxeCheck;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Someone without an account walks the submission form in headless Chromium to the receipt, then
 * follows up with the code and answers a regulator's question; axe-core checks every page on the way.
 */
@OnusIT
@RunAsClient
class SubmissionBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @TempDir
    Path files;

    @Test
    void anAnonymousPersonSubmitsGetsTheReceiptAndAnswersAQuestionWithTheCode()
            throws IOException, InterruptedException {
        String marker = "browser" + UUID.randomUUID().toString().substring(0, 8);
        Path pdf = files.resolve("notice.pdf");
        Files.write(pdf, (new String(SampleFiles.pdf(), UTF_8) + "% " + marker + "\n").getBytes(UTF_8));
        AxeCheck axe = AxeCheck.load();
        List<String> violations = new ArrayList<>();

        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            browser.open("/designations");
            browser.waitFor(By.linkText("Report forced labour")).click();
            browser.waitFor(By.id("summary"));
            violations.addAll(axe.violations(browser, "/submit"));

            page.findElement(By.id("summary")).sendKeys("Workers from Hotan are sent to " + marker);
            new Select(page.findElement(By.id("regionCodes"))).selectByValue("650000");
            page.findElement(By.id("sector-COTTON")).click();
            page.findElement(By.id("producers")).sendKeys("Spinning mill " + marker);
            page.findElement(By.id("attachments")).sendKeys(pdf.toString());
            // A person takes longer than the minimum fill time (3 s by default).
            Thread.sleep(3_500);
            page.findElement(By.id("send")).click();

            String code = browser.textOf(By.id("receipt-code"));
            assertThat(code).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
            assertThat(browser.currentUrl()).doesNotContain(code);
            violations.addAll(axe.violations(browser, "receipt"));

            // A regulator asks a question through the API.
            String regulator = Tokens.of("regulator");
            String id = SubmissionApiIT.find(regulator, marker).get("id").asText();
            HttpResponse<String> asked = Http.postJson(
                    ItConfig.portal("/api/v1/submissions/" + id + "/questions"),
                    regulator,
                    "{\"question\": \"When did this start?\"}");
            assertThat(asked.statusCode()).isEqualTo(200);

            page.findElement(By.id("follow-up")).click();
            browser.waitFor(By.id("receiptCode")).sendKeys(code);
            violations.addAll(axe.violations(browser, "/submit/status"));
            page.findElement(By.id("look-up")).click();
            assertThat(browser.textOf(By.id("status"))).isEqualTo("Question open");
            assertThat(browser.textOf(By.id("question-1"))).contains("When did this start?");
            assertThat(browser.currentUrl()).doesNotContain(code);
            violations.addAll(axe.violations(browser, "status"));

            page.findElement(By.id("text-1")).sendKeys("In spring 2025");
            page.findElement(By.id("answer-1")).click();
            assertThat(browser.textOf(By.id("answered-title"))).isNotBlank();
            assertThat(browser.textOf(By.id("status"))).isEqualTo("Received");
            assertThat(browser.textOf(By.id("question-1"))).contains("In spring 2025");

            // An unknown code is a friendly refusal beside the field.
            browser.open("/submit/status");
            browser.waitFor(By.id("receiptCode")).sendKeys("0000-0000-0000-0000-0000");
            page.findElement(By.id("look-up")).click();
            assertThat(browser.textOf(By.id("receiptCode-error"))).contains("No submission has this receipt code");
        }

        JsonNode full = Http.json(Http.getWithToken(
                ItConfig.portal("/api/v1/submissions/"
                        + SubmissionApiIT.find(Tokens.of("regulator"), marker)
                                .get("id")
                                .asText()),
                Tokens.of("regulator")));
        assertThat(full.get("attachments").get(0).get("fileName").asText()).isEqualTo("notice.pdf");
        assertThat(full.get("questions").get(0).get("answer").asText()).isEqualTo("In spring 2025");
        assertThat(violations).isEmpty();
    }

    @Test
    void aRegulatorTriagesInTheQueueAndTheAuditorOnlyReads() {
        String marker = "queue" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = SubmissionApiIT.anonymous(
                "/api/v1/submissions", "{\"summary\": \"Queue walk " + marker + "\"}", "192.0.2.77");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id =
                SubmissionApiIT.find(Tokens.of("regulator"), marker).get("id").asText();
        AxeCheck axe = AxeCheck.load();
        List<String> violations = new ArrayList<>();

        try (Browser browser = Browser.start()) {
            WebDriver page = browser.driver();
            browser.open("/submissions").signInAs("regulator");
            browser.waitFor(By.id("submissions"));
            violations.addAll(axe.violations(browser, "/submissions"));
            browser.open("/submissions/" + id);
            browser.waitFor(By.id("reject"));
            violations.addAll(axe.violations(browser, "/submissions/{id}"));
            page.findElement(By.id("reject")).click();
            assertThat(browser.textOf(By.id("reason-error"))).isNotBlank();
            page.findElement(By.id("reason")).sendKeys("Not about forced labour");
            page.findElement(By.id("reject")).click();
            assertThat(browser.textOf(By.id("status"))).isEqualTo("Not taken further");
            assertThat(page.findElements(By.id("reject"))).isEmpty();
        }
        try (Browser browser = Browser.start()) {
            browser.open("/submissions/" + id).signInAs("auditor");
            assertThat(browser.textOf(By.id("summary"))).contains(marker);
            assertThat(browser.driver().findElements(By.id("ask"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("contact"))).isEmpty();
        }
        assertThat(violations).isEmpty();
    }
}
