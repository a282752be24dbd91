package org.onus.web.pages;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;
import org.onus.core.bulk.BulkCsv;
import org.onus.core.bulk.BulkFiles;
import org.onus.core.bulk.BulkJob;
import org.onus.core.bulk.BulkSettings;
import org.onus.core.bulk.BulkUpload;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.RuleViolation;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;
import org.onus.web.view.BulkTemplate;
import org.onus.web.view.Form;
import org.onus.web.view.Languages;
import org.onus.web.view.Messages;
import org.onus.web.view.View;

/**
 * Bulk upload for importers: the form, the template, and a job's page, which follows the job live
 * with a script and, without one, by reloading itself until the job has finished.
 */
@Path("entries/bulk")
@RequestScoped
@RolesAllowed(Role.Names.IMPORTER)
public class BulkPages {

    /** Seconds between reloads of a running job's page when scripts do not run. */
    static final int REFRESH_SECONDS = 3;

    @Inject
    java.time.Clock templateClock;

    @Inject
    BulkUpload upload;

    @Inject
    BulkSettings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Languages languages;

    @Context
    HttpServletRequest request;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public View form() {
        return form(Form.empty());
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response upload() throws IOException {
        Actor actor = currentUser.require();
        Part file = filePart();
        if (file == null) {
            return Response.status(400)
                    .entity(form(Form.empty()
                            .withProblem(
                                    "file", Messages.text(languages.choose(request), "entries.bulk.error.noFile"))))
                    .build();
        }
        try {
            BulkFiles.Staged staged;
            try (InputStream in = file.getInputStream()) {
                staged = upload.receive(in);
            }
            try {
                BulkJob job = upload.start(actor, staged, Uploads.fileName(file));
                return Response.seeOther(URI.create("/entries/bulk/" + job.id()))
                        .build();
            } catch (RuntimeException e) {
                upload.discard(staged);
                throw e;
            }
        } catch (UploadRejectedException refused) {
            return Response.status(refused.reason().status())
                    .entity(form(Form.empty().withProblems(refused.problems())))
                    .build();
        } catch (RuleViolation refused) {
            return Response.status(409)
                    .entity(form(Form.empty().withProblem("file", refused.getMessage())))
                    .build();
        } finally {
            file.delete();
        }
    }

    @GET
    @Path("template.csv")
    @Produces("text/csv")
    public Response template() {
        return Response.ok(BulkTemplate.csv(java.time.LocalDate.now(templateClock)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("onus-bulk-entries.csv"))
                .build();
    }

    @GET
    // No dot in an id: a browser asking for HTML first must still reach "template.csv".
    @Path("{id: [^/.]+}")
    @Produces(MediaType.TEXT_HTML)
    public View job(@PathParam("id") String id) {
        BulkJob job = upload.job(currentUser.require(), uuid(id));
        View view = View.of("entries/bulk-job").with("job", job);
        return job.status().finished() ? view : view.with("refreshSeconds", REFRESH_SECONDS);
    }

    private View form(Form form) {
        return View.of("entries/bulk")
                .with("form", form)
                .with("columns", BulkCsv.COLUMNS)
                .with(
                        "optionalColumns",
                        BulkCsv.ALL_COLUMNS.subList(BulkCsv.COLUMNS.size(), BulkCsv.ALL_COLUMNS.size()))
                .with("maxMiB", settings.maxBytes() / (1024 * 1024))
                .with("recent", upload.recent(currentUser.require(), 10));
    }

    private Part filePart() throws IOException {
        try {
            Part part = request.getPart("file");
            return part == null
                            || part.getSize() == 0
                                    && (part.getSubmittedFileName() == null
                                            || part.getSubmittedFileName().isBlank())
                    ? null
                    : part;
        } catch (ServletException e) {
            return null;
        }
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Bulk upload");
    }
}
