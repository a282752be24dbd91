package org.onus.core.rebuttal;

/** An officer's review of one piece of case evidence. */
public enum EvidenceReview {
    PENDING,
    ACCEPTED,
    REJECTED
}
