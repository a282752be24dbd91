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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationService;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.security.CurrentUser;
import org.onus.workflows.designation.DesignationLifecycle;

@Path("api/v1/designations")
@RequestScoped
@Tag(name = "Designations")
public class DesignationsResource {

    static final String CSV = "text/csv";

    @Inject
    DesignationService designations;

    @Inject
    DesignationLifecycle lifecycle;

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

        Designation.Description description() {
            return new Designation.Description(
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
                                    .map(p -> new Designation.Producer(p.name(), p.regionCode()))
                                    .toList());
        }
    }

    /** A producer the designation names (an entity list), optionally limited to a region. */
    public record ProducerBody(String name, String regionCode) {}

    public record CommentBody(String comment) {}

    public record ReasonBody(String reason) {}

    public record ReviewBody(String decision, String comment) {}

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "The designations in force on a day (public)",
            description = "asOf defaults to today; a future day also shows designations approved to take effect"
                    + " by then. Accept: text/csv (or format=csv) gives CSV. ETag and Last-Modified follow the"
                    + " list version. Regulators may pass status=ALL to see every designation, drafts included.")
    public Response inForce(
            @QueryParam("asOf") String asOf, @QueryParam("format") String format, @QueryParam("status") String status) {
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        if ("ALL".equalsIgnoreCase(status)) {
            Actor actor = currentUser.require();
            List<DesignationViews.DesignationView> all =
                    designations.all(actor).stream().map(views::view).toList();
            return csv ? csv(all, "designations-all.csv") : Response.ok(all).build();
        }
        LocalDate day = day(asOf);
        Optional<DesignationListVersion> latest = designations.latestListVersion();
        // The answer for a day changes only with a new list version (or, for today and later, when
        // the day turns), so the validator names both.
        EntityTag tag = new EntityTag(hash(latest.map(DesignationListVersion::number)
                        .orElse(0) + "|" + day + "|" + (day.isAfter(today()) ? today() : "") + "|" + csv));
        Instant modified = latest.map(DesignationListVersion::publishedAt).orElse(Instant.EPOCH);
        Date lastModified = Date.from(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(lastModified, tag);
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        cache.setMustRevalidate(true);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).tag(tag).build();
        }
        List<DesignationViews.DesignationView> list =
                designations.effectiveOn(day).stream().map(views::view).toList();
        Response.ResponseBuilder ok = csv
                ? Response.ok(views.csv(list), CSV + ";charset=UTF-8")
                        .header("Content-Disposition", ContentDisposition.attachment("designations-" + day + ".csv"))
                : Response.ok(list, MediaType.APPLICATION_JSON);
        return ok.tag(tag).lastModified(lastModified).cacheControl(cache).build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A designation (public once published; before that, regulators and auditors)")
    public DesignationViews.DesignationDetail one(@PathParam("id") String id) {
        return views.detail(designations.get(currentUser.actor(), uuid(id)));
    }

    @GET
    @Path("{id}/assessment")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A designation's risk assessment (same visibility as the designation)")
    public DesignationViews.AssessmentView assessment(@PathParam("id") String id) {
        return DesignationViews.assessment(
                designations.get(currentUser.actor(), uuid(id)).assessment());
    }

    @POST
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a designation (regulator)", description = "Accepts Idempotency-Key.")
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
    public DesignationViews.DesignationDetail assess(@PathParam("id") String id, DesignationViews.AssessmentView body) {
        return views.detail(designations.assess(currentUser.require(), uuid(id), DesignationViews.assessment(body)));
    }

    @POST
    @Path("{id}/submit")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a draft for review (regulator); 409 lists what the assessment lacks")
    public DesignationViews.DesignationDetail submit(@PathParam("id") String id) {
        return views.detail(lifecycle.submit(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve (senior regulator); 403 for anyone who drafted, assessed or submitted it",
            description = "Published at once when its effective date has come, otherwise on that date.")
    public DesignationViews.DesignationDetail approve(@PathParam("id") String id) {
        return views.detail(lifecycle.approve(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Return to the drafter with comments (senior regulator; not one's own)")
    public DesignationViews.DesignationDetail returnToDrafter(@PathParam("id") String id, CommentBody body) {
        return views.detail(
                lifecycle.returnToDrafter(currentUser.require(), uuid(id), body == null ? null : body.comment()));
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
    public Response review(@PathParam("id") String id, ReviewBody body) {
        if (body == null) {
            throw InvalidInputException.of("decision", "Send {decision: CONFIRM|AMEND|REVOKE, comment}");
        }
        Actor actor = currentUser.require();
        return switch (org.onus.workflows.designation.DesignationProcess.ReviewDecision.parse(body.decision())) {
            case CONFIRM ->
                Response.ok(views.detail(lifecycle.confirm(actor, uuid(id), body.comment())))
                        .build();
            case AMEND -> amended(lifecycle.amend(actor, uuid(id)));
            case REVOKE ->
                Response.ok(views.detail(lifecycle.revoke(actor, uuid(id), body.comment())))
                        .build();
        };
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revoke a published designation (regulator); 409 unless every linked policy is REPEAL_VERIFIED")
    public DesignationViews.DesignationDetail revoke(@PathParam("id") String id, ReasonBody body) {
        return views.detail(lifecycle.revoke(currentUser.require(), uuid(id), body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/amendments")
    @RolesAllowed(Role.Names.REGULATOR)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start the next version of a published designation (regulator) → 201 draft")
    public Response amend(@PathParam("id") String id) {
        return amended(lifecycle.amend(currentUser.require(), uuid(id)));
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
