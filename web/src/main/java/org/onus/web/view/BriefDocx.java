package org.onus.web.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.onus.core.upr.BriefDocument;

/**
 * Writes an advocacy brief for a permanent mission as a Word document: one page at 10 pt, with the
 * title and the co-signing organisations (never their contacts) at the top, the recommendations
 * proposed for the State as numbered paragraphs with real Word endnotes for the evidence, and what
 * the State recommended before as a small table.
 */
public final class BriefDocx {

    private BriefDocx() {}

    /** In English; see {@link #write(BriefDocument, String, Clock, Locale)}. */
    public static byte[] write(BriefDocument doc, String draftMark, Clock clock) {
        return write(doc, draftMark, clock, Locale.ENGLISH);
    }

    /**
     * @param draftMark a warning printed above the title, or null for a clean copy
     * @param locale the language of the document's own labels (the text is the team's)
     */
    public static byte[] write(BriefDocument doc, String draftMark, Clock clock, Locale locale) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.begin(word, doc.title(), clock, locale);

            if (draftMark != null) {
                Docx.run(word.createParagraph(), draftMark, true, 10, "C00000");
            }
            XWPFParagraph title = word.createParagraph();
            title.setStyle("Heading1");
            Docx.run(title, doc.title(), true, 14, null);
            Docx.run(word.createParagraph(), doc.subtitle(), false, 10, null);
            if (!doc.coSigners().isEmpty()) {
                Docx.run(
                        word.createParagraph(),
                        Docx.text(locale, "documents.coSigners.list", String.join("; ", doc.coSigners())),
                        false,
                        9,
                        null);
            }

            heading(word, doc.proposedHeading());
            if (doc.proposed().isEmpty()) {
                Docx.run(
                        word.createParagraph(),
                        Docx.text(locale, "documents.brief.noneProposed", doc.state()),
                        false,
                        10,
                        null);
            }
            for (BriefDocument.Paragraph p : doc.proposed()) {
                XWPFParagraph para = word.createParagraph();
                para.setSpacingAfter(100);
                Docx.run(para, p.number() + ". " + p.text(), false, 10, null);
                for (int n : p.notes()) {
                    Docx.endnote(word, para, doc.endnotes().get(n - 1).text(), 8);
                }
            }

            heading(word, doc.earlierHeading());
            if (doc.earlier().isEmpty()) {
                Docx.run(
                        word.createParagraph(),
                        Docx.text(locale, "documents.brief.noneEarlier", doc.state()),
                        false,
                        10,
                        null);
            } else {
                XWPFTable table = Docx.table(word, doc.earlier().size() + 1, 4);
                String[] head = {
                    Docx.text(locale, "documents.brief.cycle"),
                    Docx.text(locale, "documents.brief.reference"),
                    Docx.text(locale, "documents.brief.recommendation"),
                    Docx.text(locale, "documents.brief.response")
                };
                for (int c = 0; c < head.length; c++) {
                    Docx.cell(table.getRow(0), c, head[c], true, 8);
                }
                for (int r = 0; r < doc.earlier().size(); r++) {
                    BriefDocument.EarlierRow row = doc.earlier().get(r);
                    XWPFTableRow line = table.getRow(r + 1);
                    Docx.cell(line, 0, row.review(), false, 8);
                    Docx.cell(line, 1, row.reference(), false, 8);
                    Docx.cell(line, 2, row.text(), false, 8);
                    Docx.cell(line, 3, row.response(), false, 8);
                }
            }
            XWPFParagraph count = word.createParagraph();
            count.setSpacingBefore(200);
            Docx.run(count, Docx.text(locale, "documents.wordCount", doc.wordCountLine()), false, 8, null);
            Docx.finish(word, locale);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the brief", e);
        }
    }

    /** A Heading 2 (navigation pane, keep with next) at the brief's small size. */
    private static void heading(XWPFDocument word, String text) {
        XWPFParagraph heading = word.createParagraph();
        heading.setStyle("Heading2");
        heading.setSpacingBefore(200);
        Docx.run(heading, text, true, 11, null);
    }
}
