package org.onus.core.audit;

/**
 * The outcome of recomputing the chain.
 *
 * @param valid every event intact and linked to the one before, none missing
 * @param checked how many events were read
 * @param firstBrokenAt sequence number of the first event found changed, unlinked or missing; null when valid
 * @param problem what is wrong there, for the auditor; null when valid
 */
public record AuditVerification(boolean valid, long checked, Long firstBrokenAt, String problem) {

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null, null);
    }

    static AuditVerification brokenAt(long checked, long sequence, String problem) {
        return new AuditVerification(false, checked, sequence, problem);
    }
}
