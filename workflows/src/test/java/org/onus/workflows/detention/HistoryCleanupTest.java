package org.onus.workflows.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.detention.CaseDecisions;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCases;
import org.onus.core.detention.DetentionSettings;
import org.onus.workflows.testing.ProcessTestEngines;

/**
 * The engine's history clean-up on the real detention model: once a closed case's history has
 * outlived the model's time to live, the clean-up job removes it, and leaves open cases alone.
 * This is what keeps the engine's share of the database bounded per case (docs/BENCHMARKS.md,
 * "Footprint"); the models keep 3,650 days, so the test shortens it to none.
 */
@Deployment(resources = "processes/detention-case.bpmn")
class HistoryCleanupTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private final DetentionCases cases = mock(DetentionCases.class);
    private final DetentionSettings settings = mock(DetentionSettings.class);

    @BeforeEach
    void collaborators() {
        when(settings.reminderDays()).thenReturn(5);
        when(settings.decisionDays()).thenReturn(30);
        when(settings.protestDecisionDays()).thenReturn(30);
        CaseDecisions decisions = mock(CaseDecisions.class);
        ProcessTestEngines.beans().put("issueDetentionNotice", new IssueDetentionNotice(cases));
        ProcessTestEngines.beans().put("detentionRules", new DetentionRules(cases, settings, TODAY));
        ProcessTestEngines.beans().put("caseSteps", new CaseSteps(decisions));
        ProcessTestEngines.beans().put("caseFourEyes", new CaseFourEyes(decisions));
    }

    @AfterEach
    void clear() {
        ProcessTestEngines.beans().clear();
    }

    @Test
    void removesTheHistoryOfClosedCasesOnlyAndKeepsOpenOnesWhole() {
        String definitionId = processEngine
                .getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(DetentionProcess.KEY)
                .latestVersion()
                .singleResult()
                .getId();
        // Set here, not in @BeforeEach: the model is deployed just before the test runs. A case's
        // removal time is fixed when it ends, from the time to live then in force.
        processEngine.getRepositoryService().updateProcessDefinitionHistoryTimeToLive(definitionId, 0);

        ProcessInstance released = detain();
        processEngine
                .getRuntimeService()
                .createMessageCorrelation(DetentionProcess.MESSAGE_REBUTTAL_FILED)
                .processInstanceId(released.getId())
                .setVariables(Map.of(DetentionProcess.VAR_ROUTE, "NOT_APPLICABLE"))
                .correlate();
        String review = processEngine
                .getTaskService()
                .createTaskQuery()
                .processInstanceId(released.getId())
                .singleResult()
                .getId();
        processEngine
                .getTaskService()
                .complete(
                        review,
                        Map.of(
                                DetentionProcess.VAR_OUTCOME, "RELEASE",
                                DetentionProcess.VAR_ROUTE, "NOT_APPLICABLE",
                                DetentionProcess.VAR_ACTOR, "officer"));
        ProcessInstance open = detain();

        HistoryService history = processEngine.getHistoryService();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(released.getId())
                        .finished()
                        .count())
                .as("the released case has ended")
                .isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(released.getId())
                        .count())
                .isPositive();

        Job cleanup = history.cleanUpHistoryAsync(true);
        processEngine.getManagementService().executeJob(cleanup.getId());

        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(released.getId())
                        .count())
                .as("the closed case's history is gone")
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(released.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(released.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(open.getId())
                        .unfinished()
                        .count())
                .as("an open case keeps its history")
                .isEqualTo(1);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(open.getId())
                        .count())
                .isPositive();
    }

    private ProcessInstance detain() {
        UUID caseId = UUID.randomUUID();
        DetentionCase detention = mock(DetentionCase.class);
        when(detention.rebuttalDeadline()).thenReturn(LocalDate.parse("2026-12-28"));
        when(detention.protestDeadline()).thenReturn(LocalDate.parse("2027-06-26"));
        when(cases.find(caseId)).thenReturn(Optional.of(detention));
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(
                        DetentionProcess.KEY,
                        caseId.toString(),
                        Map.of(DetentionProcess.VAR_CASE_ID, caseId.toString()));
    }
}
