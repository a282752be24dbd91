package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.evidence.AccessClass;
import org.onus.core.evidence.EvidenceCriteria;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.RuleViolation;
import org.onus.core.upr.FollowUpItem;
import org.onus.core.upr.FollowUpOverview;
import org.onus.core.upr.FollowUpSubject;
import org.onus.core.upr.ImplementationAssessment;
import org.onus.core.upr.ImplementationStatus;
import org.onus.core.upr.SubmissionDocument;
import org.onus.core.upr.UprFollowUpService;
import org.onus.web.errors.RuleViolationMapper;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Messages;
import org.onus.web.view.PageModel;
import org.onus.web.view.UprMidTermReports;
import org.onus.web.view.View;

/**
 * Follow-up between cycles: the overview of what a State supported or noted in a cycle with the
 * latest implementation status of each, one recommendation's status history with the form to
 * record an assessment (UPR drafters), and the mid-term report downloads.
 */
@Path("upr/follow-up")
@RequestScoped
@RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
public class UprFollowUpPages {

    @Inject
    UprFollowUpService followUp;

    @Inject
    UprMidTermReports reports;

    @Inject
    EvidenceLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    PageModel page;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    /** A cited evidence item as shown. */
    public record Citation(UUID id, SubmissionDocument.Source source) {}

    /** One assessment as the history table shows it. */
    public record Row(ImplementationAssessment assessment, List<Citation> citations) {}

    // --- the overview and the report -----------------------------------------------------------

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response overview(@QueryParam("stateUnderReview") String state, @QueryParam("cycle") String cycle) {
        Actor actor = currentUser.require();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("stateUnderReview", Optional.ofNullable(state).orElse(""));
        values.put("cycle", Optional.ofNullable(cycle).orElse(""));
        Form form = Form.of(values);
        boolean asked = values.values().stream().anyMatch(v -> !v.isBlank());
        FollowUpOverview overview = null;
        int status = 200;
        if (asked) {
            try {
                overview = followUp.overview(actor, state, UprMidTermReports.cycle(cycle));
            } catch (InvalidInputException refused) {
                form = form.withProblems(refused.problems());
                status = 400;
            }
        }
        return Response.status(status)
                .entity(View.of("upr/follow-up/index")
                        .with("form", form)
                        .with("overview", overview)
                        .with("statuses", ImplementationStatus.values()))
                .build();
    }

    @GET
    @Path("report.pdf")
    @Produces({UprMidTermReports.PDF, MediaType.TEXT_HTML})
    public Response pdf(@QueryParam("stateUnderReview") String state, @QueryParam("cycle") String cycle) {
        return export(state, cycle, UprMidTermReports.PDF);
    }

    @GET
    @Path("report.docx")
    @Produces({UprMidTermReports.DOCX, MediaType.TEXT_HTML})
    public Response docx(@QueryParam("stateUnderReview") String state, @QueryParam("cycle") String cycle) {
        return export(state, cycle, UprMidTermReports.DOCX);
    }

    private Response export(String state, String cycle, String mediaType) {
        try {
            return reports.export(currentUser.require(), state, UprMidTermReports.cycle(cycle), mediaType);
        } catch (InvalidInputException refused) {
            // Back to the overview's form, which says what to give.
            Response page = overview(state, cycle);
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.getEntity())
                    .build();
        }
    }

    // --- one recommendation's follow-up --------------------------------------------------------

    @GET
    @Path("recommendations/{id}")
    @Produces(MediaType.TEXT_HTML)
    public View own(@PathParam("id") String id) {
        return subjectPage(FollowUpSubject.own(uuid(id)), Form.of(today()));
    }

    @GET
    @Path("records/{id}")
    @Produces(MediaType.TEXT_HTML)
    public View imported(@PathParam("id") String id) {
        return subjectPage(FollowUpSubject.imported(uuid(id)), Form.of(today()));
    }

    @POST
    @Path("recommendations/{id}")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response assessOwn(@PathParam("id") String id) {
        return assess(FollowUpSubject.own(uuid(id)));
    }

    @POST
    @Path("records/{id}")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response assessImported(@PathParam("id") String id) {
        return assess(FollowUpSubject.imported(uuid(id)));
    }

    private Response assess(FollowUpSubject subject) {
        Actor actor = currentUser.require();
        followUp.subject(actor, subject); // 404 before anything else
        Form form = Form.from(request);
        try {
            ImplementationAssessment a = followUp.assess(
                    actor,
                    subject,
                    new ImplementationAssessment.Description(
                            form.value("status"),
                            form.value("assessedOn"),
                            form.value("note"),
                            lines(form.value("evidenceIds"))));
            flash.add(
                    Flash.Level.SUCCESS,
                    "upr.followUp.assessed",
                    Messages.text(page.locale(), "upr.implStatus." + a.status().name()));
            return Response.seeOther(URI.create("/upr/follow-up/" + path(subject)))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(subjectPage(subject, shown(form, refused)))
                    .build();
        }
    }

    private View subjectPage(FollowUpSubject subject, Form form) {
        Actor actor = currentUser.require();
        FollowUpItem item = followUp.subject(actor, subject);
        List<Row> history = followUp.history(actor, subject).stream()
                .map(a -> new Row(a, citations(actor, a.evidenceIds())))
                .toList();
        boolean canAssess = followUp.mayAssess(actor) && item.followable();
        List<EvidenceItem> choices = canAssess
                ? library
                        .search(
                                actor,
                                new EvidenceCriteria(null, null, null, null, null, 0, EvidenceCriteria.MAX_LIMIT))
                        .items()
                        .stream()
                        .filter(e -> e.accessClass() == AccessClass.PUBLIC)
                        .toList()
                : List.of();
        return View.of("upr/follow-up/subject")
                .with("item", item)
                .with("own", subject.kind() == FollowUpSubject.Kind.OWN)
                .with("action", "/upr/follow-up/" + path(subject))
                .with("history", history)
                .with("canAssess", canAssess)
                .with("statuses", ImplementationStatus.values())
                .with("evidenceChoices", choices)
                .with("selectedEvidence", lines(form.value("evidenceIds")))
                .with("form", form);
    }

    private List<Citation> citations(Actor actor, List<UUID> ids) {
        List<Citation> shown = new ArrayList<>();
        for (UUID id : ids) {
            followUp.citation(actor, id).ifPresent(s -> shown.add(new Citation(id, s)));
        }
        return shown;
    }

    /** The form starts with today's date, the usual answer. */
    private Map<String, String> today() {
        return Map.of("assessedOn", LocalDate.now(clock).toString());
    }

    static String path(FollowUpSubject subject) {
        return (subject.kind() == FollowUpSubject.Kind.OWN ? "recommendations/" : "records/") + subject.id();
    }

    private static List<String> lines(String value) {
        return Arrays.stream(value.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Form shown(Form form, RuleViolation refused) {
        if (!(refused instanceof InvalidInputException)) {
            // Not the form's fault (no response yet, OTHER, not a drafter): the summary says why.
            return form.withProblem(Form.GENERAL, refused.getMessage());
        }
        return form.withProblems(refused.problems());
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "UPR item");
    }
}
