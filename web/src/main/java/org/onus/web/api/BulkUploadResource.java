package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.bulk.BulkFiles;
import org.onus.core.bulk.BulkJob;
import org.onus.core.bulk.BulkSettings;
import org.onus.core.bulk.BulkUpload;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.web.http.ContentDisposition;
import org.onus.web.security.CurrentUser;
import org.onus.web.view.BulkTemplate;

@Path("api/v1/entries/bulk")
@RequestScoped
@Tag(name = "Entries and screening")
public class BulkUploadResource {

    public static final String CSV = "text/csv";

    @Inject
    java.time.Clock templateClock;

    @Inject
    BulkUpload upload;

    @Inject
    BulkSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @Schema(requiredProperties = {"jobId"})
    public record Accepted(UUID jobId) {}

    @POST
    @RolesAllowed(Role.Names.IMPORTER)
    @Consumes({CSV, "application/csv", "text/plain"})
    @Produces("application/json")
    @Operation(
            summary = "Upload many entries as a CSV file (importer); processed in the background",
            description = "202 {jobId}; follow it at GET /api/v1/jobs/{jobId}. The layout is in docs/BULK-UPLOAD.md and"
                    + " GET /api/v1/entries/bulk/template. A file with any invalid row is rejected whole, with every"
                    + " error by line, and nothing is stored. 413 beyond onus.bulk.max-bytes (200 MiB)."
                    + " Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted for checking and filing in the background; follow the job",
            headers =
                    @Header(
                            name = "Location",
                            description = "The job, GET /api/v1/jobs/{jobId}",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response upload(
            @HeaderParam(Idempotency.HEADER) String key, @HeaderParam("Content-Length") Long length, InputStream body) {
        Actor actor = currentUser.require();
        if (length != null && length > settings.maxBytes()) {
            throw BulkFiles.tooLarge(settings.maxBytes());
        }
        BulkFiles.Staged staged = upload.receive(body);
        boolean started = false;
        try {
            Response response = idempotency.once(actor, key, "POST /api/v1/entries/bulk", staged.sha256(), () -> {
                BulkJob job = upload.start(actor, staged, null);
                return Response.accepted(new Accepted(job.id()))
                        .location(URI.create("/api/v1/jobs/" + job.id()))
                        .build();
            });
            started = response.getStatus() == 202 && response.getHeaderString("Idempotent-Replayed") == null;
            return response;
        } finally {
            if (!started) {
                upload.discard(staged);
            }
        }
    }

    @GET
    @Path("template")
    @RolesAllowed(Role.Names.IMPORTER)
    @Produces(CSV)
    @Operation(summary = "The CSV layout as a file to fill in: the header and two example entries")
    @APIResponse(
            responseCode = "200",
            description = "The template",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public Response template() {
        return Response.ok(BulkTemplate.csv(java.time.LocalDate.now(templateClock)), CSV + "; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("onus-bulk-entries.csv"))
                .build();
    }
}
