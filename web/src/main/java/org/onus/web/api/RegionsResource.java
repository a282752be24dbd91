package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.geography.Region;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.problem.NotFoundException;

@Path("api/v1/regions")
@RequestScoped
@PermitAll
@SecurityRequirements
@Tag(name = "Reference data")
public class RegionsResource {

    @Inject
    RegionDirectory regions;

    /**
     * A region of the tree.
     *
     * @param level COUNTRY, PROVINCE, PREFECTURE, COUNTY, CORPS or CORPS_DIVISION
     * @param path codes from the country down to this region
     * @param altNames other spellings (pinyin, Uyghur, Tibetan, former names)
     * @param retired no longer in the reference data, kept because something may cite it
     */
    @Schema(requiredProperties = {"code", "name", "level", "path", "altNames", "retired"})
    public record RegionView(
            String code,
            String name,
            String nameZh,
            String parentCode,
            String level,
            List<String> path,
            List<String> altNames,
            boolean retired) {

        static RegionView of(Region r) {
            return new RegionView(
                    r.code(),
                    r.name(),
                    r.nameZh(),
                    r.parentCode(),
                    r.level().name(),
                    List.of(r.path().split("/")),
                    r.altNames(),
                    r.retired());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Regions: search by name (English, Chinese, other spellings) or code, or list a region's children",
            description =
                    "With q: every region matching it (inside parent, if given). With parent only: its direct children."
                            + " With neither: the whole tree, parents before children.")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The regions found, parents before children")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public List<RegionView> list(
            @QueryParam("q") @Parameter(description = "text to find in codes and names, e.g. Yarkand, 莎车 or 6531")
                    String q,
            @QueryParam("parent") @Parameter(description = "a region code, e.g. 650000 or CN") String parent) {
        if (parent != null && !parent.isBlank() && regions.find(parent).isEmpty()) {
            throw new NotFoundException("Region " + parent);
        }
        List<Region> found;
        if (q != null && !q.isBlank()) {
            found = regions.search(q, parent);
        } else if (parent != null && !parent.isBlank()) {
            found = regions.children(regions.find(parent).orElseThrow().code());
        } else {
            found = regions.all();
        }
        return found.stream().map(RegionView::of).toList();
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One region")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "200", description = "The region")
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    public RegionView one(@PathParam("code") String code) {
        return regions.find(code).map(RegionView::of).orElseThrow(() -> new NotFoundException("Region " + code));
    }
}
