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
    public Response template() {
        return Response.ok(BulkTemplate.csv(java.time.LocalDate.now(templateClock)), CSV + "; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("onus-bulk-entries.csv"))
                .build();
    }
}
