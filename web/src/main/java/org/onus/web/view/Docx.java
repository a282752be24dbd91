package org.onus.web.view;

import java.math.BigInteger;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * What the portal's Word documents (the UPR submission, briefs, the mid-term report) share: the
 * document's properties, A4 pages (UN documents are A4; POI's blank document is Letter) and runs in
 * one font. One place, so the three documents cannot drift apart.
 */
final class Docx {

    static final String FONT = "Arial";

    /** A4 in twentieths of a point, with 2.5 cm margins. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final long MARGIN = 1417;

    private Docx() {}

    /** Title, creator and creation time (from the clock, so a test can fix it), and A4 pages. */
    static void begin(XWPFDocument word, String title, Clock clock) {
        var properties = word.getProperties().getCoreProperties();
        properties.setTitle(title);
        properties.setCreator("Onus");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(clock.millis());
        properties.setCreated(Optional.of(created.getTime()));
        a4(word);
    }

    static void a4(XWPFDocument word) {
        CTSectPr section = word.getDocument().getBody().isSetSectPr()
                ? word.getDocument().getBody().getSectPr()
                : word.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
    }

    /** @param colour a hex colour such as {@code C00000}, or null for the text colour */
    static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size, String colour) {
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

    /** Text in a table cell's first paragraph; an absent value is an empty cell. */
    static void cell(XWPFTableRow row, int column, String text, boolean bold, int size) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        run(p, Optional.ofNullable(text).orElse(""), bold, size, null);
    }
}
