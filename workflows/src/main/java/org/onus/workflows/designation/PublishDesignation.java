package org.onus.workflows.designation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onus.core.designation.DesignationService;

/**
 * Publishes the designation and ends the lifecycle of the version it supersedes, in one
 * transaction with the new list version.
 */
@Named("publishDesignation")
@ApplicationScoped
public class PublishDesignation implements JavaDelegate {

    private DesignationService designations;

    protected PublishDesignation() {
        // for CDI proxies
    }

    @Inject
    public PublishDesignation(DesignationService designations) {
        this.designations = designations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID id = UUID.fromString((String) execution.getVariable(DesignationModel.VAR_DESIGNATION_ID));
        UUID predecessor = designations.publish(id).superseded();
        if (predecessor != null) {
            execution
                    .getProcessEngineServices()
                    .getRuntimeService()
                    .createMessageCorrelation(DesignationModel.MESSAGE_SUPERSEDED)
                    .processInstanceBusinessKey(predecessor.toString())
                    .correlateAll();
        }
    }
}
