package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.designation.DesignationPage;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.ListStamp;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

@Path("api/v1/designations")
@RequestScoped
@Tag(name = "Designations")
public class DesignationsResource {

    static final String CSV = "text/csv";

    @Inject
    DesignationService designations;

    @Inject
    DesignationViews views;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    /** What a regulator sends to draft or change a designation. */
    @Schema(requiredProperties = {"title", "regionCodes", "sectorCodes", "legalBasis", "rationale", "effectiveFrom"})
    public record DesignationBody(
            String title,
            List<String> regionCodes,
            List<String> sectorCodes,
            String legalBasis,
            String rationale,
            List<String> policyIds,
            String effectiveFrom,
            String effectiveTo,
            Long lockVersion,
            List<ProducerBody> producers) {

        DesignationDraft description() {
            return new DesignationDraft(
                    title,
                    regionCodes,
                    sectorCodes,
                    legalBasis,
                    rationale,
                    policyIds,
                    effectiveFrom,
                    effectiveTo,
                    producers == null
                            ? List.of()
                            : producers.stream()
                                    .filter(java.util.Objects::nonNull)
                                    .map(ProducerBody::draft)
                                    .toList());
        }
    }

    /**
     * A producer the designation names (an entity list), optionally limited to a region, with the
     * aliases, former names, registration numbers and addresses it is also known by (all optional).
     */
    @Schema(requiredProperties = {"name"})
    public record ProducerBody(
            String name,
            String regionCode,
            List<String> aliases,
            List<String> formerNames,
            List<RegistrationNumberBody> registrationNumbers,
            List<AddressBody> addresses) {

        DesignationDraft.Producer draft() {
            return new DesignationDraft.Producer(
                    name,
                    regionCode,
                    aliases == null ? List.of() : aliases,
                    formerNames == null ? List.of() : formerNames,
                    registrationNumbers == null
                            ? List.of()
                            : registrationNumbers.stream()
                                    .filter(java.util.Objects::nonNull)
                                    .map(r -> new DesignationDraft.Registration(r.scheme(), r.number()))
                                    .toList(),
                    addresses == null
                            ? List.of()
                            : addresses.stream()
                                    .filter(java.util.Objects::nonNull)
                                    .map(a -> new DesignationDraft.Address(a.line(), a.regionCode()))
                                    .toList());
        }
    }

    /** A registration number: the register's scheme (USCC: 18 characters, or another short name) and the number. */
    @Schema(
            name = "RegistrationNumber",
            requiredProperties = {"scheme", "number"})
    public record RegistrationNumberBody(String scheme, String number) {}

    /** An address of a listed producer, and the region code it lies in (optional). */
    @Schema(
            name = "EntityAddress",
            requiredProperties = {"line"})
    public record AddressBody(String line, String regionCode) {}

    @Schema(
            name = "DesignationCommentBody",
            requiredProperties = {"comment"})
    public record CommentBody(String comment) {}

    /** A revocation on the merits: the reason and, per requirement code, the evidence-library items cited. */
    @Schema(requiredProperties = {"reason"})
    public record ReasonBody(String reason, java.util.Map<String, List<String>> evidence) {}

    @Schema(
            name = "DesignationReviewBody",
            requiredProperties = {"decision"})
    public record ReviewBody(String decision, String comment, java.util.Map<String, List<String>> evidence) {}

    /** A withdrawal for error: what the error was and the legal basis (e.g. the court's judgment). */
    @Schema(requiredProperties = {"reason", "legalBasis"})
    public record WithdrawalBody(String reason, String legalBasis) {}

    /** A senior regulator's decision on a revocation or withdrawal someone else asked for. */
    @Schema(
            name = "DesignationDecisionBody",
            requiredProperties = {"approved"})
    public record DecisionBody(Boolean approved, String comment) {}

    /** The lapse review: LAPSE, or EXTEND to a later last day (or none). */
    @Schema(requiredProperties = {"decision"})
    public record LapseReviewBody(String decision, String effectiveTo, String comment) {}

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "The designations in force on a day (public)",
            description = "asOf defaults to today; a future day also shows designations approved to take effect"
                    + " by then. Accept: text/csv (or format=csv) gives CSV. ETag and Last-Modified follow the"
                    + " list version. As JSON, offset and limit page the list (in list order: title, then"
                    + " version); without them the whole list comes in one document. X-Total-Count says how"
                    + " many designations the list holds. Regulators may pass status=ALL to see every"
                    + " designation, drafts included, by title, paged the same way.")
    @APIResponse(
            responseCode = "200",
            description = "The designations in force on the day (or all, with status=ALL), as JSON or CSV",
            headers =
                    @Header(
                            name = EvidenceResource.TOTAL_COUNT,
                            description = "As JSON: how many designations the list holds (with status=ALL: how"
                                    + " many there are)",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema =
                                @Schema(
                                        type = SchemaType.ARRAY,
                                        implementation = DesignationViews.DesignationView.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response inForce(
            @QueryParam("asOf") String asOf,
            @QueryParam("format") String format,
            @QueryParam("status") String status,
            @Parameter(description = "As JSON: how many designations come before the page (default 0)")
                    @QueryParam("offset")
                    Integer offset,
            @Parameter(description = "As JSON: the page size, from 1 (default: every designation)") @QueryParam("limit")
                    Integer limit) {
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        if ("ALL".equalsIgnoreCase(status)) {
            Actor actor = currentUser.require();
            if (csv) {
                return csv(designations.all(actor).stream().map(views::view).toList(), "designations-all.csv");
            }
            DesignationPage page = designations.page(
                    actor, null, null, offset == null ? 0 : offset, limit == null ? Integer.MAX_VALUE : limit);
            return Response.ok(page.items().stream().map(views::view).toList())
                    .header(EvidenceResource.TOTAL_COUNT, page.total())
                    .build();
        }
        LocalDate day = day(asOf);
        boolean paged = !csv && (offset != null || limit != null);
        int from = offset == null ? 0 : offset;
        int size = limit == null ? Integer.MAX_VALUE : limit;
        Optional<ListStamp> latest = designations.latestListStamp();
        // The answer for a day changes only with a new list version (or, for today and later, when
        // the day turns), so the validator names both, and the page asked for.
        EntityTag tag = new EntityTag(hash(latest.map(ListStamp::number).orElse(0)
                + "|" + day + "|" + (day.isAfter(today()) ? today() : "") + "|" + csv
                + (paged ? "|" + from + "|" + size : "")));
        Instant modified = latest.map(ListStamp::publishedAt).orElse(Instant.EPOCH);
        Date lastModified = Date.from(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(lastModified, tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        cache.setMustRevalidate(true);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        Response.ResponseBuilder ok;
        if (paged) {
            DesignationPage page = designations.effectiveOn(day, from, size);
            ok = Response.ok(page.items().stream().map(views::view).toList(), MediaType.APPLICATION_JSON)
                    .header(EvidenceResource.TOTAL_COUNT, page.total());
        } else {
            // The whole list: thousands of designations at an authority's scale (issue 14), read and
            // written a part at a time, so one reader never holds the list, or its document, at once.
            List<UUID> ids = designations.idsEffectiveOn(day);
            StreamingOutput body = csv ? out -> views.csv(parts(ids), out) : out -> views.json(parts(ids), out);
            ok = csv
                    ? Response.ok(body, CSV + ";charset=UTF-8")
                            .header(
                                    "Content-Disposition",
                                    ContentDisposition.attachment("designations-" + day + ".csv"))
                    : Response.ok(body, MediaType.APPLICATION_JSON);
            ok.header(EvidenceResource.TOTAL_COUNT, ids.size());
        }
        return ok.tag(tag).lastModified(lastModified).cacheControl(cache).build();
    }

    /** How many designations the whole list reads and writes at a time. */
    static final int PART = 500;

    /** The designations of {@code ids}, a part at a time, as the API shows them. */
    private Iterable<List<DesignationViews.DesignationView>> parts(List<UUID> ids) {
        return () -> new java.util.Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < ids.size();
            }

            @Override
            public List<DesignationViews.DesignationView> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                List<UUID> part = ids.subList(next, Math.min(ids.size(), next + PART));
                next += part.size();
                return designations.inOrder(part).stream().map(views::view).toList();
            }
        };
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A designation (public once published; before that, regulators and auditors)")
    @APIResponse(responseCode = "200", description = "The designation")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public DesignationViews.DesignationDetail one(@PathParam("id") String id) {
        return views.detail(designations.get(currentUser.actor(), uuid(id)));
    }

    @GET
    @Path("{id}/assessment")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A designation's risk assessment (same visibility as the designation)")
    @APIResponse(responseCode = "200", description = "The risk assessment")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public DesignationViews.AssessmentView assessment(@PathParam("id") String id) {
        return DesignationViews.assessment(
                designations.get(currentUser.actor(), uuid(id)).assessment());
    }

    @POST
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a designation (regulator)", description = "Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "The draft",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DesignationViews.DesignationDetail.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response draft(@HeaderParam(Idempotency.HEADER) String key, DesignationBody body) {
        Actor actor = currentUser.require();
        require(body);
        return idempotency.once(actor, key, "POST /api/v1/designations", String.valueOf(body.description()), () -> {
            Designation d = designations.draft(actor, body.description());
            return Response.created(URI.create("/api/v1/designations/" + d.id()))
                    .entity(views.detail(d))
                    .build();
        });
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a draft (regulator)",
            description =
                    "Send the lockVersion you read; 409 if someone changed it since, or if it is no longer a draft.")
    @APIResponse(responseCode = "200", description = "The draft as changed")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail change(@PathParam("id") String id, DesignationBody body) {
        require(body);
        return views.detail(
                designations.redescribe(currentUser.require(), uuid(id), body.lockVersion(), body.description()));
    }

    @PUT
    @Path("{id}/assessment")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace a draft's risk assessment (regulator)",
            description = "An incomplete assessment is accepted here; submitting is refused until it is complete.")
    @APIResponse(responseCode = "200", description = "The designation with its assessment")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail assess(@PathParam("id") String id, DesignationViews.AssessmentView body) {
        return views.detail(designations.assess(currentUser.require(), uuid(id), DesignationViews.assessment(body)));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a draft for review (regulator); 409 lists what the assessment lacks")
    @APIResponse(responseCode = "200", description = "The designation, IN_REVIEW")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail submit(@PathParam("id") String id) {
        return views.detail(designations.submit(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve (senior regulator); 403 for anyone who drafted, assessed or submitted it",
            description = "Published at once when its effective date has come, otherwise on that date.")
    @APIResponse(responseCode = "200", description = "The designation, approved")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail approve(@PathParam("id") String id) {
        return views.detail(designations.approve(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return to the drafter with comments (senior regulator; not one's own)")
    @APIResponse(responseCode = "200", description = "The designation, back with its drafter")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail returnToDrafter(@PathParam("id") String id, CommentBody body) {
        return views.detail(
                designations.returnToDrafter(currentUser.require(), uuid(id), body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/review")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Review a published designation (regulator): CONFIRM, AMEND or REVOKE",
            description =
                    "AMEND returns the new draft version; REVOKE needs every linked policy REPEAL_VERIFIED (409 lists the others).")
    @APIResponse(
            responseCode = "200",
            description = "CONFIRM: the designation, confirmed until the next review",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DesignationViews.DesignationDetail.class)))
    @APIResponse(
            responseCode = "201",
            description = "AMEND: the new draft version",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DesignationViews.DesignationDetail.class)))
    @APIResponse(
            responseCode = "202",
            description = "REVOKE: asked for, pending a senior regulator's decision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DesignationViews.DesignationDetail.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response review(@PathParam("id") String id, ReviewBody body) {
        if (body == null) {
            throw InvalidInputException.of("decision", "Send {decision: CONFIRM|AMEND|REVOKE, comment}");
        }
        Actor actor = currentUser.require();
        return switch (org.onus.core.designation.ReviewDecision.parse(body.decision())) {
            case CONFIRM ->
                Response.ok(views.detail(designations.confirm(actor, uuid(id), body.comment())))
                        .build();
            case AMEND -> amended(designations.amend(actor, uuid(id)));
            case REVOKE ->
                Response.accepted(views.detail(designations.proposeRevocation(
                                actor, uuid(id), body.comment(), evidence(body.evidence()))))
                        .build();
            case WITHDRAW ->
                throw InvalidInputException.of(
                        "decision", "Ask for a withdrawal for error at POST /api/v1/designations/{id}/withdrawal");
        };
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask for revocation on the merits (regulator) → 202, pending a senior regulator's decision",
            description = "Body {reason, evidence: {TARGETS_NOT_ENFORCED: [evidenceId], INDICATOR_...: [...]}}."
                    + " 409 lists every unmet item: POLICY_REPEALED:<id> for each linked policy (or, with none"
                    + " linked, each policy in force for its regions) not REPEAL_VERIFIED, TARGETS_NOT_ENFORCED and"
                    + " each INDICATOR_ without admissible evidence from the library.")
    @APIResponse(
            responseCode = "202",
            description = "Asked for, pending a senior regulator's decision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DesignationViews.DesignationDetail.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response revoke(@PathParam("id") String id, ReasonBody body) {
        Designation d = designations.proposeRevocation(
                currentUser.require(),
                uuid(id),
                body == null ? null : body.reason(),
                evidence(body == null ? null : body.evidence()));
        return Response.accepted(views.detail(d)).build();
    }

    @POST
    @Path("{id}/revocation/decision")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide a pending revocation (senior regulator who did not ask for it)",
            description = "Body {approved, comment}. 403 for anyone else (FOUR_EYES); 409 when the proof no longer"
                    + " holds, listing every unmet item; nothing changes on refusal.")
    @APIResponse(responseCode = "200", description = "The designation after the decision")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail decideRevocation(@PathParam("id") String id, DecisionBody body) {
        requireDecision(body);
        return views.detail(
                designations.decideRevocation(currentUser.require(), uuid(id), body.approved(), body.comment()));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask for withdrawal for error (regulator) → 202, pending a senior regulator's decision",
            description = "Body {reason, legalBasis}, both required (400 naming the field). Once approved the"
                    + " designation leaves the list and is published as WITHDRAWN.")
    @APIResponse(
            responseCode = "202",
            description = "Asked for, pending a senior regulator's decision",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DesignationViews.DesignationDetail.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response withdraw(@PathParam("id") String id, WithdrawalBody body) {
        Designation d = designations.proposeWithdrawal(
                currentUser.require(),
                uuid(id),
                body == null ? null : body.reason(),
                body == null ? null : body.legalBasis());
        return Response.accepted(views.detail(d)).build();
    }

    @POST
    @Path("{id}/withdrawal/decision")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide a pending withdrawal for error (senior regulator who did not ask for it)")
    @APIResponse(responseCode = "200", description = "The designation after the decision")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail decideWithdrawal(@PathParam("id") String id, DecisionBody body) {
        requireDecision(body);
        return views.detail(
                designations.decideWithdrawal(currentUser.require(), uuid(id), body.approved(), body.comment()));
    }

    @POST
    @Path("{id}/lapse-review")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide the lapse review (regulator): LAPSE after its last day, or EXTEND",
            description = "Body {decision: LAPSE|EXTEND, effectiveTo?, comment}. 409 while no lapse review is open"
                    + " (it opens onus.designation.lapse-lead, default P30D, before the last day).")
    @APIResponse(responseCode = "200", description = "The designation after the lapse review")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DesignationViews.DesignationDetail reviewLapse(@PathParam("id") String id, LapseReviewBody body) {
        if (body == null) {
            throw InvalidInputException.of("decision", "Send {decision: LAPSE|EXTEND, effectiveTo?, comment}");
        }
        LocalDate to = null;
        if (body.effectiveTo() != null && !body.effectiveTo().isBlank()) {
            try {
                to = LocalDate.parse(body.effectiveTo().strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of("effectiveTo", "Write the new last day as 2027-12-31");
            }
        }
        return views.detail(designations.reviewLapse(
                currentUser.require(),
                uuid(id),
                org.onus.core.designation.LapseDecision.parse(body.decision()),
                to,
                body.comment()));
    }

    private static void requireDecision(DecisionBody body) {
        if (body == null || body.approved() == null) {
            throw InvalidInputException.of("approved", "Send {approved: true|false, comment}");
        }
    }

    static java.util.Map<String, List<UUID>> evidence(java.util.Map<String, List<String>> raw) {
        java.util.Map<String, List<UUID>> cited = new java.util.LinkedHashMap<>();
        if (raw == null) {
            return cited;
        }
        raw.forEach((code, ids) -> {
            List<UUID> parsed = new java.util.ArrayList<>();
            for (String e : ids == null ? List.<String>of() : ids) {
                try {
                    parsed.add(UUID.fromString(e.strip()));
                } catch (RuntimeException ex) {
                    throw InvalidInputException.of("evidence", "\"" + e + "\" is not an evidence id");
                }
            }
            cited.put(code, parsed);
        });
        return cited;
    }

    @POST
    @Path("{id}/amendments")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the next version of a published designation (regulator) → 201 draft")
    @APIResponse(
            responseCode = "201",
            description = "The new draft version, superseding this one once approved",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DesignationViews.DesignationDetail.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response amend(@PathParam("id") String id) {
        return amended(designations.amend(currentUser.require(), uuid(id)));
    }

    private Response amended(Designation next) {
        return Response.created(URI.create("/api/v1/designations/" + next.id()))
                .entity(views.detail(next))
                .build();
    }

    private Response csv(List<DesignationViews.DesignationView> list, String filename) {
        return Response.ok(views.csv(list), CSV + ";charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(filename))
                .build();
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return today();
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("asOf", "\"" + asOf.strip() + "\" is not a date; write it as 2027-01-01");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void require(DesignationBody body) {
        if (body == null) {
            throw InvalidInputException.of(
                    "title",
                    "Send {title, regionCodes[], sectorCodes[], legalBasis, rationale, policyIds[], effectiveFrom, effectiveTo?}");
        }
    }

    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Designation");
    }
}
