package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.upr.Recommendation;
import org.onus.core.upr.SmartAssistant;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprReview;
import org.onus.core.upr.UprReviewPage;
import org.onus.core.upr.UprService;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.SubmissionDocx;
import org.onus.web.view.UprSubmissions;

/** The UPR workspace: reviews, recommendations, their peer review, search and the submission export. */
@Path("api/v1/upr")
@RequestScoped
@Tag(name = "UPR")
public class UprResource {

    static final String READERS_DOC = "UPR drafters, reviewers and auditors";

    @Inject
    UprService upr;

    @Inject
    UprSubmissions submissions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @Schema(
            name = "UprReviewBody",
            requiredProperties = {
                "stateUnderReview",
                "cycle",
                "session",
                "reviewDate",
                "submissionDeadline",
                "submissionType"
            })
    public record ReviewBody(
            String stateUnderReview,
            Integer cycle,
            Integer session,
            String reviewDate,
            String submissionDeadline,
            String submissionType,
            Integer wordLimit,
            List<CoSignerBody> coSigners,
            List<String> briefs) {

        UprReview.Description description() {
            return new UprReview.Description(
                    stateUnderReview,
                    cycle,
                    session,
                    reviewDate,
                    submissionDeadline,
                    submissionType,
                    wordLimit,
                    coSigners == null ? null : inputs(coSigners),
                    briefs);
        }
    }

    @Schema(requiredProperties = {"name"})
    public record CoSignerBody(String name, String country, String contact) {}

    static List<UprReview.CoSignerInput> inputs(List<CoSignerBody> bodies) {
        return bodies.stream()
                .map(c -> c == null
                        ? new UprReview.CoSignerInput(null, null, null)
                        : new UprReview.CoSignerInput(c.name(), c.country(), c.contact()))
                .toList();
    }

    @Schema(requiredProperties = {"text"})
    public record RecommendationBody(
            String text,
            List<String> themes,
            Integer actionCategory,
            List<String> citations,
            List<String> legalAnchors,
            String templateCode,
            Long lockVersion,
            String proposedFor) {

        Recommendation.Draft draft() {
            return new Recommendation.Draft(
                    text, themes, actionCategory, citations, legalAnchors, templateCode, proposedFor);
        }
    }

    @Schema(
            name = "UprCommentBody",
            requiredProperties = {"comment"})
    public record CommentBody(String comment) {}

    @Schema(requiredProperties = {"response"})
    public record ResponseBody(String response, String followUp) {}

    @Schema(requiredProperties = {"text"})
    public record SmartCheckBody(String text, String stateUnderReview, String proposedFor) {}

    // --- reviews -------------------------------------------------------------------------------

    @GET
    @Path("reviews")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every UPR review, latest first (" + READERS_DOC + ")",
            description = "Without offset and limit, every review; with them, that page. The X-Total-Count header"
                    + " says how many reviews there are.")
    @APIResponse(
            responseCode = "200",
            description = "Every review (or the page asked for)",
            headers =
                    @Header(
                            name = EvidenceResource.TOTAL_COUNT,
                            description = "How many reviews there are",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = UprViews.ReviewView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response reviews(
            @Parameter(description = "How many reviews (latest first) come before the page (default 0)")
                    @QueryParam("offset")
                    Integer offset,
            @Parameter(description = "The page size, from 1 (default: every review)") @QueryParam("limit")
                    Integer limit) {
        UprReviewPage page = upr.reviews(
                currentUser.require(), offset == null ? 0 : offset, limit == null ? Integer.MAX_VALUE : limit);
        return Response.ok(page.reviews().stream().map(this::reviewView).toList())
                .header(EvidenceResource.TOTAL_COUNT, page.total())
                .build();
    }

    @POST
    @Path("reviews")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Open a review (upr-drafter)",
            description = "wordLimit defaults to the submission type's (2,815 individual, 5,630 joint stakeholder,"
                    + " none for a State). Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "The review",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UprViews.ReviewView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response openReview(@HeaderParam(Idempotency.HEADER) String key, ReviewBody body) {
        Actor actor = currentUser.require();
        ReviewBody b = body == null ? new ReviewBody(null, null, null, null, null, null, null, null, null) : body;
        return idempotency.once(actor, key, "POST /api/v1/upr/reviews", String.valueOf(b), () -> {
            UprReview r = upr.openReview(actor, b.description());
            return Response.created(URI.create("/api/v1/upr/reviews/" + r.id()))
                    .entity(reviewView(r))
                    .build();
        });
    }

    @GET
    @Path("reviews/{id}")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A review (" + READERS_DOC + ")")
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UprViews.ReviewView review(@PathParam("id") String id) {
        return reviewView(upr.review(currentUser.require(), uuid(id)));
    }

    // --- the coalition and the briefs ----------------------------------------------------------

    @PUT
    @Path("reviews/{id}/co-signers")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the organisations co-signing the submission (upr-drafter)",
            description = "Body: [{name, country, contact}], in title-page order. name (at most 200 characters) is"
                    + " required and distinct ignoring case; country is optional; contact is internal: it is never"
                    + " printed in an export. An empty list removes them all. Answers the review.")
    @APIResponse(responseCode = "200", description = "The review with its co-signers as sent")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public UprViews.ReviewView replaceCoSigners(@PathParam("id") String id, List<CoSignerBody> body) {
        return reviewView(
                upr.replaceCoSigners(currentUser.require(), uuid(id), inputs(body == null ? List.of() : body)));
    }

    @PUT
    @Path("reviews/{id}/briefs")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the recommending States that get an advocacy brief (upr-drafter)",
            description = "Body: [\"Germany\", \"United Kingdom\"]: distinct ignoring case, never the State under"
                    + " review. A State with recommendations still proposed for it cannot be dropped (409). Answers"
                    + " the review.")
    @APIResponse(responseCode = "200", description = "The review with its briefs as sent")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public UprViews.ReviewView replaceBriefs(@PathParam("id") String id, List<String> body) {
        return reviewView(upr.replaceBriefs(currentUser.require(), uuid(id), body == null ? List.of() : body));
    }

    @GET
    @Path("reviews/{id}/briefs")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The review's advocacy briefs, one per recommending State, with what each holds (" + READERS_DOC
                    + ")")
    @APIResponse(responseCode = "200", description = "One brief per recommending State")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<UprViews.BriefView> briefs(@PathParam("id") String id) {
        UUID reviewId = uuid(id);
        return upr.briefs(currentUser.require(), reviewId).stream()
                .map(b -> UprViews.brief(reviewId, b))
                .toList();
    }

    @GET
    @Path("reviews/{id}/briefs/{state}")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces({SubmissionDocx.MEDIA_TYPE, UprSubmissions.PDF})
    @Operation(
            summary = "The advocacy brief for one recommending State's permanent mission, as DOCX or PDF (by Accept)",
            description = "One page: the current recommendations proposed for the State (URL-encoded in the path),"
                    + " what it recommended to the State under review in earlier cycles with the response, and the"
                    + " public evidence cited as notes. Over its limit (600 words) it is refused (409) unless"
                    + " draft=true, which marks it as a draft. 404 when the review has no brief for the State.")
    @APIResponse(
            responseCode = "200",
            description = "The document, DOCX or PDF as asked for in Accept",
            content = {
                @Content(
                        mediaType = SubmissionDocx.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = UprSubmissions.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response brief(
            @PathParam("id") String id, @PathParam("state") String state, @QueryParam("draft") boolean draft) {
        Actor actor = currentUser.require();
        return submissions.exportBrief(
                actor, uuid(id), state, pdfAccepted() ? UprSubmissions.PDF : SubmissionDocx.MEDIA_TYPE, draft);
    }

    @GET
    @Path("reviews/{id}/word-count")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The submission's word count against its limit, counted as the export counts it")
    @APIResponse(responseCode = "200", description = "Words used and the limit")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UprViews.WordCountView wordCount(@PathParam("id") String id) {
        return UprViews.wordCount(upr.submission(currentUser.require(), uuid(id)));
    }

    @GET
    @Path("reviews/{id}/submission")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces({SubmissionDocx.MEDIA_TYPE, UprSubmissions.PDF})
    @Operation(
            summary = "The submission document as DOCX or PDF (by Accept)",
            description = "The review's approved recommendations grouped by theme, sources as endnotes. Over the word"
                    + " limit it is refused (409, with the count) unless draft=true, which marks it as a draft.")
    @APIResponse(
            responseCode = "200",
            description = "The document, DOCX or PDF as asked for in Accept",
            content = {
                @Content(
                        mediaType = SubmissionDocx.MEDIA_TYPE,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = UprSubmissions.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response submission(@PathParam("id") String id, @QueryParam("draft") boolean draft) {
        Actor actor = currentUser.require();
        return submissions.export(
                actor, uuid(id), pdfAccepted() ? UprSubmissions.PDF : SubmissionDocx.MEDIA_TYPE, draft);
    }

    private boolean pdfAccepted() {
        return headers.getAcceptableMediaTypes().stream()
                .map(m -> m.getType() + "/" + m.getSubtype())
                .anyMatch(UprSubmissions.PDF::equals);
    }

    // --- recommendations -----------------------------------------------------------------------

    @GET
    @Path("reviews/{id}/recommendations")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A review's recommendations, every revision (" + READERS_DOC + ")")
    @APIResponse(responseCode = "200", description = "The review's recommendations")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<UprViews.RecommendationView> recommendations(@PathParam("id") String id) {
        return upr.recommendations(currentUser.require(), uuid(id)).stream()
                .map(this::view)
                .toList();
    }

    @POST
    @Path("reviews/{id}/recommendations")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Draft a recommendation (upr-drafter)",
            description = "smartFindings say what is weak; they never block saving. Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "The draft, with its SMART findings",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UprViews.RecommendationView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response draft(
            @PathParam("id") String id, @HeaderParam(Idempotency.HEADER) String key, RecommendationBody body) {
        Actor actor = currentUser.require();
        RecommendationBody b = require(body);
        UUID reviewId = uuid(id);
        return idempotency.once(
                actor, key, "POST /api/v1/upr/reviews/" + reviewId + "/recommendations", String.valueOf(b), () -> {
                    Recommendation r = upr.draft(actor, reviewId, b.draft());
                    return Response.created(URI.create("/api/v1/upr/recommendations/" + r.id()))
                            .entity(view(r))
                            .build();
                });
    }

    @PUT
    @Path("reviews/{id}/recommendations/{rid}")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a draft recommendation (upr-drafter)",
            description = "409 once it is in review or approved (start a new revision), or when lockVersion is stale.")
    @APIResponse(responseCode = "200", description = "The draft as edited")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public UprViews.RecommendationView edit(
            @PathParam("id") String id, @PathParam("rid") String rid, RecommendationBody body) {
        Actor actor = currentUser.require();
        RecommendationBody b = require(body);
        Recommendation r = upr.recommendation(actor, uuid(rid));
        if (!r.review().id().equals(uuid(id))) {
            throw new NotFoundException("Recommendation " + rid);
        }
        return view(upr.edit(actor, r.id(), b.lockVersion(), b.draft()));
    }

    @GET
    @Path("recommendations/{id}")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A recommendation with its timeline (" + READERS_DOC + ")")
    @APIResponse(responseCode = "200", description = "The recommendation")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UprViews.RecommendationView recommendation(@PathParam("id") String id) {
        return view(upr.recommendation(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("recommendations/{id}/submit")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a draft for peer review (upr-drafter)")
    @APIResponse(responseCode = "200", description = "The recommendation, IN_REVIEW")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public UprViews.RecommendationView submit(@PathParam("id") String id) {
        return view(upr.submit(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("recommendations/{id}/approve")
    @RolesAllowed(Role.Names.UPR_REVIEWER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve and lock (upr-reviewer; never one's own work: 403)")
    @APIResponse(responseCode = "200", description = "The recommendation, APPROVED")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public UprViews.RecommendationView approve(@PathParam("id") String id) {
        return view(upr.approve(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("recommendations/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.UPR_REVIEWER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return to the drafter with a comment (upr-reviewer; never one's own work: 403)")
    @APIResponse(responseCode = "200", description = "The recommendation, back to DRAFT")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public UprViews.RecommendationView returnToDrafter(@PathParam("id") String id, CommentBody body) {
        return view(upr.returnToDrafter(currentUser.require(), uuid(id), body == null ? null : body.comment()));
    }

    @POST
    @Path("recommendations/{id}/revise")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Start a new revision of an approved recommendation (upr-drafter)",
            description = "The approved revision stays in the submission until the new one is approved.")
    @APIResponse(
            responseCode = "201",
            description = "The new revision, a draft",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UprViews.RecommendationView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response revise(@PathParam("id") String id) {
        Recommendation next = upr.revise(currentUser.require(), uuid(id));
        return Response.created(URI.create("/api/v1/upr/recommendations/" + next.id()))
                .entity(view(next))
                .build();
    }

    @POST
    @Path("recommendations/{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the State's response (SUPPORTED or NOTED) and follow-up notes (upr-drafter)")
    @APIResponse(responseCode = "200", description = "The recommendation with the State's response")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public UprViews.RecommendationView recordResponse(@PathParam("id") String id, ResponseBody body) {
        StateResponse response = null;
        if (body != null && body.response() != null && !body.response().isBlank()) {
            try {
                response = StateResponse.valueOf(body.response().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("response", "Choose SUPPORTED or NOTED");
            }
        }
        return view(
                upr.recordResponse(currentUser.require(), uuid(id), response, body == null ? null : body.followUp()));
    }

    @GET
    @Path("recommendations")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Search recommendations across reviews",
            description =
                    "theme (code), state, session, response (SUPPORTED|NOTED) and q (text contains); all optional.")
    @APIResponse(responseCode = "200", description = "The matching recommendations")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<UprViews.RecommendationView> search(
            @QueryParam("theme") String theme,
            @QueryParam("state") String state,
            @QueryParam("session") String session,
            @QueryParam("response") String response,
            @QueryParam("q") String q) {
        return upr.search(currentUser.require(), UprSubmissions.criteria(theme, state, session, response, q)).stream()
                .map(this::view)
                .toList();
    }

    @GET
    @Path("templates")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recommendations from the report to start a draft from")
    @APIResponse(responseCode = "200", description = "The templates")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<UprViews.TemplateView> templates() {
        return upr.templates(currentUser.require()).stream()
                .map(UprViews::template)
                .toList();
    }

    @GET
    @Path("themes")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The theme taxonomy")
    @APIResponse(responseCode = "200", description = "The themes")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<UprViews.ThemeView> themes() {
        return Arrays.stream(Theme.values())
                .map(t -> new UprViews.ThemeView(t.name(), t.label()))
                .toList();
    }

    @POST
    @Path("smart-check")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The SMART assistant's findings on a text, without saving anything")
    @APIResponse(responseCode = "200", description = "The SMART findings; empty when the text passes")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<UprViews.FindingView> smartCheck(SmartCheckBody body) {
        currentUser.require();
        return UprViews.findings(
                body == null
                        ? List.of()
                        : SmartAssistant.check(body.text(), body.stateUnderReview(), body.proposedFor()));
    }

    private static RecommendationBody require(RecommendationBody body) {
        if (body == null) {
            throw InvalidInputException.of("text", "Send the recommendation as JSON");
        }
        return body;
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "UPR item");
    }

    /** The review; co-signers' contacts only for the UPR team, not for auditors. */
    private UprViews.ReviewView reviewView(UprReview r) {
        Actor actor = currentUser.require();
        return UprViews.review(r, actor.has(Role.UPR_DRAFTER) || actor.has(Role.UPR_REVIEWER));
    }

    /** A revision with what the caller may do to it now. */
    private UprViews.RecommendationView view(Recommendation r) {
        return UprViews.recommendation(r, upr.allowedActions(currentUser.require(), r));
    }
}
