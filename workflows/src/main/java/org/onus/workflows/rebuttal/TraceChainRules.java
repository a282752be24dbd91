package org.onus.workflows.rebuttal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.onus.core.rebuttal.TraceChain;
import org.onus.core.rebuttal.TraceChainTable;
import org.onus.workflows.engine.DecisionTableVersions;
import org.onus.workflows.engine.ProcessEngineBootstrap;

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
    private RepositoryService repository;

    /** Null outside a server: then the latest version is read on every question. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The engine's database, to read the latest version's id alone; null outside a server. */
    @Resource(lookup = ProcessEngineBootstrap.DATA_SOURCE)
    DataSource database;

    /**
     * The chain each deployed version gave for a sector. A deployed version never changes, so the
     * same sector asked of the same version is not evaluated again (nor recorded again in the
     * engine's history); a new version is asked afresh.
     */
    private final Map<String, TraceChain> answered = new ConcurrentHashMap<>();

    protected TraceChainRules() {
        // for CDI
    }

    /** Always the latest version, evaluated every time (tests of the table alone). */
    public TraceChainRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Inject
    public TraceChainRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    @Override
    public TraceChain chainFor(String sectorCode) {
        Objects.requireNonNull(sectorCode, "sectorCode");
        DecisionDefinition latest = DecisionTableVersions.latest(repository, database, transactions, DECISION_KEY);
        if (latest == null) {
            return evaluate(null, sectorCode);
        }
        // The key separates version and sector with a character no id or sector code holds.
        return answered.computeIfAbsent(latest.getId() + '\n' + sectorCode, k -> evaluate(latest, sectorCode));
    }

    private TraceChain evaluate(DecisionDefinition latest, String sectorCode) {
        VariableMap variables = Variables.createVariables().putValue("sectorCode", sectorCode);
        DmnDecisionRuleResult row = (latest == null
                        ? decisions.evaluateDecisionTableByKey(DECISION_KEY, variables)
                        : decisions.evaluateDecisionTableById(latest.getId(), variables))
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
