package org.onus.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onus.core.identity.Role;
import org.onus.core.massbalance.ConversionChain;
import org.onus.core.massbalance.MassBalanceService;
import org.onus.core.massbalance.Stage;

/** The conversion chains the mass-balance check reads, with their yields and sources. */
@Path("api/v1/mass-balance/chains")
@RequestScoped
@Tag(name = "Mass balance")
public class MassBalanceResource {

    @Inject
    MassBalanceService massBalance;

    /** A stage of a chain. */
    @Schema(
            name = "ConversionStage",
            requiredProperties = {"position", "name", "hsPrefixes", "unit"})
    public record StageView(
            int position,
            String name,
            List<String> hsPrefixes,
            @Schema(description = "KG or PIECE") String unit,

            @Schema(description = "Units of the next stage per unit of this one; absent on the last stage")
            BigDecimal yieldToNext) {

        static StageView of(int position, Stage s) {
            return new StageView(
                    position,
                    s.name(),
                    s.hsPrefixes(),
                    s.unit().name(),
                    s.yieldToNext().orElse(null));
        }
    }

    /** A sector's chain from raw material to finished good. */
    @Schema(
            name = "ConversionChain",
            requiredProperties = {"code", "name", "source", "stages"})
    public record ChainView(
            String code, String name, String source, List<StageView> stages, String updatedBy, Instant updatedAt) {

        static ChainView of(ConversionChain c) {
            List<Stage> stages = c.stages();
            return new ChainView(
                    c.code(),
                    c.name(),
                    c.source(),
                    java.util.stream.IntStream.range(0, stages.size())
                            .mapToObj(i -> StageView.of(i, stages.get(i)))
                            .toList(),
                    c.updatedBy().orElse(null),
                    c.updatedAt().orElse(null));
        }
    }

    @GET
    @RolesAllowed({
        Role.Names.REGULATOR,
        Role.Names.SENIOR_REGULATOR,
        Role.Names.CUSTOMS_OFFICER,
        Role.Names.CUSTOMS_SUPERVISOR,
        Role.Names.IMPORTER,
        Role.Names.AUDITOR,
        Role.Names.ADMIN
    })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The conversion chains per sector, with yields and sources")
    @APIResponse(responseCode = "200", description = "Every chain")
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    public List<ChainView> chains() {
        return massBalance.chains().stream().map(ChainView::of).toList();
    }
}
