package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.upr.Recommendation;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.SubmissionDocument;
import org.onus.core.upr.UprReview;
import org.onus.core.upr.WordCount;

/** The submission written as DOCX and PDF, read back: same paragraphs, numbers, endnotes and count. */
class SubmissionExportTest {

    static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    static final UUID OHCHR = UUID.fromString("e0000000-0000-4000-8000-000000000002");

    private PdfRenderer renderer;
    private SubmissionDocument doc;

    @BeforeEach
    void setUp() {
        renderer = TemplateHarness.pdfRenderer(NOW);

        UprReview china = UprReview.open(
                new UprReview.Description("China", 4, 45, "2024-01-23", null, "STAKEHOLDER_JOINT", null), "d", NOW);
        UprReview earlier = UprReview.open(
                new UprReview.Description("China", 3, 31, "2018-11-06", null, "STAKEHOLDER_JOINT", null), "d", NOW);
        Recommendation labour = approved(
                china,
                "China should repeal the labour transfer quotas by the end of 2026.",
                "FORCED_LABOUR",
                List.of("ILO Convention No. 105, Art. 1 (b)"));
        Recommendation access = approved(
                china,
                "China should invite the High Commissioner to Xinjiang within 12 months.",
                "COOPERATION_WITH_UN",
                List.of());
        Recommendation old =
                approved(earlier, "China should ratify ILO C105 by 2020.", "TREATY_RATIFICATION", List.of());
        old.recordResponse(StateResponse.SUPPORTED, "Ratified in 2022", "d", NOW);
        doc = SubmissionDocument.of(
                china,
                List.of(labour, access),
                List.of(old),
                id -> Optional.of(new SubmissionDocument.Source(
                        "OHCHR Assessment of human rights concerns in the XUAR",
                        "OHCHR",
                        "https://www.ohchr.org/assessment",
                        LocalDate.of(2022, 8, 31))));
    }

    static Recommendation approved(UprReview review, String text, String theme, List<String> anchors) {
        Recommendation r = Recommendation.draft(
                review,
                new Recommendation.Draft(text, List.of(theme), 5, List.of(OHCHR.toString()), anchors, null),
                OHCHR::equals,
                "drafter",
                NOW);
        r.submit("drafter", NOW);
        r.approve("reviewer", NOW);
        return r;
    }

    @Test
    void theDocxHasATitlePageNumberedParagraphsByThemeRealEndnotesAndTheMatrix() throws IOException {
        byte[] bytes = SubmissionDocx.write(doc, null, Clock.fixed(NOW, ZoneOffset.UTC));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            // UN documents are A4 (11906 x 16838 twentieths of a point), not POI's default Letter.
            var page = word.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) page.getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) page.getH()).intValue()).isEqualTo(16838);
            List<String> paragraphs =
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo(doc.title());
            assertThat(paragraphs).contains(doc.subtitle(), "Word count: " + doc.wordCountLine());
            assertThat(paragraphs)
                    .containsSubsequence("Introduction", "Forced labour", "Cooperation with UN mechanisms");
            List<String> numbered =
                    paragraphs.stream().filter(p -> p.matches("^\\d+\\. .*")).toList();
            assertThat(numbered).extracting(p -> p.substring(0, p.indexOf('.'))).containsExactly("1", "2", "3", "4");
            assertThat(numbered.get(2))
                    .startsWith("3. China should repeal the labour transfer quotas")
                    .contains("Legal basis: ILO Convention No. 105, Art. 1 (b).");

            List<XWPFEndnote> notes = word.getEndnotes().stream()
                    .filter(n -> n.getId().intValue() > 0)
                    .toList();
            assertThat(notes).hasSize(2);
            assertThat(notes.get(0).getParagraphs().get(0).getText())
                    .contains(
                            "OHCHR",
                            "“OHCHR Assessment of human rights concerns in the XUAR”",
                            "31 August 2022",
                            "https://www.ohchr.org/assessment");
            String xml =
                    new String(bytes.length > 0 ? word.getDocument().xmlText().getBytes() : new byte[0]);
            assertThat(xml).as("references in the text").contains("endnoteReference");

            assertThat(word.getTables()).singleElement().satisfies(t -> {
                assertThat(t.getRow(0).getCell(1).getText()).isEqualTo("Recommendation");
                assertThat(t.getRow(1).getCell(0).getText()).isEqualTo("China, 3rd cycle, 31st session");
                assertThat(t.getRow(1).getCell(2).getText()).isEqualTo("Supported");
            });
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo(doc.title());
        }
    }

    @Test
    void thePdfSaysTheSameParagraphsAndNotesAndTheCountMatchesTheDocument() throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("draftMark", null);
        byte[] pdf = renderer.render("upr/submission", model, Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(doc.title(), "Word count: " + doc.wordCountLine());
            assertThat(text).contains("3. China should repeal the labour transfer quotas", "4. China should invite");
            assertThat(text).contains("Notes", "31 August 2022", "https://www.ohchr.org/assessment");
            assertThat(text).contains("Annex: earlier recommendations and responses", "Supported");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(doc.title());
        }
        assertThat(doc.wordCount()).isEqualTo(WordCount.of(doc.countedTexts()));
    }

    @Test
    void aDraftOverTheLimitIsMarkedInBothFormats() throws IOException {
        String mark = "DRAFT – NOT FOR SUBMISSION: 9,999 of 10 words, over the limit";
        try (XWPFDocument word =
                new XWPFDocument(new ByteArrayInputStream(SubmissionDocx.write(doc, mark, Clock.systemUTC())))) {
            assertThat(word.getParagraphs().get(0).getText()).isEqualTo(mark);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("draftMark", mark);
        try (PDDocument document = Loader.loadPDF(renderer.render("upr/submission", model, Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(document)).contains("DRAFT – NOT FOR SUBMISSION");
        }
    }
}
