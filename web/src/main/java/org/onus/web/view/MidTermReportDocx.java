package org.onus.web.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Clock;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.onus.core.upr.MidTermReport;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes the mid-term report as a Word document with Apache POI, on A4 with a styles part (Title,
 * Heading 1, Heading 2), so the headings show in Word's navigation pane and the team can restyle the
 * file before sending it: the summary of counts as tables, then each recommendation with its
 * latest status, and the cited evidence as a numbered list of sources.
 */
public final class MidTermReportDocx {

    private MidTermReportDocx() {}

    public static byte[] write(MidTermReport report, Clock clock) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.begin(word, report.title(), clock);
            styles(word);

            styled(word, "Title", report.title());
            styled(word, "Subtitle", report.subtitle());

            styled(word, "Heading1", "Summary");
            XWPFParagraph intro = word.createParagraph();
            Docx.run(intro, report.summary(), false, 11, null);
            counts(word, "Implementation status", report.byStatus());
            word.createParagraph();
            counts(word, "Response", report.byResponse());

            styled(word, "Heading1", "Recommendations");
            for (MidTermReport.Entry e : report.entries()) {
                styled(word, "Heading2", e.number() + ". " + e.reference());
                XWPFParagraph text = word.createParagraph();
                text.setSpacingAfter(120);
                Docx.run(text, e.text(), false, 11, null);
                line(word, "Recommending State", e.recommendingState());
                line(word, "Response", e.response());
                line(
                        word,
                        "Implementation status",
                        e.status() + (e.assessedOn().isEmpty() ? "" : ", as of " + e.assessedOn()));
                if (!e.note().isEmpty()) {
                    line(word, "Assessment", e.note());
                }
                if (!e.sources().isEmpty()) {
                    line(
                            word,
                            "Sources",
                            String.join(
                                    ", ",
                                    e.sources().stream().map(n -> "[" + n + "]").toList()));
                }
            }

            if (!report.sources().isEmpty()) {
                styled(word, "Heading1", "Sources");
                for (MidTermReport.Source s : report.sources()) {
                    XWPFParagraph p = word.createParagraph();
                    p.setIndentationHanging(425);
                    p.setIndentationLeft(425);
                    Docx.run(p, "[" + s.number() + "] " + s.text(), false, 10, null);
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the mid-term report", e);
        }
    }

    private static void counts(XWPFDocument word, String heading, List<MidTermReport.Count> counts) {
        XWPFTable table = word.createTable(counts.size() + 1, 2);
        Docx.cell(table.getRow(0), 0, heading, true, 10);
        Docx.cell(table.getRow(0), 1, "Recommendations", true, 10);
        for (int i = 0; i < counts.size(); i++) {
            XWPFTableRow row = table.getRow(i + 1);
            Docx.cell(row, 0, counts.get(i).label(), false, 10);
            Docx.cell(row, 1, Long.toString(counts.get(i).count()), false, 10);
        }
    }

    private static void line(XWPFDocument word, String label, String value) {
        XWPFParagraph p = word.createParagraph();
        p.setSpacingAfter(60);
        Docx.run(p, label + ": ", true, 10, null);
        Docx.run(p, value, false, 10, null);
    }

    private static void styled(XWPFDocument word, String style, String text) {
        XWPFParagraph p = word.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    /** The paragraph styles the document uses, with outline levels for the headings. */
    private static void styles(XWPFDocument word) {
        XWPFStyles styles = word.createStyles();
        styles.addStyle(style("Title", "Title", null, 40, true));
        styles.addStyle(style("Subtitle", "Subtitle", null, 26, false));
        styles.addStyle(style("Heading1", "heading 1", 0, 32, true));
        styles.addStyle(style("Heading2", "heading 2", 1, 24, true));
    }

    /** @param halfPoints the font size in half points, as Word counts */
    private static XWPFStyle style(String id, String name, Integer outlineLevel, int halfPoints, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(120));
        if (outlineLevel != null) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        var run = style.addNewRPr();
        var fonts = run.addNewRFonts();
        fonts.setAscii(Docx.FONT);
        fonts.setHAnsi(Docx.FONT);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style);
    }
}
