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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.upr.FollowUpSubject;
import org.onus.core.upr.ImplementationAssessment;
import org.onus.core.upr.UprFollowUpService;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.UprMidTermReports;

/**
 * Follow-up between cycles: implementation assessments of what the State supported or noted (the
 * team's own recommendations and imported UN records alike), the overview of a State's cycle, and
 * the mid-term report.
 */
@Path("api/v1/upr/follow-up")
@RequestScoped
@Tag(name = "UPR")
public class UprFollowUpResource {

    static final String READERS_DOC = "UPR drafters, reviewers and auditors";

    @Inject
    UprFollowUpService followUp;

    @Inject
    UprMidTermReports reports;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    /** An assessment as sent; status NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED or FULLY_IMPLEMENTED. */
    @Schema(requiredProperties = {"status", "assessedOn"})
    public record AssessmentBody(String status, String assessedOn, String note, List<String> evidenceIds) {

        ImplementationAssessment.Description description() {
            return new ImplementationAssessment.Description(status, assessedOn, note, evidenceIds);
        }
    }

    @GET
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every recommendation a State supported or noted in a cycle, with its latest status ("
                    + READERS_DOC + ")",
            description = "stateUnderReview and cycle are required (400 naming the field). Own recommendations (the"
                    + " latest answered revision of each) and imported records alike, with counts by status"
                    + " (NOT_ASSESSED included) and by response.")
    @APIResponse(responseCode = "200", description = "The overview")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public UprFollowUpViews.OverviewView overview(
            @QueryParam("stateUnderReview") String stateUnderReview, @QueryParam("cycle") String cycle) {
        return UprFollowUpViews.overview(
                followUp.overview(currentUser.require(), stateUnderReview, UprMidTermReports.cycle(cycle)));
    }

    @GET
    @Path("report")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces({UprMidTermReports.DOCX, UprMidTermReports.PDF})
    @Operation(
            summary = "The mid-term report as DOCX or PDF (by Accept)",
            description = "Counts by status and by response, then each supported or noted recommendation with its"
                    + " latest status, date and note; cited public evidence as numbered sources. The export is"
                    + " recorded in the audit trail.")
    @APIResponse(
            responseCode = "200",
            description = "The report, DOCX or PDF as asked for in Accept",
            content = {
                @Content(
                        mediaType = UprMidTermReports.DOCX,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = UprMidTermReports.PDF,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response report(@QueryParam("stateUnderReview") String stateUnderReview, @QueryParam("cycle") String cycle) {
        Actor actor = currentUser.require();
        boolean pdf = headers.getAcceptableMediaTypes().stream()
                .map(m -> m.getType() + "/" + m.getSubtype())
                .anyMatch(UprMidTermReports.PDF::equals);
        return reports.export(
                actor,
                stateUnderReview,
                UprMidTermReports.cycle(cycle),
                pdf ? UprMidTermReports.PDF : UprMidTermReports.DOCX);
    }

    @GET
    @Path("recommendations/{id}")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A team recommendation's implementation history, newest first (" + READERS_DOC + ")")
    @APIResponse(responseCode = "200", description = "The recommendation and its assessments")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UprFollowUpViews.HistoryView ownHistory(@PathParam("id") String id) {
        return history(FollowUpSubject.own(uuid(id)));
    }

    @GET
    @Path("records/{id}")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An imported record's implementation history, newest first (" + READERS_DOC + ")")
    @APIResponse(responseCode = "200", description = "The record and its assessments")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UprFollowUpViews.HistoryView importedHistory(@PathParam("id") String id) {
        return history(FollowUpSubject.imported(uuid(id)));
    }

    @POST
    @Path("recommendations/{id}")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record an implementation assessment of a team recommendation (upr-drafter)",
            description = "Body {status, assessedOn, note, evidenceIds}. 409 unless the State supported or noted it;"
                    + " 400 naming the field for an unknown status, a date that is unreadable or in the future, a"
                    + " note over 4,000 characters, or evidence that does not exist or is not public.")
    @APIResponse(
            responseCode = "201",
            description = "The assessment",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UprFollowUpViews.AssessmentView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response assessOwn(@PathParam("id") String id, AssessmentBody body) {
        return assess(FollowUpSubject.own(uuid(id)), body);
    }

    @POST
    @Path("records/{id}")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record an implementation assessment of an imported record (upr-drafter)",
            description = "As for a team recommendation; a record whose response is OTHER or missing is refused (409).")
    @APIResponse(
            responseCode = "201",
            description = "The assessment",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UprFollowUpViews.AssessmentView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response assessImported(@PathParam("id") String id, AssessmentBody body) {
        return assess(FollowUpSubject.imported(uuid(id)), body);
    }

    private Response assess(FollowUpSubject subject, AssessmentBody body) {
        AssessmentBody b = body == null ? new AssessmentBody(null, null, null, null) : body;
        ImplementationAssessment a = followUp.assess(currentUser.require(), subject, b.description());
        return Response.created(URI.create("/api/v1/upr/follow-up/" + path(subject)))
                .entity(UprFollowUpViews.assessment(a))
                .build();
    }

    private UprFollowUpViews.HistoryView history(FollowUpSubject subject) {
        Actor actor = currentUser.require();
        return UprFollowUpViews.history(followUp.subject(actor, subject), followUp.history(actor, subject));
    }

    static String path(FollowUpSubject subject) {
        return (subject.kind() == FollowUpSubject.Kind.OWN ? "recommendations/" : "records/") + subject.id();
    }

    private static java.util.UUID uuid(String id) {
        return PathIds.uuid(id, "UPR item");
    }
}
