package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.problem.NotFoundException;
import org.onus.core.sector.Sector;
import org.onus.core.sector.SectorService;

@Path("api/v1/sectors")
@RequestScoped
@PermitAll
@Tag(name = "Reference data")
public class SectorsResource {

    @Inject
    SectorService sectors;

    /**
     * A sector and the HS 2022 code prefixes that belong to it (none for ALL_GOODS, which covers every code).
     *
     * @param highPriority a supply-chain disclosure is demanded for its goods
     */
    public record SectorView(
            String code, String name, String description, List<String> hsPrefixes, boolean highPriority) {

        static SectorView of(Sector s) {
            return new SectorView(s.code(), s.name(), s.description(), s.hsPrefixes(), s.highPriority());
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All sectors")
    public List<SectorView> all() {
        return sectors.all().stream().map(SectorView::of).toList();
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One sector")
    public SectorView one(@PathParam("code") String code) {
        return sectors.find(code).map(SectorView::of).orElseThrow(() -> new NotFoundException("Sector " + code));
    }
}
