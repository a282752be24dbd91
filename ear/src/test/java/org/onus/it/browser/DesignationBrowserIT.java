package org.onus.it.browser;

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
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.OnusIT;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A designation from draft to the public list in headless Chromium: a regulator drafts, assesses
 * and submits; a senior regulator finds it in their work queue and approves; an anonymous visitor
 * sees it on the public list. Then a regulator asks for its revocation without the proof (409,
 * every unmet item listed) and for its withdrawal for error, which the senior regulator approves.
 */
@OnusIT
@RunAsClient
class DesignationBrowserIT {

    static final String EVIDENCE = "e0000000-0000-4000-8000-000000000001";
    static final String POLICY = "a0000000-0000-4000-8000-000000000001";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Test
    void draftedAndSubmittedByARegulatorApprovedByASeniorSeenByEveryone() {
        String title = "Kashgar cotton " + UUID.randomUUID().toString().substring(0, 8);
        String path;
        try (Browser regulator = Browser.start()) {
            regulator.open("/designations/new").signInAs("regulator");
            WebDriver page = regulator.driver();
            regulator.waitFor(By.id("title")).sendKeys(title);
            page.findElement(By.id("regionCodes")).sendKeys("653100");
            page.findElement(By.id("sector-COTTON")).click();
            page.findElement(By.id("legalBasis")).sendKeys("Rebuttable presumption");
            page.findElement(By.id("rationale")).sendKeys("Cotton picking by transferred labourers");
            page.findElement(By.id("policy-" + POLICY)).click();
            setValue(
                    page,
                    page.findElement(By.id("effectiveFrom")),
                    LocalDate.now(ZoneOffset.UTC).toString());
            page.findElement(By.id("save")).click();

            assertThat(regulator.textOf(By.id("designation-title"))).isEqualTo(title);
            assertThat(regulator.textOf(By.id("designation-status"))).isEqualTo("Draft");
            path = "/designations/" + regulator.currentUrl().replaceAll(".*/designations/", "");

            page.findElement(By.id("submit-designation")).click();
            assertThat(regulator.textOf(By.id("error-summary")))
                    .as("submitting before the assessment is complete")
                    .contains("The risk assessment is incomplete", "Step 1");

            page.findElement(By.id("edit-assessment")).click();
            for (String step : new String[] {"employmentPolicy", "mobilisationApparatus"}) {
                // GOV.UK checkboxes are styled over an input with no opacity: wait for the text area.
                regulator.waitFor(By.id(step + "-findings")).sendKeys("Shown by the documents");
                page.findElement(By.id(step + "-present")).click();
                new Select(page.findElement(By.id(step + "-evidence"))).selectByValue(EVIDENCE);
            }
            for (WebElement cell : page.findElements(By.cssSelector("textarea[id$='-findings'][name^='matrix.']"))) {
                cell.sendKeys("Found");
                String item = cell.getAttribute("id").replace("-findings", "");
                new Select(page.findElement(By.id(item + "-evidence"))).selectByValue(EVIDENCE);
            }
            page.findElement(By.id("feature-PRODUCTION_QUOTAS")).click();
            page.findElement(By.id("rationale-BOTH")).click();
            page.findElement(By.id("save-assessment")).click();

            assertThat(regulator.textOf(By.id("assessment-title"))).isEqualTo(title);
            assertThat(page.findElements(By.id("assessment-missing"))).isEmpty();
            assertThat(regulator.textOf(By.id("cell-UNFREE_RECRUITMENT_INVOLUNTARINESS")))
                    .contains("Found");

            regulator.open(path);
            regulator.waitFor(By.id("submit-designation")).click();
            assertThat(regulator.textOf(By.id("designation-status"))).isEqualTo("In review");
        }

        try (Browser senior = Browser.start()) {
            senior.open("/").signInAs("senior-regulator");
            senior.waitFor(By.cssSelector("a[href='" + path + "']")).click();
            assertThat(senior.textOf(By.id("designation-title"))).isEqualTo(title);
            senior.waitFor(By.id("approve-designation")).click();
            assertThat(senior.textOf(By.id("designation-status"))).isEqualTo("Published");
        }

        try (Browser visitor = Browser.start()) {
            visitor.open("/designations");
            // The list is paged (50 a page) and other tests publish too: follow "Next" to its page.
            for (int page = 1;
                    !visitor.textOf(By.id("designations")).contains(title)
                            && !visitor.driver()
                                    .findElements(By.id("page-next"))
                                    .isEmpty();
                    page++) {
                visitor.driver().findElement(By.id("page-next")).click();
                visitor.waitFor(By.id("designations"));
                assertThat(visitor.driver().getCurrentUrl()).endsWith("page=" + (page + 1));
            }
            assertThat(visitor.textOf(By.id("designations"))).contains(title, "Kashgar", "Cotton");
            visitor.driver().findElement(By.linkText(title)).click();
            assertThat(visitor.textOf(By.id("designation-status"))).isEqualTo("Published");
            assertThat(visitor.driver().findElements(By.id("timeline")))
                    .as("the internal timeline is for staff")
                    .isEmpty();
        }

        try (Browser regulator = Browser.start()) {
            // The designation page is public: sign in first, then open it.
            regulator.open("/").signInAs("regulator");
            regulator.waitFor(By.id("greeting"));
            regulator.open(path);
            WebDriver page = regulator.driver();
            assertThat(regulator.textOf(By.id("policies-to-repeal")))
                    .as("the revocation form names the policies whose repeal it needs")
                    .contains("Poverty Alleviation Through Labor Transfer");
            regulator.waitFor(By.id("revocation-reason")).sendKeys("Targets said to be abolished");
            new Select(page.findElement(By.id("revocation-TARGETS_NOT_ENFORCED"))).selectByValue(EVIDENCE);
            page.findElement(By.id("ask-revocation")).click();
            assertThat(regulator.textOf(By.id("error-summary")))
                    .as("REVOCATION_PROOF: every unmet item at once")
                    .contains(
                            "revoked only with the proof",
                            "SECURITIZED_CONTEXT",
                            "GRASSROOTS_MOBILIZATION",
                            "EMPLOYMENT_POLICY",
                            "EXECUTION_STAGES")
                    .doesNotContain("employment targets are no longer enforced");
            assertThat(page.findElement(By.id("revocation-reason")).getAttribute("value"))
                    .isEqualTo("Targets said to be abolished");
            assertThat(new Select(page.findElement(By.id("revocation-TARGETS_NOT_ENFORCED")))
                            .getFirstSelectedOption()
                            .getAttribute("value"))
                    .isEqualTo(EVIDENCE);
            assertThat(regulator.textOf(By.id("designation-status"))).isEqualTo("Published");

            page.findElement(By.id("ask-withdrawal")).click();
            assertThat(regulator.textOf(By.id("error-summary")))
                    .as("a withdrawal needs a reason and a legal basis")
                    .contains("Say what the error was", "Give the legal basis");
            regulator.waitFor(By.id("withdrawal-reason")).sendKeys("Drafted for the wrong prefecture");
            page.findElement(By.id("withdrawal-legalBasis")).sendKeys("Court judgment 12/2027");
            page.findElement(By.id("ask-withdrawal")).click();
            assertThat(regulator.textOf(By.id("pending-heading"))).isEqualTo("Withdrawal for error asked for");
            assertThat(regulator.textOf(By.id("own-request"))).contains("FOUR_EYES");
            assertThat(page.findElements(By.id("decision-form"))).isEmpty();
        }

        try (Browser senior = Browser.start()) {
            senior.open("/").signInAs("senior-regulator");
            senior.waitFor(By.id("greeting"));
            senior.open(path);
            assertThat(senior.textOf(By.id("pending-legal-basis"))).isEqualTo("Court judgment 12/2027");
            senior.driver().findElement(By.id("decision-approve")).click();
            senior.driver().findElement(By.id("save-decision")).click();
            assertThat(senior.textOf(By.id("designation-status"))).isEqualTo("Withdrawn for error");
        }
    }

    @Test
    void onAPhoneInArabicNoDesignationPolicyOrEvidencePageScrollsSideways() {
        try (Browser regulator = Browser.start()) {
            regulator.open("/").signInAs("regulator");
            regulator.waitFor(By.id("greeting"));
            WebDriver page = regulator.driver();
            page.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
            regulator.open("/designations?lang=ar");
            assertThat(page.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(regulator.textOf(By.tagName("h1"))).isEqualTo("المناطق والقطاعات المصنَّفة");

            List<String> paths = new ArrayList<>(List.of(
                    "/designations",
                    "/designations/all",
                    "/designations/new",
                    "/designations/versions",
                    "/policies",
                    "/policies/" + POLICY,
                    "/policies/new",
                    "/evidence",
                    "/evidence/new",
                    "/evidence/" + EVIDENCE));
            regulator.open("/designations/all");
            page.findElements(By.cssSelector("#all-designations tbody a")).stream()
                    .findFirst()
                    .map(a -> a.getAttribute("href").replaceAll("^https?://[^/]+", ""))
                    .ifPresent(one -> paths.addAll(List.of(one, one + "/assessment", one + "/assessment/edit")));
            for (String path : paths) {
                regulator.open(path);
                regulator.waitFor(By.tagName("h1"));
                assertThat(page.getPageSource()).as("%s has every text", path).doesNotContain("??");
                Object overflow = ((JavascriptExecutor) page)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).longValue())
                        .as("%s at 390 px scrolls sideways by so many pixels", path)
                        .isLessThanOrEqualTo(0L);
            }
        }
    }

    private static void setValue(WebDriver page, WebElement input, String value) {
        // Date inputs take typed keys in the browser's locale format; setting the value is exact.
        ((JavascriptExecutor) page).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
