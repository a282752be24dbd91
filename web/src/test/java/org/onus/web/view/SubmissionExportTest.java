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
            assertThat(text).contains("Notes", "31 August 2022");
            // A web address may wrap at a dot or slash where a note's line ends.
            assertThat(text.replace(" ", "")).contains("https://www.ohchr.org/assessment");
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

    @Test
    void theDocxIsValidWordWithAStylesPartFontsForEachScriptAndOneNumberPerEndnote() throws Exception {
        byte[] bytes = SubmissionDocx.write(doc, null, Clock.fixed(NOW, ZoneOffset.UTC), Locale.ENGLISH);

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (String style : List.of(
                    "Normal",
                    "Title",
                    "Subtitle",
                    "Heading1",
                    "Heading2",
                    "Heading3",
                    "EndnoteText",
                    "EndnoteReference")) {
                assertThat(word.getStyles().styleExist(style)).as(style).isTrue();
            }
            assertThat(word.getStyles().getStyle("Heading1").getCTStyle().xmlText())
                    .as("a heading keeps with its text")
                    .contains("keepNext");
            String styles = word.getStyle().xmlText();
            assertThat(styles)
                    .as("a font for Latin, East Asian and complex-script (Arabic) text")
                    .contains("w:ascii=\"Arial\"", "w:hAnsi=\"Arial\"", "w:eastAsia=\"SimSun\"", "w:cs=\"Arial\"");
            assertThat(word.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            assertThat(word.getParagraphs())
                    .filteredOn(p -> "Forced labour".equals(p.getText()))
                    .singleElement()
                    .extracting(XWPFParagraph::getStyle)
                    .isEqualTo("Heading1");

            List<XWPFEndnote> notes = word.getEndnotes().stream()
                    .filter(n -> n.getId().intValue() > 0)
                    .toList();
            assertThat(notes).hasSize(2);
            for (XWPFEndnote note : notes) {
                String xml = note.getCTFtnEdn().xmlText();
                assertThat(count(xml, "<w:endnoteRef/>")).as(xml).isEqualTo(1);
                for (String run : xml.split("</w:r>")) {
                    assertThat(count(run, "<w:rPr>"))
                            .as("run properties in one run: " + run)
                            .isLessThanOrEqualTo(1);
                }
                assertThat(xml).contains("w:val=\"EndnoteReference\"");
            }
            String body = word.getDocument().xmlText();
            assertThat(count(body, "<w:endnoteReference")).isEqualTo(2);
            // The WordprocessingML schema accepts the parts (element order, values), as Word requires.
            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions().setErrorListener(errors);
            assertThat(word.getDocument().validate(options))
                    .as("document.xml: %s", errors)
                    .isTrue();
            assertThat(word.getStyle().validate(options))
                    .as("styles.xml: %s", errors)
                    .isTrue();
            for (XWPFEndnote note : notes) {
                assertThat(note.getCTFtnEdn().validate(options))
                        .as("endnote: %s", errors)
                        .isTrue();
            }
            assertThat(body).doesNotContain("<w:bidi/>");
        }
    }

    @Test
    void anArabicDocxReadsRightToLeftWithItsLabelsInArabic() throws Exception {
        UprReview china = UprReview.open(
                new UprReview.Description("China", 4, 45, "2024-01-23", null, "STAKEHOLDER_JOINT", null), "d", NOW);
        Recommendation arabic = approved(
                china, "ينبغي للصين أن تلغي حصص نقل العمالة بحلول نهاية عام 2026.", "FORCED_LABOUR", List.of());
        SubmissionDocument inArabic = SubmissionDocument.of(china, List.of(arabic), List.of(), id -> Optional.empty());
        byte[] bytes =
                SubmissionDocx.write(inArabic, null, Clock.fixed(NOW, ZoneOffset.UTC), Locale.forLanguageTag("ar"));
        byte[] labels = SubmissionDocx.write(doc, null, Clock.fixed(NOW, ZoneOffset.UTC), Locale.forLanguageTag("ar"));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFParagraph p : word.getParagraphs()) {
                assertThat(p.getCTP().getPPr()).as(p.getText()).isNotNull();
                assertThat(p.getCTP().getPPr().isSetBidi())
                        .as("right to left: " + p.getText())
                        .isTrue();
            }
            assertThat(word.getParagraphs())
                    .flatExtracting(XWPFParagraph::getRuns)
                    .filteredOn(r -> r.text().contains("ينبغي للصين"))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.getCTR().getRPr().xmlText()).contains("rtl"));
            assertThat(word.getDocument().getBody().getSectPr().isSetBidi()).isTrue();
            assertThat(word.getStyle().xmlText()).contains("<w:bidi/>");
        }
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(labels))) {
            List<String> paragraphs =
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs)
                    .contains("عدد الكلمات: " + doc.wordCountLine(), "مرفق: التوصيات السابقة والردود عليها");
            assertThat(word.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("التوصية");
            assertThat(word.getTables().get(0).getCTTbl().getTblPr().isSetBidiVisual())
                    .isTrue();
            List<org.apache.xmlbeans.XmlError> errors = new java.util.ArrayList<>();
            org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions().setErrorListener(errors);
            assertThat(word.getDocument().validate(options))
                    .as("document.xml: %s", errors)
                    .isTrue();
            assertThat(word.getStyle().validate(options))
                    .as("styles.xml: %s", errors)
                    .isTrue();
        }
    }

    @Test
    void aChineseDocxHasItsLabelsInChinese() throws IOException {
        byte[] bytes = SubmissionDocx.write(doc, null, Clock.fixed(NOW, ZoneOffset.UTC), Locale.forLanguageTag("zh"));

        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs =
                    word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("字数：" + doc.wordCountLine(), "附件：以往建议及答复");
            assertThat(word.getTables().get(0).getRow(0).getCell(3).getText()).isEqualTo("后续行动");
            assertThat(word.getDocument().xmlText()).doesNotContain("<w:bidi/>");
        }
    }

    /** Where LibreOffice is installed, it opens the file and prints the same text (skipped elsewhere). */
    @Test
    void libreOfficeOpensTheDocxAndPrintsItsText() throws Exception {
        java.util.Optional<java.nio.file.Path> office = java.util.stream.Stream.of(
                        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .flatMap(dir -> java.util.stream.Stream.of("soffice", "libreoffice")
                        .map(name -> java.nio.file.Path.of(dir, name)))
                .filter(java.nio.file.Files::isExecutable)
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(office.isPresent(), "LibreOffice is not installed");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("onus-docx");
        java.nio.file.Path docx = dir.resolve("submission.docx");
        java.nio.file.Files.write(
                docx, SubmissionDocx.write(doc, null, Clock.fixed(NOW, ZoneOffset.UTC), Locale.forLanguageTag("zh")));
        Process convert = new ProcessBuilder(
                        office.get().toString(),
                        "-env:UserInstallation=file://" + dir.resolve("profile"),
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(convert.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("submission.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(doc.title(), "字数：", "Forced labour", "附件：以往建议及答复");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
