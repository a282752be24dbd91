package org.onus.core.detention;

/** Where a detention case stands (the contract's statuses; the rebuttal steps come with rebuttals). */
public enum CaseStatus {
    DETAINED,
    REBUTTAL_SUBMITTED,
    INFO_REQUESTED,
    AWAITING_APPROVAL,
    RELEASED,
    CONFISCATED,
    PROTESTED,
    PROTEST_UPHELD,
    PROTEST_DENIED;

    public boolean isOpen() {
        return this != RELEASED && this != CONFISCATED && this != PROTEST_UPHELD && this != PROTEST_DENIED;
    }
}
