package org.onus.web.pages;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.onus.core.geography.Region;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.problem.NotFoundException;
import org.onus.core.sector.SectorService;
import org.onus.web.view.View;

/** Reference data anyone may read: the region tree and the sectors. */
@Path("reference")
@RequestScoped
@PermitAll
public class ReferencePages {

    static final int MAX_RESULTS = 200;

    @Inject
    RegionDirectory regions;

    @Inject
    SectorService sectors;

    /** A row of the region table, with whether it can be opened. */
    public record RegionRow(Region region, boolean hasChildren) {}

    @GET
    @Path("regions")
    @Produces(MediaType.TEXT_HTML)
    public View regions(@QueryParam("q") String q, @QueryParam("parent") String parent) {
        Region current = null;
        if (parent != null && !parent.isBlank()) {
            current = regions.find(parent).orElseThrow(() -> new NotFoundException("Region " + parent));
        }
        boolean searching = q != null && !q.isBlank();
        List<Region> found = searching
                ? regions.search(q, current == null ? null : current.code())
                : regions.children(current == null ? null : current.code());
        return View.of("reference/regions")
                .with("q", q == null ? "" : q.strip())
                .with("searching", searching)
                .with("current", current)
                .with("lineage", current == null ? List.of() : regions.lineage(current))
                .with("total", found.size())
                .with(
                        "rows",
                        found.stream()
                                .limit(MAX_RESULTS)
                                .map(r -> new RegionRow(r, regions.hasChildren(r.code())))
                                .toList());
    }

    @GET
    @Path("sectors")
    @Produces(MediaType.TEXT_HTML)
    public View sectors() {
        return View.of("reference/sectors").with("sectors", sectors.all());
    }
}
