package org.onus.workflows.engine;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.TransactionManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;

/**
 * Starts the process engine with the application and stops it with the application.
 *
 * <p>Bean-managed transactions: the engine opens (or joins) JTA transactions itself for every
 * command, which is what it expects at startup.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

    public static final String ENGINE_NAME = "default";

    /** The database the engine keeps its tables in: the application's own. */
    public static final String DATA_SOURCE = "java:jboss/datasources/OnusDS";

    private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = "java:jboss/TransactionManager")
    TransactionManager transactionManager;

    @Resource
    ManagedExecutorService executor;

    @Resource
    ManagedThreadFactory threadFactory;

    // Not used directly: depending on the persistence unit makes the container start it first,
    // and starting it runs the Flyway migrations that create the engine's tables.
    @PersistenceUnit(unitName = "onus")
    EntityManagerFactory schemaMigrated;

    @Inject
    BeanManager beanManager;

    @Inject
    EngineSettings settings;

    private ProcessEngine processEngine;

    @PostConstruct
    void start() {
        JakartaTransactionProcessEngineConfiguration configuration = new JakartaTransactionProcessEngineConfiguration();
        configuration.setProcessEngineName(ENGINE_NAME);
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(transactionManager);
        configuration.setTransactionsExternallyManaged(true);
        EngineDefaults.apply(configuration, settings.history(), new CdiBeans(beanManager));
        recordHistoryLevel(settings.history());
        ManagedJobExecutor jobs = new ManagedJobExecutor(executor, threadFactory);
        jobs.setLockTimeInMillis((int) settings.jobLock().toMillis());
        configuration.setJobExecutor(jobs);
        configuration.setJobExecutorActivate(settings.jobExecutorActive());
        settings.historyCleanupWindow().ifPresent(window -> {
            configuration.setHistoryCleanupBatchWindowStartTime(window[0]);
            configuration.setHistoryCleanupBatchWindowEndTime(window[1]);
        });

        processEngine = configuration.buildProcessEngine();
        ProcessEngines.registerProcessEngine(processEngine);

        ProcessModelDeployer.Deployed deployed = new ProcessModelDeployer(
                        processEngine.getRepositoryService(), ProcessEngineBootstrap.class.getClassLoader())
                .deploy(ProcessModels.DEPLOYMENT_NAME, ProcessModels.ALL);
        LOG.info(() -> "Process engine '" + ENGINE_NAME + "' started with " + ProcessModels.ALL.size()
                + " models; deployed now: processes " + deployed.processDefinitionKeys()
                + ", decisions " + deployed.decisionDefinitionKeys() + " (unchanged models keep their version)");
    }

    private void recordHistoryLevel(String history) {
        try (Connection connection = dataSource.getConnection()) {
            if (HistoryLevelRecord.follow(connection, history)) {
                LOG.warning(() -> "The process engine's history level is now '" + history
                        + "' (ONUS_ENGINE_HISTORY); history recorded before keeps its level");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the engine's history level '" + history + "'", e);
        }
    }

    @PreDestroy
    void stop() {
        if (processEngine != null) {
            ProcessEngines.unregister(processEngine);
            processEngine.close();
        }
    }

    public ProcessEngine processEngine() {
        return processEngine;
    }
}
