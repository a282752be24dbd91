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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.PolicyStatusChange;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

@Path("api/v1/policies")
@RequestScoped
@Tag(name = "State policies")
public class PoliciesResource {

    @Inject
    PolicyRegistry registry;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    /** A policy as listed. */
    @Schema(requiredProperties = {"id", "title", "authority", "status", "regionCodes", "sourceIds", "version"})
    public record PolicyView(
            UUID id,
            String title,
            String authority,
            LocalDate issued,
            String status,
            String summary,
            List<String> regionCodes,
            List<UUID> sourceIds,
            long version) {

        static PolicyView of(StatePolicy p) {
            return new PolicyView(
                    p.id(),
                    p.title(),
                    p.authority(),
                    p.issued(),
                    p.status().name(),
                    p.summary(),
                    p.regionCodes(),
                    p.sourceIds(),
                    p.version());
        }
    }

    /** A move of a policy's status. */
    @Schema(requiredProperties = {"to", "reason", "evidenceIds", "changedBy", "changedAt"})
    public record StatusChangeView(
            String from, String to, String reason, List<UUID> evidenceIds, String changedBy, Instant changedAt) {

        static StatusChangeView of(PolicyStatusChange c) {
            return new StatusChangeView(
                    c.from().name(), c.to().name(), c.reason(), c.evidenceIds(), c.changedBy(), c.changedAt());
        }
    }

    /** A policy with the history of its status. */
    @Schema(requiredProperties = {"policy", "statusChanges"})
    public record PolicyDetail(PolicyView policy, List<StatusChangeView> statusChanges) {}

    /** What a regulator sends to record or change a policy. */
    @Schema(requiredProperties = {"title", "authority", "regionCodes"})
    public record PolicyBody(
            String title,
            String authority,
            String issued,
            String summary,
            List<String> regionCodes,
            List<String> sourceIds,
            Long version) {

        StatePolicy.Description description() {
            return new StatePolicy.Description(title, authority, issued, summary, regionCodes, sourceIds);
        }
    }

    /** A status change: the new status, why, and on what evidence. */
    @Schema(requiredProperties = {"status", "reason"})
    public record StatusBody(String status, String reason, List<String> evidenceIds) {}

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All state policies (public)")
    @APIResponse(responseCode = "200", description = "Every recorded policy")
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public List<PolicyView> all() {
        return registry.all().stream().map(PolicyView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A state policy and the history of its status (public)")
    @APIResponse(responseCode = "200", description = "The policy and its status history")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public PolicyDetail one(@PathParam("id") String id) {
        StatePolicy policy = registry.get(uuid(id));
        return new PolicyDetail(
                PolicyView.of(policy),
                policy.statusChanges().stream().map(StatusChangeView::of).toList());
    }

    @POST
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record a state policy (regulator); it starts IN_FORCE",
            description = "Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded, IN_FORCE",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response record(@HeaderParam(Idempotency.HEADER) String key, PolicyBody body) {
        Actor actor = currentUser.require();
        require(body);
        return idempotency.once(actor, key, "POST /api/v1/policies", String.valueOf(body.description()), () -> {
            StatePolicy policy = registry.record(actor, body.description());
            return Response.created(URI.create("/api/v1/policies/" + policy.id()))
                    .entity(PolicyView.of(policy))
                    .build();
        });
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a policy's description (regulator)",
            description = "Send the version you read; 409 if someone changed it since.")
    @APIResponse(responseCode = "200", description = "The policy as now described")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public PolicyView change(@PathParam("id") String id, PolicyBody body) {
        require(body);
        if (body.version() == null) {
            throw InvalidInputException.of("version", "Send the version of the policy you are changing");
        }
        return PolicyView.of(registry.redescribe(currentUser.require(), uuid(id), body.version(), body.description()));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed(Role.Names.REGULATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a policy's status with a reason and evidence (regulator)",
            description = "IN_FORCE → REPEAL_CLAIMED → REPEAL_VERIFIED, and back to IN_FORCE (one regulator and a"
                    + " reason). REPEAL_VERIFIED needs a senior-regulator other than the one who recorded the claim"
                    + " (403 FOUR_EYES_REPEAL) and cited evidence that the policy-status table admits: an official"
                    + " repeal notice or gazette, a court or legislative record (409 REPEAL_EVIDENCE_ADMISSIBLE, one"
                    + " error per refused item). 409 also lists the allowed moves. Nothing changes on a refusal.")
    @APIResponse(responseCode = "200", description = "The policy with its new status and history")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public PolicyDetail changeStatus(@PathParam("id") String id, StatusBody body) {
        if (body == null) {
            throw InvalidInputException.of("status", "Send {status, reason, evidenceIds}");
        }
        StatePolicy policy = registry.changeStatus(
                currentUser.require(), uuid(id), body.status(), body.reason(), body.evidenceIds());
        return new PolicyDetail(
                PolicyView.of(policy),
                policy.statusChanges().stream().map(StatusChangeView::of).toList());
    }

    private static void require(PolicyBody body) {
        if (body == null) {
            throw InvalidInputException.of(
                    "title", "Send {title, authority, issued, summary, regionCodes[], sourceIds[]}");
        }
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Policy");
    }
}
