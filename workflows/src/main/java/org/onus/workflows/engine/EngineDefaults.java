package org.onus.workflows.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The engine settings Onus relies on, shared by the deployed engine and the process-test engine so
 * that process tests run the models under the same rules as production.
 */
public final class EngineDefaults {

    private EngineDefaults() {}

    /**
     * @param history history level: {@link EssentialHistoryLevel#NAME} (the default), one of
     *     Camunda's ({@code full} keeps every step), or {@code auto} (whatever the database has)
     * @param beans what expressions in the models may name, such as {@code ${notifyImporter}}
     */
    public static <T extends ProcessEngineConfigurationImpl> T apply(
            T configuration, String history, Map<Object, Object> beans) {
        // Flyway owns the schema (see V1_0__ProcessEngineSchema); the engine only checks it.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setCustomHistoryLevels(new ArrayList<>(List.of(EssentialHistoryLevel.INSTANCE)));
        configuration.setHistory(history);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setBeans(beans);
        // Identity lives in Keycloak; Onus checks who may do what in its services.
        configuration.setAuthorizationEnabled(false);
        configuration.setDbIdentityUsed(false);
        // Process variables hold plain values and ids, never serialized Java objects.
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        return configuration;
    }
}
