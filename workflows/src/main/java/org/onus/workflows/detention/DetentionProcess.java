package org.onus.workflows.detention;

/** Names the models and their callers share. */
public final class DetentionProcess {

    public static final String KEY = "detention-case";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_ROUTE = "route";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_APPROVED = "approved";
    public static final String VAR_UPHELD = "upheld";
    /** UPHELD_ON_MERITS, UPHELD_ON_PROCEDURE or DENIED: Gateway_ProtestDecision routes on it. */
    public static final String VAR_PROTEST_OUTCOME = "protestOutcome";
    /** Who completes a task: the four-eyes listeners check it. */
    public static final String VAR_ACTOR = org.onus.workflows.review.TaskCompletion.COMPLETED_BY;

    public static final String MESSAGE_REBUTTAL_FILED = "RebuttalFiled";
    public static final String MESSAGE_INFORMATION_PROVIDED = "InformationProvided";
    public static final String MESSAGE_PROTEST_FILED = "ProtestFiled";

    public static final String TASK_REVIEW_REBUTTAL = "Task_ReviewRebuttal";
    public static final String TASK_APPROVE_RELEASE = "Task_ApproveRelease";
    public static final String TASK_REVIEW_PROTEST = "Task_ReviewProtest";
    /** The one step that frees goods; every path to a goods-freed end passes through it. */
    public static final String TASK_FREE_GOODS = "Task_FreeGoods";

    private DetentionProcess() {}
}
