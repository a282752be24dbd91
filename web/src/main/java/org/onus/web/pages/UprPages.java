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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.onus.core.evidence.AccessClass;
import org.onus.core.evidence.EvidenceCriteria;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;
import org.onus.core.upr.BriefDocument;
import org.onus.core.upr.Recommendation;
import org.onus.core.upr.RecommendationAction;
import org.onus.core.upr.RecommendationStatus;
import org.onus.core.upr.RecommendationTemplate;
import org.onus.core.upr.SmartAssistant;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.SubmissionDocument;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprReview;
import org.onus.core.upr.UprReviewPage;
import org.onus.core.upr.UprService;
import org.onus.web.errors.RuleViolationMapper;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.Flash;
import org.onus.web.view.Form;
import org.onus.web.view.Messages;
import org.onus.web.view.PageLinks;
import org.onus.web.view.PageModel;
import org.onus.web.view.SubmissionDocx;
import org.onus.web.view.UprFindings;
import org.onus.web.view.UprSubmissions;
import org.onus.web.view.View;

/**
 * The UPR workspace: reviews, search across recommendations, drafting from the report's templates
 * with the SMART assistant, the four-eyes peer review, and the submission export.
 */
@Path("upr")
@RequestScoped
@RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
public class UprPages {

    /** Reviews to a page of the UPR home page. */
    static final int REVIEWS_PAGE = 25;

    @Inject
    UprService upr;

    @Inject
    UprSubmissions submissions;

    @Inject
    EvidenceLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    Flash flash;

    @Inject
    PageModel page;

    @Context
    HttpServletRequest request;

    /** A cited evidence item as shown. */
    public record Citation(UUID id, String title, String source, String url) {}

    // --- reviews and search --------------------------------------------------------------------

    /**
     * The workspace's start page. Searching moved to {@code /upr/records}, which covers imported and
     * own recommendations alike; an old search address is sent there with its filters, so bookmarks
     * keep working.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response home(
            @QueryParam("theme") String theme,
            @QueryParam("state") String state,
            @QueryParam("session") String session,
            @QueryParam("response") String response,
            @QueryParam("q") String q,
            @QueryParam("page") String page) {
        Actor actor = currentUser.require();
        Map<String, String> old = new LinkedHashMap<>();
        old.put("theme", theme);
        old.put("stateUnderReview", state);
        old.put("session", session);
        old.put("response", response);
        old.put("q", q);
        old.values().removeIf(v -> v == null || v.isBlank());
        if (!old.isEmpty()) {
            StringBuilder search = new StringBuilder("/upr/records");
            old.forEach((name, value) -> search.append(search.length() == 12 ? '?' : '&')
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)));
            return Response.seeOther(URI.create(search.toString())).build();
        }
        PageLinks.Shown<UprReviewPage> shown = PageLinks.read(
                PageLinks.pageNumber(page),
                REVIEWS_PAGE,
                (offset, size) -> upr.reviews(actor, offset, size),
                UprReviewPage::reviews,
                UprReviewPage::total);
        UprReviewPage reviews = shown.page();
        int number = shown.number();
        int pages = PageLinks.pages(reviews.total(), REVIEWS_PAGE);
        IntFunction<String> href = n -> n == 1 ? "/upr" : "/upr?page=" + n;
        return Response.ok(View.of("upr/index")
                        .with("reviews", reviews.reviews())
                        .with("total", reviews.total())
                        .with("from", reviews.reviews().isEmpty() ? 0 : (number - 1) * REVIEWS_PAGE + 1)
                        .with(
                                "to",
                                (number - 1) * REVIEWS_PAGE + reviews.reviews().size())
                        .with("pages", pages)
                        .with("pageLinks", PageLinks.of(number, pages, href))
                        .with("prevHref", number > 1 ? href.apply(number - 1) : null)
                        .with("nextHref", number < pages ? href.apply(number + 1) : null)
                        .with("isDrafter", actor.has(Role.UPR_DRAFTER)))
                .build();
    }

    @GET
    @Path("reviews/new")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public View newReview() {
        return View.of("upr/review-form").with("form", Form.of(Map.of("submissionType", "STAKEHOLDER_JOINT")));
    }

    @POST
    @Path("reviews/new")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response openReview() {
        Form form = Form.from(request);
        List<Problem> unreadable = new ArrayList<>();
        Locale locale = page.locale();
        Integer cycle = number(form, "cycle", unreadable, locale);
        Integer session = number(form, "session", unreadable, locale);
        Integer limit = number(form, "wordLimit", unreadable, locale);
        try {
            if (!unreadable.isEmpty()) {
                throw new InvalidInputException(unreadable);
            }
            UprReview r = upr.openReview(
                    currentUser.require(),
                    new UprReview.Description(
                            form.value("stateUnderReview"),
                            cycle,
                            session,
                            form.value("reviewDate"),
                            form.value("submissionDeadline"),
                            form.value("submissionType"),
                            limit));
            flash.add(Flash.Level.SUCCESS, "upr.review.opened", label(r, locale));
            return Response.seeOther(URI.create("/upr/reviews/" + r.id())).build();
        } catch (InvalidInputException refused) {
            return Response.status(400)
                    .entity(View.of("upr/review-form").with("form", form.withProblems(refused.problems())))
                    .build();
        }
    }

    @GET
    @Path("reviews/{id}")
    @Produces(MediaType.TEXT_HTML)
    public View review(@PathParam("id") String id) {
        return reviewPage(uuid(id), Form.empty());
    }

    @GET
    @Path("reviews/{id}/submission")
    @Produces(MediaType.TEXT_HTML)
    public View preview(@PathParam("id") String id) {
        SubmissionDocument doc = upr.submission(currentUser.require(), uuid(id));
        return View.of("upr/submission")
                .with("doc", doc)
                .with("draftMark", doc.overLimit() ? draftMark(doc.wordCount(), doc.wordLimit()) : null);
    }

    @GET
    @Path("reviews/{id}/submission.docx")
    @Produces({SubmissionDocx.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Response docx(@PathParam("id") String id, @QueryParam("draft") boolean draft) {
        return export(uuid(id), SubmissionDocx.MEDIA_TYPE, draft);
    }

    @GET
    @Path("reviews/{id}/submission.pdf")
    @Produces({UprSubmissions.PDF, MediaType.TEXT_HTML})
    public Response pdf(@PathParam("id") String id, @QueryParam("draft") boolean draft) {
        return export(uuid(id), UprSubmissions.PDF, draft);
    }

    private Response export(UUID reviewId, String mediaType, boolean draft) {
        try {
            return submissions.export(currentUser.require(), reviewId, mediaType, draft);
        } catch (RuleViolation refused) {
            // Over the limit: back to the review page, which says by how much and offers the marked draft.
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(reviewPage(reviewId, shown(Form.empty(), refused)))
                    .build();
        }
    }

    // --- the coalition and the briefs ----------------------------------------------------------

    @POST
    @Path("reviews/{id}/co-signers")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response coSign(@PathParam("id") String id) {
        Form form = Form.from(request);
        return changeReview(
                uuid(id),
                form,
                "upr.coSigned",
                form.value("name"),
                r -> upr.coSign(
                        currentUser.require(),
                        r,
                        new UprReview.CoSignerInput(form.value("name"), form.value("country"), form.value("contact"))));
    }

    @POST
    @Path("reviews/{id}/co-signers/withdraw")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response withdrawCoSigner(@PathParam("id") String id) {
        Form form = Form.from(request);
        String name = form.value("name");
        return changeReview(
                uuid(id),
                Form.empty(),
                "upr.coSignerWithdrawn",
                name,
                r -> upr.withdrawCoSigner(currentUser.require(), r, name));
    }

    @POST
    @Path("reviews/{id}/briefs")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response addBrief(@PathParam("id") String id) {
        Form form = Form.from(request);
        String state = form.value("state");
        return changeReview(
                uuid(id), form, "upr.briefAdded", state, r -> upr.addBrief(currentUser.require(), r, state));
    }

    @POST
    @Path("reviews/{id}/briefs/remove")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response removeBrief(@PathParam("id") String id) {
        String state = Form.from(request).value("state");
        return changeReview(
                uuid(id),
                Form.empty(),
                "upr.briefRemoved",
                state,
                r -> upr.removeBrief(currentUser.require(), r, state));
    }

    private Response changeReview(
            UUID reviewId, Form form, String successKey, String what, Function<UUID, UprReview> change) {
        try {
            change.apply(reviewId);
            flash.add(Flash.Level.SUCCESS, successKey, what == null ? "" : what.strip());
            return Response.seeOther(URI.create("/upr/reviews/" + reviewId)).build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(reviewPage(reviewId, shown(form, refused)))
                    .build();
        }
    }

    @GET
    @Path("reviews/{id}/briefs/{state}")
    @Produces(MediaType.TEXT_HTML)
    public View briefPreview(@PathParam("id") String id, @PathParam("state") String state) {
        BriefDocument brief = upr.brief(currentUser.require(), uuid(id), state);
        return View.of("upr/review-brief")
                .with("brief", brief)
                .with("draftMark", brief.overLimit() ? draftMark(brief.wordCount(), brief.wordLimit()) : null);
    }

    @GET
    @Path("reviews/{id}/briefs/{state}.docx")
    @Produces({SubmissionDocx.MEDIA_TYPE, MediaType.TEXT_HTML})
    public Response briefDocx(
            @PathParam("id") String id, @PathParam("state") String state, @QueryParam("draft") boolean draft) {
        return exportBrief(uuid(id), state, SubmissionDocx.MEDIA_TYPE, draft);
    }

    @GET
    @Path("reviews/{id}/briefs/{state}.pdf")
    @Produces({UprSubmissions.PDF, MediaType.TEXT_HTML})
    public Response briefPdf(
            @PathParam("id") String id, @PathParam("state") String state, @QueryParam("draft") boolean draft) {
        return exportBrief(uuid(id), state, UprSubmissions.PDF, draft);
    }

    private Response exportBrief(UUID reviewId, String state, String mediaType, boolean draft) {
        try {
            return submissions.exportBrief(currentUser.require(), reviewId, state, mediaType, draft);
        } catch (RuleViolation refused) {
            if (refused instanceof NotFoundException) {
                throw refused;
            }
            // Over the limit: back to the review page, which says so and offers the marked draft.
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(reviewPage(reviewId, shown(Form.empty(), refused)))
                    .build();
        }
    }

    private View reviewPage(UUID id, Form form) {
        Actor actor = currentUser.require();
        UprReview review = upr.review(actor, id);
        SubmissionDocument doc = upr.submission(actor, id);
        return View.of("upr/review")
                .with("review", review)
                .with("briefs", upr.briefs(actor, id))
                .with("briefLimit", BriefDocument.WORD_LIMIT)
                .with("isTeam", actor.has(Role.UPR_DRAFTER) || actor.has(Role.UPR_REVIEWER))
                .with("recommendations", upr.recommendations(actor, id))
                .with("templates", upr.templates(actor))
                .with("doc", doc)
                .with("isDrafter", actor.has(Role.UPR_DRAFTER))
                .with("actionForm", form);
    }

    // --- drafting ------------------------------------------------------------------------------

    @GET
    @Path("reviews/{id}/recommendations/new")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public View newRecommendation(
            @PathParam("id") String id,
            @QueryParam("template") String templateCode,
            @QueryParam("proposedFor") String proposedFor) {
        Actor actor = currentUser.require();
        UprReview review = upr.review(actor, uuid(id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("actionCategory", "5");
        if (proposedFor != null && !proposedFor.isBlank()) {
            values.put("proposedFor", proposedFor.strip());
        }
        if (templateCode != null && !templateCode.isBlank()) {
            RecommendationTemplate t = upr.template(actor, templateCode.strip());
            values.put("templateCode", t.code());
            values.put("text", t.text());
            values.put(
                    "themes",
                    String.join("\n", t.themes().stream().map(Theme::name).toList()));
            values.put("actionCategory", Integer.toString(t.actionCategory()));
            values.put(
                    "citations",
                    String.join("\n", t.citations().stream().map(UUID::toString).toList()));
            values.put("legalAnchors", String.join("\n", t.legalAnchors()));
        }
        return recommendationForm(review, null, Form.of(values));
    }

    @POST
    @Path("reviews/{id}/recommendations/new")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response createRecommendation(@PathParam("id") String id) {
        Actor actor = currentUser.require();
        UprReview review = upr.review(actor, uuid(id));
        Form form = Form.from(request);
        try {
            Recommendation r = upr.draft(actor, review.id(), draft(form));
            savedFlash(r);
            return Response.seeOther(URI.create("/upr/recommendations/" + r.id()))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(recommendationForm(review, null, shown(form, refused)))
                    .build();
        }
    }

    @GET
    @Path("recommendations/{id}/edit")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public View editRecommendation(@PathParam("id") String id) {
        Recommendation r = upr.recommendation(currentUser.require(), uuid(id));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("text", r.text());
        values.put(
                "themes", String.join("\n", r.themes().stream().map(Theme::name).toList()));
        values.put("actionCategory", Integer.toString(r.actionCategory()));
        values.put(
                "citations",
                String.join("\n", r.citations().stream().map(UUID::toString).toList()));
        values.put("legalAnchors", String.join("\n", r.legalAnchors()));
        values.put("lockVersion", Long.toString(r.lockVersion()));
        values.put("proposedFor", r.proposedFor() == null ? "" : r.proposedFor());
        return recommendationForm(r.review(), r, Form.of(values));
    }

    @POST
    @Path("recommendations/{id}/edit")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response updateRecommendation(@PathParam("id") String id) {
        Actor actor = currentUser.require();
        Recommendation r = upr.recommendation(actor, uuid(id));
        Form form = Form.from(request);
        try {
            Long lock = form.value("lockVersion").isBlank() ? null : Long.parseLong(form.value("lockVersion"));
            Recommendation saved = upr.edit(actor, r.id(), lock, draft(form));
            savedFlash(saved);
            return Response.seeOther(URI.create("/upr/recommendations/" + r.id()))
                    .build();
        } catch (NumberFormatException e) {
            return Response.status(400)
                    .entity(recommendationForm(
                            r.review(),
                            r,
                            form.withProblem(Form.GENERAL, Messages.text(page.locale(), "upr.form.incomplete"))))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(recommendationForm(r.review(), r, shown(form, refused)))
                    .build();
        }
    }

    /** The SMART assistant as the drafter types: a fragment the page's script swaps in. */
    @POST
    @Path("smart-check")
    @Produces(MediaType.TEXT_HTML)
    public View smartCheck() {
        return View.of("upr/smart-findings")
                .with(
                        "findings",
                        UprFindings.localised(
                                SmartAssistant.check(
                                        request.getParameter("text"),
                                        request.getParameter("state"),
                                        request.getParameter("proposedFor")),
                                request.getParameter("state"),
                                request.getParameter("proposedFor"),
                                page.locale()))
                .with("checked", true);
    }

    // --- one recommendation and its review -----------------------------------------------------

    @GET
    @Path("recommendations/{id}")
    @Produces(MediaType.TEXT_HTML)
    public View recommendation(@PathParam("id") String id) {
        return recommendationPage(upr.recommendation(currentUser.require(), uuid(id)), Form.empty());
    }

    @POST
    @Path("recommendations/{id}/submit")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") String id) {
        return act(id, "upr.submitted", r -> upr.submit(currentUser.require(), r));
    }

    @POST
    @Path("recommendations/{id}/approve")
    @RolesAllowed(Role.Names.UPR_REVIEWER)
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("id") String id) {
        return act(id, "upr.approved", r -> upr.approve(currentUser.require(), r));
    }

    @POST
    @Path("recommendations/{id}/return")
    @RolesAllowed(Role.Names.UPR_REVIEWER)
    @Produces(MediaType.TEXT_HTML)
    public Response returnToDrafter(@PathParam("id") String id) {
        String comment = request.getParameter("comment");
        return act(id, "upr.returned", r -> upr.returnToDrafter(currentUser.require(), r, comment));
    }

    @POST
    @Path("recommendations/{id}/revise")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response revise(@PathParam("id") String id) {
        return act(id, "upr.revised", r -> upr.revise(currentUser.require(), r));
    }

    @POST
    @Path("recommendations/{id}/response")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response recordResponse(@PathParam("id") String id) {
        String raw = request.getParameter("response");
        String followUp = request.getParameter("followUp");
        return act(id, "upr.responseRecorded", r -> {
            StateResponse response = null;
            if (raw != null && !raw.isBlank()) {
                try {
                    response = StateResponse.valueOf(raw.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("response", Messages.text(page.locale(), "upr.form.chooseResponse"));
                }
            }
            return upr.recordResponse(currentUser.require(), r, response, followUp);
        });
    }

    private Response act(String id, String successKey, Function<UUID, Recommendation> action) {
        Recommendation r = upr.recommendation(currentUser.require(), uuid(id));
        try {
            Recommendation after = action.apply(r.id());
            flash.add(Flash.Level.SUCCESS, successKey, Integer.toString(after.revision()));
            return Response.seeOther(URI.create("/upr/recommendations/" + after.id()))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(RuleViolationMapper.statusOf(refused))
                    .entity(recommendationPage(
                            upr.recommendation(currentUser.require(), r.id()), shown(Form.from(request), refused)))
                    .build();
        }
    }

    // --- building pages ------------------------------------------------------------------------

    private View recommendationPage(Recommendation r, Form actionForm) {
        Actor actor = currentUser.require();
        // What the buttons offer is what the service accepts: both come from the aggregate.
        Set<RecommendationAction> actions = upr.allowedActions(actor, r);
        boolean ownWorkInReview = actor.has(Role.UPR_REVIEWER)
                && r.contributors().contains(actor.username())
                && r.status() == RecommendationStatus.IN_REVIEW;
        return View.of("upr/recommendation")
                .with("rec", r)
                .with("review", r.review())
                .with(
                        "findings",
                        UprFindings.localised(
                                r.smartFindings(), r.review().stateUnderReview(), r.proposedFor(), page.locale()))
                .with("citations", citations(r.citations(), actor))
                .with("revisions", upr.revisions(actor, r))
                .with("actions", actions)
                .with("statusTag", statusTag(r.status()))
                .with("canEdit", actions.contains(RecommendationAction.EDIT))
                .with("canSubmit", actions.contains(RecommendationAction.SUBMIT))
                .with("canReview", actions.contains(RecommendationAction.APPROVE))
                .with("ownWorkInReview", ownWorkInReview)
                .with("canRevise", actions.contains(RecommendationAction.REVISE))
                .with("canRecordResponse", actions.contains(RecommendationAction.RECORD_RESPONSE))
                .with("actionForm", actionForm);
    }

    private static String statusTag(RecommendationStatus status) {
        return switch (status) {
            case APPROVED -> "govuk-tag--green";
            case DRAFT -> "govuk-tag--grey";
            case IN_REVIEW -> "govuk-tag--yellow";
        };
    }

    private View recommendationForm(UprReview review, Recommendation r, Form form) {
        Actor actor = currentUser.require();
        List<EvidenceItem> choices = library
                .search(actor, new EvidenceCriteria(null, null, null, null, null, 0, EvidenceCriteria.MAX_LIMIT))
                .items()
                .stream()
                .filter(e -> e.accessClass() == AccessClass.PUBLIC)
                .toList();
        return View.of("upr/recommendation-form")
                .with("review", review)
                .with("rec", r)
                .with("form", form)
                .with("themes", Theme.values())
                .with("evidenceChoices", choices)
                .with("selectedThemes", lines(form.value("themes")))
                .with("selectedCitations", lines(form.value("citations")))
                .with("briefStates", review.briefs())
                .with(
                        "findings",
                        UprFindings.localised(
                                SmartAssistant.check(
                                        form.value("text"), review.stateUnderReview(), form.value("proposedFor")),
                                review.stateUnderReview(),
                                form.value("proposedFor"),
                                page.locale()));
    }

    private List<Citation> citations(List<UUID> ids, Actor reader) {
        List<Citation> shown = new ArrayList<>();
        for (UUID id : ids) {
            library.cited(id)
                    .filter(e -> e.visibleTo(reader))
                    .ifPresent(e -> shown.add(
                            new Citation(e.id(), e.title(), e.source(), e.url().orElse(null))));
        }
        return shown;
    }

    private void savedFlash(Recommendation r) {
        int weak = r.smartFindings().size();
        if (weak == 0) {
            flash.add(Flash.Level.SUCCESS, "upr.saved");
        } else {
            flash.add(Flash.Level.INFO, "upr.saved.findings", Integer.toString(weak));
        }
    }

    private static Recommendation.Draft draft(Form form) {
        String category = form.value("actionCategory");
        Integer actionCategory = null;
        try {
            actionCategory = category.isBlank() ? null : Integer.valueOf(category.strip());
        } catch (NumberFormatException e) {
            // left null: the aggregate says what to choose
        }
        return new Recommendation.Draft(
                form.value("text"),
                lines(form.value("themes")),
                actionCategory,
                lines(form.value("citations")),
                Arrays.stream(form.value("legalAnchors").split("\\R"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                form.value("templateCode"),
                form.value("proposedFor"));
    }

    private static List<String> lines(String value) {
        return Arrays.stream(value.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
    }

    /** "China, cycle 4, session 45" in the reader's language. */
    private static String label(UprReview r, Locale locale) {
        return Messages.text(locale, "upr.review.label", r.stateUnderReview(), r.cycle(), r.session());
    }

    /** The preview's mark on a document over its limit, as the page's own texts say it. */
    private String draftMark(int words, Integer limit) {
        Locale locale = page.locale();
        String count = limit == null
                ? Messages.text(locale, "upr.words.noLimit", words)
                : Messages.text(locale, "upr.words.of", words, limit);
        return Messages.text(locale, "upr.brief.draftMark", count);
    }

    private static Integer number(Form form, String field, List<Problem> problems, Locale locale) {
        String raw = form.value(field).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, Messages.text(locale, "upr.form.wholeNumber")));
            return null;
        }
    }

    private static Form shown(Form form, RuleViolation refused) {
        List<Problem> problems = new ArrayList<>();
        if (!(refused instanceof InvalidInputException)) {
            problems.add(new Problem(Form.GENERAL, refused.getMessage()));
        }
        for (Problem p : refused.problems()) {
            // Codes that are not fields of this form (status, WORD_LIMIT) go to the summary only.
            problems.add(
                    p.code().equals(p.code().toUpperCase(Locale.ROOT))
                                    || p.code().equals("status")
                                    || p.code().equals("revision")
                            ? new Problem(Form.GENERAL, p.message())
                            : p);
        }
        return form.withProblems(problems);
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "UPR item");
    }
}
