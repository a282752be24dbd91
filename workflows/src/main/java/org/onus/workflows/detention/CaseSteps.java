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

    /** Task_FreeGoods: the case's gate frees the goods, or throws 409 and the decision rolls back. */
    public void free(String caseId) {
        decisions.free(UUID.fromString(caseId));
    }

    /** Gateway_RebuttalOnFile: the case answers whether a rebuttal was ever filed. */
    public boolean rebuttalOnFile(String caseId) {
        return decisions.rebuttalOnFile(UUID.fromString(caseId));
    }

    public void alertDecisionDue(String caseId) {
        decisions.alertDecisionDue(UUID.fromString(caseId));
    }

    public void deemExcluded(String caseId) {
        decisions.deemExcluded(UUID.fromString(caseId));
    }

    public void deemProtestDenied(String caseId) {
        decisions.deemProtestDenied(UUID.fromString(caseId));
    }
}
