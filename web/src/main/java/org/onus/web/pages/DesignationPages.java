package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
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
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onus.core.designation.AssessmentItem;
import org.onus.core.designation.CoreFeature;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationAction;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationPage;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.designation.Dimension;
import org.onus.core.designation.ListVersionPage;
import org.onus.core.designation.PendingDecision;
import org.onus.core.designation.Phase;
import org.onus.core.designation.RationaleKind;
import org.onus.core.designation.RiskAssessment;
import org.onus.core.evidence.EvidenceCriteria;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.sector.SectorService;
import org.onus.web.errors.RuleViolationMapper;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;
import org.onus.web.view.PageLinks;
import org.onus.web.view.PdfRenderer;
import org.onus.web.view.PdfView;
import org.onus.web.view.View;

/**
 * Designations: the public list (as of any day, with its version history and diffs), and the
 * regulators' pages to draft, assess, submit, review, amend, and to ask for and decide (four
 * eyes) a revocation on the merits or a withdrawal for error, and to decide a lapse review.
 */
@Path("designations")
@RequestScoped
public class DesignationPages {

    /** The prefixes of the fields of the forms that end a designation, so that their problems stay apart. */
    /** List versions, and designations, to a page of their lists. */
    static final int VERSIONS_PAGE = 25;

    static final int ALL_PAGE = 25;

    /** Designations per page of the public list in force. */
    static final int LIST_PAGE = 50;

    static final String REVOCATION = "revocation";

    static final String WITHDRAWAL = "withdrawal";
    static final String DECISION = "decision";
    static final String LAPSE = "lapse";

    @Inject
    org.onus.core.entity.RemovalRequestService removalRequests;

    @Inject
    DesignationService designations;

    @Inject
    RegionDirectory regions;

    @Inject
    SectorService sectors;

    @Inject
    PolicyRegistry policies;

    @Inject
    EvidenceLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @Inject
    Languages languages;

    @Context
    HttpServletRequest request;

    /** A cited evidence item as shown: its title, and whether this reader may open it. */
    public record Citation(UUID id, String title, String source, boolean canOpen) {}

    /** One matrix cell for the templates. */
    public record CellRow(AssessmentItem item, Phase phase, Dimension dimension, RiskAssessment.Cell cell) {
        public String field() {
            return "matrix." + phase + "." + dimension;
        }
    }

    // --- public list ---------------------------------------------------------------------------

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("asOf") String asOf, @QueryParam("page") String page) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today;
        Form form = Form.of(Map.of("asOf", asOf == null ? "" : asOf));
        int status = 200;
        if (asOf != null && !asOf.isBlank()) {
            try {
                day = LocalDate.parse(asOf.strip());
            } catch (DateTimeParseException e) {
                form = form.withProblem("asOf", text("designations.list.asOf.invalid"));
                status = 400;
            }
        }
        LocalDate shownDay = day;
        // An authority lists thousands of designations (issue 14): the page shows one page of them.
        PageLinks.Shown<DesignationPage> shownPage = PageLinks.read(
                PageLinks.pageNumber(page),
                LIST_PAGE,
                (offset, size) -> designations.effectiveOn(shownDay, offset, size),
                DesignationPage::items,
                DesignationPage::total);
        DesignationPage found = shownPage.page();
        int number = shownPage.number();
        int pages = PageLinks.pages(found.total(), LIST_PAGE);
        String asOfValue = status == 200 && asOf != null && !asOf.isBlank() ? day.toString() : "";
        Optional<Actor> actor = currentUser.actor();
        return Response.status(status)
                .entity(View.of("designations/list")
                        .with("designations", found.items())
                        .with("total", found.total())
                        .with("from", found.items().isEmpty() ? 0 : (number - 1) * LIST_PAGE + 1)
                        .with("to", (number - 1) * LIST_PAGE + found.items().size())
                        .with("pages", pages)
                        .with("pageLinks", PageLinks.of(number, pages, n -> listHref(asOfValue, n)))
                        .with("prevHref", number > 1 ? listHref(asOfValue, number - 1) : null)
                        .with("nextHref", number < pages ? listHref(asOfValue, number + 1) : null)
                        .with("day", day)
                        .with("today", today)
                        .with("form", form)
                        .with("latest", designations.latestListStamp().orElse(null))
                        .with("names", names())
                        .with(
                                "isRegulator",
                                actor.map(a -> a.has(Role.REGULATOR)).orElse(false))
                        .with(
                                "canSeeAll",
                                actor.map(DesignationPages::mayReadUnpublished).orElse(false)))
                .build();
    }

    /** The list in force on a day (none: today), on {@code page}; page 1 left out. */
    static String listHref(String asOf, int page) {
        StringBuilder href = new StringBuilder("/designations");
        String sep = "?";
        if (!asOf.isEmpty()) {
            href.append(sep).append("asOf=").append(asOf);
            sep = "&";
        }
        if (page > 1) {
            href.append(sep).append("page=").append(page);
        }
        return href.toString();
    }

    @GET
    @Path("all")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.TEXT_HTML)
    public Response all(
            @QueryParam("status") String status, @QueryParam("sort") String sort, @QueryParam("page") String page) {
        Actor actor = currentUser.require();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", status == null ? "" : status.strip());
        values.put("sort", sort == null ? "" : sort.strip());
        Form form = Form.of(values);
        int number = PageLinks.pageNumber(page);
        int code = 200;
        DesignationPage found;
        try {
            PageLinks.Shown<DesignationPage> shownPage = PageLinks.read(
                    number,
                    ALL_PAGE,
                    (offset, size) -> designations.page(actor, status, sort, offset, size),
                    DesignationPage::items,
                    DesignationPage::total);
            found = shownPage.page();
            number = shownPage.number();
        } catch (InvalidInputException refused) {
            // Status and order come from the form and the headers: a mangled one shows every designation.
            form = Form.of(Map.of("status", "", "sort", ""))
                    .withProblem("status", text("designations.all.filter.invalid"));
            found = designations.page(actor, null, null, 0, ALL_PAGE);
            number = 1;
            code = 400;
        }
        int pages = PageLinks.pages(found.total(), ALL_PAGE);
        int shown = number;
        String filter = form.value("status");
        String order = form.value("sort");
        Map<String, PageLinks.SortHeader> headers = new LinkedHashMap<>();
        for (String column : List.of("title", "from")) {
            boolean current = (order.isEmpty() ? "title" : order.replace("-", "")).equals(column);
            boolean descending = order.startsWith("-");
            String next = current && !descending ? "-" + column : column;
            headers.put(
                    column,
                    new PageLinks.SortHeader(
                            allHref(filter, next.equals("title") ? "" : next, 1),
                            current ? (descending ? "descending" : "ascending") : "none"));
        }
        return Response.status(code)
                .entity(View.of("designations/all")
                        .with("designations", found.items())
                        .with("names", names())
                        .with("isRegulator", actor.has(Role.REGULATOR))
                        .with("form", form)
                        .with("statuses", DesignationStatus.values())
                        .with("sortHeaders", headers)
                        .with("total", found.total())
                        .with("from", found.items().isEmpty() ? 0 : (shown - 1) * ALL_PAGE + 1)
                        .with("to", (shown - 1) * ALL_PAGE + found.items().size())
                        .with("pages", pages)
                        .with("pageLinks", PageLinks.of(shown, pages, n -> allHref(filter, order, n)))
                        .with("prevHref", shown > 1 ? allHref(filter, order, shown - 1) : null)
                        .with("nextHref", shown < pages ? allHref(filter, order, shown + 1) : null))
                .build();
    }

    /** The list of every designation with its filter and order, on {@code page}; blanks and page 1 left out. */
    static String allHref(String status, String sort, int page) {
        StringBuilder href = new StringBuilder("/designations/all");
        String sep = "?";
        for (String[] p :
                new String[][] {{"status", status}, {"sort", sort}, {"page", page > 1 ? String.valueOf(page) : ""}}) {
            if (p[1] != null && !p[1].isBlank()) {
                href.append(sep)
                        .append(p[0])
                        .append('=')
                        .append(java.net.URLEncoder.encode(p[1], java.nio.charset.StandardCharsets.UTF_8));
                sep = "&";
            }
        }
        return href.toString();
    }

    @GET
    @Path("versions")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public View versions(@QueryParam("page") String page) {
        return versionsPage(PageLinks.pageNumber(page), false);
    }

    @GET
    @Path("versions/{n}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public View version(@PathParam("n") String n) {
        DesignationListVersion v = designations.listVersion(number(n));
        return View.of("designations/version")
                .with("version", v)
                .with("names", names())
                .with("removalDecisions", removalRequests.decisions(v.number(), v.number()));
    }

    @GET
    @Path("versions/diff")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        org.onus.core.designation.ListDiff diff;
        try {
            diff = designations.diff(number(from), number(to));
        } catch (NotFoundException unknown) {
            // Two version numbers typed into the form: one that is not a version is the form's error.
            return Response.status(400).entity(versionsPage(1, true)).build();
        }
        int low = Math.min(diff.from().number(), diff.to().number());
        int high = Math.max(diff.from().number(), diff.to().number());
        return Response.ok(View.of("designations/diff")
                        .with("diff", diff)
                        .with("names", names())
                        .with("removalDecisions", high > low ? removalRequests.decisions(low + 1, high) : List.of()))
                .build();
    }

    /** A page of the list versions, newest first, with the form comparing two of them. */
    private View versionsPage(int page, boolean diffError) {
        ListVersionPage found = designations.listVersionPage((page - 1) * VERSIONS_PAGE, VERSIONS_PAGE);
        int pages = PageLinks.pages(found.total(), VERSIONS_PAGE);
        if (found.rows().isEmpty() && found.total() > 0) {
            // Past the last page: the last page.
            return versionsPage(pages, diffError);
        }
        int latest = found.total() == 0 ? 0 : designations.latestListVersionNumber();
        View view = View.of("designations/versions")
                .with("versions", found.rows())
                .with("total", found.total())
                .with("from", (page - 1) * VERSIONS_PAGE + 1)
                .with("to", (page - 1) * VERSIONS_PAGE + found.rows().size())
                .with("latest", latest)
                .with("pages", pages)
                .with("pageLinks", PageLinks.of(page, pages, DesignationPages::versionsHref))
                .with("prevHref", page > 1 ? versionsHref(page - 1) : null)
                .with("nextHref", page < pages ? versionsHref(page + 1) : null);
        return diffError ? view.with("diffError", true) : view;
    }

    private static String versionsHref(int page) {
        return page == 1 ? "/designations/versions" : "/designations/versions?page=" + page;
    }

    // --- one designation -----------------------------------------------------------------------

    @GET
    @Path("{id}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public View one(@PathParam("id") String id) {
        return page(designations.get(currentUser.actor(), uuid(id)), Form.empty());
    }

    @GET
    @Path("{id}/assessment")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public View assessment(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        return assessmentView("designations/assessment", d);
    }

    @GET
    @Path("{id}/assessment.pdf")
    @PermitAll
    @Produces(PdfRenderer.MEDIA_TYPE)
    public PdfView assessmentPdf(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        PdfView pdf = PdfView.of(
                "designations/assessment",
                text("designations.assessment.pdfName", d.title(), Integer.toString(d.version())));
        assessmentModel(d).forEach(pdf::with);
        return pdf;
    }

    View assessmentView(String template, Designation d) {
        View view = View.of(template);
        assessmentModel(d).forEach(view::with);
        return view;
    }

    /** One model for the assessment page and its PDF, so that both say the same. */
    private Map<String, Object> assessmentModel(Designation d) {
        RiskAssessment a = d.assessment();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("designation", d);
        model.put("assessment", a);
        model.put("cells", cells(a));
        model.put("phases", Phase.values());
        model.put("dimensions", Dimension.values());
        model.put("citations", citations(a, currentUser.actor()));
        model.put("missing", a.missing());
        model.put("coreFeatures", CoreFeature.values());
        model.put("names", names());
        model.put("policies", designations.policiesOf(d));
        return model;
    }

    @GET
    @Path("new")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public View newForm() {
        return form(null, Form.empty());
    }

    @POST
    @Path("new")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response create() {
        Form form = Form.from(request);
        try {
            Designation d = designations.draft(currentUser.require(), description(form));
            flash.add(Flash.Level.SUCCESS, "designations.saved", d.title());
            return Response.seeOther(URI.create("/designations/" + d.id())).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(form(null, form.withProblems(refused.problems())))
                    .build();
        }
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public View editForm(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", d.title());
        values.put("regionCodes", String.join(" ", d.regionCodes()));
        values.put("sectorCodes", String.join("\n", d.sectorCodes()));
        values.put("legalBasis", d.legalBasis());
        values.put("rationale", d.rationale());
        values.put(
                "policyIds",
                String.join("\n", d.policyIds().stream().map(UUID::toString).toList()));
        values.put("effectiveFrom", d.effectiveFrom().toString());
        values.put("effectiveTo", d.effectiveTo() == null ? "" : d.effectiveTo().toString());
        values.put("lockVersion", Long.toString(d.lockVersion()));
        values.put(
                "producers",
                String.join(
                        "\n",
                        d.producers().stream()
                                .map(DesignationPages::producerLine)
                                .toList()));
        return form(d, Form.of(values));
    }

    @POST
    @Path("{id}/edit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        Form form = Form.from(request);
        try {
            Long lock = form.value("lockVersion").isBlank() ? null : Long.parseLong(form.value("lockVersion"));
            designations.redescribe(currentUser.require(), d.id(), lock, description(form));
            flash.add(Flash.Level.SUCCESS, "designations.saved", d.title());
            return Response.seeOther(URI.create("/designations/" + d.id())).build();
        } catch (NumberFormatException e) {
            return Response.status(400)
                    .entity(form(d, form.withProblem(Form.GENERAL, text("designations.form.incomplete"))))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(form(d, shown(form, refused)))
                    .build();
        }
    }

    @GET
    @Path("{id}/assessment/edit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public View editAssessment(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        return assessmentForm(d, d.assessment(), Form.empty());
    }

    @POST
    @Path("{id}/assessment/edit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response saveAssessment(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        List<Problem> unreadable = new ArrayList<>();
        RiskAssessment submitted = assessmentFrom(unreadable);
        Form form = Form.from(request);
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            designations.assess(currentUser.require(), d.id(), submitted);
            List<Problem> missing = submitted.missing();
            if (missing.isEmpty()) {
                flash.add(Flash.Level.SUCCESS, "designations.assessment.saved.complete");
            } else {
                flash.add(
                        Flash.Level.INFO, "designations.assessment.saved.incomplete", Integer.toString(missing.size()));
            }
            return Response.seeOther(URI.create("/designations/" + d.id() + "/assessment"))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(assessmentForm(d, submitted, shown(form, refused)))
                    .build();
        }
    }

    // --- actions -------------------------------------------------------------------------------

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") String id) {
        return act(id, "designations.submitted", d -> designations.submit(currentUser.require(), d));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("id") String id) {
        return act(id, "designations.approved", d -> designations.approve(currentUser.require(), d));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response returnToDrafter(@PathParam("id") String id) {
        String comment = request.getParameter("comment");
        return act(id, "designations.returned", d -> designations.returnToDrafter(currentUser.require(), d, comment));
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response review(@PathParam("id") String id) {
        String comment = request.getParameter("comment");
        String raw = request.getParameter("decision");
        Designation d = designations.get(currentUser.actor(), uuid(id));
        Actor actor = currentUser.require();
        try {
            return switch (org.onus.core.designation.ReviewDecision.parse(raw)) {
                case CONFIRM -> {
                    designations.confirm(actor, d.id(), comment);
                    flash.add(Flash.Level.SUCCESS, "designations.confirmed", d.title());
                    yield Response.seeOther(URI.create("/designations/" + d.id()))
                            .build();
                }
                case AMEND -> {
                    Designation next = designations.amend(actor, d.id());
                    flash.add(Flash.Level.SUCCESS, "designations.amendmentDrafted", Integer.toString(next.version()));
                    yield Response.seeOther(URI.create("/designations/" + next.id()))
                            .build();
                }
                case REVOKE, WITHDRAW -> {
                    // Revocation and withdrawal have their own forms: evidence per requirement, or a
                    // legal basis. Send the person there rather than refuse a form that cannot pass.
                    flash.add(Flash.Level.INFO, "designations.useEndForms");
                    yield Response.seeOther(URI.create("/designations/" + d.id() + "#end-designation"))
                            .build();
                }
            };
        } catch (RuleViolation refused) {
            Form form = Form.of(Map.of("decision", raw == null ? "" : raw, "comment", comment == null ? "" : comment));
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(page(designations.get(Optional.of(actor), d.id()), shown(form, refused)))
                    .build();
        }
    }

    // --- revocation, withdrawal, lapse --------------------------------------------------------

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response revoke(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        Form form = Form.from(request);
        List<Problem> unreadable = new ArrayList<>();
        Map<String, List<UUID>> evidence = new LinkedHashMap<>();
        for (RequirementCode code : Designation.evidenceRequirements()) {
            String field = REVOCATION + "-" + code.code();
            List<UUID> cited = ids(field, REVOCATION + "-evidence." + code.code(), unreadable);
            if (!cited.isEmpty()) {
                evidence.put(code.code(), cited);
            }
        }
        String reason = form.value(REVOCATION + "-reason");
        return ended(
                d,
                form,
                REVOCATION,
                "designations.revocationProposed",
                unreadable,
                () -> designations.proposeRevocation(currentUser.require(), d.id(), reason, evidence));
    }

    @POST
    @Path("{id}/revocation/decision")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response decideRevocation(@PathParam("id") String id) {
        return decide(id, PendingDecision.Kind.REVOCATION);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response withdraw(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        Form form = Form.from(request);
        return ended(
                d,
                form,
                WITHDRAWAL,
                "designations.withdrawalProposed",
                List.of(),
                () -> designations.proposeWithdrawal(
                        currentUser.require(),
                        d.id(),
                        form.value(WITHDRAWAL + "-reason"),
                        form.value(WITHDRAWAL + "-legalBasis")));
    }

    @POST
    @Path("{id}/withdrawal/decision")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.TEXT_HTML)
    public Response decideWithdrawal(@PathParam("id") String id) {
        return decide(id, PendingDecision.Kind.WITHDRAWAL);
    }

    @POST
    @Path("{id}/lapse-review")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.TEXT_HTML)
    public Response reviewLapse(@PathParam("id") String id) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        Form form = Form.from(request);
        List<Problem> unreadable = new ArrayList<>();
        LocalDate to = null;
        String rawTo = form.value(LAPSE + "-effectiveTo").strip();
        if (!rawTo.isEmpty()) {
            try {
                to = LocalDate.parse(rawTo);
            } catch (DateTimeParseException e) {
                unreadable.add(new Problem("effectiveTo", text("designations.lapse.effectiveTo.invalid")));
            }
        }
        LocalDate newLastDay = to;
        String rawDecision = form.value(LAPSE + "-decision");
        String successKey = "EXTEND".equals(rawDecision) ? "designations.extended" : "designations.lapseDecided";
        return ended(d, form, LAPSE, successKey, unreadable, () -> {
            var decision = org.onus.core.designation.LapseDecision.parse(rawDecision);
            if (decision == org.onus.core.designation.LapseDecision.LAPSE && newLastDay != null) {
                throw InvalidInputException.of("effectiveTo", text("designations.lapse.effectiveTo.notWithLapse"));
            }
            return designations.reviewLapse(
                    currentUser.require(), d.id(), decision, newLastDay, form.value(LAPSE + "-comment"));
        });
    }

    private Response decide(String id, PendingDecision.Kind kind) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        Form form = Form.from(request);
        String raw = form.value(DECISION + "-approved");
        List<Problem> unreadable = new ArrayList<>();
        if (!raw.equals("true") && !raw.equals("false")) {
            unreadable.add(new Problem("approved", text("designations.decide.choose." + kind.name())));
        }
        boolean approved = raw.equals("true");
        String comment = form.value(DECISION + "-comment");
        return ended(
                d,
                form,
                DECISION,
                approved ? "designations." + kind.noun() + "Approved" : "designations." + kind.noun() + "Refused",
                unreadable,
                () -> kind == PendingDecision.Kind.REVOCATION
                        ? designations.decideRevocation(currentUser.require(), d.id(), approved, comment)
                        : designations.decideWithdrawal(currentUser.require(), d.id(), approved, comment));
    }

    /**
     * Runs one of the forms that end (or keep) a published designation; a refusal re-renders the
     * page with what was typed and chosen, each problem beside its field of that form.
     */
    private Response ended(
            Designation d,
            Form form,
            String prefix,
            String successKey,
            List<Problem> unreadable,
            java.util.function.Supplier<Designation> action) {
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            Designation after = action.get();
            flash.add(Flash.Level.SUCCESS, successKey, after.title());
            return Response.seeOther(URI.create("/designations/" + d.id())).build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(page(designations.get(currentUser.actor(), d.id()), prefixed(shown(form, refused), prefix)))
                    .build();
        }
    }

    /** The same form with each field's problems under the field as this form names it ("withdrawal-reason"). */
    static Form prefixed(Form form, String prefix) {
        List<Problem> problems = new ArrayList<>();
        for (Problem p : form.problems()) {
            problems.add(
                    p.code().equals(Form.GENERAL) || p.code().startsWith(prefix + "-")
                            ? p
                            : new Problem(prefix + "-" + p.code(), p.message()));
        }
        return form.withProblems(problems);
    }

    private Response act(String id, String successKey, java.util.function.Function<UUID, Designation> action) {
        Designation d = designations.get(currentUser.actor(), uuid(id));
        try {
            Designation after = action.apply(d.id());
            flash.add(Flash.Level.SUCCESS, successKey, after.title());
            return Response.seeOther(URI.create("/designations/" + d.id())).build();
        } catch (RuleViolation refused) {
            Form form = Form.of(Map.of(
                    "comment",
                    Optional.ofNullable(request.getParameter("comment")).orElse("")));
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(page(designations.get(currentUser.actor(), d.id()), shown(form, refused)))
                    .build();
        }
    }

    // --- building pages ------------------------------------------------------------------------

    private View page(Designation d, Form actionForm) {
        Optional<Actor> actor = currentUser.actor();
        // What the buttons offer is what the service accepts: both come from the aggregate.
        Set<DesignationAction> actions = designations.allowedActions(actor, d);
        boolean senior = actor.map(a -> a.has(Role.SENIOR_REGULATOR)).orElse(false);
        boolean ownWork =
                actor.map(a -> d.contributors().contains(a.username())).orElse(false);
        boolean published = d.status() == DesignationStatus.PUBLISHED;
        PendingDecision pending =
                published && readsUnpublished(actor) ? d.pending().orElse(null) : null;
        boolean ownRequest = pending != null
                && actor.map(a -> a.username().equals(pending.by())).orElse(false);
        boolean canDecide = actions.contains(DesignationAction.DECIDE_REVOCATION)
                || actions.contains(DesignationAction.DECIDE_WITHDRAWAL);
        boolean canAskToEnd = actions.contains(DesignationAction.PROPOSE_REVOCATION);
        return View.of("designations/designation")
                .with("designation", d)
                .with("names", names())
                .with("policies", designations.policiesOf(d))
                .with("versions", designations.versions(actor, d))
                .with("missing", d.assessment().missing())
                .with("actions", actions)
                .with("canEdit", actions.contains(DesignationAction.EDIT))
                .with("canSubmit", actions.contains(DesignationAction.SUBMIT))
                .with("canReview", actions.contains(DesignationAction.APPROVE))
                .with("ownWorkInReview", senior && ownWork && d.status() == DesignationStatus.IN_REVIEW)
                .with("canReviewInForce", actions.contains(DesignationAction.CONFIRM))
                .with("canAmend", actions.contains(DesignationAction.AMEND))
                .with("decidesRevocation", actions.contains(DesignationAction.DECIDE_REVOCATION))
                .with("statusTag", statusTag(d.status()))
                .with("pending", pending)
                .with("pendingCitations", pending == null ? Map.of() : citations(pending.evidence(), actor))
                .with("ownRequest", ownRequest)
                .with("canDecide", canDecide)
                .with("canAskToEnd", canAskToEnd)
                .with("policiesToRepeal", canAskToEnd ? designations.policiesToRepeal(d) : List.of())
                .with("proofCodes", Designation.evidenceRequirements())
                .with("evidenceChoices", canAskToEnd ? evidenceChoices(actor.orElseThrow()) : List.of())
                .with("lapseReviewOpen", actions.contains(DesignationAction.REVIEW_LAPSE))
                .with("lapseDecided", published && d.lapseDecidedBy() != null)
                .with(
                        "seeTimeline",
                        actor.map(DesignationPages::mayReadUnpublished).orElse(false))
                .with("actionForm", actionForm);
    }

    private static String statusTag(DesignationStatus status) {
        return switch (status) {
            case PUBLISHED -> "govuk-tag--red";
            case DRAFT -> "govuk-tag--grey";
            case IN_REVIEW, APPROVED -> "govuk-tag--yellow";
            default -> "govuk-tag--green";
        };
    }

    private List<EvidenceItem> evidenceChoices(Actor actor) {
        return library.search(actor, new EvidenceCriteria(null, null, null, null, null, 0, EvidenceCriteria.MAX_LIMIT))
                .items();
    }

    private View form(Designation d, Form form) {
        return View.of("designations/form")
                .with("designation", d)
                .with("form", form)
                .with("sectors", sectors.all())
                .with("policies", policies.all());
    }

    private View assessmentForm(Designation d, RiskAssessment a, Form form) {
        Actor actor = currentUser.require();
        return View.of("designations/assessment-form")
                .with("designation", d)
                .with("assessment", a)
                .with("cells", cells(a))
                .with("coreFeatures", CoreFeature.values())
                .with("rationales", RationaleKind.values())
                .with(
                        "evidenceChoices",
                        library.search(
                                        actor,
                                        new EvidenceCriteria(
                                                null, null, null, null, null, 0, EvidenceCriteria.MAX_LIMIT))
                                .items())
                .with("form", form);
    }

    /** Reads the assessment form; ids that are not ids become problems rather than errors. */
    private RiskAssessment assessmentFrom(List<Problem> problems) {
        Map<AssessmentItem, RiskAssessment.Cell> cells = new EnumMap<>(AssessmentItem.class);
        for (AssessmentItem item : AssessmentItem.matrix()) {
            String field = "matrix." + item.phase().orElseThrow() + "."
                    + item.dimension().orElseThrow();
            RiskAssessment.Cell cell = new RiskAssessment.Cell(
                    request.getParameter(field + ".findings"),
                    ids(field, field + ".evidenceIds", problems),
                    request.getParameter(field + ".noEvidenceReason"));
            if (cell.findings() != null || !cell.evidenceIds().isEmpty() || cell.noEvidenceReason() != null) {
                cells.put(item, cell);
            }
        }
        Set<CoreFeature> features = EnumSet.noneOf(CoreFeature.class);
        for (String raw : values("coreFeatures")) {
            try {
                features.add(CoreFeature.valueOf(raw));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("coreFeatures", text("designations.assessment.notCoreFeature", raw)));
            }
        }
        RationaleKind rationale = null;
        String rawRationale = request.getParameter("rationale");
        if (rawRationale != null && !rawRationale.isBlank()) {
            try {
                rationale = RationaleKind.valueOf(rawRationale);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("rationale", text("designations.assessment.chooseRationale")));
            }
        }
        return new RiskAssessment(
                precondition("employmentPolicy", problems),
                precondition("mobilisationApparatus", problems),
                cells,
                features,
                rationale);
    }

    private RiskAssessment.Precondition precondition(String field, List<Problem> problems) {
        return new RiskAssessment.Precondition(
                "true".equals(request.getParameter(field + ".present")),
                request.getParameter(field + ".findings"),
                ids(field, field + ".evidenceIds", problems));
    }

    private List<UUID> ids(String field, String parameter, List<Problem> problems) {
        List<UUID> ids = new ArrayList<>();
        for (String raw : values(parameter)) {
            try {
                ids.add(UUID.fromString(raw.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(field, text("designations.assessment.notEvidenceId", raw)));
            }
        }
        return ids;
    }

    private List<String> values(String parameter) {
        String[] v = request.getParameterValues(parameter);
        return v == null
                ? List.of()
                : Arrays.stream(v).filter(s -> !s.isBlank()).toList();
    }

    static List<CellRow> cells(RiskAssessment a) {
        return AssessmentItem.matrix().stream()
                .map(item -> new CellRow(
                        item,
                        item.phase().orElseThrow(),
                        item.dimension().orElseThrow(),
                        a.matrix().get(item)))
                .toList();
    }

    private Map<UUID, Citation> citations(RiskAssessment a, Optional<Actor> reader) {
        return citations(a.citedEvidence(), reader);
    }

    /** The evidence a pending revocation cites, over all its requirement codes. */
    private Map<UUID, Citation> citations(Map<String, Set<UUID>> cited, Optional<Actor> reader) {
        return citations(cited.values().stream().flatMap(Set::stream).distinct().toList(), reader);
    }

    private Map<UUID, Citation> citations(java.util.Collection<UUID> ids, Optional<Actor> reader) {
        Map<UUID, Citation> shown = new LinkedHashMap<>();
        for (UUID id : ids) {
            Optional<EvidenceItem> item = library.cited(id);
            boolean canOpen = item.map(e -> reader.map(e::visibleTo)
                            .orElse(e.accessClass() == org.onus.core.evidence.AccessClass.PUBLIC))
                    .orElse(false);
            shown.put(
                    id,
                    new Citation(
                            id,
                            item.filter(e -> canOpen).map(EvidenceItem::title).orElse(text("designations.restricted")),
                            item.filter(e -> canOpen).map(EvidenceItem::source).orElse(""),
                            canOpen));
        }
        return shown;
    }

    /** Region and sector names by code, for showing codes in words. */
    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>(regions.namesByCode());
        sectors.all().forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    private static DesignationDraft description(Form form) {
        return new DesignationDraft(
                form.value("title"),
                split(form.value("regionCodes")),
                split(form.value("sectorCodes")),
                form.value("legalBasis"),
                form.value("rationale"),
                split(form.value("policyIds")),
                form.value("effectiveFrom"),
                form.value("effectiveTo"),
                producers(form.value("producers")));
    }

    /**
     * One producer per line: its name, optionally "| region code", and any number of "| alias: A; B",
     * "| former: C", "| reg: USCC 91650100MA775X1234" (scheme, then number) and "| address: line @ region
     * code" segments.
     */
    static List<DesignationDraft.Producer> producers(String text) {
        List<DesignationDraft.Producer> producers = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            String name = parts[0].strip();
            String region = null;
            List<String> aliases = new ArrayList<>();
            List<String> formers = new ArrayList<>();
            List<DesignationDraft.Registration> numbers = new ArrayList<>();
            List<DesignationDraft.Address> addresses = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].strip();
                int colon = part.indexOf(':');
                String key = colon < 0 ? "" : part.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                String value = colon < 0 ? part : part.substring(colon + 1).strip();
                switch (key) {
                    case "alias", "aliases" -> aliases.addAll(items(value));
                    case "former", "former names", "former name" -> formers.addAll(items(value));
                    case "reg", "registration" -> {
                        for (String n : items(value)) {
                            int space = n.indexOf(' ');
                            numbers.add(
                                    space < 0
                                            ? new DesignationDraft.Registration(null, n)
                                            : new DesignationDraft.Registration(
                                                    n.substring(0, space), n.substring(space + 1)));
                        }
                    }
                    case "address" -> {
                        int at = value.lastIndexOf('@');
                        addresses.add(
                                at < 0
                                        ? new DesignationDraft.Address(value, null)
                                        : new DesignationDraft.Address(
                                                value.substring(0, at).strip(),
                                                value.substring(at + 1).strip()));
                    }
                    default -> {
                        if (region == null && !part.isEmpty()) {
                            region = part;
                        } else if (!part.isEmpty()) {
                            name = name + " | " + part;
                        }
                    }
                }
            }
            producers.add(new DesignationDraft.Producer(name, region, aliases, formers, numbers, addresses));
        }
        return producers;
    }

    /** A producer as one line of the form, the way {@link #producers(String)} reads it. */
    static String producerLine(org.onus.core.designation.ListedProducer p) {
        StringBuilder line = new StringBuilder(p.name());
        if (p.regionCode() != null) {
            line.append(" | ").append(p.regionCode());
        }
        if (!p.aliases().isEmpty()) {
            line.append(" | alias: ").append(String.join("; ", p.aliases()));
        }
        if (!p.formerNames().isEmpty()) {
            line.append(" | former: ").append(String.join("; ", p.formerNames()));
        }
        if (!p.registrationNumbers().isEmpty()) {
            line.append(" | reg: ")
                    .append(String.join(
                            "; ",
                            p.registrationNumbers().stream()
                                    .map(Object::toString)
                                    .toList()));
        }
        for (var a : p.addresses()) {
            line.append(" | address: ").append(a.line());
            if (a.regionCode() != null) {
                line.append(" @ ").append(a.regionCode());
            }
        }
        return line.toString();
    }

    private static List<String> items(String value) {
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static Form shown(Form form, RuleViolation refused) {
        List<Problem> problems = new ArrayList<>();
        if (refused instanceof InvalidInputException) {
            problems.addAll(refused.problems());
        } else {
            problems.add(new Problem(Form.GENERAL, refused.getMessage()));
            problems.addAll(refused.problems());
        }
        return form.withProblems(
                problems.isEmpty() ? List.of(new Problem(Form.GENERAL, refused.getMessage())) : problems);
    }

    private static boolean readsUnpublished(Optional<Actor> a) {
        return a.map(DesignationPages::mayReadUnpublished).orElse(false);
    }

    static boolean mayReadUnpublished(Actor a) {
        return a.has(Role.REGULATOR) || a.has(Role.SENIOR_REGULATOR) || a.has(Role.AUDITOR);
    }

    private static int number(String n) {
        try {
            return Integer.parseInt(n == null ? "" : n.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Designation list version " + n);
        }
    }

    /** A text of the page in the reader's language, for what the page says from Java rather than its template. */
    private String text(String key, Object... arguments) {
        Locale locale = languages == null ? Locale.ENGLISH : languages.choose(request);
        return Messages.text(locale, key, arguments);
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Designation");
    }
}
