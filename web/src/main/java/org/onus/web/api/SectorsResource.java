package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.sector.Sector;
import org.onus.core.sector.SectorService;
import org.onus.web.security.CurrentUser;

@Path("api/v1/sectors")
@RequestScoped
@PermitAll
@Tag(name = "Reference data")
public class SectorsResource {

    @Inject
    SectorService sectors;

    @Inject
    CurrentUser currentUser;

    /**
     * A sector and the HS 2022 code prefixes that belong to it (none for ALL_GOODS, which covers every code).
     *
     * @param highPriority a supply-chain disclosure is demanded for its goods
     * @param disclosureHold goods of the sector declared too coarsely are held until the disclosure is refined
     */
    @Schema(requiredProperties = {"code", "name", "hsPrefixes", "highPriority", "disclosureHold"})
    public record SectorView(
            String code,
            String name,
            String description,
            List<String> hsPrefixes,
            boolean highPriority,
            boolean disclosureHold) {

        static SectorView of(Sector s) {
            return new SectorView(
                    s.code(), s.name(), s.description(), s.hsPrefixes(), s.highPriority(), s.disclosureHold());
        }
    }

    /** Switch the disclosure hold: {@code on} and why. */
    @Schema(requiredProperties = {"on", "reason"})
    public record HoldBody(Boolean on, String reason) {}

    @POST
    @Path("{code}/disclosure-hold")
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Switch the disclosure hold of a sector on or off (regulator), with a reason; audited",
            description = "With the hold off, coarse inputs of the sector still come out DISCLOSURE_REQUIRED but the"
                    + " goods are not held.")
    @APIResponse(responseCode = "200", description = "The sector with its hold as now set")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public SectorView switchHold(@PathParam("code") String code, HoldBody body) {
        if (body == null || body.on() == null) {
            throw InvalidInputException.of("on", "Say whether the hold is on (true) or off (false)");
        }
        return SectorView.of(sectors.switchDisclosureHold(currentUser.require(), code, body.on(), body.reason()));
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All sectors")
    @APIResponse(responseCode = "200", description = "Every sector")
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public List<SectorView> all() {
        return sectors.all().stream().map(SectorView::of).toList();
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One sector")
    @APIResponse(responseCode = "200", description = "The sector")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "406", ref = ApiDocs.NOT_ACCEPTABLE)
    @SecurityRequirements
    public SectorView one(@PathParam("code") String code) {
        return sectors.find(code).map(SectorView::of).orElseThrow(() -> new NotFoundException("Sector " + code));
    }
}
