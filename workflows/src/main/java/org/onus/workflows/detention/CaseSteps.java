package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.onus.core.detention.CaseDecisions;

/** The service steps and the release guard of detention-case.bpmn, answered by the case itself. */
@Named("caseSteps")
@ApplicationScoped
public class CaseSteps {

    private CaseDecisions decisions;

    protected CaseSteps() {
        // for CDI proxies
    }

    @Inject
    public CaseSteps(CaseDecisions decisions) {
        this.decisions = decisions;
    }

    public void remind(String caseId) {
        decisions.remind(UUID.fromString(caseId));
    }

    public void confiscateAtDeadline(String caseId) {
        decisions.confiscateAtDeadline(UUID.fromString(caseId));
    }

    /** Gateway_AllRequirementsMet: every requirement met by admissible, accepted evidence. */
    public boolean allRequirementsMet(String caseId) {
        return decisions.allRequirementsMet(UUID.fromString(caseId));
    }

    /** Task_RefuseRelease: always throws, with what is unmet, so the decision rolls back. */
    public void refuseRelease(String caseId) {
        decisions.refuseRelease(UUID.fromString(caseId));
    }
}
