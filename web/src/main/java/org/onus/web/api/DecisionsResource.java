package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.publication.DecisionPage;
import org.onus.core.publication.DecisionSearch;
import org.onus.core.publication.PublicationService;
import org.onus.core.publication.PublishedDecision;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

/**
 * Published decisions: the public search and record (no case id, entry number or person), and the
 * staff's proposal, approval (a second regulator) and withdrawal.
 */
@Path("api/v1/decisions")
@RequestScoped
@Tag(name = "Published decisions")
public class DecisionsResource {

    static final String CSV = "text/csv";

    @Inject
    PublicationService publications;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "Search published decisions (public)",
            description = "Filters, all optional and combined: sector (a sector code), region (a region code; a region"
                    + " finds decisions on the regions inside it), route (NOT_APPLICABLE, EXCEPTION or NONE), outcome"
                    + " (RELEASE, CONFISCATION, EXCLUSION, PROTEST_DECISION, or an exact outcome such as PROTEST_DENIED),"
                    + " from and to (YYYY-MM-DD, the day of the decision, both included). Newest decision first."
                    + " JSON: {total, page, pageSize, items}, 20 a page (page from 1). Accept: text/csv or format=csv"
                    + " gives every match (up to 10,000 rows; X-Total-Count says how many matched).")
    @APIResponse(
            responseCode = "200",
            description = "One page of decisions as JSON, or every match as CSV",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DecisionViews.PageView.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response search(
            @QueryParam("sector") String sector,
            @QueryParam("region") String region,
            @QueryParam("route") String route,
            @QueryParam("outcome") String outcome,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") String page,
            @QueryParam("format") String format) {
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        DecisionSearch search = DecisionSearch.parse(sector, region, route, outcome, from, to, page);
        if (csv) {
            DecisionPage all = publications.export(search);
            return Response.ok(DecisionViews.csv(all.items()), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", ContentDisposition.attachment("published-decisions.csv"))
                    .header("X-Total-Count", all.total())
                    .build();
        }
        return Response.ok(DecisionViews.page(publications.search(search)), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("pending")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Decisions proposed and awaiting a regulator's approval (regulators, customs supervisors, auditors)")
    @APIResponse(responseCode = "200", description = "The proposals, oldest first")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<DecisionViews.DecisionView> pending() {
        return publications.pending(currentUser.require()).stream()
                .map(DecisionViews::view)
                .toList();
    }

    @GET
    @Path("{reference}")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One published decision (public)",
            description = "A proposed or withdrawn decision is 404 to the public; regulators, customs supervisors and"
                    + " auditors signed in also see those.")
    @APIResponse(responseCode = "200", description = "The decision")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public DecisionViews.DecisionView get(@PathParam("reference") String reference) {
        PublishedDecision d = currentUser
                .actor()
                .map(a -> publications.get(a, reference))
                .orElseGet(() -> publications.published(reference));
        return DecisionViews.view(d);
    }

    @POST
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.CUSTOMS_SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Propose a case's decision for publication (customs supervisors, regulators)",
            description = "The case must be released, confiscated, excluded or have its protest decided (409"
                    + " otherwise, or when it is already proposed or published). The summary is generated from the"
                    + " case's facts; an optional note is refused (409, naming the kind of term) if it names an"
                    + " organisation, the entry number, anyone who acted on the case, a document's details or a file.")
    @APIResponse(
            responseCode = "201",
            description = "Proposed; a regulator who did not propose it approves it",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionViews.DecisionView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response propose(DecisionViews.ProposalBody body) {
        if (body == null || body.caseId() == null || body.caseId().isBlank()) {
            throw InvalidInputException.of("caseId", "Send {caseId, note}");
        }
        PublishedDecision d = publications.propose(
                currentUser.require(), PathIds.uuid(body.caseId().strip(), "Case"), body.note());
        return Response.created(uriInfo.getBaseUriBuilder()
                        .path("api/v1/decisions/{reference}")
                        .build(d.reference()))
                .entity(DecisionViews.view(d))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    @POST
    @Path("{reference}/approval")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Approve the redacted version: the decision is published (regulators)",
            description = "Four eyes: the person who proposed it cannot approve it (403). The text is checked"
                    + " again against the case's sensitive terms (409 naming the kind of term).")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DecisionViews.DecisionView approve(@PathParam("reference") String reference) {
        return DecisionViews.view(publications.approve(currentUser.require(), reference));
    }

    @POST
    @Path("{reference}/withdrawal")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR, Role.Names.CUSTOMS_SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Refuse a proposal or take a published decision down, with a reason (regulators; a proposer"
                    + " for their own proposal)")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public DecisionViews.DecisionView withdraw(
            @PathParam("reference") String reference, DecisionViews.WithdrawalBody body) {
        return DecisionViews.view(
                publications.withdraw(currentUser.require(), reference, body == null ? null : body.reason()));
    }

    @PUT
    @Path("name-consent")
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record whether the caller's organisation agrees to be named in its published decisions"
                    + " (importers)",
            description = "Only used where ONUS_DECISION_NAMES=CONSENTED; applied when a decision is approved.")
    @APIResponse(responseCode = "200", description = "The consent as recorded")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public DecisionViews.ConsentBody consent(DecisionViews.ConsentBody body) {
        if (body == null) {
            throw InvalidInputException.of("consent", "Send {consent: true|false}");
        }
        return new DecisionViews.ConsentBody(publications.recordNameConsent(currentUser.require(), body.consent()));
    }
}
