package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.onus.core.designation.DesignationService;
import org.onus.core.problem.ForbiddenActionException;

/**
 * FOUR_EYES, in the engine: a revocation or withdrawal is decided only by a named person who did
 * not ask for it. The service checks the same (and the senior-regulator role) before it gets here.
 */
@Named("designationDecisionFourEyes")
@ApplicationScoped
public class DesignationDecisionFourEyes implements TaskListener {

    private DesignationService designations;

    protected DesignationDecisionFourEyes() {
        // for CDI proxies
    }

    @Inject
    public DesignationDecisionFourEyes(DesignationService designations) {
        this.designations = designations;
    }

    @Override
    public void notify(DelegateTask task) {
        Object decider = task.getVariable(DesignationProcess.VAR_DECIDED_BY);
        if (!(decider instanceof String name) || name.isBlank()) {
            throw new ForbiddenActionException("FOUR_EYES: a revocation or withdrawal decision must name who decided");
        }
        designations.requireIndependentDecider(
                UUID.fromString((String) task.getVariable(DesignationProcess.VAR_DESIGNATION_ID)), name);
    }
}
