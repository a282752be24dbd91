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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.decisiontable.DecisionTableProposal;
import org.onus.core.decisiontable.DecisionTableService;
import org.onus.core.decisiontable.TableVersion;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

/**
 * Decision tables regulators change under four eyes ({@code mass-balance-thresholds},
 * {@code evidence-admissibility}): every version, the proposals, and the second regulator's
 * approval, which deploys the proposal as the table's next version.
 */
@Path("api/v1/decision-tables/{key}")
@RequestScoped
@Tag(name = "Mass balance")
public class DecisionTablesResource {

    @Inject
    DecisionTableService tables;

    @Inject
    CurrentUser currentUser;

    /** A column of a table: inputs are matched, outputs answered. */
    @Schema(
            name = "DecisionTableColumn",
            requiredProperties = {"label", "input"})
    public record ColumnView(String label, boolean input) {}

    /** One deployed version of a table, its rows' cells as written in the table (FEEL; "-" matches anything). */
    @Schema(
            name = "DecisionTableVersion",
            requiredProperties = {"table", "version", "columns", "rows"})
    public record VersionView(
            String table, int version, Instant deployedAt, List<ColumnView> columns, List<List<String>> rows) {

        static VersionView of(TableVersion v) {
            return new VersionView(
                    v.table().key(),
                    v.version(),
                    v.deployedAt(),
                    v.columns().stream()
                            .map(c -> new ColumnView(c.label(), c.input()))
                            .toList(),
                    v.rows());
        }
    }

    /** A proposed version and where it stands. */
    @Schema(
            name = "DecisionTableProposal",
            requiredProperties = {
                "id",
                "table",
                "basedOnVersion",
                "rows",
                "reason",
                "status",
                "proposedBy",
                "proposedAt"
            })
    public record ProposalView(
            UUID id,
            String table,
            int basedOnVersion,
            List<List<String>> rows,
            String reason,

            @Schema(description = "PROPOSED, APPROVED or REJECTED")
            String status,

            String proposedBy,
            Instant proposedAt,
            String decidedBy,
            Instant decidedAt,

            @Schema(description = "The table version it was deployed as, once approved")
            Integer deployedVersion) {

        static ProposalView of(DecisionTableProposal p) {
            return new ProposalView(
                    p.id(),
                    p.table().key(),
                    p.basedOnVersion(),
                    p.rows(),
                    p.reason(),
                    p.status().name(),
                    p.proposedBy(),
                    p.proposedAt(),
                    p.decidedBy().orElse(null),
                    p.decidedAt().orElse(null),
                    p.deployedVersion().orElse(null));
        }
    }

    /** New rows for the table, each with as many cells as the table has columns, and why. */
    @Schema(
            name = "DecisionTableProposalBody",
            requiredProperties = {"rows", "reason"})
    public record ProposalBody(List<List<String>> rows, String reason) {}

    @GET
    @Path("versions")
    @RolesAllowed({
        Role.Names.REGULATOR,
        Role.Names.SENIOR_REGULATOR,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR,
        Role.Names.ADMIN
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every version of a decision table, oldest first")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<VersionView> versions(
            @Parameter(description = "mass-balance-thresholds or evidence-admissibility") @PathParam("key")
                    String key) {
        return tables.versions(currentUser.require(), key).stream()
                .map(VersionView::of)
                .toList();
    }

    @GET
    @Path("proposals")
    @RolesAllowed({
        Role.Names.REGULATOR,
        Role.Names.SENIOR_REGULATOR,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.AUDITOR,
        Role.Names.ADMIN
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The proposals for a decision table, newest first")
    @APIResponse(responseCode = "200", description = "The proposals")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public List<ProposalView> proposals(@PathParam("key") String key) {
        return tables.proposals(currentUser.require(), key).stream()
                .map(ProposalView::of)
                .toList();
    }

    @POST
    @Path("proposals")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a new version of a decision table (regulators); another regulator decides")
    @APIResponse(
            responseCode = "201",
            description = "Proposed",
            headers =
                    @Header(
                            name = "Location",
                            description = "The proposals of the table",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response propose(@PathParam("key") String key, ProposalBody body) {
        if (body == null) {
            throw InvalidInputException.of("rows", "Send the rows and the reason as JSON");
        }
        DecisionTableProposal p = tables.propose(currentUser.require(), key, body.rows(), body.reason());
        return Response.created(
                        URI.create("/api/v1/decision-tables/" + p.table().key() + "/proposals"))
                .entity(ProposalView.of(p))
                .build();
    }

    @POST
    @Path("proposals/{id}/approval")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a proposal (a regulator other than its proposer): it is deployed as the next version")
    @APIResponse(responseCode = "200", description = "Approved and deployed")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST) // rows leaving a question unanswered
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public ProposalView approve(@PathParam("key") String key, @PathParam("id") String id) {
        return ProposalView.of(tables.approve(currentUser.require(), key, PathIds.uuid(id, "Proposal")));
    }

    @POST
    @Path("proposals/{id}/rejection")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a proposal (a regulator other than its proposer)")
    @APIResponse(responseCode = "200", description = "Rejected")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public ProposalView reject(@PathParam("key") String key, @PathParam("id") String id) {
        return ProposalView.of(tables.reject(currentUser.require(), key, PathIds.uuid(id, "Proposal")));
    }
}
