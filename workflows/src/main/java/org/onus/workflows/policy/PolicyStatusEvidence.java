package org.onus.workflows.policy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.policy.RepealEvidenceTable;

/**
 * Whether a type of library evidence can show that a state policy was repealed, as the
 * {@code policy-status-evidence} decision table (deployed with the processes) says: official
 * repeal notices or gazettes, court records and legislative records only.
 */
@ApplicationScoped
public class PolicyStatusEvidence implements RepealEvidenceTable {

    public static final String DECISION_KEY = "Decision_PolicyStatusEvidence";

    private DecisionService decisions;

    protected PolicyStatusEvidence() {
        // for CDI
    }

    @Inject
    public PolicyStatusEvidence(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Verdict judge(EvidenceType type) {
        Objects.requireNonNull(type, "type");
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(
                DECISION_KEY, Variables.createVariables().putValue("evidenceType", type.name()));
        DmnDecisionRuleResult row = result.getSingleResult();
        if (row == null) {
            throw new IllegalStateException("The policy status evidence table has no rule for " + type);
        }
        Boolean admissible = row.getEntry("admissible");
        String reason = row.getEntry("reason");
        return new Verdict(Boolean.TRUE.equals(admissible), reason);
    }
}
