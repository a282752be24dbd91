package org.onus.core.decisiontable;

import java.util.List;
import java.util.Optional;

/**
 * The process engine's repository of decision tables, as the four-eyes change needs it.
 * Implemented in workflows; every deployed version stays readable.
 */
public interface DecisionTables {

    /** Every deployed version, oldest first. */
    List<TableVersion> versions(ChangeableTable table);

    /** The version the engine evaluates now. */
    Optional<TableVersion> latest(ChangeableTable table);

    /**
     * Deploys the latest version's table with these rows as a new version.
     *
     * @return the new version's number
     */
    int deploy(ChangeableTable table, List<List<String>> rows);
}
