package org.onus.workflows.engine;

import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
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
 *
 * <p>Given the engine's database, a transaction reads only the latest version's id, with one query
 * on the engine's table of decision definitions, and takes the definition itself from the ones
 * this node has already read by id. The engine's own query for the latest version cost 5 % of the
 * server's CPU in the lifecycle benchmark, as much as starting the case's process: its command
 * stack, and mapping the definition's row, for an answer that changes only when a regulator
 * publishes. The id is still read from the database in every transaction, so a version published
 * on another node answers from the next transaction on, as before.
 */
public final class DecisionTableVersions {

    /** The key of this transaction's remembered versions among the transaction's resources. */
    private static final Object REMEMBERED = new Object() {
        @Override
        public String toString() {
            return DecisionTableVersions.class.getName() + ".remembered";
        }
    };

    private static final String LATEST_ID =
            "select ID_ from ACT_RE_DECISION_DEF where KEY_ = ? and TENANT_ID_ is null order by VERSION_ desc";

    /**
     * Definitions read by id. An id names one deployed version for good: a new version, even one
     * that takes a deleted version's number, has a new id. At most one entry per version deployed.
     */
    private static final Map<String, DecisionDefinition> BY_ID = new ConcurrentHashMap<>();

    private DecisionTableVersions() {}

    /** The latest deployed version of the table, or null if it is not deployed or there is no repository. */
    public static DecisionDefinition latest(RepositoryService repository, String decisionKey) {
        return latest(repository, null, null, decisionKey);
    }

    /**
     * The latest deployed version of the table, read once per transaction with the engine's query.
     *
     * @param transactions the server's registry, or null outside a server (read every time)
     */
    public static DecisionDefinition latest(
            RepositoryService repository, TransactionSynchronizationRegistry transactions, String decisionKey) {
        return latest(repository, null, transactions, decisionKey);
    }

    /**
     * The latest deployed version of the table, read once per transaction.
     *
     * @param database the engine's database, to read only the latest version's id; or null to ask
     *     the engine's query every time
     * @param transactions the server's registry, or null outside a server (read every time)
     */
    public static DecisionDefinition latest(
            RepositoryService repository,
            DataSource database,
            TransactionSynchronizationRegistry transactions,
            String decisionKey) {
        if (repository == null) {
            return null;
        }
        Map<String, DecisionDefinition> remembered = remembered(transactions);
        DecisionDefinition known = remembered == null ? null : remembered.get(decisionKey);
        if (known != null) {
            return known;
        }
        DecisionDefinition latest =
                database == null ? engineQuery(repository, decisionKey) : byLatestId(repository, database, decisionKey);
        if (remembered != null && latest != null) {
            remembered.put(decisionKey, latest);
        }
        return latest;
    }

    /**
     * A version of the table was deployed (or removed) in this transaction: later reads in it must
     * see that. The engine that deployed it is asked at once, because the version's row may not be
     * visible on another connection until the transaction commits.
     */
    public static void deployed(
            RepositoryService repository, TransactionSynchronizationRegistry transactions, String decisionKey) {
        Map<String, DecisionDefinition> remembered = remembered(transactions);
        if (remembered == null) {
            return;
        }
        DecisionDefinition latest = engineQuery(repository, decisionKey);
        if (latest == null) {
            remembered.remove(decisionKey);
        } else {
            remembered.put(decisionKey, latest);
        }
    }

    private static DecisionDefinition byLatestId(RepositoryService repository, DataSource database, String key) {
        String id = latestId(database, key);
        if (id == null) {
            return null;
        }
        DecisionDefinition known = BY_ID.get(id);
        if (known != null) {
            return known;
        }
        DecisionDefinition latest = engineQuery(repository, key);
        if (latest != null && latest.getId().equals(id)) {
            BY_ID.put(id, latest);
        }
        return latest;
    }

    private static String latestId(DataSource database, String key) {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(LATEST_ID)) {
            query.setString(1, key);
            query.setMaxRows(1);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the latest version of decision table " + key, e);
        }
    }

    private static DecisionDefinition engineQuery(RepositoryService repository, String key) {
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(key)
                .latestVersion()
                .singleResult();
    }

    private static Map<String, DecisionDefinition> remembered(TransactionSynchronizationRegistry transactions) {
        return InThisTransaction.kept(transactions, REMEMBERED, HashMap::new);
    }
}
