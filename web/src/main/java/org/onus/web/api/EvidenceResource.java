package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceCriteria;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.EvidencePage;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.web.http.ContentDisposition;
import org.onus.web.http.PathIds;
import org.onus.web.security.CurrentUser;
import org.onus.web.security.Uploads;

@Path("api/v1/evidence")
@RequestScoped
@Tag(name = "Evidence library")
public class EvidenceResource {

    /** How many items match in all, when the answer is one page of them. */
    static final String TOTAL_COUNT = "X-Total-Count";

    @Inject
    EvidenceLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    Idempotency idempotency;

    @Context
    HttpServletRequest request;

    /** A record of a document Onus does not hold a copy of. */
    @Schema(requiredProperties = {"type", "title", "source", "accessClass"})
    public record MetadataOnly(
            String type,
            String title,
            String source,
            String url,
            String date,
            String language,
            String summary,
            List<String> tags,
            String accessClass) {

        EvidenceItem.Description description() {
            return new EvidenceItem.Description(type, title, source, url, date, language, summary, tags, accessClass);
        }
    }

    /** The multipart form of an upload, for the API description only (the parts are read one by one). */
    @Schema(
            name = "EvidenceUploadForm",
            requiredProperties = {"file", "type", "title", "source", "accessClass"})
    public record UploadForm(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The document")
            String file,

            String type,
            String title,
            String source,
            String url,

            @Schema(description = "ISO 8601 date, e.g. 2026-11-28")
            String date,

            String language,
            String summary,
            @Schema(description = "Comma-separated") String tags,
            @Schema(description = "Who may see it") String accessClass) {}

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.UPR_DRAFTER})
    @Operation(
            summary = "Upload a document to the library (regulator, UPR drafter)",
            description =
                    "Multipart form: file, type, title, source, url?, date?, language?, summary?, tags? (comma-separated),"
                            + " accessClass. Refused uploads (400 empty or bad name, 413 too large, 415 type not accepted, disguised,"
                            + " archive or zip bomb) leave nothing behind. Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; sha256 is the file's fingerprint",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)))
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.UNSUPPORTED_MEDIA_TYPE)
    public Response upload(@HeaderParam(Idempotency.HEADER) String key) throws IOException {
        Actor actor = currentUser.require();
        Part file = part("file");
        if (file == null) {
            throw InvalidInputException.of(
                    "file",
                    "Attach the document as the form field \"file\", or send JSON to record a document without a file");
        }
        EvidenceItem.Description description = new EvidenceItem.Description(
                field("type"),
                field("title"),
                field("source"),
                field("url"),
                field("date"),
                field("language"),
                field("summary"),
                EvidenceItem.Description.splitTags(field("tags")),
                field("accessClass"));
        ContentStore.Staged staged;
        try (InputStream in = file.getInputStream()) {
            staged = library.receive(in);
        } finally {
            file.delete();
        }
        try {
            String fingerprint = String.join(
                    "\n",
                    String.valueOf(description),
                    Uploads.fileName(file),
                    String.valueOf(file.getContentType()),
                    staged.sha256());
            return idempotency.once(actor, key, "POST /api/v1/evidence", fingerprint, () -> {
                EvidenceItem item =
                        library.upload(actor, description, staged, file.getContentType(), Uploads.fileName(file));
                return Response.created(URI.create("/api/v1/evidence/" + item.id()))
                        .entity(EvidenceView.of(item))
                        .build();
            });
        } finally {
            library.discard(staged);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.UPR_DRAFTER})
    @Operation(
            summary = "Record a document without a file (regulator, UPR drafter)",
            description = "Accepts Idempotency-Key.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded, without a file",
            headers =
                    @Header(
                            name = "Location",
                            description = "The new resource",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = EvidenceView.class)))
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public Response record(@HeaderParam(Idempotency.HEADER) String key, MetadataOnly body) {
        Actor actor = currentUser.require();
        if (body == null) {
            throw InvalidInputException.of(
                    "body", "Send the record as JSON: type, title, source, url, date, accessClass");
        }
        return idempotency.once(actor, key, "POST /api/v1/evidence", String.valueOf(body), () -> {
            EvidenceItem item = library.record(actor, body.description());
            return Response.created(URI.create("/api/v1/evidence/" + item.id()))
                    .entity(EvidenceView.of(item))
                    .build();
        });
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Search the library: only items the caller may see",
            description = "q: words in title, source, summary or tags; type; tag; from/to: document date (YYYY-MM-DD);"
                    + " offset/limit page through the results (limit at most 200). The answer is the array of"
                    + " matching items; the X-Total-Count header says how many match in all.")
    @APIResponse(
            responseCode = "200",
            description = "The items the caller may see, one page",
            headers =
                    @Header(
                            name = TOTAL_COUNT,
                            description = "How many items match in all",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("type") String type,
            @QueryParam("tag") String tag,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        EvidenceCriteria criteria = EvidenceCriteria.parse(q, type, tag, from, to, offset, limit);
        EvidencePage page = library.search(currentUser.require(), criteria);
        List<EvidenceView> items = page.items().stream().map(EvidenceView::of).toList();
        return Response.ok(items).header(TOTAL_COUNT, page.total()).build();
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One evidence item (404 when it does not exist or the caller may not see it)")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public EvidenceView one(@PathParam("id") String id) {
        return EvidenceView.of(library.find(currentUser.require(), uuid(id)));
    }

    @GET
    @Path("{id}/content")
    @Operation(summary = "The stored file, checked against its SHA-256 before it is sent")
    @APIResponse(
            responseCode = "200",
            description = "The file, in its own media type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public Response content(@PathParam("id") String id) {
        EvidenceLibrary.Download download = library.download(currentUser.require(), uuid(id));
        EvidenceItem item = download.item();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, item.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(item.fileName()))
                .header("Content-Length", item.sizeBytes())
                .header("ETag", "\"" + item.sha256() + "\"")
                .build();
    }

    static UUID uuid(String id) {
        return PathIds.uuid(id, "Evidence");
    }

    private Part part(String name) {
        return Uploads.part(request, name);
    }

    private String field(String name) {
        return request.getParameter(name);
    }
}
