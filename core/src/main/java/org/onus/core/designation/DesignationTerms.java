package org.onus.core.designation;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.onus.core.geography.RegionCode;

/**
 * What a designation says, read and checked by {@link DesignationAssembler}: typed values only, so
 * {@link Designation} never parses. The checks here only guard what no assembled draft can break.
 *
 * @param sectorCodes sector codes known to the registry, or ALL_GOODS alone
 */
public record DesignationTerms(
        String title,
        Set<RegionCode> regionCodes,
        Set<String> sectorCodes,
        String legalBasis,
        String rationale,
        Set<UUID> policyIds,
        InForce inForce,
        List<ListedProducer> producers) {

    public DesignationTerms {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(inForce, "inForce");
        // Copies that keep the order given: pages list regions and sectors as the drafter named them.
        regionCodes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(regionCodes));
        sectorCodes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(sectorCodes));
        policyIds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(policyIds));
        producers = List.copyOf(producers);
        if (regionCodes.isEmpty() || sectorCodes.isEmpty()) {
            throw new IllegalArgumentException("A designation names at least one region and one sector");
        }
    }
}
