package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.upr.UprFind;
import org.onus.core.upr.UprHits;
import org.onus.core.upr.UprRecordCsv;
import org.onus.core.upr.UprRecordService;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;
import org.onus.web.view.UprRecordFilters;

/**
 * Recommendations the UN recorded, imported from CSV (docs/UPR-DATA.md), and one search over them
 * and the team's own recommendations, as JSON or as CSV in the import layout.
 */
@Path("api/v1/upr/records")
@RequestScoped
@Tag(name = "UPR")
public class UprRecordResource {

    static final String READERS_DOC = "UPR drafters, reviewers and auditors";
    static final String CSV = "text/csv";

    @Inject
    UprRecordService records;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    /** The multipart form of an import, for the API description only. */
    @Schema(
            name = "UprImportForm",
            requiredProperties = {"file"})
    public record ImportForm(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The CSV file")
            String file) {}

    @POST
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes({CSV, "application/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import recommendations from a CSV file (upr-drafter)",
            description = "The layout is in docs/UPR-DATA.md. 200 {created, updated, unchanged, rows}: a row is found"
                    + " again by its identity (source id, else document symbol and paragraph, else a hash of State,"
                    + " session and text), so importing the same file again changes nothing. A file with any bad row"
                    + " is refused whole (400) with every problem coded \"line 7, column action_category\", and"
                    + " nothing is stored. At most 5 MiB (413) and 20,000 rows (400). An X-File-Name header names the file"
                    + " in the audit trail.")
    @APIResponse(responseCode = "200", description = "How many records were created, updated or unchanged")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public UprRecordViews.ImportView importCsv(
            @HeaderParam("Content-Length") Long length, @HeaderParam("X-File-Name") String fileName, InputStream body)
            throws IOException {
        Actor actor = currentUser.require();
        if (length != null && length > UprRecordCsv.MAX_BYTES) {
            throw UprRecordCsv.tooLarge();
        }
        byte[] bytes = UprRecordCsv.readUpload(body);
        return UprRecordViews.imported(records.importCsv(actor, bytes, fileName));
    }

    @POST
    @RolesAllowed(Role.Names.UPR_DRAFTER)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import recommendations from a CSV file sent as the multipart field \"file\" (upr-drafter)",
            description = "As the text/csv import.")
    @APIResponse(responseCode = "200", description = "How many records were created, updated or unchanged")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = ImportForm.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public UprRecordViews.ImportView importMultipart() throws IOException {
        Actor actor = currentUser.require();
        Part file = Uploads.part(request, "file");
        if (file == null) {
            throw InvalidInputException.of("file", "Attach the CSV file as the form field \"file\"");
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = UprRecordCsv.readUpload(in);
            return UprRecordViews.imported(records.importCsv(actor, bytes, Uploads.fileName(file)));
        } finally {
            file.delete();
        }
    }

    @GET
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "Search imported and own recommendations (" + READERS_DOC + ")",
            description = "Filters, all optional and combined: stateUnderReview, recommendingState (whole names,"
                    + " ignoring case), cycle, session, response (SUPPORTED|NOTED|OTHER), actionCategory (1-5),"
                    + " theme (a theme code or any label a source uses), q (text contains), source (OWN|IMPORTED)."
                    + " Newest cycle first. JSON: {total, page, pageSize, items}, 50 a page (page from 1). With"
                    + " Accept: text/csv or format=csv: every match up to 10,000 rows in the import layout plus a"
                    + " source column (X-Total-Count says how many matched). A bad filter is a 400 naming it.")
    @APIResponse(
            responseCode = "200",
            description = "One page of matches as JSON, or every match as CSV",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = UprRecordViews.HitsView.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public Response search(
            @QueryParam("stateUnderReview") String stateUnderReview,
            @QueryParam("recommendingState") String recommendingState,
            @QueryParam("cycle") String cycle,
            @QueryParam("session") String session,
            @QueryParam("response") String response,
            @QueryParam("actionCategory") String actionCategory,
            @QueryParam("theme") String theme,
            @QueryParam("q") String q,
            @QueryParam("source") String source,
            @QueryParam("page") String page,
            @QueryParam("format") String format) {
        Actor actor = currentUser.require();
        Map<String, String> given = new HashMap<>();
        given.put("stateUnderReview", stateUnderReview);
        given.put("recommendingState", recommendingState);
        given.put("cycle", cycle);
        given.put("session", session);
        given.put("response", response);
        given.put("actionCategory", actionCategory);
        given.put("theme", theme);
        given.put("q", q);
        given.put("source", source);
        boolean csv = CsvNegotiation.wantsCsv(format, headers);
        UprFind find = UprRecordFilters.of(given).find(csv ? null : page);
        if (csv) {
            UprHits all = records.export(actor, find);
            return Response.ok(UprRecordCsv.write(all.items()), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", ContentDisposition.attachment("upr-recommendations.csv"))
                    .header("X-Total-Count", all.total())
                    .build();
        }
        return Response.ok(UprRecordViews.hits(records.search(actor, find)), MediaType.APPLICATION_JSON)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.UPR_DRAFTER, Role.Names.UPR_REVIEWER, Role.Names.AUDITOR})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An imported record, with its identity and when it was imported (" + READERS_DOC + ")")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public UprRecordViews.RecordView record(@PathParam("id") String id) {
        return UprRecordViews.record(records.record(currentUser.require(), PathIds.uuid(id, "UPR record")));
    }
}
