package org.onus.web.api;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.onus.core.guidance.SectorGuidanceService;
import org.onus.core.identity.Role;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.web.api.GuidanceViews.GuidanceView;
import org.onus.web.security.CurrentUser;

@Path("api/v1/sectors/{code}/guidance")
@RequestScoped
@Tag(name = "Reference data")
public class SectorGuidanceResource {

    @Inject
    SectorGuidanceService guidance;

    @Inject
    CurrentUser currentUser;

    /** One tier as sent. */
    @Schema(
            name = "GuidanceTierBody",
            requiredProperties = {"tier", "stage", "documents"})
    public record TierBody(Object tier, String stage, String documents) {}

    /** The sector's guidance written anew: every tier, and the public sources it follows. */
    @Schema(requiredProperties = {"tiers"})
    public record GuidanceBody(List<TierBody> tiers, String sources) {

        List<SectorGuidanceService.TierDraft> drafts() {
            return tiers == null
                    ? List.of()
                    : tiers.stream()
                            .map(t -> t == null
                                    ? null
                                    : new SectorGuidanceService.TierDraft(
                                            t.tier() == null ? null : t.tier().toString(), t.stage(), t.documents()))
                            .toList();
        }
    }

    @GET
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The sector's evidence guidance in force: which documents trace each tier (public)",
            description = "404 for an unknown sector or one without guidance yet.")
    @APIResponse(responseCode = "200", description = "The newest version of the guidance")
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public GuidanceView current(@PathParam("code") String code) {
        return guidance.current(code)
                .map(GuidanceView::of)
                .orElseThrow(() -> new NotFoundException("Guidance for sector " + code));
    }

    @PUT
    @RolesAllowed({Role.Names.REGULATOR, Role.Names.SENIOR_REGULATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Write the sector's evidence guidance anew (regulator); a new version, audited",
            description = "Body {tiers:[{tier, stage, documents}], sources}. Every version is kept with who wrote it"
                    + " and when. 400 names each field (tiers[1].documents).")
    @APIResponse(responseCode = "200", description = "The new version")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public GuidanceView update(@PathParam("code") String code, GuidanceBody body) {
        if (body == null) {
            throw InvalidInputException.of("tiers", "Send {\"tiers\": [...], \"sources\": \"...\"}");
        }
        return GuidanceView.of(guidance.update(currentUser.require(), code, body.drafts(), body.sources()));
    }
}
