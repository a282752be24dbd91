package org.onus.workflows.designation;

/** Names the model and its callers share: element ids, messages and variables. */
public final class DesignationModel {

    public static final String KEY = "designation-lifecycle";

    public static final String TASK_REVIEW = "Task_ReviewDesignation";
    public static final String TASK_REVISE = "Task_ReviseDraft";
    public static final String TASK_PERIODIC_REVIEW = "Task_PeriodicReview";
    public static final String TASK_DECIDE_REVOCATION = "Task_DecideRevocation";
    public static final String TASK_DECIDE_WITHDRAWAL = "Task_DecideWithdrawal";
    public static final String TASK_LAPSE_REVIEW = "Task_LapseReview";

    public static final String MESSAGE_REVIEW_REQUESTED = "DesignationReviewRequested";
    public static final String MESSAGE_SUPERSEDED = "DesignationSuperseded";

    public static final String VAR_DESIGNATION_ID = "designationId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_EFFECTIVE_FROM = "effectiveFrom";
    public static final String VAR_REVIEW_INTERVAL = "reviewInterval";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_REVIEW_DECISION = "reviewDecision";
    public static final String VAR_REVIEWED_BY = "reviewedBy";
    public static final String VAR_REVOCATION_REASON = "revocationReason";
    public static final String VAR_DECIDED_BY = "decidedBy";
    public static final String VAR_LAPSE_LEAD = "lapseLead";
    public static final String VAR_LAPSE_DECISION = "lapseDecision";
    public static final String VAR_ENDED = "ended";

    public static final String REFUSE = "REFUSE";

    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";

    private DesignationModel() {}
}
