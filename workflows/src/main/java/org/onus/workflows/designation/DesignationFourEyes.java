package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.onus.core.designation.DesignationService;
import org.onus.workflows.review.FourEyesListener;

/** The designation review completes only with a reviewer who did not write, assess or submit it. */
@Named("designationFourEyes")
@ApplicationScoped
public class DesignationFourEyes extends FourEyesListener {

    private DesignationService designations;

    protected DesignationFourEyes() {
        // for CDI proxies
    }

    @Inject
    public DesignationFourEyes(DesignationService designations) {
        this.designations = designations;
    }

    @Override
    protected String unnamed(DelegateTask task) {
        return "A designation review must name its reviewer";
    }

    @Override
    protected void requireIndependent(DelegateTask task, String completedBy) {
        designations.requireIndependentReviewer(
                UUID.fromString((String) task.getVariable(DesignationModel.VAR_DESIGNATION_ID)), completedBy);
    }
}
