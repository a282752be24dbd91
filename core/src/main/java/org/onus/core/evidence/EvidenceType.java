package org.onus.core.evidence;

/** What kind of evidence an item is; decides, later, what it may prove. */
public enum EvidenceType {
    SUPPLY_CHAIN_MAP,
    PURCHASE_ORDER,
    INVOICE,
    TRANSPORT_DOCUMENT,
    PRODUCTION_RECORD,
    ORIGIN_TEST,
    /** An official notice that a policy is repealed, or its publication in the official gazette. */
    POLICY_REPEAL_NOTICE,
    EMPLOYMENT_TARGET_EVIDENCE,
    POLICY_ANALYSIS,
    /** Testimony of a witness: always restricted. */
    WITNESS_STATEMENT,
    /** Any workplace or social-compliance audit: kept on file, never proof. */
    FACTORY_AUDIT,
    CERTIFICATION,
    /** What a company says of itself or its suppliers: a declaration, a letter, a press release. */
    COMPANY_STATEMENT,
    /** An official or internal document of a state authority: a policy, plan, directive or report. */
    STATE_DOCUMENT,
    /** Research by scholars, journalists or organisations. */
    RESEARCH_REPORT,
    /** A court's judgment or order, e.g. one annulling a policy or a designation. */
    COURT_RECORD,
    /** An official record of a legislature: an act, a repeal, the record of its vote. */
    LEGISLATIVE_RECORD,
    OTHER;

    public static EvidenceType parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Choose the type of evidence");
        }
        try {
            return valueOf(raw.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" is not a type of evidence; use one of "
                    + java.util.Arrays.toString(values()));
        }
    }
}
