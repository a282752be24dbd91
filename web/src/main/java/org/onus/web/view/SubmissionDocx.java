package org.onus.web.view;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
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

    private static final String FONT = "Arial";

    private SubmissionDocx() {}

    /** @param draftMark a warning printed on the title page and above the text, or null for a clean copy */
    public static byte[] write(SubmissionDocument doc, String draftMark, Clock clock) {
        try (XWPFDocument word = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var properties = word.getProperties().getCoreProperties();
            properties.setTitle(doc.title());
            properties.setCreator("Onus");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(clock.millis());
            properties.setCreated(Optional.of(created.getTime()));

            // Title page
            if (draftMark != null) {
                run(word.createParagraph(), draftMark, true, 12, "C00000");
            }
            XWPFParagraph title = word.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingBefore(2400);
            run(title, doc.title(), true, 20, null);
            XWPFParagraph subtitle = word.createParagraph();
            subtitle.setAlignment(ParagraphAlignment.CENTER);
            run(subtitle, doc.subtitle(), false, 13, null);
            if (!doc.coSigners().isEmpty()) {
                XWPFParagraph coalition = word.createParagraph();
                coalition.setAlignment(ParagraphAlignment.CENTER);
                coalition.setSpacingBefore(400);
                run(coalition, "Co-signed by", true, 11, null);
                for (String signer : doc.coSigners()) {
                    XWPFParagraph line = word.createParagraph();
                    line.setAlignment(ParagraphAlignment.CENTER);
                    run(line, signer, false, 11, null);
                }
            }
            XWPFParagraph count = word.createParagraph();
            count.setAlignment(ParagraphAlignment.CENTER);
            count.setSpacingBefore(600);
            run(count, "Word count: " + doc.wordCountLine(), false, 11, null);
            word.createParagraph().createRun().addBreak(BreakType.PAGE);

            // Numbered paragraphs, grouped by theme, with endnote references
            for (SubmissionDocument.Section section : doc.sections()) {
                XWPFParagraph heading = word.createParagraph();
                heading.setSpacingBefore(240);
                run(heading, section.heading(), true, 14, null);
                for (SubmissionDocument.Paragraph p : section.paragraphs()) {
                    XWPFParagraph para = word.createParagraph();
                    para.setSpacingAfter(160);
                    run(para, p.number() + ". " + p.text(), false, 11, null);
                    for (int n : p.notes()) {
                        SubmissionDocument.Endnote source = doc.endnotes().get(n - 1);
                        XWPFEndnote note = word.createEndnote();
                        XWPFParagraph noteText = note.createParagraph();
                        note.ensureFootnoteRef(noteText);
                        run(noteText, " " + source.text(), false, 9, null);
                        para.addFootnoteReference(note);
                    }
                }
            }

            if (!doc.matrix().isEmpty()) {
                XWPFParagraph heading = word.createParagraph();
                heading.setPageBreak(true);
                run(heading, "Annex: earlier recommendations and responses", true, 14, null);
                XWPFTable table = word.createTable(doc.matrix().size() + 1, 4);
                String[] head = {"Review", "Recommendation", "Response", "Follow-up"};
                for (int c = 0; c < head.length; c++) {
                    cell(table.getRow(0), c, head[c], true);
                }
                for (int r = 0; r < doc.matrix().size(); r++) {
                    SubmissionDocument.MatrixRow row = doc.matrix().get(r);
                    XWPFTableRow line = table.getRow(r + 1);
                    cell(line, 0, row.review(), false);
                    cell(line, 1, row.recommendation(), false);
                    cell(line, 2, row.response(), false);
                    cell(line, 3, row.followUp(), false);
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the submission document", e);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, Optional.ofNullable(text).orElse(""), bold, 10, null);
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size, String colour) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        if (colour != null) {
            run.setColor(colour);
        }
        run.setText(text);
        return run;
    }
}
