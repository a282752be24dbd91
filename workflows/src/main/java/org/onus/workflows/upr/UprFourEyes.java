package org.onus.workflows.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.upr.UprService;

/**
 * Four eyes, in the engine: the peer review completes only with a named reviewer who did not
 * draft, change or submit the recommendation. The service checks the same first; this makes the
 * rule hold for anything that completes the task.
 */
@Named("uprFourEyes")
@ApplicationScoped
public class UprFourEyes implements TaskListener {

    private UprService upr;

    protected UprFourEyes() {
        // for CDI proxies
    }

    @Inject
    public UprFourEyes(UprService upr) {
        this.upr = upr;
    }

    @Override
    public void notify(DelegateTask task) {
        Object reviewer = task.getVariable(UprProcess.VAR_REVIEWER);
        if (!(reviewer instanceof String name) || name.isBlank()) {
            throw new ForbiddenActionException("A peer review must name its reviewer");
        }
        upr.requireIndependentReviewer(
                UUID.fromString((String) task.getVariable(UprProcess.VAR_RECOMMENDATION_ID)), name);
    }
}
