package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.policy.StatePolicy;
import org.onus.web.pages.PolicyPages;

/** Renders real templates with the real engine and bundle to PDF and reads them back as a reader's software would. */
class PdfRendererTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");

    private PdfRenderer renderer;

    @BeforeEach
    void renderer() {
        renderer = TemplateHarness.pdfRenderer(NOW);
    }

    @Test
    void thePolicyPageBecomesATaggedA4DocumentWithTheSameTextsAsTheHtmlPage() throws IOException {
        StatePolicy policy = StatePolicy.enact(
                new StatePolicy.Description(
                        "Poverty Alleviation Through Labor Transfer",
                        "XUAR People's Government",
                        "2021-12-14",
                        "Transfers of rural surplus labour to factories in other provinces.",
                        List.of("650100", "650000"),
                        List.of()),
                new StatePolicy.References(code -> true, id -> true));
        policy.changeStatus(
                PolicyStatus.REPEAL_CLAIMED,
                "A repeal notice was published",
                List.of(),
                new StatePolicy.Mover("regulator", java.util.Set.of(org.onus.core.identity.Role.REGULATOR)),
                type -> new org.onus.core.policy.RepealEvidenceTable.Verdict(false, "not asked"),
                NOW);
        Map<String, Object> model = new HashMap<>();
        model.put("policy", policy);
        model.put("regionNames", Map.of("650100", "Ürümqi", "650000", "Xinjiang Uyghur Autonomous Region"));
        model.put(
                "sources",
                List.of(new PolicyPages.Source(UUID.randomUUID(), "Unemployment Monitoring", "Jamestown", false)));
        model.put("canEdit", false);
        model.put("history", List.of());
        model.put("statusForm", Form.empty());
        model.put("evidenceChoices", List.of());

        byte[] pdf = renderer.render("policies/policy", model, Locale.ENGLISH);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Table cells wrap, so words are compared with line breaks as spaces.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Poverty Alleviation Through Labor Transfer")
                    .contains("XUAR People's Government")
                    .contains("Issued", "14 December 2021")
                    .contains("Ürümqi", "Xinjiang Uyghur Autonomous Region")
                    .contains("Repeal claimed")
                    .contains("Status history", "In force → Repeal claimed", "A repeal notice was published")
                    .contains("Sources", "Unemployment Monitoring", "(Jamestown)")
                    .contains("Page 1 of 1")
                    .contains("Produced by Onus on 1 December 2026, 09:30 UTC.")
                    .doesNotContain("??")
                    .doesNotContain("Download as PDF")
                    .doesNotContain("Change the status")
                    .doesNotContain("Sign in");

            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(a4.getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));

            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Poverty Alleviation Through Labor Transfer – Onus");
            assertThat(info.getAuthor()).isEqualTo("Onus");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(NOW);

            // PDF/UA: tagged, in the page's language, every font embedded (no base-14 fallback).
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            for (org.apache.pdfbox.cos.COSName name :
                    document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVu");
            }
        }
    }

    @Test
    void aLongDocumentIsNumberedPageXOfYAndLoadsNothingFromOutside() throws IOException {
        byte[] pdf = renderer.render(
                "test/long-document", Map.of("heading", "Detention notice", "paragraphs", 120), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(document);
            assertThat(last).contains("Page " + pages + " of " + pages, "Paragraph 120 of a long document.");
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            // Parts a page leaves out with th:unless="${pdf}" stay out.
            assertThat(stripper.getText(document)).contains("Detention notice").doesNotContain("Only on screen");

            List<String> links = new java.util.ArrayList<>();
            for (var page : document.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            }
            assertThat(links).as("a portal path means nothing in a file").containsExactly("https://example.org/notice");
            assertThat(document.getPage(0).getResources().getXObjectNames())
                    .as("remote and local images are not loaded")
                    .isEmpty();
        }
    }

    @Test
    void onlyPdfResourcesOnTheClassPathResolve() {
        assertThat(PdfRenderer.resolve("/pdf/print.css")).isEqualTo("classpath:/pdf/print.css");
        assertThat(PdfRenderer.resolve("pdf/print.css")).isEqualTo("classpath:/pdf/print.css");
        assertThat(PdfRenderer.resolve("/pdf/../templates/layout/page.html")).isNull();
        assertThat(PdfRenderer.resolve("/assets/css/onus.css")).isNull();
        assertThat(PdfRenderer.resolve("file:///etc/passwd")).isNull();
        assertThat(PdfRenderer.resolve("jar:file:/x.jar!/pdf/print.css")).isNull();
        assertThat(PdfRenderer.resolve("https://example.org/a.png")).isEqualTo("https://example.org/a.png");
    }

    @Test
    void theFileNameIsSafeToSave() {
        assertThat(PdfView.of("policies/policy", "Ürümqi: labour / transfer?").fileName())
                .isEqualTo("Ürümqi- labour - transfer-.pdf");
        assertThat(PdfView.of("policies/policy", "notice.PDF").fileName()).isEqualTo("notice.PDF");
        assertThat(PdfView.of("policies/policy", "  ").fileName()).isEqualTo("document.pdf");
    }

    @Test
    void theHtmlPageStillUsesTheScreenLayout() {
        Map<String, Object> model = new HashMap<>();
        model.put("heading", "Detention notice");
        model.put("paragraphs", 1);
        model.put("lang", "en");
        model.put("user", null);
        model.put("nav", List.of());
        model.put("currentPath", "/");
        model.put("build", new BuildInfo("test", "5.14.0"));
        model.put("flash", List.of());
        String html = renderer.templates.render("test/long-document", model, Locale.ENGLISH);
        assertThat(html).contains("govuk-template", "Only on screen").doesNotContain("/pdf/print.css");
    }
}
