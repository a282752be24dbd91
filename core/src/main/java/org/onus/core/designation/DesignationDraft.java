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

    /**
     * A producer to name, as typed: its name and, optionally, the region code it is limited to, its
     * aliases, former names, registration numbers and addresses.
     */
    public record Producer(
            String name,
            String regionCode,
            Collection<String> aliases,
            Collection<String> formerNames,
            Collection<Registration> registrationNumbers,
            Collection<Address> addresses) {

        public Producer(String name, String regionCode) {
            this(name, regionCode, List.of(), List.of(), List.of(), List.of());
        }
    }

    /** A registration number as typed: scheme (e.g. USCC) and number. */
    public record Registration(String scheme, String number) {}

    /** An address as typed, with the region code it lies in (optional). */
    public record Address(String line, String regionCode) {}
}
