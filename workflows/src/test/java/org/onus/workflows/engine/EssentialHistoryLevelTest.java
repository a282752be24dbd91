package org.onus.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onus.core.persistence.DatabaseMigrations;

/**
 * The default engine history, on the production schema: what an operator and the retention and
 * clean-up jobs rely on is kept (the process instance and its end), the steps and tasks the
 * case's own audit trail already records are not.
 */
class EssentialHistoryLevelTest {

    static ProcessEngine engine;

    @BeforeAll
    static void start() {
        engine = engine(migratedDatabase("essential-history"), "essential-history", EssentialHistoryLevel.NAME);
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_Review")
                .camundaHistoryTimeToLive(3650)
                .startEvent("StartEvent_Filed")
                .exclusiveGateway("Gateway_Route")
                .userTask("Task_Review")
                .camundaCandidateGroups("customs-officer")
                .endEvent("EndEvent_Decided")
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("review.bpmn", model)
                .deploy();
    }

    /** The application's schema, made by its own migrations, in a new in-memory database. */
    static DataSource migratedDatabase(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigrations.migrate(dataSource);
        return dataSource;
    }

    /** An engine configured as the application configures it, at the given history level. */
    static ProcessEngine engine(DataSource dataSource, String name, String history) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName(name);
        configuration.setDataSource(dataSource);
        EngineDefaults.apply(configuration, history, Map.of());
        configuration.setJobExecutorActivate(false);
        return configuration.buildProcessEngine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void keepsTheInstanceButNotItsStepsTasksOrVariables() {
        ProcessInstance instance = engine.getRuntimeService()
                .startProcessInstanceByKey("Process_Review", "case-1", Map.of("route", "TRACE"));
        String task = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(instance.getId())
                .singleResult()
                .getId();
        engine.getTaskService().setAssignee(task, "officer");
        engine.getTaskService().complete(task, Map.of("outcome", "ACCEPTED"));

        HistoryService history = engine.getHistoryService();
        var done = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey("case-1")
                .singleResult();
        assertThat(done.getEndTime()).as("the instance's end is recorded").isNotNull();
        assertThat(done.getRemovalTime())
                .as("so the clean-up can remove it after its time-to-live")
                .isNotNull();
        assertThat(history.createHistoricTaskInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricDetailQuery()
                        .processInstanceId(instance.getId())
                        .count())
                .isZero();
    }

    @Test
    void aDatabaseThatRecordedFullHistoryStartsAtTheConfiguredLevel() throws Exception {
        DataSource dataSource = migratedDatabase("full-history");
        engine(dataSource, "full-history", ProcessEngineConfiguration.HISTORY_FULL)
                .close();

        try (var connection = dataSource.getConnection()) {
            assertThat(HistoryLevelRecord.follow(connection, EssentialHistoryLevel.NAME))
                    .isTrue();
            assertThat(HistoryLevelRecord.follow(connection, EssentialHistoryLevel.NAME))
                    .as("already recorded")
                    .isFalse();
        }
        ProcessEngine restarted = engine(dataSource, "essential-after-full", EssentialHistoryLevel.NAME);
        try {
            assertThat(restarted.getManagementService().getProperties()).containsEntry("historyLevel", "10");
        } finally {
            restarted.close();
        }
    }

    @Test
    void theDatabaseRecordsTheLevelSoThatAnotherEngineOnItCanFollowIt() {
        assertThat(engine.getManagementService().getProperties()).containsEntry("historyLevel", "10");
        ProcessEngine auto = engine(
                ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource(),
                "essential-history-auto",
                ProcessEngineConfiguration.HISTORY_AUTO);
        try {
            assertThat(((ProcessEngineConfigurationImpl) auto.getProcessEngineConfiguration()).getHistoryLevel())
                    .isSameAs(EssentialHistoryLevel.INSTANCE);
        } finally {
            auto.close();
        }
    }
}
