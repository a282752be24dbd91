package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.onus.core.designation.DesignationService;
import org.onus.core.entity.RemovalRequest;
import org.onus.core.entity.RemovalRequestPage;
import org.onus.core.entity.RemovalRequestService;
import org.onus.core.entity.RemovalStatus;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.submission.SubmissionService;
import org.onus.core.submission.SubmissionSettings;
import org.onus.web.http.PathIds;
import org.onus.web.http.PublicAttachments;
import org.onus.web.security.ClientAddress;
import org.onus.web.security.CsrfToken;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;
import org.onus.web.view.PageLinks;
import org.onus.web.view.View;

/**
 * Removal requests on the entity list: the public form, receipt and follow-up by receipt code
 * (always by POST), the public decisions, and the regulators' triage with its four-eyes decision.
 */
@Path("entities/removal-requests")
@RequestScoped
@PermitAll
public class EntityRemovalPages {

    /** Requests, or decisions, to a page of their list. */
    static final int PAGE = 25;

    static final String SHOWN_AT = "onus.removal-request.form-shown-at";
    static final String HONEYPOT = "website";

    @Inject
    RemovalRequestService requests;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionSettings settings;

    @Inject
    DesignationService designations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CsrfToken csrf;

    @Inject
    Languages languages;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @Context
    HttpServletRequest request;

    /** One producer on the list as the form offers it: "designation id|producer name". */
    public record ListingOption(String value, String label) {}

    // --- the public ----------------------------------------------------------------------------------

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public View form() {
        request.getSession(true).setAttribute(SHOWN_AT, clock.instant());
        return form(Form.empty());
    }

    @POST
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public Response file() throws IOException {
        Form form = Form.from(request);
        try (PublicAttachments attachments = PublicAttachments.of(request, "attachments", submissions)) {
            if (!form.value(HONEYPOT).isEmpty() || tooQuick()) {
                request.getSession(true).setAttribute(SHOWN_AT, clock.instant());
                return Response.status(400)
                        .entity(form(form.withProblem(Form.GENERAL, text("entities.error.tooQuick"))))
                        .build();
            }
            String listing = form.value("listing");
            int bar = listing.indexOf('|');
            String designationId = bar < 0 ? listing : listing.substring(0, bar);
            String producer = bar < 0 ? "" : listing.substring(bar + 1);
            try {
                RemovalRequestService.Receipt receipt = requests.file(
                        ClientAddress.of(request, settings),
                        designationId,
                        producer,
                        new RemovalRequest.Description(
                                form.value("relation"), form.value("reasons"), form.value("contact")),
                        attachments.stage(settings.maxAttachments()));
                request.getSession(true).removeAttribute(SHOWN_AT);
                return noStore(Response.ok(View.of("entities/removal-receipt")
                        .with("code", receipt.code())
                        .with("reference", receipt.request().reference())));
            } catch (InvalidInputException refused) {
                List<org.onus.core.problem.Problem> problems = refused.problems().stream()
                        .map(p -> p.code().equals("designationId") || p.code().equals("producerName")
                                ? new org.onus.core.problem.Problem("listing", p.message())
                                : p)
                        .toList();
                return Response.status(400)
                        .entity(form(form.withProblems(problems)))
                        .build();
            } catch (UploadRejectedException refused) {
                return Response.status(refused.reason().status())
                        .entity(form(form.withProblem("attachments", refused.getMessage())))
                        .build();
            }
        }
    }

    @GET
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    public View statusForm() {
        request.getSession(true);
        return View.of("entities/removal-status").with("form", Form.empty()).with("removal", null);
    }

    @POST
    @Path("status")
    @Produces(MediaType.TEXT_HTML)
    public Response status() {
        Form form = Form.from(request);
        try {
            RemovalRequest r = requests.byReceipt(ClientAddress.of(request, settings), form.value("receiptCode"));
            return noStore(Response.ok(View.of("entities/removal-status")
                    .with("form", Form.empty())
                    .with("removal", r)));
        } catch (NotFoundException unknown) {
            return noStore(Response.status(404)
                    .entity(View.of("entities/removal-status")
                            .with("form", form.withProblem("receiptCode", text("entities.error.unknownCode")))
                            .with("removal", null)));
        }
    }

    @GET
    @Path("decisions")
    @Produces(MediaType.TEXT_HTML)
    public View decisions(@QueryParam("page") String page) {
        PageLinks.Shown<RemovalRequestPage> shownPage = PageLinks.read(
                PageLinks.pageNumber(page),
                PAGE,
                requests::decisionPage,
                RemovalRequestPage::items,
                RemovalRequestPage::total);
        RemovalRequestPage found = shownPage.page();
        int number = shownPage.number();
        int pages = PageLinks.pages(found.total(), PAGE);
        String base = "/entities/removal-requests/decisions";
        IntFunction<String> href = n -> n == 1 ? base : base + "?page=" + n;
        return paged(View.of("entities/removal-decisions").with("decisions", found.items()), found, number, href);
    }

    // --- regulators and auditors ---------------------------------------------------------------------

    @GET
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public Response queue(
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        Actor actor = currentUser.require();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", status == null ? "" : status.strip());
        values.put("sort", sort == null ? "" : sort.strip());
        Form form = Form.of(values);
        int number = PageLinks.pageNumber(page);
        int code = 200;
        RemovalRequestPage found;
        try {
            PageLinks.Shown<RemovalRequestPage> shownPage = PageLinks.read(
                    number,
                    PAGE,
                    (offset, size) -> requests.list(actor, status, sort, offset, size),
                    RemovalRequestPage::items,
                    RemovalRequestPage::total);
            found = shownPage.page();
            number = shownPage.number();
        } catch (InvalidInputException refused) {
            // Status and order come from the form and the column header: a mangled one shows every request.
            form = Form.of(Map.of("status", "", "sort", ""))
                    .withProblem("status", text("entities.queue.filter.invalid"));
            found = requests.list(actor, null, null, 0, PAGE);
            number = 1;
            code = 400;
        }
        Form shown = form;
        boolean oldestFirst = form.value("sort").equals("received");
        View view = View.of("entities/removal-queue")
                .with("requests", found.items())
                .with("form", form)
                .with("statuses", RemovalStatus.values())
                .with(
                        "receivedHeader",
                        new PageLinks.SortHeader(
                                queueHref(form.value("status"), oldestFirst ? "" : "received", 1),
                                oldestFirst ? "ascending" : "descending"));
        return Response.status(code)
                .entity(paged(view, found, number, n -> queueHref(shown.value("status"), shown.value("sort"), n)))
                .build();
    }

    /** The queue's address with its filter and order on page {@code page}; blanks and the first page left out. */
    static String queueHref(String status, String sort, int page) {
        StringBuilder href = new StringBuilder("/entities/removal-requests");
        String sep = "?";
        for (String[] p :
                new String[][] {{"status", status}, {"sort", sort}, {"page", page > 1 ? String.valueOf(page) : ""}}) {
            if (p[1] != null && !p[1].isBlank()) {
                href.append(sep).append(p[0]).append('=').append(URLEncoder.encode(p[1], StandardCharsets.UTF_8));
                sep = "&";
            }
        }
        return href.toString();
    }

    /** A list's position, count and GOV.UK pagination, as fragments/pagination reads them. */
    private static View paged(View view, RemovalRequestPage found, int page, IntFunction<String> href) {
        int pages = PageLinks.pages(found.total(), PAGE);
        return view.with("total", found.total())
                .with("from", found.items().isEmpty() ? 0 : (page - 1) * PAGE + 1)
                .with("to", (page - 1) * PAGE + found.items().size())
                .with("pages", pages)
                .with("pageLinks", PageLinks.of(page, pages, href))
                .with("prevHref", page > 1 ? href.apply(page - 1) : null)
                .with("nextHref", page < pages ? href.apply(page + 1) : null);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        Actor actor = currentUser.require();
        return detail(requests.get(actor, PathIds.uuid(id, "Removal request")), Form.empty());
    }

    @POST
    @Path("{id}/proposal")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response propose(@PathParam("id") String id) {
        Form form = Form.from(request);
        return act(
                id,
                form,
                "entities.flash.proposed",
                (a, r) -> requests.propose(a, r, form.value("outcome"), form.value("reason")));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("id") String id) {
        Form form = Form.from(request);
        boolean approved = "approve".equals(form.value("decision"));
        return act(
                id,
                form,
                approved ? "entities.flash.decided" : "entities.flash.sentBack",
                (a, r) -> requests.decide(a, r, approved, form.value("comment")));
    }

    private interface Step {
        RemovalRequest apply(Actor actor, UUID request);
    }

    private Response act(String id, Form form, String flashKey, Step step) {
        Actor actor = currentUser.require();
        UUID target = PathIds.uuid(id, "Removal request");
        try {
            step.apply(actor, target);
            flash.add(Flash.Level.SUCCESS, flashKey);
            return Response.seeOther(URI.create("/entities/removal-requests/" + target))
                    .build();
        } catch (InvalidInputException | ConflictException refused) {
            int status = refused instanceof ConflictException ? 409 : 400;
            return Response.status(status)
                    .entity(detail(
                            requests.get(actor, target),
                            form.withProblems(
                                    refused.problems().isEmpty()
                                            ? List.of(new org.onus.core.problem.Problem(
                                                    Form.GENERAL, refused.getMessage()))
                                            : refused.problems())))
                    .build();
        }
    }

    private View detail(RemovalRequest r, Form form) {
        Actor actor = currentUser.require();
        return View.of("entities/removal-request")
                .with("removal", r)
                .with("form", form)
                .with("mayReadContact", RemovalRequestService.mayReadContact(actor))
                .with("mayPropose", actor.has(Role.REGULATOR) && r.status() == RemovalStatus.RECEIVED)
                .with(
                        "mayDecide",
                        actor.has(Role.SENIOR_REGULATOR)
                                && r.status() == RemovalStatus.PROPOSED
                                && !actor.username().equals(r.proposedBy()))
                .with("csrfToken", csrf.value());
    }

    // -------------------------------------------------------------------------------------------------

    private View form(Form form) {
        List<ListingOption> listings = designations.producersListedToday().stream()
                .map(p -> new ListingOption(
                        p.designationId() + "|" + p.producerName(), p.producerName() + " — " + p.designationTitle()))
                .toList();
        return View.of("entities/removal-form")
                .with("form", form)
                .with("listings", listings)
                .with("maxAttachments", settings.maxAttachments())
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

    private static Response noStore(Response.ResponseBuilder response) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return response.cacheControl(noStore).build();
    }

    private String text(String key) {
        return Messages.text(languages.choose(request), key);
    }
}
