package org.onus.core.rebuttal;

/** An officer's review of one piece of case evidence. */
public enum EvidenceReview {
    PENDING,
    ACCEPTED,
    REJECTED;

    public boolean isAccepted() {
        return this == ACCEPTED;
    }

    public boolean isRejected() {
        return this == REJECTED;
    }

    public boolean isPending() {
        return this == PENDING;
    }
}
