package org.onus.workflows.rebuttal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.onus.core.rebuttal.TraceChain;
import org.onus.core.rebuttal.TraceChainTable;

/**
 * Which documents trace an input of a sector, as the {@code trace-chain} decision table (deployed
 * with the processes) says: the domain's {@link TraceChainTable}, asked when a rebuttal is filed.
 * A row that breaks the floor of the rule (one document, an origin test alone, an audit) is an
 * error, not a looser rule.
 */
@ApplicationScoped
public class TraceChainRules implements TraceChainTable {

    public static final String DECISION_KEY = "Decision_TraceChain";

    private DecisionService decisions;

    protected TraceChainRules() {
        // for CDI
    }

    @Inject
    public TraceChainRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public TraceChain chainFor(String sectorCode) {
        Objects.requireNonNull(sectorCode, "sectorCode");
        DmnDecisionRuleResult row = decisions
                .evaluateDecisionTableByKey(
                        DECISION_KEY, Variables.createVariables().putValue("sectorCode", sectorCode))
                .getFirstResult();
        if (row == null) {
            throw new IllegalStateException("The trace-chain table has no rule for sector " + sectorCode);
        }
        String chain = row.getEntry("chain");
        try {
            return TraceChain.parse(chain);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The trace-chain table's rule for sector " + sectorCode + " is invalid: " + e.getMessage(), e);
        }
    }
}
