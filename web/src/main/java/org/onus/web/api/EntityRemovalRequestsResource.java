package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.entity.RemovalRequest;
import org.onus.core.entity.RemovalRequestPage;
import org.onus.core.entity.RemovalRequestService;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.submission.SubmissionService;
import org.onus.core.submission.SubmissionSettings;
import org.onus.web.http.PathIds;
import org.onus.web.http.PublicAttachments;
import org.onus.web.security.ClientAddress;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;

/**
 * Removal requests on the entity list: anyone files one for a listed producer without an account
 * and follows it with the receipt code; regulators propose a decision, a different senior regulator
 * decides; decisions are public.
 */
@Path("api/v1/entity-removal-requests")
@RequestScoped
@Tag(name = "Entity list")
public class EntityRemovalRequestsResource {

    @Inject
    RemovalRequestService requests;

    @Inject
    SubmissionService submissions;

    @Inject
    SubmissionSettings settings;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    /** What anyone may send: which listing (designation and producer name as listed), who they are, why. */
    @Schema(
            name = "EntityRemovalRequestBody",
            requiredProperties = {"designationId", "producerName", "reasons"})
    public record RemovalRequestBody(
            String designationId,
            String producerName,

            @Schema(
                    enumeration = {"ENTITY", "ON_BEHALF"},
                    description = "Default ON_BEHALF")
            String relation,

            String reasons,
            String contact) {

        RemovalRequest.Description description() {
            return new RemovalRequest.Description(relation, reasons, contact);
        }
    }

    @Schema(
            name = "EntityRemovalRequestForm",
            requiredProperties = {"request"})
    public record RequestForm(
            @Schema(description = "The JSON of EntityRemovalRequestBody")
            String request,

            @Schema(type = SchemaType.ARRAY, implementation = String.class, format = "binary")
            List<String> attachments) {}

    @Schema(
            name = "EntityRemovalReceiptBody",
            requiredProperties = {"receiptCode"})
    public record ReceiptBody(String receiptCode) {}

    @Schema(
            name = "EntityRemovalProposalBody",
            requiredProperties = {"outcome", "reason"})
    public record ProposalBody(
            @Schema(enumeration = {"GRANT", "DENY"}) String outcome, String reason) {}

    @Schema(
            name = "EntityRemovalDecisionBody",
            requiredProperties = {"approved"})
    public record DecisionBody(Boolean approved, String comment) {}

    // --- the public ----------------------------------------------------------------------------------

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask for a listed producer to be taken off the entity list, without an account (public)",
            description = "By the producer itself (relation ENTITY) or anyone on its behalf. Answers the receipt code"
                    + " once: only its hash is kept. Rate limited per client address like the submission point"
                    + " (429 with Retry-After); the address is not kept.")
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntityRemovalViews.ReceiptView.class)))
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response file(RemovalRequestBody body) {
        if (body == null) {
            throw InvalidInputException.of("designationId", "Send designationId, producerName and reasons as JSON");
        }
        return created(
                requests.file(address(), body.designationId(), body.producerName(), body.description(), List.of()));
    }

    @POST
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Ask for a listed producer to be taken off the entity list, with files (public)",
            description = "Multipart form: the part \"request\" holds the JSON body; each part \"attachments\" a file,"
                    + " checked like evidence library uploads (real type, no archives or programs).")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = RequestForm.class)))
    @APIResponse(
            responseCode = "201",
            description = "Received",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntityRemovalViews.ReceiptView.class)))
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public Response fileWithAttachments() throws IOException {
        Part json = Uploads.part(request, "request");
        if (json == null) {
            throw InvalidInputException.of("request", "Send the request as JSON in the part \"request\"");
        }
        RemovalRequestBody body;
        try (InputStream in = json.getInputStream()) {
            body = JsonBinding.shared()
                    .fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), RemovalRequestBody.class);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw InvalidInputException.of("request", "The part \"request\" is not the JSON of a removal request");
        }
        if (body == null) {
            throw InvalidInputException.of("request", "The part \"request\" is empty");
        }
        try (PublicAttachments files = PublicAttachments.of(request, "attachments", submissions)) {
            return created(requests.file(
                    address(),
                    body.designationId(),
                    body.producerName(),
                    body.description(),
                    files.stage(settings.maxAttachments())));
        }
    }

    @POST
    @Path("status")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A removal request's status and decision, by receipt code (public)",
            description = "The code goes in the body so that it stays out of addresses and logs. Rate limited.")
    @APIResponse(
            responseCode = "200",
            description = "The request as its requester sees it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntityRemovalViews.RequesterView.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    public EntityRemovalViews.RequesterView status(ReceiptBody body) {
        return EntityRemovalViews.RequesterView.of(
                requests.byReceipt(address(), body == null ? null : body.receiptCode()));
    }

    @GET
    @Path("decisions")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decisions on removal requests, as published with the list versions (public)",
            description =
                    "Granted and denied, with the reasons, the date and the list version each was published with.")
    @APIResponse(
            responseCode = "200",
            description = "Every decision, oldest first (or the page asked for)",
            headers =
                    @Header(
                            name = EvidenceResource.TOTAL_COUNT,
                            description = "How many decisions there are",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = EntityRemovalViews.DecisionView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response decisions(
            @Parameter(description = "How many decisions come before the page (default 0)") @QueryParam("offset")
                    Integer offset,
            @Parameter(description = "The page size, from 1 (default: every decision)") @QueryParam("limit")
                    Integer limit) {
        RemovalRequestPage page =
                requests.decisionPage(offset == null ? 0 : offset, limit == null ? Integer.MAX_VALUE : limit);
        return Response.ok(page.items().stream()
                        .map(EntityRemovalViews.DecisionView::of)
                        .toList())
                .header(EvidenceResource.TOTAL_COUNT, page.total())
                .build();
    }

    // --- regulators and auditors ---------------------------------------------------------------------

    @GET
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Removal requests, newest first (regulator, auditor)",
            description = "offset/limit page (limit at most 200); status filters (RECEIVED, PROPOSED, GRANTED,"
                    + " DENIED); sort=received lists the oldest first. X-Total-Count says how many match.")
    @APIResponse(
            responseCode = "200",
            description = "The requests",
            headers =
                    @Header(
                            name = EvidenceResource.TOTAL_COUNT,
                            description = "How many requests match in all",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = EntityRemovalViews.RequestView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response list(
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @Parameter(description = "Only requests in this status: RECEIVED, PROPOSED, GRANTED or DENIED")
                    @QueryParam("status")
                    String status,
            @Parameter(
                            description = "-received (the default: newest first) or received (oldest first)",
                            schema = @Schema(enumeration = {"received", "-received"}))
                    @QueryParam("sort")
                    String sort) {
        Actor actor = currentUser.require();
        RemovalRequestPage page = requests.list(actor, status, sort, offset, limit);
        return Response.ok(page.items().stream()
                        .map(r -> EntityRemovalViews.RequestView.of(r, RemovalRequestService.mayReadContact(actor)))
                        .toList())
                .header(EvidenceResource.TOTAL_COUNT, page.total())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One removal request (regulator, auditor; the contact for regulators only)")
    @APIResponse(
            responseCode = "200",
            description = "The request",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntityRemovalViews.RequestView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public EntityRemovalViews.RequestView one(@PathParam("id") String id) {
        Actor actor = currentUser.require();
        return EntityRemovalViews.RequestView.of(
                requests.get(actor, PathIds.uuid(id, "Removal request")), RemovalRequestService.mayReadContact(actor));
    }

    @POST
    @Path("{id}/proposal")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Propose to grant or deny a removal request, with the reasons to publish (regulator)",
            description = "A different senior regulator then decides.")
    @APIResponse(
            responseCode = "200",
            description = "The request, PROPOSED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntityRemovalViews.RequestView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EntityRemovalViews.RequestView propose(@PathParam("id") String id, ProposalBody body) {
        if (body == null) {
            throw InvalidInputException.of("outcome", "Send {outcome: GRANT | DENY, reason}");
        }
        return EntityRemovalViews.RequestView.of(
                requests.propose(
                        currentUser.require(), PathIds.uuid(id, "Removal request"), body.outcome(), body.reason()),
                true);
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Role.Names.SENIOR_REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve or send back the proposed decision (a senior regulator who did not propose it)",
            description = "approved: true makes the proposal the decision: a grant takes the producer off the list"
                    + " through a new list version; a denial is published with the list version in force. The"
                    + " proposer gets 403.")
    @APIResponse(
            responseCode = "200",
            description = "The request, GRANTED, DENIED or (sent back) RECEIVED",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EntityRemovalViews.RequestView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public EntityRemovalViews.RequestView decide(@PathParam("id") String id, DecisionBody body) {
        if (body == null || body.approved() == null) {
            throw InvalidInputException.of("approved", "Send {approved: true | false, comment?}");
        }
        return EntityRemovalViews.RequestView.of(
                requests.decide(
                        currentUser.require(), PathIds.uuid(id, "Removal request"), body.approved(), body.comment()),
                true);
    }

    // -------------------------------------------------------------------------------------------------

    private Response created(RemovalRequestService.Receipt receipt) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(Response.Status.CREATED)
                .entity(new EntityRemovalViews.ReceiptView(
                        receipt.code(),
                        receipt.request().reference(),
                        receipt.request().status().name()))
                .cacheControl(noStore)
                .build();
    }

    private String address() {
        return ClientAddress.of(request, settings);
    }
}
