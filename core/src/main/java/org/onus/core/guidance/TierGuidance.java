package org.onus.core.guidance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One tier of a sector's supply chain: what is made there and the documents that trace it. */
@Embeddable
public class TierGuidance {

    @Column(name = "tier", nullable = false)
    private int tier;

    @Column(name = "stage", nullable = false, length = 300)
    private String stage;

    @Column(name = "documents", nullable = false, length = 2000)
    private String documents;

    protected TierGuidance() {
        // for JPA
    }

    TierGuidance(int tier, String stage, String documents) {
        if (tier < 1 || tier > SectorGuidance.MAX_TIER) {
            throw new IllegalArgumentException("A tier runs from 1 to " + SectorGuidance.MAX_TIER + ", not " + tier);
        }
        this.tier = tier;
        this.stage = Objects.requireNonNull(stage, "stage");
        this.documents = Objects.requireNonNull(documents, "documents");
    }

    /** 1 for the importer's direct supplier, counting up to the raw material. */
    public int tier() {
        return tier;
    }

    /** What is made at this tier, e.g. "Garment factory". */
    public String stage() {
        return stage;
    }

    /** The documents that trace this tier. */
    public String documents() {
        return documents;
    }
}
