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
    PROTEST_DENIED,
    /** Deemed or decided exclusion: the entry is refused; the goods are to be exported or abandoned. */
    EXCLUDED;

    public boolean isOpen() {
        return this != RELEASED
                && this != CONFISCATED
                && this != PROTEST_UPHELD
                && this != PROTEST_DENIED
                && this != EXCLUDED;
    }
}
