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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.submission.Submission;
import org.onus.core.submission.SubmissionService;
import org.onus.core.submission.SubmissionStatus;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.PageLinks;
import org.onus.web.view.View;

/** The regulators' triage queue of public submissions; auditors read it. */
@Path("submissions")
@RequestScoped
@RolesAllowed({Role.Names.REGULATOR, Role.Names.AUDITOR})
public class SubmissionTriagePages {

    static final int PAGE = 25;

    @Inject
    SubmissionService submissions;

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Languages languages;

    @Inject
    Flash flash;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View queue(@QueryParam("status") String status, @QueryParam("page") String page) {
        Actor actor = currentUser.require();
        int current = PageLinks.pageNumber(page);
        Form form = Form.of(Map.of("status", status == null ? "" : status));
        SubmissionService.SubmissionPage results = new SubmissionService.SubmissionPage(List.of(), 0);
        try {
            results = submissions.list(actor, status, (current - 1) * PAGE, PAGE);
        } catch (InvalidInputException refused) {
            form = form.withProblems(refused.problems());
        }
        return View.of("submissions/queue")
                .with("form", form)
                .with("results", results)
                .with("page", current)
                .with("pages", (int) Math.max(1, (results.total() + PAGE - 1) / PAGE))
                .with("statuses", SubmissionStatus.values());
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public View submission(@PathParam("id") String id) {
        return detail(submissions.get(currentUser.require(), uuid(id)), Form.empty());
    }

    @POST
    @Path("{id}/question")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response ask(@PathParam("id") String id) {
        Form form = Form.from(request);
        return act(id, form, "submissions.flash.asked", (a, s) -> submissions.ask(a, s, form.value("question")));
    }

    @POST
    @Path("{id}/accept")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response accept(@PathParam("id") String id) {
        return act(id, Form.from(request), "submissions.flash.accepted", submissions::accept);
    }

    @POST
    @Path("{id}/link")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response link(@PathParam("id") String id) {
        Form form = Form.from(request);
        String target = form.value("target").strip();
        boolean policy = "policy".equals(form.value("kind"));
        return act(
                id,
                form,
                "submissions.flash.linked",
                (a, s) ->
                        policy ? submissions.linkToPolicy(a, s, target) : submissions.linkToDesignation(a, s, target));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response reject(@PathParam("id") String id) {
        Form form = Form.from(request);
        return act(id, form, "submissions.flash.rejected", (a, s) -> submissions.reject(a, s, form.value("reason")));
    }

    private interface Step {
        Submission apply(Actor actor, UUID submission);
    }

    private Response act(String id, Form form, String flashKey, Step step) {
        Actor actor = currentUser.require();
        UUID submission = uuid(id);
        try {
            step.apply(actor, submission);
            flash.add(Flash.Level.SUCCESS, flashKey);
            return Response.seeOther(URI.create("/submissions/" + submission)).build();
        } catch (InvalidInputException | ConflictException refused) {
            int status = refused instanceof ConflictException ? 409 : 400;
            return Response.status(status)
                    .entity(detail(
                            submissions.get(actor, submission),
                            form.withProblems(
                                    refused.problems().isEmpty()
                                            ? List.of(new org.onus.core.problem.Problem(
                                                    Form.GENERAL, refused.getMessage()))
                                            : refused.problems())))
                    .build();
        } catch (NotFoundException missing) {
            if (missing.getMessage() != null && missing.getMessage().startsWith("Submission")) {
                throw missing;
            }
            return Response.status(400)
                    .entity(detail(
                            submissions.get(actor, submission), form.withProblem("target", missing.getMessage())))
                    .build();
        }
    }

    private View detail(Submission submission, Form form) {
        Actor actor = currentUser.require();
        Locale locale = languages.choose(request);
        return View.of("submissions/submission")
                .with("submission", submission)
                .with("form", form)
                .with("regionNames", regions.namesByCode(locale))
                .with(
                        "mayTriage",
                        SubmissionService.mayTriage(actor)
                                && !submission.status().closed())
                .with("mayReadContact", SubmissionService.mayReadContact(actor));
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "Submission");
    }
}
