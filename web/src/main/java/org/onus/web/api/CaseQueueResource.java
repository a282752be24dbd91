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
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.detention.CaseQueue;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.QueuePage;
import org.onus.core.detention.QueueQuery;
import org.onus.core.detention.QueueRow;
import org.onus.core.detention.Recusal;
import org.onus.core.identity.Role;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

/**
 * The customs work queue and who works each case. Every step goes through {@link CaseQueue}, the
 * path the pages take too, so a request cannot do what the page would refuse.
 */
@Path("api/v1/cases")
@RequestScoped
@Tag(name = "Work queue", description = "The customs officers' work queue and case assignment")
public class CaseQueueResource {

    @Inject
    CaseQueue queue;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Schema(
            name = "QueueValue",
            description = "The entry's declared value",
            requiredProperties = {"amount", "currency"})
    public record ValueView(BigDecimal amount, String currency) {}

    @Schema(
            name = "QueueItem",
            description = "One case in the work queue",
            requiredProperties = {
                "caseId",
                "entryNumber",
                "importer",
                "goods",
                "value",
                "detainedOn",
                "daysDetained",
                "status",
                "overdue"
            })
    public record QueueItemView(
            UUID caseId,
            String entryNumber,

            @Schema(description = "The importer's organisation code")
            String importer,

            @Schema(description = "The goods as declared on the entry")
            String goods,

            ValueView value,
            LocalDate detainedOn,
            long daysDetained,

            @Schema(description = "The running deadline (inclusive); absent once the case is decided")
            LocalDate deadline,

            @Schema(
                    description = "Whose deadline runs",
                    enumeration = {"REBUTTAL", "DECISION", "PROTEST_DECISION"})
            String deadlineKind,

            @Schema(description = "Days until the deadline; negative once overdue")
            Long daysLeft,

            boolean overdue,

            @Schema(description = "The officer working the case; absent while it is in the shared queue")
            String assignee,

            String status) {

        static QueueItemView of(QueueRow r, LocalDate today) {
            Long left = r.daysLeft(today);
            return new QueueItemView(
                    r.caseId(),
                    r.entryNumber(),
                    r.importer(),
                    r.goods(),
                    new ValueView(r.amount(), r.currency()),
                    r.detainedOn(),
                    r.daysDetained(today),
                    r.deadline(),
                    r.deadlineKind().map(Enum::name).orElse(null),
                    left,
                    left != null && left < 0,
                    r.assignee(),
                    r.status().name());
        }
    }

    @Schema(
            name = "QueuePage",
            description = "A page of the work queue",
            requiredProperties = {"items", "total", "page", "size", "pages"})
    public record QueuePageView(
            List<QueueItemView> items,

            @Schema(description = "Cases matching the filters, on all pages")
            long total,

            int page,
            int size,
            int pages) {}

    @Schema(
            name = "AssignmentBody",
            requiredProperties = {"assignee"})
    public record AssignmentBody(
            @Schema(description = "The officer's username", example = "officer")
            String assignee) {}

    @Schema(
            name = "StepAsideBody",
            requiredProperties = {"reason"})
    public record StepAsideBody(
            @Schema(description = "The conflict of interest, for supervisors and auditors")
            String reason) {}

    @Schema(
            name = "SteppedAside",
            requiredProperties = {"official", "reason", "at"})
    public record RecusalView(String official, String reason, Instant at) {}

    @Schema(
            name = "Assignment",
            description = "Who works the case, and who stepped aside from it",
            requiredProperties = {"caseId", "status", "steppedAside"})
    public record AssignmentView(
            UUID caseId,

            @Schema(description = "Absent while the case is in the shared queue")
            String assignee,

            Instant assignedAt,
            String status,
            List<RecusalView> steppedAside) {

        static AssignmentView of(DetentionCase c) {
            return new AssignmentView(
                    c.id(),
                    c.assignee().orElse(null),
                    c.assignedAt(),
                    c.status().name(),
                    c.recusals().stream()
                            .map((Recusal r) -> new RecusalView(r.official(), r.reason(), r.at()))
                            .toList());
        }
    }

    @GET
    @RolesAllowed({Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The work queue",
            description = "Detention cases for customs officers, supervisors and auditors (importers: 403), filtered,"
                    + " sorted and paged in the database. Without a status filter only open cases are listed.")
    @APIResponse(
            responseCode = "200",
            description = "A page of cases",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = QueuePageView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A filter, the sort or the page has no such value (each named in errors)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not customs staff or an auditor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QueuePageView list(
            @Parameter(description = "OPEN (the default), ALL, or a case status such as REBUTTAL_SUBMITTED")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "me, none (the shared queue) or an officer's username") @QueryParam("assignee")
                    String assignee,
            @Parameter(
                            description = "The running deadline's window",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"OVERDUE", "WITHIN_7_DAYS", "WITHIN_30_DAYS"}))
                    @QueryParam("deadline")
                    String deadline,
            @Parameter(
                            description = "A sector's code: the entry's HS code starts with one of its prefixes;"
                                    + " ALL_GOODS matches every case (before 2026-12-06 it matched none);"
                                    + " a code that names no sector is refused with 400 (before 2026-12-06 it"
                                    + " matched no case)")
                    @QueryParam("sector")
                    String sector,
            @Parameter(description = "The goods' country of origin (ISO 3166 alpha-2)") @QueryParam("origin")
                    String origin,
            @Parameter(description = "The port of entry") @QueryParam("port") String port,
            @Parameter(description = "The importer's organisation code") @QueryParam("importer") String importer,
            @Parameter(
                            description = "entry, importer, goods, value, detained, deadline (the default), assignee or"
                                    + " status; prefix - for descending. Cases with equal values follow by detention"
                                    + " date, then case id, the same way; empty deadlines and assignees come last")
                    @QueryParam("sort")
                    String sort,
            @Parameter(description = "One-based page number (default 1)") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100 (default 25)") @QueryParam("size") String size) {
        QueueQuery query =
                QueueQuery.parse(status, deadline, sector, origin, port, importer, assignee, sort, page, size);
        QueuePage found = queue.page(currentUser.require(), query);
        LocalDate today = LocalDate.now(clock);
        return new QueuePageView(
                found.rows().stream().map(r -> QueueItemView.of(r, today)).toList(),
                found.total(),
                found.page(),
                found.size(),
                found.pages());
    }

    @POST
    @Path("{id}/assignment")
    @RolesAllowed(Role.Names.CUSTOMS_SUPERVISOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Assign or reassign a case",
            description = "A supervisor gives the case to an officer known to the portal who has not stepped aside.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentBody.class)))
    @APIResponse(
            responseCode = "200",
            description = "Assigned",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No assignee, or no such customs officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a customs supervisor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The case is closed, already assigned to that officer, or the officer stepped aside",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentView assign(@PathParam("id") String id, AssignmentBody body) {
        return AssignmentView.of(queue.assign(currentUser.require(), uuid(id), body == null ? null : body.assignee()));
    }

    @POST
    @Path("{id}/take")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Take a case from the shared queue", description = "The caller becomes its assignee.")
    @APIResponse(
            responseCode = "200",
            description = "Taken",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a customs officer, or the caller stepped aside from the case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The case is assigned to an officer already, or closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentView take(@PathParam("id") String id) {
        return AssignmentView.of(queue.take(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/hand-back")
    @RolesAllowed(Role.Names.CUSTOMS_OFFICER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hand a case back to the shared queue", description = "Only its assignee hands it back.")
    @APIResponse(
            responseCode = "200",
            description = "Back in the shared queue",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a customs officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The case is not assigned to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentView handBack(@PathParam("id") String id) {
        return AssignmentView.of(queue.handBack(currentUser.require(), uuid(id)));
    }

    @POST
    @Path("{id}/step-aside")
    @RolesAllowed({Role.Names.CUSTOMS_OFFICER, Role.Names.CUSTOMS_SUPERVISOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Step aside from a case (conflict of interest)",
            description = "The caller never again reviews evidence, decides or approves on this case; a case they"
                    + " worked returns to the shared queue. The reason is required and audited.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StepAsideBody.class)))
    @APIResponse(
            responseCode = "200",
            description = "Stepped aside",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "403",
            description = "Not a customs officer or supervisor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such case",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The caller has already stepped aside",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AssignmentView stepAside(@PathParam("id") String id, StepAsideBody body) {
        return AssignmentView.of(queue.stepAside(currentUser.require(), uuid(id), body == null ? null : body.reason()));
    }

    private static UUID uuid(String id) {
        return PathIds.uuid(id, "Case");
    }
}
