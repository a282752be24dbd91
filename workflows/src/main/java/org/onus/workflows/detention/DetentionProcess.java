package org.onus.workflows.detention;

/** Names the model and its callers share. */
public final class DetentionProcess {

    public static final String KEY = "detention-case";
    public static final String VAR_CASE_ID = "caseId";
    public static final String TASK_DECIDE_AFTER_DEADLINE = "Task_DecideAfterDeadline";

    private DetentionProcess() {}
}
