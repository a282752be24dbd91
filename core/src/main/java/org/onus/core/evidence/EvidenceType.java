package org.onus.core.evidence;

/** What kind of evidence an item is; decides, later, what it may prove. */
public enum EvidenceType {
    SUPPLY_CHAIN_MAP,
    PURCHASE_ORDER,
    INVOICE,
    TRANSPORT_DOCUMENT,
    PRODUCTION_RECORD,
    ORIGIN_TEST,
    POLICY_REPEAL_NOTICE,
    EMPLOYMENT_TARGET_EVIDENCE,
    POLICY_ANALYSIS,
    /** Testimony of a witness: always restricted. */
    WITNESS_STATEMENT,
    /** Any workplace or social-compliance audit: kept on file, never proof. */
    FACTORY_AUDIT,
    CERTIFICATION,
    /** An official or internal document of a state authority: a policy, plan, directive or report. */
    STATE_DOCUMENT,
    /** Research by scholars, journalists or organisations. */
    RESEARCH_REPORT,
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
