package org.onus.core.designation;

/** What someone may do to a designation now; see {@link Designation#allowedActions}. */
public enum DesignationAction {
    EDIT,
    ASSESS,
    SUBMIT,
    APPROVE,
    RETURN,
    CONFIRM,
    AMEND,
    PROPOSE_REVOCATION,
    PROPOSE_WITHDRAWAL,
    DECIDE_REVOCATION,
    DECIDE_WITHDRAWAL,
    REVIEW_LAPSE
}
