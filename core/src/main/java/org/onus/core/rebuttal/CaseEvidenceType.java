package org.onus.core.rebuttal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a document offered in a detention case is. Not to be confused with
 * {@link org.onus.core.evidence.EvidenceType}, which classifies the evidence library behind
 * designations and policies.
 */
public enum CaseEvidenceType {
    SUPPLY_CHAIN_MAP,
    PURCHASE_ORDER,
    /** Invoices and payment records. */
    INVOICE,
    TRANSPORT_DOCUMENT,
    PRODUCTION_RECORD,
    /** A laboratory origin test (isotopic analysis, DNA tracing) with accreditation and chain of custody. */
    ORIGIN_TEST,
    POLICY_REPEAL_NOTICE,
    EMPLOYMENT_TARGET_EVIDENCE,
    POLICY_ANALYSIS,
    WITNESS_STATEMENT,
    /**
     * Any workplace or social-compliance audit (SA8000, amfori BSCI, SMETA, WRAP) or worker
     * interviews in the designated region: stored, but never admissible.
     */
    FACTORY_AUDIT,
    /** A social-compliance certificate: inadmissible like the audit it rests on. */
    CERTIFICATION,
    OTHER;

    public static CaseEvidenceType parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Choose the type of evidence: " + names());
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + raw.strip() + "\" is not a type of evidence; use one of " + names());
        }
    }

    private static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
