package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onus.core.designation.DesignationService;

/** Revokes the designation once the gateway has seen the revocation proved (rule REVOCATION_PROOF). */
@Named("revokeDesignation")
@ApplicationScoped
public class RevokeDesignation implements JavaDelegate {

    private DesignationService designations;

    protected RevokeDesignation() {
        // for CDI proxies
    }

    @Inject
    public RevokeDesignation(DesignationService designations) {
        this.designations = designations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        designations.revoke((String) execution.getVariable(DesignationModel.VAR_DECIDED_BY), UUID.fromString((String)
                execution.getVariable(DesignationModel.VAR_DESIGNATION_ID)));
        execution.setVariable(DesignationModel.VAR_ENDED, "REVOKED");
    }
}
