package org.onus.web.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.guidance.SectorGuidance;
import org.onus.core.guidance.TierGuidance;

/** How sector guidance is answered, by its own resource and in the check before shipping. */
public final class GuidanceViews {

    private GuidanceViews() {}

    /** One tier of the supply chain and the documents that trace it. */
    @Schema(requiredProperties = {"tier", "stage", "documents"})
    public record TierView(int tier, String stage, String documents) {

        static TierView of(TierGuidance t) {
            return new TierView(t.tier(), t.stage(), t.documents());
        }
    }

    /** A version of a sector's evidence guidance, with who wrote it and when. */
    @Schema(requiredProperties = {"sector", "version", "tiers", "updatedBy", "updatedAt"})
    public record GuidanceView(
            String sector, int version, List<TierView> tiers, String sources, String updatedBy, Instant updatedAt) {

        static GuidanceView of(SectorGuidance g) {
            return new GuidanceView(
                    g.sectorCode(),
                    g.version(),
                    g.tiers().stream().map(TierView::of).toList(),
                    g.sources(),
                    g.updatedBy(),
                    g.updatedAt());
        }
    }
}
