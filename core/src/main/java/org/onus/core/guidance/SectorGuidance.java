package org.onus.core.guidance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.Snapshot;

/**
 * One version of a sector's evidence guidance. Versions are never changed: a regulator's edit is
 * the next version, so what an importer was shown on a day can always be read again.
 */
@Entity
@Table(name = "sector_guidance")
public class SectorGuidance {

    static final int MAX_TIER = 20;

    static final int MAX_TIERS = 20;

    static final int MAX_SOURCES = 4000;

    @Id
    private UUID id;

    @Column(name = "sector_code", nullable = false, length = 40)
    private String sectorCode;

    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sector_guidance_tier", joinColumns = @JoinColumn(name = "guidance_id"))
    @OrderColumn(name = "position")
    private List<TierGuidance> tiers = new ArrayList<>();

    @Column(name = "sources", length = MAX_SOURCES)
    private String sources;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SectorGuidance() {
        // for JPA
    }

    /** The version after {@code previous} (null for the first), with these tiers in tier order. */
    static SectorGuidance next(
            SectorGuidance previous,
            String sectorCode,
            List<TierGuidance> tiers,
            String sources,
            String updatedBy,
            Instant at) {
        if (tiers.isEmpty() || tiers.size() > MAX_TIERS) {
            throw new IllegalArgumentException("Guidance has 1 to " + MAX_TIERS + " tiers, not " + tiers.size());
        }
        SectorGuidance g = new SectorGuidance();
        g.id = UUID.randomUUID();
        g.sectorCode = sectorCode;
        g.version = previous == null ? 1 : previous.version + 1;
        g.tiers.addAll(tiers.stream()
                .sorted(java.util.Comparator.comparingInt(TierGuidance::tier))
                .toList());
        g.sources = sources;
        g.updatedBy = updatedBy;
        g.updatedAt = at;
        return g;
    }

    public UUID id() {
        return id;
    }

    public String sectorCode() {
        return sectorCode;
    }

    public int version() {
        return version;
    }

    /** The tiers, lowest (the direct supplier) first. */
    public List<TierGuidance> tiers() {
        return List.copyOf(tiers);
    }

    /** The public sources the guidance follows, or null. */
    public String sources() {
        return sources;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    Snapshot snapshot() {
        return Snapshot.of("sector", sectorCode)
                .and("version", version)
                .and(
                        "tiers",
                        tiers.stream()
                                .map(t -> t.tier() + ": " + t.stage() + " — " + t.documents())
                                .toList())
                .and("sources", sources);
    }
}
