package org.onus.workflows.engine;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.onus.core.persistence.InThisTransaction;

/**
 * The deployed version of a decision table that answers now: the latest. A deployed version never
 * changes, so callers may keep what a version answered, keyed by its id.
 *
 * <p>Within one transaction the latest version is read once per table and remembered until the
 * transaction ends. Every decision of that transaction then stands on the same version, as if the
 * transaction had run a moment earlier or later than a regulator's publication, never half and
 * half; the next transaction reads again, so a version published on any node answers at once. A
 * bulk batch asked the engine for the latest thresholds twice per entry filed: 12 % of its time.
 */
public final class DecisionTableVersions {

    /** The key of this transaction's remembered versions among the transaction's resources. */
    private static final Object REMEMBERED = new Object() {
        @Override
        public String toString() {
            return DecisionTableVersions.class.getName() + ".remembered";
        }
    };

    private DecisionTableVersions() {}

    /** The latest deployed version of the table, or null if it is not deployed or there is no repository. */
    public static DecisionDefinition latest(RepositoryService repository, String decisionKey) {
        return latest(repository, null, decisionKey);
    }

    /**
     * The latest deployed version of the table, read once per transaction.
     *
     * @param transactions the server's registry, or null outside a server (read every time)
     */
    public static DecisionDefinition latest(
            RepositoryService repository, TransactionSynchronizationRegistry transactions, String decisionKey) {
        if (repository == null) {
            return null;
        }
        Map<String, DecisionDefinition> remembered = remembered(transactions);
        DecisionDefinition known = remembered == null ? null : remembered.get(decisionKey);
        if (known != null) {
            return known;
        }
        DecisionDefinition latest = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey)
                .latestVersion()
                .singleResult();
        if (remembered != null && latest != null) {
            remembered.put(decisionKey, latest);
        }
        return latest;
    }

    /** A new version of the table was deployed in this transaction: later reads in it must see it. */
    public static void deployed(TransactionSynchronizationRegistry transactions, String decisionKey) {
        Map<String, DecisionDefinition> remembered = remembered(transactions);
        if (remembered != null) {
            remembered.remove(decisionKey);
        }
    }

    private static Map<String, DecisionDefinition> remembered(TransactionSynchronizationRegistry transactions) {
        return InThisTransaction.kept(transactions, REMEMBERED, HashMap::new);
    }
}
