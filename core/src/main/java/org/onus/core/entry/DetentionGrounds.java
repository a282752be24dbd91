package org.onus.core.entry;

import java.util.List;

/**
 * What an officer submits to detain an entry by hand, raw: the reason and the grounds cited. At
 * least one ground must be cited (rule {@value #RULE}).
 */
public record DetentionGrounds(
        String reason,
        List<String> designationIds,
        List<String> policyIds,
        List<String> regionCodes,
        List<String> producerNames) {

    /** The rule a manual detention without any cited ground breaks. */
    public static final String RULE = "MANUAL_DETENTION_GROUNDS";

    public DetentionGrounds {
        designationIds = designationIds == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(designationIds));
        policyIds = policyIds == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(policyIds));
        regionCodes = regionCodes == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(regionCodes));
        producerNames = producerNames == null
                ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(producerNames));
    }

    /** Only a reason, as before grounds were required: refused. */
    public static DetentionGrounds reasonOnly(String reason) {
        return new DetentionGrounds(reason, List.of(), List.of(), List.of(), List.of());
    }
}
