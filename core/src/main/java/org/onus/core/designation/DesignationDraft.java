package org.onus.core.designation;

import java.util.Collection;
import java.util.List;

/**
 * A designation as typed into the page or sent to the API: raw text, so that
 * {@link DesignationAssembler} can report every problem against the field it is in.
 */
public record DesignationDraft(
        String title,
        Collection<String> regionCodes,
        Collection<String> sectorCodes,
        String legalBasis,
        String rationale,
        Collection<String> policyIds,
        String effectiveFrom,
        String effectiveTo,
        Collection<Producer> producers) {

    public DesignationDraft(
            String title,
            Collection<String> regionCodes,
            Collection<String> sectorCodes,
            String legalBasis,
            String rationale,
            Collection<String> policyIds,
            String effectiveFrom,
            String effectiveTo) {
        this(title, regionCodes, sectorCodes, legalBasis, rationale, policyIds, effectiveFrom, effectiveTo, List.of());
    }

    /** A producer to name, as typed: its name and, optionally, the region code it is limited to. */
    public record Producer(String name, String regionCode) {}
}
