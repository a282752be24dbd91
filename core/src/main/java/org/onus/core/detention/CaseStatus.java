package org.onus.core.detention;

import java.util.Arrays;
import java.util.List;

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

    private static final List<CaseStatus> OPEN =
            Arrays.stream(values()).filter(CaseStatus::isOpen).toList();

    /** Every open status: a query names them, since an index finds named statuses, not excluded ones. */
    public static List<CaseStatus> open() {
        return OPEN;
    }

    /** The goods left detention (released, or a protest upheld on the merits). */
    public boolean isFreed() {
        return this == RELEASED || this == PROTEST_UPHELD;
    }

    /** The goods are kept out: confiscated, excluded, or a protest against that denied. */
    public boolean isKeptOut() {
        return this == CONFISCATED || this == EXCLUDED || this == PROTEST_DENIED;
    }

    /** No decision yet: the rebuttal deadline still governs the case. */
    public boolean isBeforeDecision() {
        return this == DETAINED || this == INFO_REQUESTED || this == REBUTTAL_SUBMITTED;
    }

    /** The officer asked for more; the importer's next filing answers it. */
    public boolean isInformationRequested() {
        return this == INFO_REQUESTED;
    }

    /** The importer's rebuttal (or answer) is in and awaits the officer. */
    public boolean isRebuttalSubmitted() {
        return this == REBUTTAL_SUBMITTED;
    }

    public boolean isAwaitingApproval() {
        return this == AWAITING_APPROVAL;
    }

    public boolean isExcluded() {
        return this == EXCLUDED;
    }

    public boolean isDetained() {
        return this == DETAINED;
    }
}
