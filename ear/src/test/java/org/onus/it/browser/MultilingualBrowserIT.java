package org.onus.it.browser;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.it.support.Browser;
import org.onus.it.support.Deployments;
import org.onus.it.support.DesignationFixtures;
import org.onus.it.support.OnusIT;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * An importer who reads Chinese, and one who reads Arabic, switch the portal to their language, file
 * an entry with goods described in it, and read the detention notice as a page and as a PDF: the
 * page and the document speak their language, and every character of the goods comes back out of
 * the PDF (no '#' in place of a glyph).
 */
@OnusIT
@RunAsClient
class MultilingualBrowserIT {

    static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @BeforeAll
    static void cottonFromXinjiangIsDesignated() {
        DesignationFixtures.publish(
                "Multilingual cotton " + UUID.randomUUID(), List.of("653100"), List.of("COTTON"), TODAY);
    }

    @Test
    void inChinese() throws Exception {
        fileAndReadTheNotice("zh", "男式棉衬衫", "ltr");
    }

    @Test
    void inArabic() throws Exception {
        fileAndReadTheNotice("ar", "قمصان قطنية للرجال", "rtl");
    }

    private static void fileAndReadTheNotice(String language, String goods, String direction) throws Exception {
        String description = goods + " (men's cotton shirts)";
        try (Browser importer = Browser.start()) {
            // A visitor picks the language on a public page; the choice outlasts signing in.
            importer.open("/designations?lang=" + language);
            importer.waitFor(By.id("language-switcher"));
            importer.open("/entries/new").signInAs("importer-a");
            WebDriver page = importer.driver();
            importer.waitFor(By.id("entryNumber"))
                    .sendKeys("M-" + UUID.randomUUID().toString().substring(0, 8));
            var html = page.findElement(By.tagName("html"));
            assertThat(html.getAttribute("lang")).isEqualTo(language);
            assertThat(html.getAttribute("dir")).isEqualTo(direction);
            assertThat(page.findElement(By.id("file-entry")).getText()).isEqualTo(text(language, "entries.new.submit"));

            page.findElement(By.id("hsCode")).sendKeys("6205.20");
            page.findElement(By.id("description")).sendKeys(description);
            page.findElement(By.id("originCountry")).sendKeys("BD");
            page.findElement(By.id("amount")).sendKeys("8800.00");
            ((JavascriptExecutor) page)
                    .executeScript("arguments[0].value = arguments[1];", page.findElement(By.id("arrivalDate")), TODAY);
            page.findElement(By.id("port")).sendKeys("Felixstowe");
            fill(page, 0, "1", "Woven cotton fabric", "5208", "Dhaka Weavers", "BD");
            fill(page, 1, "2", "Cotton yarn", "5205", "Kashgar Spinning", "653121");
            page.findElement(By.id("file-entry")).click();

            assertThat(importer.textOf(By.id("entry-status"))).isEqualTo(text(language, "entry.status.DETAINED"));
            page.findElement(By.id("read-notice")).click();
            String heading = text(language, "cases.notice.heading");
            assertThat(importer.textOf(By.id("notice-title"))).isEqualTo(heading);
            assertThat(page.findElement(By.tagName("main")).getText()).contains(goods);

            String noticeUrl = importer.currentUrl().replaceAll("[?#].*$", "");
            String pdfText = pdfText(importer, noticeUrl + ".pdf");
            String normalised = Normalizer.normalize(pdfText, Normalizer.Form.NFKC);
            // In an Arabic line the brackets are mirrored in the text layer; the words are what count.
            assertThat(normalised).contains(goods, "men's cotton shirts", heading);
            assertThat(pdfText).doesNotContain("##");
        }
    }

    /** The PDF as the signed-in browser would download it, read back as text. */
    private static String pdfText(Browser browser, String url) throws IOException, InterruptedException {
        String cookies = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A text of the portal's bundles in a language, as the pages should show it. */
    static String text(String language, String key) throws IOException {
        try (var files = Files.list(Path.of("../web/src/main/resources/i18n"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith("_" + language + ".properties"))
                    .toList()) {
                Properties p = new Properties();
                try (Reader in = Files.newBufferedReader(file, UTF_8)) {
                    p.load(in);
                }
                if (p.containsKey(key)) {
                    return p.getProperty(key);
                }
            }
        }
        throw new IllegalArgumentException("No " + language + " text for " + key);
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
