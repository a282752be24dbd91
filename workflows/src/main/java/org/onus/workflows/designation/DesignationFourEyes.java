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
 * Four eyes, in the engine: a review task completes only with a named reviewer who did not write,
 * assess or submit the designation. The service checks the same before it gets here; this makes
 * the rule hold for anything that completes the task.
 */
@Named("designationFourEyes")
@ApplicationScoped
public class DesignationFourEyes implements TaskListener {

    private DesignationService designations;

    protected DesignationFourEyes() {
        // for CDI proxies
    }

    @Inject
    public DesignationFourEyes(DesignationService designations) {
        this.designations = designations;
    }

    @Override
    public void notify(DelegateTask task) {
        Object reviewer = task.getVariable(DesignationProcess.VAR_REVIEWER);
        if (!(reviewer instanceof String name) || name.isBlank()) {
            throw new ForbiddenActionException("A designation review must name its reviewer");
        }
        designations.requireIndependentReviewer(
                UUID.fromString((String) task.getVariable(DesignationProcess.VAR_DESIGNATION_ID)), name);
    }
}
