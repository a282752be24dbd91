package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onus.core.detention.DetentionCases;

/** Issues the notice: the rebuttal period starts and the importer is told. */
@Named("issueDetentionNotice")
@ApplicationScoped
public class IssueDetentionNotice implements JavaDelegate {

    private DetentionCases cases;

    protected IssueDetentionNotice() {
        // for CDI proxies
    }

    @Inject
    public IssueDetentionNotice(DetentionCases cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.issueNotice(UUID.fromString((String) execution.getVariable(DetentionProcess.VAR_CASE_ID)));
    }
}
