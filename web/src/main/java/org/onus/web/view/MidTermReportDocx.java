package org.onus.web.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.onus.core.upr.MidTermReport;

/**
 * Writes the mid-term report as a Word document with Apache POI, on A4 with the styles of {@link
 * Docx} (Title, Heading 1, Heading 2), so the headings show in Word's navigation pane and the team
 * can restyle the file before sending it: the summary of counts as tables, then each
 * recommendation with its latest status, and the cited evidence as a numbered list of sources.
 */
public final class MidTermReportDocx {

    private MidTermReportDocx() {}

    /** In English; see {@link #write(MidTermReport, Clock, Locale)}. */
    public static byte[] write(MidTermReport report, Clock clock) {
        return write(report, clock, Locale.ENGLISH);
    }

    /** @param locale the language of the document's own labels (the report's text is the team's) */
    public static byte[] write(MidTermReport report, Clock clock, Locale locale) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.begin(word, report.title(), clock, locale);

            Docx.styled(word, "Title", report.title());
            Docx.styled(word, "Subtitle", report.subtitle());

            Docx.styled(word, "Heading1", Docx.text(locale, "documents.report.summary"));
            XWPFParagraph intro = word.createParagraph();
            Docx.run(intro, report.summary(), false, 11, null);
            String recommendations = Docx.text(locale, "documents.report.recommendations");
            counts(
                    word,
                    Docx.text(locale, "documents.report.implementationStatus"),
                    recommendations,
                    report.byStatus());
            word.createParagraph();
            counts(word, Docx.text(locale, "documents.report.response"), recommendations, report.byResponse());

            Docx.styled(word, "Heading1", recommendations);
            for (MidTermReport.Entry e : report.entries()) {
                Docx.styled(word, "Heading2", e.number() + ". " + e.reference());
                XWPFParagraph text = word.createParagraph();
                text.setSpacingAfter(120);
                Docx.run(text, e.text(), false, 11, null);
                line(word, locale, "documents.report.recommendingState", e.recommendingState());
                line(word, locale, "documents.report.response", e.response());
                line(
                        word,
                        locale,
                        "documents.report.implementationStatus",
                        e.assessedOn().isEmpty()
                                ? e.status()
                                : Docx.text(locale, "documents.report.statusAsOf", e.status(), e.assessedOn()));
                if (!e.note().isEmpty()) {
                    line(word, locale, "documents.report.assessment", e.note());
                }
                if (!e.sources().isEmpty()) {
                    line(
                            word,
                            locale,
                            "documents.report.sources",
                            String.join(
                                    ", ",
                                    e.sources().stream().map(n -> "[" + n + "]").toList()));
                }
            }

            if (!report.sources().isEmpty()) {
                Docx.styled(word, "Heading1", Docx.text(locale, "documents.report.sources"));
                for (MidTermReport.Source s : report.sources()) {
                    XWPFParagraph p = word.createParagraph();
                    p.setIndentationHanging(425);
                    p.setIndentationLeft(425);
                    Docx.run(p, "[" + s.number() + "] " + s.text(), false, 10, null);
                }
            }
            Docx.finish(word, locale);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the mid-term report", e);
        }
    }

    private static void counts(
            XWPFDocument word, String heading, String countHeading, List<MidTermReport.Count> counts) {
        XWPFTable table = Docx.table(word, counts.size() + 1, 2);
        Docx.cell(table.getRow(0), 0, heading, true, 10);
        Docx.cell(table.getRow(0), 1, countHeading, true, 10);
        for (int i = 0; i < counts.size(); i++) {
            XWPFTableRow row = table.getRow(i + 1);
            Docx.cell(row, 0, counts.get(i).label(), false, 10);
            Docx.cell(row, 1, Long.toString(counts.get(i).count()), false, 10);
        }
    }

    private static void line(XWPFDocument word, Locale locale, String labelKey, String value) {
        XWPFParagraph p = word.createParagraph();
        p.setSpacingAfter(60);
        Docx.run(p, Docx.text(locale, "documents.label", Docx.text(locale, labelKey)) + " ", true, 10, null);
        Docx.run(p, value, false, 10, null);
    }
}
