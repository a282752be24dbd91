package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.onus.core.detention.CaseDecisions;
import org.onus.workflows.review.FourEyesListener;

/**
 * A supervisor's approval or protest decision completes only with a named supervisor who did not
 * make the decision under review. The service checks the same first.
 */
@Named("caseFourEyes")
@ApplicationScoped
public class CaseFourEyes extends FourEyesListener {

    private CaseDecisions decisions;

    protected CaseFourEyes() {
        // for CDI proxies
    }

    @Inject
    public CaseFourEyes(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    protected String unnamed(DelegateTask task) {
        return "This decision must name the supervisor who makes it";
    }

    @Override
    protected void requireIndependent(DelegateTask task, String completedBy) {
        UUID caseId = UUID.fromString((String) task.getVariable(DetentionProcess.VAR_CASE_ID));
        if (DetentionProcess.TASK_REVIEW_PROTEST.equals(task.getTaskDefinitionKey())) {
            decisions.requireIndependentProtestReviewer(caseId, completedBy);
        } else {
            decisions.requireIndependentApprover(caseId, completedBy);
        }
    }
}
