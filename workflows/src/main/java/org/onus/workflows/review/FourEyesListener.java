package org.onus.workflows.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.onus.core.problem.ForbiddenActionException;

/**
 * Four eyes, in the engine: a review task completes only with a named person whom the aggregate
 * accepts as independent. The name is read from a variable local to the task being completed
 * ({@link TaskCompletion#COMPLETED_BY}), so a name a reviewer left on the process in an earlier
 * round (return, revise, review again) never stands in for whoever completes this one. The
 * services check the same first; this makes the rule hold for anything that completes the task.
 */
public abstract class FourEyesListener implements TaskListener {

    /** Not final: CDI proxies the application-scoped listeners that extend this. */
    @Override
    public void notify(DelegateTask task) {
        Object completedBy = task.getVariableLocal(TaskCompletion.COMPLETED_BY);
        if (!(completedBy instanceof String name) || name.isBlank()) {
            throw new ForbiddenActionException(unnamed(task));
        }
        requireIndependent(task, name);
    }

    /** What to say when nobody is named: which decision needs a name. */
    protected abstract String unnamed(DelegateTask task);

    /** Asks the aggregate whether this person may complete this task; refuses with 403 if not. */
    protected abstract void requireIndependent(DelegateTask task, String completedBy);
}
