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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.designation.DesignationListVersion;
import org.onus.core.designation.DesignationService;
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
    @Operation(summary = "Every list version, newest first (public)")
    public List<DesignationViews.ListVersionSummary> versions() {
        return designations.listVersions().stream().map(views::summary).toList();
    }

    @GET
    @Path("versions/{n}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, DesignationsResource.CSV})
    @Operation(
            summary = "One list version (public); Accept: text/csv or format=csv gives CSV",
            description = "A version never changes, so it may be cached for ever.")
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
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "What changed between two list versions: added, removed, changed scope (public)")
    public DesignationViews.DiffView diff(@QueryParam("from") String from, @QueryParam("to") String to) {
        if (from == null || to == null) {
            throw InvalidInputException.of("from", "Name two list versions: ?from=1&to=2");
        }
        return views.diff(designations.diff(number(from), number(to)));
    }

    private static int number(String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("Designation list version " + n);
        }
    }
}
