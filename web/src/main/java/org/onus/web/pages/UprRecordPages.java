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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onus.core.evidence.UploadRejectedException;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.upr.StateResponse;
import org.onus.core.upr.Theme;
import org.onus.core.upr.UprFind;
import org.onus.core.upr.UprHits;
import org.onus.core.upr.UprRecord;
import org.onus.core.upr.UprRecordCsv;
import org.onus.core.upr.UprRecordService;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;
import org.onus.web.view.Form;
import org.onus.web.view.Messages;
import org.onus.web.view.PageModel;
import org.onus.web.view.UprRecordFilters;
import org.onus.web.view.View;

/**
 * Recommendations from earlier cycles: one search over the records imported from the UN's data and
 * the team's own recommendations (with a CSV download of what it found), a record's page, and the
 * import form for drafters.
 */
@Path("upr/records")
@RequestScoped
@RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
public class UprRecordPages {

    @Inject
    UprRecordService records;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageModel page;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(@QueryParam("page") String pageNumber) {
        Actor actor = currentUser.require();
        UprRecordFilters filters = filters();
        Map<String, String> values = new HashMap<>(filters.values());
        values.put("page", pageNumber == null ? "" : pageNumber);
        Form form = Form.of(values);
        UprHits hits = new UprHits(0, 1, UprFind.PAGE_SIZE, List.of());
        int status = 200;
        try {
            hits = records.search(actor, filters.find(pageNumber, this.page.locale()));
        } catch (InvalidInputException refused) {
            form = form.withProblems(refused.problems());
            status = 400;
        }
        return Response.status(status)
                .entity(View.of("upr/records/search")
                        .with("form", form)
                        .with("hits", hits)
                        .with("filtered", filters.any())
                        .with("query", filters.query())
                        .with("previousQuery", filters.pageQuery(hits.page() - 1))
                        .with("nextQuery", filters.pageQuery(hits.page() + 1))
                        .with("themes", Theme.values())
                        .with("responses", StateResponse.values())
                        .with("states", records.recommendingStates(actor))
                        .with("maxExport", UprFind.MAX_EXPORT)
                        .with("isDrafter", actor.has(Role.UPR_DRAFTER)))
                .build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export() {
        Actor actor = currentUser.require();
        UprHits all = records.export(actor, filters().find(null));
        return Response.ok(UprRecordCsv.write(all.items()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("upr-recommendations.csv"))
                .header("X-Total-Count", all.total())
                .build();
    }

    @GET
    @Path("import")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public View importForm() {
        return importView(Form.empty(), null);
    }

    @POST
    @Path("import")
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Produces(MediaType.TEXT_HTML)
    public Response importCsv() throws IOException {
        Actor actor = currentUser.require();
        Part file = filePart();
        if (file == null) {
            return Response.status(400)
                    .entity(importView(
                            Form.empty().withProblem("file", Messages.text(page.locale(), "upr.import.chooseFile")),
                            null))
                    .build();
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = UprRecordCsv.readUpload(in);
            UprRecordService.ImportResult result = records.importCsv(actor, bytes, Uploads.fileName(file));
            return Response.ok(importView(Form.empty(), result).with("fileName", Uploads.fileName(file)))
                    .build();
        } catch (UploadRejectedException refused) {
            return Response.status(refused.reason().status())
                    .entity(importView(Form.empty().withProblems(refused.problems()), null))
                    .build();
        } catch (InvalidInputException refused) {
            // Every problem in the summary, each leading to the file field, with its line and column in words.
            List<Problem> problems = refused.problems().stream()
                    .map(p -> new Problem("file", p.message()))
                    .toList();
            return Response.status(400)
                    .entity(importView(Form.empty().withProblems(problems), null)
                            .with("fileName", Uploads.fileName(file))
                            .with("problemCount", problems.size()))
                    .build();
        } finally {
            file.delete();
        }
    }

    @GET
    // No dot in an id: "export.csv" must still reach the export.
    @Path("{id: [^/.]+}")
    @Produces(MediaType.TEXT_HTML)
    public View record(@PathParam("id") String id) {
        UprRecord r = records.record(currentUser.require(), PathIds.uuid(id, "UPR record"));
        return View.of("upr/records/record").with("record", r);
    }

    private View importView(Form form, UprRecordService.ImportResult result) {
        return View.of("upr/records/import")
                .with("form", form)
                .with("result", result)
                .with("columns", UprRecordCsv.COLUMNS)
                .with("required", UprRecordCsv.REQUIRED)
                .with("maxMiB", UprRecordCsv.MAX_BYTES / (1024 * 1024))
                .with("maxRows", UprRecordCsv.MAX_ROWS);
    }

    private UprRecordFilters filters() {
        Map<String, String> given = new HashMap<>();
        for (String name : UprRecordFilters.NAMES) {
            given.put(name, uri.getQueryParameters().getFirst(name));
        }
        return UprRecordFilters.of(given);
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
}
