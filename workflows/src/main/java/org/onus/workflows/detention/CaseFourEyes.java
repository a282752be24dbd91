package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.onus.core.detention.CaseDecisions;
import org.onus.core.problem.ForbiddenActionException;

/**
 * Four eyes, in the engine: a supervisor's approval or protest decision completes only with a
 * named supervisor who did not make the decision under review. The service checks the same first.
 */
@Named("caseFourEyes")
@ApplicationScoped
public class CaseFourEyes implements TaskListener {

    private CaseDecisions decisions;

    protected CaseFourEyes() {
        // for CDI proxies
    }

    @Inject
    public CaseFourEyes(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        // Task-local, so a name left on the process by an earlier task never stands in for this one.
        Object actor = task.getVariableLocal(DetentionProcess.VAR_ACTOR);
        if (!(actor instanceof String name) || name.isBlank()) {
            throw new ForbiddenActionException("This decision must name the supervisor who makes it");
        }
        UUID caseId = UUID.fromString((String) task.getVariable(DetentionProcess.VAR_CASE_ID));
        if (DetentionProcess.TASK_REVIEW_PROTEST.equals(task.getTaskDefinitionKey())) {
            decisions.requireIndependentProtestReviewer(caseId, name);
        } else {
            decisions.requireIndependentApprover(caseId, name);
        }
    }
}
