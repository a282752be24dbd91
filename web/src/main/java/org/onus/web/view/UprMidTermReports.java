package org.onus.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import org.onus.core.identity.Actor;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.upr.MidTermReport;
import org.onus.core.upr.UprFollowUpService;
import org.onus.web.http.ContentDisposition;

/** Makes the mid-term report file for the API and the pages alike, with the same audit record. */
@RequestScoped
public class UprMidTermReports {

    public static final String PDF = PdfRenderer.MEDIA_TYPE;
    public static final String DOCX = SubmissionDocx.MEDIA_TYPE;

    @Inject
    UprFollowUpService followUp;

    @Inject
    PdfRenderer pdfRenderer;

    @Inject
    PageModel page;

    @Inject
    Clock clock;

    /** @param mediaType {@link #PDF} or {@link #DOCX} */
    public Response export(Actor actor, String stateUnderReview, Integer cycle, String mediaType) {
        MidTermReport report = followUp.midTermReport(actor, stateUnderReview, cycle);
        boolean pdf = PDF.equals(mediaType);
        byte[] bytes = pdf
                ? pdfRenderer.render("upr/follow-up/report", Map.of("report", report), page.locale())
                : MidTermReportDocx.write(report, clock, page.locale());
        followUp.recordReportExport(actor, report, pdf ? "PDF" : "DOCX");
        String fileName = report.fileBase() + (pdf ? ".pdf" : ".docx");
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(ContentDisposition.savable(fileName)))
                .build();
    }

    /** Reads the cycle parameter; empty is null (the service says what to give), unreadable is a 400. */
    public static Integer cycle(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("cycle", "Give the cycle as a number, e.g. 4");
        }
    }
}
