package org.onus.workflows.upr;

/** Names the model and its callers share: element ids and variables. */
public final class UprProcess {

    public static final String KEY = "upr-recommendation";

    public static final String TASK_PEER_REVIEW = "Task_PeerReview";
    public static final String TASK_REVISE = "Task_ReviseRecommendation";

    public static final String VAR_RECOMMENDATION_ID = "recommendationId";
    public static final String VAR_SUBMITTED_BY = "submittedBy";
    public static final String VAR_DECISION = "decision";

    public static final String APPROVE = "APPROVE";
    public static final String RETURN = "RETURN";

    private UprProcess() {}
}
