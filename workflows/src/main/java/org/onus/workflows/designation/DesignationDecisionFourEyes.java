package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.onus.core.designation.DesignationService;
import org.onus.workflows.review.FourEyesListener;

/**
 * FOUR_EYES: a revocation or withdrawal is decided only by a named person who did not ask for it.
 * The service checks the same (and the senior-regulator role) before it gets here.
 */
@Named("designationDecisionFourEyes")
@ApplicationScoped
public class DesignationDecisionFourEyes extends FourEyesListener {

    private DesignationService designations;

    protected DesignationDecisionFourEyes() {
        // for CDI proxies
    }

    @Inject
    public DesignationDecisionFourEyes(DesignationService designations) {
        this.designations = designations;
    }

    @Override
    protected String unnamed(DelegateTask task) {
        return "FOUR_EYES: a revocation or withdrawal decision must name who decided";
    }

    @Override
    protected void requireIndependent(DelegateTask task, String completedBy) {
        designations.requireIndependentDecider(
                UUID.fromString((String) task.getVariable(DesignationModel.VAR_DESIGNATION_ID)), completedBy);
    }
}
