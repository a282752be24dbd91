package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A designation as it stood on the list when a list version was made: kept by value, so that a
 * list version says the same thing for ever, whatever happens to the designation later.
 */
@Embeddable
public class ListedDesignation {

    @Column(name = "designation_id", nullable = false)
    private UUID designationId;

    @Column(name = "series_id", nullable = false)
    private UUID seriesId;

    @Column(name = "designation_version", nullable = false)
    private int version;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "region_codes", nullable = false, length = 4000)
    private String regionCodes;

    @Column(name = "sector_codes", nullable = false, length = 1000)
    private String sectorCodes;

    @Column(name = "policy_ids", nullable = false, length = 4000)
    private String policyIds;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected ListedDesignation() {
        // for JPA
    }

    static ListedDesignation of(Designation d) {
        return of(
                d.id(),
                d.seriesId(),
                d.version(),
                d.title(),
                String.join(" ", d.regionCodes()),
                String.join(" ", d.sectorCodes()),
                String.join(" ", d.policyIds().stream().map(UUID::toString).toList()),
                d.effectiveFrom(),
                d.effectiveTo());
    }

    /** The stored columns as they are (joined codes and ids); tests build rows without a designation. */
    static ListedDesignation of(
            UUID designationId,
            UUID seriesId,
            int version,
            String title,
            String regionCodes,
            String sectorCodes,
            String policyIds,
            LocalDate effectiveFrom,
            LocalDate effectiveTo) {
        ListedDesignation l = new ListedDesignation();
        l.designationId = designationId;
        l.seriesId = seriesId;
        l.version = version;
        l.title = title;
        l.regionCodes = regionCodes;
        l.sectorCodes = sectorCodes;
        l.policyIds = policyIds;
        l.effectiveFrom = effectiveFrom;
        l.effectiveTo = effectiveTo;
        return l;
    }

    public UUID designationId() {
        return designationId;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public List<String> regionCodes() {
        return split(regionCodes);
    }

    public List<String> sectorCodes() {
        return split(sectorCodes);
    }

    public List<UUID> policyIds() {
        return split(policyIds).stream().map(UUID::fromString).toList();
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    /** The same scope and period: what a diff calls unchanged. */
    boolean sameTermsAs(ListedDesignation other) {
        return version == other.version
                && title.equals(other.title)
                && regionCodes.equals(other.regionCodes)
                && sectorCodes.equals(other.sectorCodes)
                && policyIds.equals(other.policyIds)
                && effectiveFrom.equals(other.effectiveFrom)
                && Objects.equals(effectiveTo, other.effectiveTo);
    }

    /**
     * Every stored column: two versions may share a row only if a reader could not tell the rows
     * apart, which is more than {@link #sameTermsAs} (a diff ignores which designation id it is).
     */
    List<Object> rowContent() {
        return Arrays.asList(
                designationId,
                seriesId,
                version,
                title,
                regionCodes,
                sectorCodes,
                policyIds,
                effectiveFrom,
                effectiveTo);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(" ")).toList();
    }
}
