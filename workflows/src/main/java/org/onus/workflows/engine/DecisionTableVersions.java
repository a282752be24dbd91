package org.onus.workflows.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * The deployed version of a decision table that answers now: the latest. A deployed version never
 * changes, so callers may keep what a version answered, keyed by its id.
 */
public final class DecisionTableVersions {

    private DecisionTableVersions() {}

    /** The latest deployed version of the table, or null if it is not deployed or there is no repository. */
    public static DecisionDefinition latest(RepositoryService repository, String decisionKey) {
        if (repository == null) {
            return null;
        }
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionKey)
                .latestVersion()
                .singleResult();
    }
}
