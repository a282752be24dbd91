package org.onus.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Chinese and Arabic in PDFs: a detention notice naming Chinese goods and an Arabic importer is
 * rendered with the real layout and fonts, then read back as a reader's software would (copying
 * text, searching, a screen reader): every character has a real glyph, the words come back, and an
 * id copies exactly as typed.
 */
class PdfScriptsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:30:00Z");
    private static final String GOODS = "男式棉衬衫 (men's cotton shirts)";
    private static final String IMPORTER = "شركة النسيج الوطنية";
    private static final String ID = "cf108ffb";
    /** Longer than a line, with no space to break at: Chinese lines break between characters. */
    private static final String LONG_CHINESE = "海关依据可反驳推定扣留了该批货物，进口商须证明货物并非以强迫劳动生产。".repeat(4);

    private final PdfRenderer renderer = TemplateHarness.pdfRenderer(NOW);

    private static Map<String, Object> notice(String heading, String notesHeading) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Entry", ID + "-3c1e-4f2a-9d7e-0b5a6c7d8e9f");
        rows.put("Goods", GOODS);
        rows.put("Importer", IMPORTER);
        rows.put("Office", "Official affixes: fi fl ffi ffl");
        return Map.of(
                "heading",
                heading,
                "rows",
                rows,
                "notesHeading",
                notesHeading,
                "notes",
                List.of("First note", "Second note", "ملاحظة ثالثة", LONG_CHINESE));
    }

    @Test
    void chineseAndArabicPrintWithRealGlyphsAndIdsCopyExactly() throws IOException {
        byte[] pdf = renderer.render("test/scripts", notice("Detention notice", "Notes"), Locale.ENGLISH);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            Reading reading = read(document);
            String text = Normalizer.normalize(reading.text, Normalizer.Form.NFKC);
            assertThat(text).contains("男式棉衬衫", "(men's cotton shirts)", IMPORTER);
            // Not NFKC: that would fold the full-width comma into a Latin one.
            assertThat(reading.text.replace(" ", "")).contains(LONG_CHINESE);
            assertThat(reading.text).as("no ligature in the text layer").contains(ID, "fi fl ffi ffl");
            assertThat(reading.text).doesNotContain("#").doesNotContainPattern("[\\uFB00-\\uFB06]");
            assertThat(reading.missing)
                    .as("characters drawn with no glyph (.notdef)")
                    .isEmpty();
            assertThat(reading.fonts).anyMatch(f -> f.contains("NotoSansSC"));
            assertThat(reading.fonts).anyMatch(f -> f.contains("DejaVuSans"));
            // The notes are numbered: their numbers are what the text's superscripts refer to. (The
            // list markers are tagged apart from the items, so they are read first.)
            assertThat(reading.text).contains("1. 2. 3. 4.");
        }
    }

    @Test
    void anArabicDocumentRunsRightToLeftInNaskhWithItsLettersJoined() throws IOException {
        byte[] pdf = renderer.render("test/scripts", notice("إشعار احتجاز", "ملاحظات"), Locale.forLanguageTag("ar"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ar");
            Reading reading = read(document);
            String text = Normalizer.normalize(reading.text, Normalizer.Form.NFKC);
            assertThat(text).contains("إشعار احتجاز", IMPORTER, "ملاحظة ثالثة", "男式棉衬衫");
            assertThat(reading.text).contains(ID);
            assertThat(reading.text).doesNotContain("#");
            assertThat(reading.missing).isEmpty();
            assertThat(reading.fonts).anyMatch(f -> f.contains("NotoNaskhArabic"));
            // Shaped: the letters are drawn in their joining forms (presentation forms in the text
            // layer), not as isolated letters in a row.
            assertThat(reading.drawn).containsPattern("[\\uFE70-\\uFEFF]");
            // Right to left: the first word of the heading is drawn to the right of the second.
            assertThat(reading.x.get("إشعار")).isGreaterThan(reading.x.get("احتجاز"));
        }
    }

    /**
     * openhtmltopdf's notes go through java.util.logging (the server's log) below INFO: written to
     * stderr, as its own logger does, WildFly would record each as an ERROR.
     */
    @Test
    void theRendererLogsThroughTheServersLoggingAndItsProgressNotesAreNotInfo() {
        java.util.logging.Logger openhtmltopdf = java.util.logging.Logger.getLogger("com.openhtmltopdf");
        List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        openhtmltopdf.setLevel(java.util.logging.Level.ALL);
        openhtmltopdf.addHandler(handler);
        try {
            renderer.render("test/scripts", notice("Detention notice", "Notes"), Locale.ENGLISH);
        } finally {
            openhtmltopdf.removeHandler(handler);
            openhtmltopdf.setLevel(null);
        }
        assertThat(records)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getLevel().intValue())
                        .as(r.getMessage())
                        .isLessThan(java.util.logging.Level.INFO.intValue()));
    }

    /**
     * Every text in every bundle, in all six languages, can be printed: each character is in one of
     * the embedded fonts. A translation that brings in a character none of them has fails here,
     * not as a blank in someone's PDF.
     */
    @Test
    void everyCharacterOfEveryTranslationHasAGlyphInTheEmbeddedFonts() throws IOException {
        List<CmapLookup> fonts = new ArrayList<>();
        for (PdfRenderer.Font font : PdfRenderer.FONTS) {
            if (font.weight() != 400
                    || font.style() != com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL) {
                continue;
            }
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(font.resource())) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                fonts.add(ttf.getUnicodeCmapLookup());
            }
        }
        Set<String> missing = new TreeSet<>();
        for (String bundle : Messages.BUNDLES) {
            for (String language : Messages.LANGUAGES) {
                String file = "i18n/" + bundle + ("en".equals(language) ? "" : "_" + language) + ".properties";
                try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
                    if (in == null) {
                        continue;
                    }
                    Properties texts = new Properties();
                    texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    for (String key : texts.stringPropertyNames()) {
                        texts.getProperty(key)
                                .codePoints()
                                .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
                                .filter(c -> fonts.stream().allMatch(f -> f.getGlyphId(c) == 0))
                                .forEach(c -> missing.add(file + " " + key + ": U+" + Integer.toHexString(c)));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * @param text the text layer as PDFBox extracts it (presentation forms folded back to letters)
     * @param drawn the characters as drawn, before that folding
     */
    private record Reading(String text, String drawn, List<String> missing, Set<String> fonts, Map<String, Float> x) {}

    /** The text layer, the characters drawn with glyph 0, the fonts, and where each word starts. */
    private static Reading read(PDDocument document) throws IOException {
        List<String> missing = new ArrayList<>();
        Set<String> fonts = new TreeSet<>();
        Map<String, Float> x = new LinkedHashMap<>();
        StringBuilder drawn = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                PDFont font = position.getFont();
                fonts.add(font.getName());
                drawn.append(position.getUnicode());
                if (font instanceof PDType0Font type0) {
                    for (int code : position.getCharacterCodes()) {
                        try {
                            if (type0.codeToGID(code) == 0) {
                                missing.add(position.getUnicode() + " in " + font.getName());
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                } else {
                    missing.add(position.getUnicode() + " in the unembedded " + font.getName());
                }
                super.processTextPosition(position);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                for (String word : text.split(" ")) {
                    String normal = Normalizer.normalize(word, Normalizer.Form.NFKC);
                    int at = Normalizer.normalize(text, Normalizer.Form.NFKC).indexOf(normal);
                    if (!normal.isEmpty() && at >= 0 && !positions.isEmpty()) {
                        // Visual x of the word's first glyph in reading order.
                        float left = Float.MAX_VALUE;
                        for (TextPosition p : positions) {
                            if (normal.contains(Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFKC))) {
                                left = Math.min(left, p.getXDirAdj());
                            }
                        }
                        x.putIfAbsent(normal, left);
                    }
                }
                super.writeString(text, positions);
            }
        };
        String text = stripper.getText(document).replaceAll("\\s+", " ");
        return new Reading(text, drawn.toString(), missing, fonts, x);
    }
}
