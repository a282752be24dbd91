package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.bulk.BulkJob;
import org.onus.core.bulk.BulkUpload;
import org.onus.core.identity.Role;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;

@Path("api/v1/jobs")
@RequestScoped
@Tag(name = "Entries and screening")
public class JobsResource {

    @Inject
    BulkUpload upload;

    @Inject
    CurrentUser currentUser;

    @Schema(requiredProperties = {"line", "message"})
    public record LineError(long line, String message) {}

    /**
     * A job as the contract gives it. {@code total} is the number of entries, known once the file
     * has been checked; {@code processed} counts entries checked (VALIDATING) or filed (FILING).
     */
    @Schema(
            requiredProperties = {
                "id",
                "status",
                "processed",
                "total",
                "percent",
                "errors",
                "errorCount",
                "moreErrors",
                "created",
                "unchanged",
                "detained",
                "cleared",
                "disclosureRequired",
                "createdAt"
            })
    public record JobView(
            UUID id,
            String status,
            int processed,
            int total,
            int percent,
            List<LineError> errors,
            int errorCount,
            int moreErrors,
            int created,
            int unchanged,
            int detained,
            int cleared,
            int disclosureRequired,
            String message,
            Instant createdAt,
            Instant finishedAt) {

        public static JobView of(BulkJob j) {
            return new JobView(
                    j.id(),
                    j.status().name(),
                    j.processed(),
                    j.total(),
                    j.percent(),
                    j.errors().stream()
                            .map(e -> new LineError(e.line(), e.message()))
                            .toList(),
                    j.errorCount(),
                    j.moreErrors(),
                    j.created(),
                    j.unchanged(),
                    j.detained(),
                    j.cleared(),
                    j.disclosureRequired(),
                    j.message(),
                    j.createdAt(),
                    j.finishedAt());
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "A bulk upload's progress and outcome (the uploading organisation only; others 404)",
            description = "status: QUEUED, VALIDATING, REJECTED, FILING, DONE, FAILED. errors: [{line, message}],"
                    + " at most 1,000; moreErrors says how many more there were.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public JobView one(@PathParam("id") String id) {
        return JobView.of(upload.job(currentUser.require(), uuid(id)));
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Bulk upload");
    }
}
