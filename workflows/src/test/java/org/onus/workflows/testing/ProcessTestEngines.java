package org.onus.workflows.testing;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.h2.jdbcx.JdbcDataSource;
import org.onus.core.persistence.DatabaseMigrations;
import org.onus.workflows.decisiontable.CamundaDecisionTables;
import org.onus.workflows.engine.EngineDefaults;

/**
 * The harness for process tests: an in-memory H2 database migrated by the application's own
 * Flyway migrations (so tests run on the production schema), an engine configured like the
 * deployed one but without a job executor (tests run jobs explicitly with {@code execute(job())}),
 * and a map of named collaborators standing in for the CDI beans that models reference by name.
 *
 * <pre>
 * &#64;RegisterExtension
 * static ProcessEngineExtension engine = ProcessTestEngines.extension();
 * </pre>
 */
public final class ProcessTestEngines {

    private static final Map<Object, Object> BEANS = new HashMap<>();
    private static ProcessEngine engine;

    private ProcessTestEngines() {}

    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(engine()).build();
    }

    /**
     * Collaborators that models name in expressions ({@code ${notifyImporter}}); register mocks
     * here before starting a process, and clear them after.
     */
    public static Map<Object, Object> beans() {
        return BEANS;
    }

    public static synchronized ProcessEngine engine() {
        if (engine == null) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
            dataSource.setUser("sa");
            DatabaseMigrations.migrate(dataSource);

            StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
            configuration.setProcessEngineName("process-tests");
            configuration.setDataSource(dataSource);
            EngineDefaults.apply(configuration, ProcessEngineConfiguration.HISTORY_FULL, BEANS);
            configuration.setJobExecutorActivate(false);
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }

    /** Removes the table versions regulators deployed in a test, leaving those shipped with the processes. */
    public static void removeRegulatorsVersions(ProcessEngine engine) {
        engine.getRepositoryService().createDeploymentQuery().list().stream()
                .filter(d -> CamundaDecisionTables.SOURCE.equals(d.getSource()))
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }
}
