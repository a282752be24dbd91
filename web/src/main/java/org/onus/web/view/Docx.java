package org.onus.web.view;

import java.math.BigInteger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * What the portal's Word documents (the UPR submission, briefs, the mid-term report) share, so the
 * three cannot drift apart: the document's properties; A4 pages (UN documents are A4; POI's blank
 * document is Letter); a styles part (Normal, Title, Subtitle, Heading 1–3, endnote text and
 * reference) so headings show in Word's navigation pane and the team can restyle the file; fonts
 * for each of Word's script slots (Latin, East Asian, complex scripts), so Chinese and Arabic text
 * are not drawn in a Latin font that lacks them; and, in an Arabic document, right-to-left
 * paragraphs, tables and sections.
 */
final class Docx {

    /** Latin and Cyrillic text; Arial also has Greek and Arabic, and is on every Office installation. */
    static final String FONT = "Arial";
    /** Simplified Chinese: SimSun (宋体) is the face of Chinese UN documents and ships with Office. */
    static final String EAST_ASIAN_FONT = "SimSun";
    /** Arabic (Word's "complex script" slot). */
    static final String COMPLEX_SCRIPT_FONT = "Arial";

    /** A4 in twentieths of a point, with 2.5 cm margins. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN = 1417;

    private Docx() {}

    /**
     * Title, creator and creation time (from the clock, so a test can fix it), A4 pages and the
     * styles part, in the document's language.
     */
    static void begin(XWPFDocument word, String title, Clock clock, Locale locale) {
        var properties = word.getProperties().getCoreProperties();
        properties.setTitle(title);
        properties.setCreator("Onus");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(clock.millis());
        properties.setCreated(Optional.of(created.getTime()));
        a4(word);
        styles(word, locale);
    }

    static void a4(XWPFDocument word) {
        CTSectPr section = section(word);
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        // Required by the schema; Word's own defaults (1.25 cm to header and footer, no gutter).
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * A table across the text width. POI leaves out the column grid ({@code w:tblGrid}), which the
     * schema requires and without which some readers lay the table out as one narrow column.
     */
    static XWPFTable table(XWPFDocument word, int rows, int columns) {
        XWPFTable table = word.createTable(rows, columns);
        var grid = table.getCTTbl().addNewTblGrid();
        long width = (A4_WIDTH - 2 * MARGIN) / columns;
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        return table;
    }

    private static CTSectPr section(XWPFDocument word) {
        return word.getDocument().getBody().isSetSectPr()
                ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
    }

    static boolean rightToLeft(Locale locale) {
        return PdfRenderer.rightToLeft(locale.toLanguageTag());
    }

    /** The text for {@code key} of the {@code documents} bundle in the document's language. */
    static String text(Locale locale, String key, Object... arguments) {
        return Messages.text(locale, key, arguments);
    }

    /**
     * Run formatting beyond the style: bold, size and colour, each also for complex-script text
     * (Word keeps separate bold and size for Arabic, {@code w:bCs}, {@code w:szCs}). The fonts come
     * from the styles, one per script slot.
     *
     * @param colour a hex colour such as {@code C00000}, or null for the text colour
     */
    static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size, String colour) {
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        CTRPr rPr =
                run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        if (bold) {
            rPr.addNewBCs();
        }
        rPr.addNewSzCs().setVal(BigInteger.valueOf(size * 2L));
        if (colour != null) {
            run.setColor(colour);
        }
        run.setText(text);
        return run;
    }

    /** A paragraph in one of the styles of {@link #styles}, e.g. {@code Heading1}. */
    static XWPFParagraph styled(XWPFDocument word, String style, String text) {
        XWPFParagraph p = word.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    /** Text in a table cell's first paragraph; an absent value is an empty cell. */
    static void cell(XWPFTableRow row, int column, String text, boolean bold, int size) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, Optional.ofNullable(text).orElse(""), bold, size, null);
    }

    /**
     * A real Word endnote for {@code para}: the note's own paragraph starts with one run holding
     * one {@code w:endnoteRef} (its number), styled as an endnote reference, then the text; the
     * reference in the body is a superscript {@code w:endnoteReference}. Written by hand: POI's
     * endnote paragraph comes with a number styled as a footnote reference, and its {@code
     * ensureFootnoteRef} then added a second run properties block and a second number.
     */
    static void endnote(XWPFDocument word, XWPFParagraph para, String text, int size) {
        XWPFEndnote note = word.createEndnote();
        XWPFParagraph noteText = note.createParagraph();
        for (int i = noteText.getRuns().size() - 1; i >= 0; i--) {
            noteText.removeRun(i);
        }
        noteText.setStyle("EndnoteText");
        CTR number = noteText.getCTP().addNewR();
        number.addNewRPr().addNewRStyle().setVal("EndnoteReference");
        number.addNewEndnoteRef();
        run(noteText, " " + text, false, size, null);
        CTR reference = para.getCTP().addNewR();
        reference.addNewRPr().addNewRStyle().setVal("EndnoteReference");
        reference.addNewEndnoteReference().setId(note.getId());
    }

    /**
     * Last step before writing: in a right-to-left document every paragraph (body, tables, endnotes)
     * reads right to left ({@code w:bidi}), each run with Arabic letters is marked {@code w:rtl} so
     * Word orders and shapes it as Arabic, and tables and the section are mirrored.
     */
    static void finish(XWPFDocument word, Locale locale) {
        if (!rightToLeft(locale)) {
            return;
        }
        section(word).addNewBidi();
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        collect(word.getBodyElements(), paragraphs);
        for (XWPFAbstractFootnoteEndnote note : word.getEndnotes()) {
            collect(note.getBodyElements(), paragraphs);
        }
        for (XWPFParagraph p : paragraphs) {
            CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!pPr.isSetBidi()) {
                pPr.addNewBidi();
            }
            for (XWPFRun run : p.getRuns()) {
                String text = run.text();
                if (text != null && text.codePoints().anyMatch(Docx::isRightToLeft)) {
                    CTRPr rPr = run.getCTR().isSetRPr()
                            ? run.getCTR().getRPr()
                            : run.getCTR().addNewRPr();
                    rPr.addNewRtl();
                }
            }
        }
        for (XWPFTable table : word.getTables()) {
            CTTblPr tblPr = table.getCTTbl().getTblPr() != null
                    ? table.getCTTbl().getTblPr()
                    : table.getCTTbl().addNewTblPr();
            tblPr.addNewBidiVisual();
        }
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                into.add(p);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    private static boolean isRightToLeft(int codePoint) {
        byte direction = Character.getDirectionality(codePoint);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /**
     * The styles part: document defaults (fonts per script slot, 11 pt, the language for spelling
     * and for Word's choice of East Asian and complex-script fonts) and the paragraph and character
     * styles the documents use. Headings keep with the next paragraph and carry outline levels.
     */
    private static void styles(XWPFDocument word, Locale locale) {
        XWPFStyles styles = word.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        fonts(run.addNewRFonts());
        run.addNewSz().setVal(BigInteger.valueOf(22));
        run.addNewSzCs().setVal(BigInteger.valueOf(22));
        CTLanguage language = run.addNewLang();
        language.setVal(locale.toLanguageTag().isEmpty() ? "en" : locale.toLanguageTag());
        language.setEastAsia("zh-CN");
        language.setBidi("ar-SA");
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
        if (rightToLeft(locale)) {
            paragraph.addNewBidi();
        }
        styles.setStyles(ct);

        styles.addStyle(paragraphStyle("Normal", "Normal", null, null, false));
        styles.addStyle(paragraphStyle("Title", "Title", null, 40, true));
        styles.addStyle(paragraphStyle("Subtitle", "Subtitle", null, 26, false));
        styles.addStyle(paragraphStyle("Heading1", "heading 1", 0, 32, true));
        styles.addStyle(paragraphStyle("Heading2", "heading 2", 1, 26, true));
        styles.addStyle(paragraphStyle("Heading3", "heading 3", 2, 22, true));
        styles.addStyle(paragraphStyle("EndnoteText", "endnote text", null, 18, false));

        CTStyle reference = CTStyle.Factory.newInstance();
        reference.setStyleId("EndnoteReference");
        reference.setType(STStyleType.CHARACTER);
        reference.addNewName().setVal("endnote reference");
        reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
        styles.addStyle(new XWPFStyle(reference));
    }

    private static void fonts(CTFonts fonts) {
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(EAST_ASIAN_FONT);
        fonts.setCs(COMPLEX_SCRIPT_FONT);
    }

    /**
     * @param outlineLevel 0 for Heading 1, or null for a style that is not a heading
     * @param halfPoints the font size in half points, as Word counts, or null for the default
     */
    private static XWPFStyle paragraphStyle(
            String id, String name, Integer outlineLevel, Integer halfPoints, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if ("Normal".equals(id)) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        if (outlineLevel != null || "Title".equals(id) || "Subtitle".equals(id)) {
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
            paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
        }
        if (outlineLevel != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        if ("EndnoteText".equals(id)) {
            paragraph.addNewSpacing().setAfter(BigInteger.ZERO);
        }
        if ("Title".equals(id) || "Subtitle".equals(id)) {
            paragraph.addNewJc().setVal(STJc.CENTER);
        }
        CTRPr run = style.addNewRPr();
        fonts(run.addNewRFonts());
        if (halfPoints != null) {
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
        if (bold) {
            run.addNewB();
            run.addNewBCs();
        }
        return new XWPFStyle(style);
    }
}
