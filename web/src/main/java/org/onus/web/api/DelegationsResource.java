package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.delegation.Delegation;
import org.onus.core.delegation.DelegationService;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

/**
 * Delegations to customs brokers: an importer grants and revokes them; a broker lists the
 * importers that delegated it (docs/BROKERS.md).
 */
@Path("api/v1/delegations")
@RequestScoped
@Tag(name = "Delegations")
public class DelegationsResource {

    @Inject
    DelegationService delegations;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    /** What an importer sends to delegate a broker. */
    @Schema(requiredProperties = {"broker"})
    public record GrantBody(
            @Schema(description = "The broker organisation's code", example = "BROKER-1")
            String broker,

            @Schema(
                    description = "The last day the delegation is in force (inclusive); leave it out for"
                            + " a delegation until revoked",
                    format = "date")
            String validUntil) {}

    /** A delegation as shown to the importer that granted it and the broker that received it. */
    @Schema(
            name = "Delegation",
            requiredProperties = {"id", "importer", "broker", "grantedBy", "grantedAt", "inForce"})
    public record DelegationView(
            UUID id,
            String importer,
            String broker,
            LocalDate validUntil,
            String grantedBy,
            Instant grantedAt,
            String revokedBy,
            Instant revokedAt,

            @Schema(description = "Whether the broker may file for the importer today")
            boolean inForce) {

        static DelegationView of(Delegation d, boolean inForce) {
            return new DelegationView(
                    d.id(),
                    d.importerCode(),
                    d.brokerCode(),
                    d.validUntil(),
                    d.grantedBy(),
                    d.grantedAt(),
                    d.revokedBy(),
                    d.revokedAt(),
                    inForce);
        }
    }

    @GET
    @RolesAllowed({
        Role.Names.IMPORTER,
        Role.Names.CUSTOMS_BROKER,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Delegations: those an importer granted, those a customs broker received, or all for"
                    + " customs and auditors; newest first, revoked ones included")
    @APIResponse(responseCode = "200", description = "The delegations")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<DelegationView> list() {
        return delegations.visibleTo(currentUser.require()).stream()
                .map(d -> DelegationView.of(d, delegations.inForce(d)))
                .toList();
    }

    @POST
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Delegate a customs broker to file entries in the importer's name (importer)",
            description = "Body {broker, validUntil?}. The broker must be a customs broker organisation known to"
                    + " the portal (400 naming broker otherwise); validUntil, if given, is today or later (400)."
                    + " A delegation to the same broker already in force is 409. Audited (delegation.granted).")
    @APIResponse(
            responseCode = "201",
            description = "Granted; the broker may file for the importer from now on",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DelegationView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response grant(GrantBody body) {
        if (body == null) {
            throw InvalidInputException.of("broker", "Send {\"broker\": \"CODE\", \"validUntil\": \"YYYY-MM-DD\"}");
        }
        Delegation d = delegations.grant(currentUser.require(), body.broker(), body.validUntil());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/delegations/{id}")
                        .build(d.id()))
                .entity(DelegationView.of(d, delegations.inForce(d)))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Role.Names.IMPORTER,
        Role.Names.CUSTOMS_BROKER,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One delegation the caller is party to (or any, for customs); others are 404")
    @APIResponse(responseCode = "200", description = "The delegation")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public DelegationView one(@PathParam("id") String id) {
        UUID wanted = PathIds.uuid(id, "Delegation");
        return delegations.visibleTo(currentUser.require()).stream()
                .filter(d -> d.id().equals(wanted))
                .findFirst()
                .map(d -> DelegationView.of(d, delegations.inForce(d)))
                .orElseThrow(() -> new org.onus.core.problem.NotFoundException("Delegation " + id));
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Revoke a delegation (the importer that granted it)",
            description = "From now on the broker cannot file in the importer's name; it keeps reading the entries"
                    + " it filed before. Another organisation's delegation is 404; one already revoked is 409."
                    + " Audited (delegation.revoked).")
    @APIResponse(responseCode = "200", description = "The delegation, revoked")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DelegationView revoke(@PathParam("id") String id) {
        Delegation d = delegations.revoke(currentUser.require(), PathIds.uuid(id, "Delegation"));
        return DelegationView.of(d, delegations.inForce(d));
    }
}
