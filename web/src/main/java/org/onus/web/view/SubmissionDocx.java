package org.onus.web.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.onus.core.upr.SubmissionDocument;

/**
 * Writes a UPR submission as a Word document with Apache POI: a title page (with the co-signing
 * organisations' names and countries, never their contacts), numbered paragraphs
 * grouped by theme, the sources as real Word endnotes (so they renumber if the team edits the file
 * before sending it), and the matrix of earlier recommendations as a table. Paragraph numbers are
 * written as text, not as a Word list, so they stay what the word count and the PDF say.
 */
public final class SubmissionDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private SubmissionDocx() {}

    /** In English; see {@link #write(SubmissionDocument, String, Clock, Locale)}. */
    public static byte[] write(SubmissionDocument doc, String draftMark, Clock clock) {
        return write(doc, draftMark, clock, Locale.ENGLISH);
    }

    /**
     * @param draftMark a warning printed on the title page and above the text, or null for a clean copy
     * @param locale the language of the document's own labels (the text is the team's)
     */
    public static byte[] write(SubmissionDocument doc, String draftMark, Clock clock, Locale locale) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Docx.begin(word, doc.title(), clock, locale);

            // Title page
            if (draftMark != null) {
                Docx.run(word.createParagraph(), draftMark, true, 12, "C00000");
            }
            XWPFParagraph title = Docx.styled(word, "Title", doc.title());
            title.setSpacingBefore(2400);
            Docx.styled(word, "Subtitle", doc.subtitle());
            if (!doc.coSigners().isEmpty()) {
                XWPFParagraph coalition = word.createParagraph();
                coalition.setAlignment(ParagraphAlignment.CENTER);
                coalition.setSpacingBefore(400);
                Docx.run(coalition, Docx.text(locale, "documents.coSigners.heading"), true, 11, null);
                for (String signer : doc.coSigners()) {
                    XWPFParagraph line = word.createParagraph();
                    line.setAlignment(ParagraphAlignment.CENTER);
                    Docx.run(line, signer, false, 11, null);
                }
            }
            XWPFParagraph count = word.createParagraph();
            count.setAlignment(ParagraphAlignment.CENTER);
            count.setSpacingBefore(600);
            Docx.run(count, Docx.text(locale, "documents.wordCount", doc.wordCountLine()), false, 11, null);
            word.createParagraph().createRun().addBreak(BreakType.PAGE);

            // Numbered paragraphs, grouped by theme, with endnote references
            for (SubmissionDocument.Section section : doc.sections()) {
                Docx.styled(word, "Heading1", section.heading());
                for (SubmissionDocument.Paragraph p : section.paragraphs()) {
                    XWPFParagraph para = word.createParagraph();
                    para.setSpacingAfter(160);
                    Docx.run(para, p.number() + ". " + p.text(), false, 11, null);
                    for (int n : p.notes()) {
                        Docx.endnote(word, para, doc.endnotes().get(n - 1).text(), 9);
                    }
                }
            }

            if (!doc.matrix().isEmpty()) {
                XWPFParagraph heading = Docx.styled(word, "Heading1", Docx.text(locale, "documents.submission.annex"));
                heading.setPageBreak(true);
                XWPFTable table = Docx.table(word, doc.matrix().size() + 1, 4);
                String[] head = {
                    Docx.text(locale, "documents.submission.review"),
                    Docx.text(locale, "documents.submission.recommendation"),
                    Docx.text(locale, "documents.submission.response"),
                    Docx.text(locale, "documents.submission.followUp")
                };
                for (int c = 0; c < head.length; c++) {
                    Docx.cell(table.getRow(0), c, head[c], true, 10);
                }
                for (int r = 0; r < doc.matrix().size(); r++) {
                    SubmissionDocument.MatrixRow row = doc.matrix().get(r);
                    XWPFTableRow line = table.getRow(r + 1);
                    Docx.cell(line, 0, row.review(), false, 10);
                    Docx.cell(line, 1, row.recommendation(), false, 10);
                    Docx.cell(line, 2, row.response(), false, 10);
                    Docx.cell(line, 3, row.followUp(), false, 10);
                }
            }
            Docx.finish(word, locale);
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the submission document", e);
        }
    }
}
