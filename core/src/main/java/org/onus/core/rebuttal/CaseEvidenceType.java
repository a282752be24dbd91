package org.onus.core.rebuttal;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
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
    FACTORY_AUDIT(true),
    /** A social-compliance certificate: inadmissible like the audit it rests on. */
    CERTIFICATION(true),
    /** Untyped: it cannot be judged, so it never counts; an officer may reclassify it. */
    OTHER(true);

    private final boolean neverAdmissible;

    CaseEvidenceType() {
        this(false);
    }

    CaseEvidenceType(boolean neverAdmissible) {
        this.neverAdmissible = neverAdmissible;
    }

    /**
     * The one list of types that never count, whatever they are linked to: the domain refuses
     * them even if a table row said otherwise, and the admissibility table's tests fail if the
     * table ever admits one of them or never-admits a type not on this list.
     */
    public boolean neverAdmissible() {
        return neverAdmissible;
    }

    /** Every type that {@link #neverAdmissible() never counts}, in declaration order. */
    public static Set<CaseEvidenceType> neverAdmitted() {
        EnumSet<CaseEvidenceType> types = EnumSet.noneOf(CaseEvidenceType.class);
        for (CaseEvidenceType t : values()) {
            if (t.neverAdmissible) {
                types.add(t);
            }
        }
        return Collections.unmodifiableSet(types);
    }

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
