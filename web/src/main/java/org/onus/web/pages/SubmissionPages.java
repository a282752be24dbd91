package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.sector.SectorService;
import org.onus.core.submission.Submission;
import org.onus.core.submission.SubmissionService;
import org.onus.core.submission.SubmissionSettings;
import org.onus.web.http.PublicAttachments;
import org.onus.web.security.ClientAddress;
import org.onus.web.security.CsrfToken;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;
import org.onus.web.view.View;

/**
 * The public submission point for people: the form, the receipt (the code shown once), and the
 * follow-up by receipt code, which is always sent by POST so that it stays out of addresses and logs.
 */
@Path("submit")
@RequestScoped
@PermitAll
public class SubmissionPages {

    /** When the form was shown to this session: a form sent back sooner was not filled in by a person. */
    static final String SHOWN_AT = "onus.submission.form-shown-at";

    /** The field people do not see (and screen readers skip); only robots fill it in. */
    static final String HONEYPOT = "website";

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionSettings settings;

    @Inject
    RegionDirectory regions;

    @Inject
    SectorService sectors;

    @Inject
    CsrfToken csrf;

    @Inject
    Languages languages;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View form() {
        request.getSession(true).setAttribute(SHOWN_AT, clock.instant());
        return form(Form.empty(), false);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response submit() throws IOException {
        Form form = Form.from(request);
        Submission.Description description = new Submission.Description(
                form.value("summary"),
                values("regionCodes"),
                values("sectorCodes"),
                lines(form.value("producers")),
                lines(form.value("sources")),
                "yes".equals(form.value("contactAllowed")),
                form.value("contact"));
        try (PublicAttachments attachments = PublicAttachments.of(request, "attachments", submissions)) {
            if (!form.value(HONEYPOT).isEmpty() || tooQuick()) {
                request.getSession(true).setAttribute(SHOWN_AT, clock.instant());
                return Response.status(400)
                        .entity(form(
                                form.withProblem(Form.GENERAL, text("submissions.error.tooQuick")),
                                !attachments.isEmpty()))
                        .build();
            }
            try {
                SubmissionService.Receipt receipt = submissions.submit(
                        ClientAddress.of(request, settings), description, attachments.stage(settings.maxAttachments()));
                request.getSession(true).removeAttribute(SHOWN_AT);
                return noStore(Response.ok(View.of("submissions/receipt")
                        .with("code", receipt.code())
                        .with("csrfToken", csrf.value())));
            } catch (InvalidInputException refused) {
                return Response.status(400)
                        .entity(form(form.withProblems(refused.problems()), !attachments.isEmpty()))
                        .build();
            } catch (UploadRejectedException refused) {
                return Response.status(refused.reason().status())
                        .entity(form(form.withProblem("attachments", refused.getMessage()), true))
                        .build();
            }
        }
    }

    @GET
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    public View statusForm() {
        request.getSession(true);
        return View.of("submissions/status-form").with("form", Form.empty()).with("csrfToken", csrf.value());
    }

    @POST
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    public Response status() {
        Form form = Form.from(request);
        try {
            Submission submission =
                    submissions.byReceipt(ClientAddress.of(request, settings), form.value("receiptCode"));
            return noStore(Response.ok(status(submission, form.value("receiptCode"), Form.empty(), false)));
        } catch (NotFoundException unknown) {
            return notFound(form);
        }
    }

    @POST
    @Path("answer")
    @Produces(MediaType.TEXT_HTML)
    public Response answer() {
        Form form = Form.from(request);
        String code = form.value("receiptCode");
        String address = ClientAddress.of(request, settings);
        try {
            Submission submission = submissions.answer(address, code, form.value("questionId"), form.value("text"));
            return noStore(Response.ok(status(submission, code, Form.empty(), true)));
        } catch (InvalidInputException | ConflictException refused) {
            Submission submission;
            try {
                submission = submissions.byReceipt(address, code);
            } catch (NotFoundException unknown) {
                return notFound(form);
            }
            int status = refused instanceof ConflictException ? 409 : 400;
            Form problems = refused instanceof ConflictException
                    ? form.withProblem("text", text("submissions.error.answered"))
                    : form.withProblem("text", text("submissions.error.answer"));
            return noStore(Response.status(status).entity(status(submission, code, problems, false)));
        } catch (NotFoundException unknown) {
            return notFound(form);
        }
    }

    private Response notFound(Form form) {
        return noStore(Response.status(404)
                .entity(View.of("submissions/status-form")
                        .with("form", form.withProblem("receiptCode", text("submissions.error.unknownCode")))
                        .with("csrfToken", csrf.value())));
    }

    private View status(Submission submission, String code, Form form, boolean answered) {
        return View.of("submissions/status")
                .with("submission", submission)
                .with("receiptCode", code)
                .with("form", form)
                .with("answered", answered)
                .with("csrfToken", csrf.value());
    }

    private View form(Form form, boolean fileLost) {
        Locale locale = languages.choose(request);
        Set<String> chosenRegions = new TreeSet<>(values("regionCodes"));
        Set<String> chosenSectors = new TreeSet<>(values("sectorCodes"));
        return View.of("submissions/form")
                .with("form", form)
                .with("fileLost", fileLost)
                .with("regions", regions.namesByCode(locale))
                .with("sectors", sectors.all())
                .with("chosenRegions", chosenRegions)
                .with("chosenSectors", chosenSectors)
                .with("maxAttachments", settings.maxAttachments())
                .with("maxMiB", Math.max(1, settings.maxAttachmentBytes() / (1024 * 1024)))
                .with("accepted", UploadInspector.acceptedTypes())
                .with("csrfToken", csrf.value());
    }

    private boolean tooQuick() {
        HttpSession session = request.getSession(false);
        Object shown = session == null ? null : session.getAttribute(SHOWN_AT);
        if (!(shown instanceof Instant at)) {
            return false;
        }
        return Duration.between(at, clock.instant()).compareTo(settings.minFillTime()) < 0;
    }

    private List<String> values(String name) {
        String[] raw = request.getParameterValues(name);
        return raw == null
                ? List.of()
                : Arrays.stream(raw).filter(v -> !v.isBlank()).toList();
    }

    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static Response noStore(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return response.cacheControl(noStore).build();
    }

    private String text(String key) {
        return Messages.text(languages.choose(request), key);
    }
}
