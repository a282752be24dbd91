package org.onus.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
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
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:essential-history-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigrations.migrate(dataSource);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("essential-history");
        configuration.setDataSource(dataSource);
        EngineDefaults.apply(configuration, EssentialHistoryLevel.NAME, Map.of());
        configuration.setJobExecutorActivate(false);
        engine = configuration.buildProcessEngine();
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
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:full-history-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        DatabaseMigrations.migrate(dataSource);
        StandaloneProcessEngineConfiguration before = new StandaloneProcessEngineConfiguration();
        before.setProcessEngineName("full-history");
        before.setDataSource(dataSource);
        EngineDefaults.apply(before, ProcessEngineConfiguration.HISTORY_FULL, Map.of());
        before.setJobExecutorActivate(false);
        before.buildProcessEngine().close();

        try (var connection = dataSource.getConnection()) {
            assertThat(HistoryLevelRecord.follow(connection, EssentialHistoryLevel.NAME))
                    .isTrue();
            assertThat(HistoryLevelRecord.follow(connection, EssentialHistoryLevel.NAME))
                    .as("already recorded")
                    .isFalse();
        }
        StandaloneProcessEngineConfiguration after = new StandaloneProcessEngineConfiguration();
        after.setProcessEngineName("essential-after-full");
        after.setDataSource(dataSource);
        EngineDefaults.apply(after, EssentialHistoryLevel.NAME, Map.of());
        after.setJobExecutorActivate(false);
        ProcessEngine restarted = after.buildProcessEngine();
        try {
            assertThat(restarted.getManagementService().getProperties()).containsEntry("historyLevel", "10");
        } finally {
            restarted.close();
        }
    }

    @Test
    void theDatabaseRecordsTheLevelSoThatAnotherEngineOnItCanFollowIt() {
        assertThat(engine.getManagementService().getProperties()).containsEntry("historyLevel", "10");
        StandaloneProcessEngineConfiguration follower = new StandaloneProcessEngineConfiguration();
        follower.setProcessEngineName("essential-history-auto");
        follower.setDataSource(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                        engine.getProcessEngineConfiguration())
                .getDataSource());
        EngineDefaults.apply(follower, ProcessEngineConfiguration.HISTORY_AUTO, Map.of());
        follower.setJobExecutorActivate(false);
        ProcessEngine auto = follower.buildProcessEngine();
        try {
            assertThat(((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                                    auto.getProcessEngineConfiguration())
                            .getHistoryLevel())
                    .isSameAs(EssentialHistoryLevel.INSTANCE);
        } finally {
            auto.close();
        }
    }
}
