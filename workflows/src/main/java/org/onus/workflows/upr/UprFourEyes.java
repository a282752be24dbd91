package org.onus.workflows.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.onus.core.upr.UprService;
import org.onus.workflows.review.FourEyesListener;

/** The peer review completes only with a reviewer who did not draft, change or submit the recommendation. */
@Named("uprFourEyes")
@ApplicationScoped
public class UprFourEyes extends FourEyesListener {

    private UprService upr;

    protected UprFourEyes() {
        // for CDI proxies
    }

    @Inject
    public UprFourEyes(UprService upr) {
        this.upr = upr;
    }

    @Override
    protected String unnamed(DelegateTask task) {
        return "A peer review must name its reviewer";
    }

    @Override
    protected void requireIndependent(DelegateTask task, String completedBy) {
        upr.requireIndependentReviewer(
                UUID.fromString((String) task.getVariable(UprProcess.VAR_RECOMMENDATION_ID)), completedBy);
    }
}
