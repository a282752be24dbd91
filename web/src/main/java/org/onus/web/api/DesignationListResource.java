package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.ListVersionPage;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.web.http.ContentDisposition;

/** The numbered, immutable versions of the published designation list (public). */
@Path("api/v1/designation-list")
@RequestScoped
@Tag(name = "Designations")
public class DesignationListResource {

    @Inject
    DesignationService designations;

    @Inject
    DesignationViews views;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @GET
    @Path("versions")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every list version, newest first (public)",
            description = "Without offset and limit, every version; with them, that page of the versions. The"
                    + " X-Total-Count header says how many versions there are.")
    @APIResponse(
            responseCode = "200",
            description = "The published list versions, newest first",
            headers =
                    @Header(
                            name = EvidenceResource.TOTAL_COUNT,
                            description = "How many list versions there are",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = DesignationViews.ListVersionSummary.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response versions(
            @Parameter(description = "How many versions (newest first) come before the page (default 0)")
                    @QueryParam("offset")
                    Integer offset,
            @Parameter(description = "The page size, from 1 (default: every version)") @QueryParam("limit")
                    Integer limit) {
        if (offset != null && offset < 0 || limit != null && limit < 1) {
            throw InvalidInputException.of(
                    offset != null && offset < 0 ? "offset" : "limit", "Give an offset from 0 and a limit from 1");
        }
        ListVersionPage page =
                designations.listVersionPage(offset == null ? 0 : offset, limit == null ? Integer.MAX_VALUE : limit);
        return Response.ok(page.rows().stream().map(views::summary).toList())
                .header(EvidenceResource.TOTAL_COUNT, page.total())
                .build();
    }

    @GET
    @Path("versions/{n}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, DesignationsResource.CSV})
    @Operation(
            summary = "One list version (public); Accept: text/csv or format=csv gives CSV",
            description = "A version never changes, so it may be cached for ever.")
    @APIResponse(
            responseCode = "200",
            description = "The list version, as JSON or CSV; immutable, with ETag and Last-Modified",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DesignationViews.ListVersionView.class)),
                @Content(mediaType = DesignationsResource.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "304", description = "Not modified since the ETag or date the client sent")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response version(@PathParam("n") String n, @QueryParam("format") String format) {
        DesignationListVersion v = designations.listVersion(number(n));
        boolean csv = "csv".equalsIgnoreCase(format)
                || (format == null
                        && headers.getAcceptableMediaTypes().stream()
                                .findFirst()
                                .map(m -> !m.isWildcardType()
                                        && m.isCompatible(MediaType.valueOf(DesignationsResource.CSV)))
                                .orElse(false));
        EntityTag tag = new EntityTag("list-" + v.number() + (csv ? "-csv" : "-json"));
        Date modified = Date.from(v.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        CacheControl immutable = CacheControl.valueOf("public, max-age=31536000, immutable");
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(modified, tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(immutable).build();
        }
        Response.ResponseBuilder ok = csv
                ? Response.ok(views.csv(views.asViews(v)), DesignationsResource.CSV + ";charset=UTF-8")
                        .header(
                                "Content-Disposition",
                                ContentDisposition.attachment("designation-list-v" + v.number() + ".csv"))
                : Response.ok(views.version(v), MediaType.APPLICATION_JSON);
        return ok.tag(tag).lastModified(modified).cacheControl(immutable).build();
    }

    @GET
    @Path("diff")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, DesignationsResource.CSV})
    @Operation(
            summary = "What changed between two list versions: added, removed, changed scope, entity changes (public)",
            description = "Accept: text/csv (or format=csv) gives CSV: one row per designation or entity change, and"
                    + " one per decision on a removal request published with the versions after from, up to to.")
    @APIResponse(
            responseCode = "200",
            description = "What changed between the two versions",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = DesignationViews.DiffView.class)),
                @Content(mediaType = DesignationsResource.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public Response diff(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format) {
        if (from == null || to == null) {
            throw InvalidInputException.of("from", "Name two list versions: ?from=1&to=2");
        }
        DesignationViews.DiffView diff = views.diff(designations.diff(number(from), number(to)));
        if (CsvNegotiation.wantsCsv(format, headers)) {
            return Response.ok(views.diffCsv(diff), DesignationsResource.CSV + ";charset=UTF-8")
                    .header(
                            "Content-Disposition",
                            ContentDisposition.attachment(
                                    "designation-list-diff-v" + diff.from() + "-v" + diff.to() + ".csv"))
                    .build();
        }
        return Response.ok(diff, MediaType.APPLICATION_JSON).build();
    }

    private static int number(String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Designation list version " + n);
        }
    }
}
