package org.onus.core.upr;

/** Where a revision of a recommendation stands. An approved revision is locked. */
public enum RecommendationStatus {
    DRAFT,
    IN_REVIEW,
    APPROVED
}
