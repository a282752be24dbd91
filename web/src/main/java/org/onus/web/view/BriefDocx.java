package org.onus.web.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
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

    /** @param draftMark a warning printed above the title, or null for a clean copy */
    public static byte[] write(BriefDocument doc, String draftMark, Clock clock) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.begin(word, doc.title(), clock);

            if (draftMark != null) {
                Docx.run(word.createParagraph(), draftMark, true, 10, "C00000");
            }
            Docx.run(word.createParagraph(), doc.title(), true, 14, null);
            Docx.run(word.createParagraph(), doc.subtitle(), false, 10, null);
            if (!doc.coSigners().isEmpty()) {
                Docx.run(word.createParagraph(), "Co-signed by: " + String.join("; ", doc.coSigners()), false, 9, null);
            }

            heading(word, doc.proposedHeading());
            if (doc.proposed().isEmpty()) {
                Docx.run(
                        word.createParagraph(),
                        "No approved recommendation is proposed for " + doc.state() + " yet.",
                        false,
                        10,
                        null);
            }
            for (BriefDocument.Paragraph p : doc.proposed()) {
                XWPFParagraph para = word.createParagraph();
                para.setSpacingAfter(100);
                Docx.run(para, p.number() + ". " + p.text(), false, 10, null);
                for (int n : p.notes()) {
                    BriefDocument.Endnote source = doc.endnotes().get(n - 1);
                    XWPFEndnote note = word.createEndnote();
                    XWPFParagraph noteText = note.createParagraph();
                    note.ensureFootnoteRef(noteText);
                    Docx.run(noteText, " " + source.text(), false, 8, null);
                    para.addFootnoteReference(note);
                }
            }

            heading(word, doc.earlierHeading());
            if (doc.earlier().isEmpty()) {
                Docx.run(
                        word.createParagraph(),
                        "No earlier recommendation by " + doc.state() + " is on record.",
                        false,
                        10,
                        null);
            } else {
                XWPFTable table = word.createTable(doc.earlier().size() + 1, 4);
                String[] head = {"Cycle", "Reference", "Recommendation", "Response"};
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
            Docx.run(count, "Word count: " + doc.wordCountLine(), false, 8, null);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the brief", e);
        }
    }

    private static void heading(XWPFDocument word, String text) {
        XWPFParagraph heading = word.createParagraph();
        heading.setSpacingBefore(200);
        Docx.run(heading, text, true, 11, null);
    }
}
