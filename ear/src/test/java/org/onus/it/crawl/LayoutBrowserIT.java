package org.onus.it.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.ItConfig;
import org.onus.it.support.OnusIT;
import org.onus.it.support.Tokens;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The pages officers and importers spend their day on fit the screen: on a desktop (1280 px) and on
 * a phone (390 px), left to right and mirrored in Arabic, nothing makes the page scroll sideways and
 * no text is cut off. A wide table may scroll inside its own container; the page may not.
 * Screenshots of each page are kept with the test logs for a person to look at.
 */
@OnusIT
@RunAsClient
class LayoutBrowserIT {

    static final int[] WIDTHS = {1280, 390};
    static final List<String> LANGUAGES = List.of("en", "ar");

    /** Elements wider than the page, and text cut off by a box that hides its overflow. */
    static final String OVERFLOW = """
            const width = window.innerWidth;
            const found = [];
            if (document.documentElement.scrollWidth > width + 1) {
              found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
            }
            const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
                const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll') return true; } return false; };
            for (const e of document.body.querySelectorAll('*')) {
              const style = getComputedStyle(e);
              if (style.display === 'none' || style.visibility === 'hidden' || e.closest('.govuk-visually-hidden')) continue;
              // Visually hidden until focused (the skip link): clipped to nothing on purpose.
              if (style.clipPath !== 'none' || (style.clip && style.clip !== 'auto')) continue;
              const r = e.getBoundingClientRect();
              if (r.width > 0 && (r.right > width + 1 || r.left < -1) && !scrolls(e) && found.length < 8) {
                found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                    + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right));
              }
              const hides = style.overflowX === 'hidden' || style.overflow === 'hidden' || style.textOverflow === 'ellipsis';
              if (hides && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && e.textContent.trim() && found.length < 8) {
                found.push(e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' cuts its text off');
              }
            }
            return found;""";

    static String entryId;
    static String caseId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void aDetainedEntryWithARebuttal() {
        DesignationFixtures.publish(
                "Layout cotton " + System.nanoTime(),
                List.of("650000"),
                List.of("COTTON"),
                PageCrawlIT.TODAY.toString());
        String importer = Tokens.of("importer-a");
        JsonNode detained = PageCrawlIT.detainedCotton(importer);
        entryId = detained.get("id").asText();
        caseId = detained.get("caseId").asText();
        List<String> traces = PageCrawlIT.rebut(importer, caseId);
        PageCrawlIT.upload(importer, caseId, "INVOICE", traces.get(0));
    }

    @Test
    void officersPagesFitOnADesktopAndOnAPhoneInBothDirections() throws Exception {
        check("officer", List.of("/", "/cases", "/entries", "/entries/" + entryId, "/cases/" + caseId, "/statistics"));
    }

    @Test
    void importersPagesFitOnADesktopAndOnAPhoneInBothDirections() throws Exception {
        check("importer-a", List.of("/", "/entries", "/entries/new", "/entries/" + entryId, "/cases/" + caseId));
    }

    private static void check(String user, List<String> pages) throws Exception {
        List<String> problems = new ArrayList<>();
        Path shots = ItConfig.logs().resolve("layout");
        Files.createDirectories(shots);
        try (Browser browser = Browser.start()) {
            browser.open("/login");
            browser.signInAs(user);
            browser.waitFor(By.id("main-content"));
            for (String language : LANGUAGES) {
                browser.open("/?lang=" + language);
                browser.waitFor(By.id("main-content"));
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("dir"))
                        .isEqualTo(language.equals("ar") ? "rtl" : "ltr");
                for (int width : WIDTHS) {
                    // Headless Chromium keeps windows at 500 px or wider: a phone is emulated instead.
                    browser.devTools(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
                    for (String page : pages) {
                        browser.open(page);
                        browser.waitFor(By.tagName("footer"));
                        assertThat(((Number) ((JavascriptExecutor) browser.driver())
                                                .executeScript("return window.innerWidth;"))
                                        .intValue())
                                .isEqualTo(width);
                        @SuppressWarnings("unchecked")
                        List<String> found =
                                (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW);
                        found.forEach(
                                f -> problems.add("%s %s %d px %s: %s".formatted(user, language, width, page, f)));
                        byte[] png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES);
                        Files.write(
                                shots.resolve("%s-%s-%d%s.png"
                                        .formatted(user, language, width, page.replaceAll("[^a-z0-9]+", "-"))),
                                png);
                    }
                }
            }
        }
        assertThat(problems).as("pages that scroll sideways or cut text off").isEmpty();
    }
}
