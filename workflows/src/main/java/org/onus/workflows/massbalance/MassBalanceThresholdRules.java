package org.onus.workflows.massbalance;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.onus.core.massbalance.MassBalance;
import org.onus.core.massbalance.ThresholdTable;
import org.onus.workflows.engine.DecisionTableVersions;
import org.onus.workflows.engine.ProcessEngineBootstrap;

/**
 * The mass-balance thresholds, as the latest deployed version of the {@code mass-balance-thresholds}
 * decision table says, with that version's number: the table is evaluated by the id of the
 * version read, so the number recorded is the version that answered.
 */
@ApplicationScoped
public class MassBalanceThresholdRules implements ThresholdTable {

    public static final String DECISION_KEY = "Decision_MassBalanceThresholds";

    private DecisionService decisions;
    private RepositoryService repository;

    /** Null outside a server: then the latest version is read on every question. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The engine's database, to read the latest version's id alone; null outside a server. */
    @Resource(lookup = ProcessEngineBootstrap.DATA_SOURCE)
    DataSource database;

    /**
     * The thresholds each deployed version gave. A deployed version never changes and the table
     * answers a constant per flag kind, so it is evaluated once per version, not twice per entry
     * filed: that also spares the engine's history two decision records per entry.
     */
    private final Map<String, MassBalance.Thresholds> byVersion = new ConcurrentHashMap<>();

    protected MassBalanceThresholdRules() {
        // for CDI
    }

    @Inject
    public MassBalanceThresholdRules(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    @Override
    public MassBalance.Thresholds current() {
        DecisionDefinition latest = DecisionTableVersions.latest(repository, database, transactions, DECISION_KEY);
        if (latest == null) {
            throw new IllegalStateException("The mass-balance thresholds table is not deployed");
        }
        return byVersion.computeIfAbsent(latest.getId(), id -> evaluate(latest));
    }

    private MassBalance.Thresholds evaluate(DecisionDefinition latest) {
        DmnDecisionRuleResult cannotAccount = row(latest, MassBalance.FlagKind.CANNOT_ACCOUNT);
        DmnDecisionRuleResult share = row(latest, MassBalance.FlagKind.DESIGNATED_SHARE_TOO_LOW);
        return new MassBalance.Thresholds(
                latest.getVersion(), threshold(cannotAccount), action(cannotAccount), threshold(share), action(share));
    }

    private DmnDecisionRuleResult row(DecisionDefinition definition, MassBalance.FlagKind kind) {
        DmnDecisionRuleResult row = decisions
                .evaluateDecisionTableById(
                        definition.getId(), Variables.createVariables().putValue("flagKind", kind.name()))
                .getSingleResult();
        if (row == null) {
            throw new IllegalStateException("The mass-balance thresholds table has no rule for " + kind);
        }
        return row;
    }

    private static BigDecimal threshold(DmnDecisionRuleResult row) {
        Object value = row.getEntry("threshold");
        if (!(value instanceof Number n)) {
            throw new IllegalStateException("The mass-balance threshold is not a number: " + value);
        }
        return new BigDecimal(n.toString()).stripTrailingZeros();
    }

    private static MassBalance.Action action(DmnDecisionRuleResult row) {
        return MassBalance.Action.valueOf(String.valueOf((Object) row.getEntry("action")));
    }
}
