package org.onus.workflows.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

/**
 * The history level recorded in the engine's database. Camunda refuses to start when it differs
 * from the configured one. An operator who changes {@code ONUS_ENGINE_HISTORY} means it, and
 * databases made before {@link EssentialHistoryLevel} became the default recorded {@code full}, so
 * the record follows the setting: cases keep the history written so far, and new steps are recorded
 * at the new level. Every node of a cluster must be given the same level.
 */
final class HistoryLevelRecord {

    private static final Map<String, Integer> IDS = Map.of(
            EssentialHistoryLevel.NAME, EssentialHistoryLevel.ID,
            ProcessEngineConfiguration.HISTORY_NONE, HistoryLevel.HISTORY_LEVEL_NONE.getId(),
            ProcessEngineConfiguration.HISTORY_ACTIVITY, HistoryLevel.HISTORY_LEVEL_ACTIVITY.getId(),
            ProcessEngineConfiguration.HISTORY_AUDIT, HistoryLevel.HISTORY_LEVEL_AUDIT.getId(),
            ProcessEngineConfiguration.HISTORY_FULL, HistoryLevel.HISTORY_LEVEL_FULL.getId());

    private HistoryLevelRecord() {}

    /**
     * Records the configured level where the database has another one; a database the engine has
     * not yet started on has none, and the engine records it itself.
     *
     * @return whether the recorded level changed
     */
    static boolean follow(Connection connection, String history) throws SQLException {
        Integer id = IDS.get(history);
        if (id == null) {
            return false; // "auto", or a name the engine itself refuses with its own message
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ <> ?")) {
            update.setString(1, id.toString());
            update.setString(2, id.toString());
            return update.executeUpdate() > 0;
        }
    }
}
