package org.onus.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.Http;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer works the queue: narrows it to one port, pages through it, sorts by entry number
 * and takes a case; a supervisor assigns another to the officer; on a phone-sized screen the
 * table scrolls in its own region.
 */
@OnusIT
@RunAsClient
class CaseQueueBrowserIT {

    static final int CASES = 27;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void anOfficerFiltersPagesSortsAndTakesACaseAndASupervisorAssignsOne() {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        DesignationFixtures.publish(
                "Hotan cotton (queue browser) " + UUID.randomUUID().toString().substring(0, 8),
                List.of("653200"),
                List.of("COTTON"),
                today);
        String port = "QW-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> caseIds = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            caseIds.add(detain(port, "%s-%02d".formatted(port, i), today));
        }

        try (Browser officer = Browser.start()) {
            officer.open("/cases").signInAs("officer");
            WebDriver page = officer.driver();
            assertThat(officer.textOf(By.id("queue-title"))).isEqualTo("Work queue");
            new Select(page.findElement(By.id("port"))).selectByValue(port);
            page.findElement(By.id("apply-filters")).click();
            assertThat(officer.textOf(By.id("queue-results"))).isEqualTo("Cases 1 to 25 of " + CASES);
            assertThat(page.findElements(By.cssSelector("#queue-table tbody tr")))
                    .hasSize(25);

            officer.waitFor(By.id("page-next")).click();
            assertThat(officer.textOf(By.id("queue-results"))).isEqualTo("Cases 26 to 27 of " + CASES);
            assertThat(page.findElements(By.cssSelector("#queue-table tbody tr")))
                    .hasSize(2);

            officer.waitFor(By.id("sort-entry")).click();
            assertThat(officer.textOf(By.id("queue-results"))).isEqualTo("Cases 1 to 25 of " + CASES);
            assertThat(page.findElement(By.xpath("//th[a[@id='sort-entry']]")).getDomAttribute("aria-sort"))
                    .isEqualTo("ascending");
            assertThat(firstEntry(page)).isEqualTo(port + "-01");
            officer.waitFor(By.id("sort-entry")).click();
            assertThat(page.findElement(By.xpath("//th[a[@id='sort-entry']]")).getDomAttribute("aria-sort"))
                    .isEqualTo("descending");
            assertThat(firstEntry(page)).isEqualTo(port + "-27");
            assertThat(page.findElement(By.cssSelector("#queue-table tbody tr")).getText())
                    .contains("Cotton T-shirts", "Shared queue", "Detained", "Days left");

            // Phone-sized: the table scrolls inside its own named, focusable region, not the page.
            page.manage().window().setSize(new Dimension(390, 844));
            JavascriptExecutor js = (JavascriptExecutor) page;
            Boolean regionScrolls = (Boolean) js.executeScript("const r = document.querySelector('.onus-table-scroll');"
                    + " return r.scrollWidth > r.clientWidth && r.tabIndex === 0;");
            assertThat(regionScrolls).isTrue();

            officer.open("/cases/" + caseIds.get(0) + "/assignment");
            officer.waitFor(By.id("take-case")).click();
            officer.waitFor(By.className("govuk-notification-banner"));
            officer.open("/cases?port=" + port + "&assignee=me");
            assertThat(officer.textOf(By.id("queue-results"))).isEqualTo("Cases 1 to 1 of 1");
            assertThat(firstEntry(page)).isEqualTo(port + "-01");

            // A link naming a sector that does not exist: the page says so, beside the sector list.
            officer.open("/cases?sector=NO-SUCH-SECTOR");
            assertThat(officer.textOf(By.id("error-summary"))).contains("There is no sector NO-SUCH-SECTOR");
            assertThat(officer.textOf(By.id("sector-error"))).contains("There is no sector NO-SUCH-SECTOR");
        }

        try (Browser supervisor = Browser.start()) {
            supervisor.open("/cases/" + caseIds.get(1) + "/assignment").signInAs("supervisor");
            WebDriver page = supervisor.driver();
            new Select(supervisor.waitFor(By.id("assignee"))).selectByValue("officer");
            page.findElement(By.id("assign-case")).click();
            assertThat(supervisor.textOf(By.className("govuk-notification-banner")))
                    .contains("The case is assigned to officer.");
            supervisor.open("/cases?port=" + port + "&assignee=officer&sort=entry");
            assertThat(supervisor.textOf(By.id("queue-results"))).isEqualTo("Cases 1 to 2 of 2");
            assertThat(page.findElements(By.cssSelector("#queue-table tbody tr td:first-child")))
                    .extracting(e -> e.getText())
                    .containsExactly(port + "-01", port + "-02");
        }
    }

    private static String firstEntry(WebDriver page) {
        return page.findElement(By.cssSelector("#queue-table tbody tr td:first-child a"))
                .getText();
    }

    private static String detain(String port, String number, String today) {
        HttpResponse<String> filed = Http.postJson(
                ItConfig.portal("/api/v1/entries"), Tokens.of("importer-a"), """
                {"entryNumber": "%s", "hsCode": "6109.10", "description": "Cotton T-shirts", "originCountry": "VN",
                 "value": {"amount": "500.00", "currency": "USD"}, "arrivalDate": "%s", "port": "%s",
                 "inputs": [{"tier": 2, "material": "Cotton lint", "hsCode": "5201.00", "producer": "Hotan Ginning",
                             "regionCode": "653200"}]}
                """.formatted(number, today, port));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        JsonNode entry = Http.json(filed);
        assertThat(entry.path("status").asText()).isEqualTo("DETAINED");
        return entry.path("caseId").asText();
    }
}
