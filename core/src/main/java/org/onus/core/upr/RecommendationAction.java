package org.onus.core.upr;

/** What someone may do to a revision of a recommendation now; see {@link Recommendation#allowedActions}. */
public enum RecommendationAction {
    EDIT,
    SUBMIT,
    APPROVE,
    RETURN,
    REVISE,
    RECORD_RESPONSE
}
