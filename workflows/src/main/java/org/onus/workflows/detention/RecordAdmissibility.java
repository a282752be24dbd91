package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.onus.core.detention.CaseDecisions;

/** Records on the case what the admissibility table decided about an uploaded document. */
@Named("recordAdmissibility")
@ApplicationScoped
public class RecordAdmissibility implements JavaDelegate {

    private CaseDecisions decisions;

    protected RecordAdmissibility() {
        // for CDI proxies
    }

    @Inject
    public RecordAdmissibility(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object result = execution.getVariable(DetentionProcess.VAR_ADMISSIBILITY);
        if (!(result instanceof Map<?, ?> row)) {
            throw new IllegalStateException("The admissibility table gave no single result for this document");
        }
        boolean admissible = Boolean.TRUE.equals(row.get("admissible"));
        String reason = String.valueOf(row.get("reason"));
        decisions.recordAdmissibility(
                UUID.fromString((String) execution.getVariable(DetentionProcess.VAR_CASE_ID)),
                UUID.fromString((String) execution.getVariable(DetentionProcess.VAR_EVIDENCE_ID)),
                admissible,
                reason);
        execution.setVariable(DetentionProcess.VAR_ADMISSIBLE, admissible);
    }
}
