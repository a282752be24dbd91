package org.onus.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onus.core.identity.Actor;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.upr.BriefDocument;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.SubmissionDocument;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprSearch;
import org.onus.core.upr.UprService;
import org.onus.web.http.ContentDisposition;

/**
 * Makes the submission file for the API and the pages alike: the same word-limit rule, the same
 * document, the same audit record.
 */
@RequestScoped
public class UprSubmissions {

    public static final String PDF = PdfRenderer.MEDIA_TYPE;

    @Inject
    UprService upr;

    @Inject
    PdfRenderer pdfRenderer;

    @Inject
    PageModel page;

    @Inject
    Clock clock;

    /**
     * @param draft allow a submission over the limit, marked as a draft on its title page
     * @throws ConflictException over the limit without {@code draft}, with the count
     */
    public Response export(Actor actor, UUID reviewId, String mediaType, boolean draft) {
        SubmissionDocument doc = upr.submission(actor, reviewId);
        Locale locale = page.locale();
        String mark = null;
        if (doc.overLimit()) {
            String over = Messages.text(locale, "documents.submission.overLimit", doc.wordCount(), doc.wordLimit());
            mark = draftMark(
                    locale, over, draft, Messages.text(locale, "documents.submission.draftMark", doc.wordCountLine()));
        }
        String base = doc.review().stateUnderReview() + " UPR " + doc.review().cycle() + "th cycle submission"
                + (mark == null ? "" : " (draft)");
        Map<String, Object> model = new HashMap<>();
        model.put("doc", doc);
        model.put("draftMark", mark);
        boolean pdf = PDF.equals(mediaType);
        byte[] bytes = pdf
                ? pdfRenderer.render("upr/submission", model, locale)
                : SubmissionDocx.write(doc, mark, clock, locale);
        upr.recordExport(actor, doc, pdf ? "PDF" : "DOCX", mark != null);
        return attachment(bytes, mediaType, base, doc.wordCount());
    }

    /**
     * The advocacy brief for one State's permanent mission, under the same rule as the submission:
     * over its limit it is refused unless marked as a draft.
     *
     * @throws ConflictException over the limit without {@code draft}, with the count
     */
    public Response exportBrief(Actor actor, UUID reviewId, String state, String mediaType, boolean draft) {
        BriefDocument doc = upr.brief(actor, reviewId, state);
        Locale locale = page.locale();
        String mark = null;
        if (doc.overLimit()) {
            String over =
                    Messages.text(locale, "documents.brief.overLimit", doc.state(), doc.wordCount(), doc.wordLimit());
            mark = draftMark(
                    locale, over, draft, Messages.text(locale, "documents.brief.draftMark", doc.wordCountLine()));
        }
        String base = doc.review().stateUnderReview() + " UPR " + doc.review().cycle() + "th cycle brief for "
                + doc.state() + (mark == null ? "" : " (draft)");
        Map<String, Object> model = new HashMap<>();
        model.put("brief", doc);
        model.put("draftMark", mark);
        boolean pdf = PDF.equals(mediaType);
        byte[] bytes =
                pdf ? pdfRenderer.render("upr/review-brief", model, locale) : BriefDocx.write(doc, mark, clock, locale);
        upr.recordBriefExport(actor, doc, pdf ? "PDF" : "DOCX", mark != null);
        return attachment(bytes, mediaType, base, doc.wordCount());
    }

    /**
     * One rule for a document over its word limit: refused with the count (409 {@code WORD_LIMIT}),
     * or, when the drafter asks for a draft, written with {@code mark} at its top. Both in the
     * reader's language, like the document.
     */
    private static String draftMark(Locale locale, String over, boolean draft, String mark) {
        if (!draft) {
            throw new ConflictException(
                    Messages.text(locale, "documents.overLimit.advice", over),
                    List.of(new Problem("WORD_LIMIT", over)));
        }
        return mark;
    }

    private static Response attachment(byte[] bytes, String mediaType, String baseName, int words) {
        String fileName = baseName + (PDF.equals(mediaType) ? ".pdf" : ".docx");
        return Response.ok(bytes, mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(ContentDisposition.savable(fileName)))
                .header("X-Word-Count", words)
                .build();
    }

    /** Reads search parameters; a theme, session or response that cannot be read is a 400, not an empty list. */
    public static UprSearch criteria(String theme, String state, String session, String response, String q) {
        Theme t = null;
        if (theme != null && !theme.isBlank()) {
            t = Theme.parse(theme)
                    .orElseThrow(() -> InvalidInputException.of("theme", "\"" + theme + "\" is not a theme"));
        }
        Integer s = null;
        if (session != null && !session.isBlank()) {
            try {
                s = Integer.parseInt(session.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("session", "Give the session as a number, e.g. 45");
            }
        }
        StateResponse r = null;
        if (response != null && !response.isBlank()) {
            try {
                r = StateResponse.valueOf(response.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("response", "Choose SUPPORTED or NOTED");
            }
        }
        return new UprSearch(t, blank(state), s, r, blank(q));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
