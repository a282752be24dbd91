package org.onus.workflows.detention;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.Problem;
import org.onus.workflows.testing.ProcessTestEngines;

/**
 * Every path through detention-case.bpmn: deadline confiscation, reminder, both routes, release
 * refused by the engine's guard, request for information answered or not, supervisor approval
 * refused and given, four eyes, protests upheld and denied, the protest window closing.
 */
@Deployment(resources = "processes/detention-case.bpmn")
class DetentionCaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private final DetentionCases cases = mock(DetentionCases.class);
    private final CaseDecisions decisions = mock(CaseDecisions.class);
    private final DetentionSettings settings = mock(DetentionSettings.class);
    private final DetentionCase detention = mock(DetentionCase.class);
    private final UUID caseId = UUID.randomUUID();

    @BeforeEach
    void collaborators() {
        when(cases.find(caseId)).thenReturn(Optional.of(detention));
        when(detention.rebuttalDeadline()).thenReturn(LocalDate.parse("2026-12-28"));
        when(detention.protestDeadline()).thenReturn(LocalDate.parse("2027-06-26"));
        when(settings.reminderDays()).thenReturn(5);
        when(settings.decisionDays()).thenReturn(30);
        when(settings.protestDecisionDays()).thenReturn(30);
        ProcessTestEngines.beans().put("issueDetentionNotice", new IssueDetentionNotice(cases));
        ProcessTestEngines.beans().put("detentionRules", new DetentionRules(cases, settings, TODAY));
        ProcessTestEngines.beans().put("caseSteps", new CaseSteps(decisions));
        ProcessTestEngines.beans().put("caseFourEyes", new CaseFourEyes(decisions));
    }

    @AfterEach
    void clear() {
        ProcessTestEngines.beans().clear();
    }

    private ProcessInstance detain() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        DetentionProcess.KEY,
                        caseId.toString(),
                        Map.of(DetentionProcess.VAR_CASE_ID, caseId.toString()));
        verify(cases).issueNotice(caseId);
        assertThat(pi).hasPassed("Task_IssueNotice").isWaitingAt("ReceiveTask_AwaitRebuttal");
        return pi;
    }

    private void message(String name, Map<String, Object> variables) {
        runtimeService()
                .createMessageCorrelation(name)
                .processInstanceBusinessKey(caseId.toString())
                .setVariables(variables)
                .correlate();
    }

    private void fileRebuttal(String route) {
        message(DetentionProcess.MESSAGE_REBUTTAL_FILED, Map.of(DetentionProcess.VAR_ROUTE, route));
    }

    private void complete(ProcessInstance pi, Map<String, Object> variables) {
        taskService().complete(task(pi).getId(), variables);
    }

    private void completeAs(String actor, ProcessInstance pi, Map<String, Object> variables) {
        completeAs(actor, task(pi).getId(), variables);
    }

    private void completeAs(String actor, String taskId, Map<String, Object> variables) {
        taskService().setVariableLocal(taskId, DetentionProcess.VAR_ACTOR, actor);
        taskService().complete(taskId, variables);
    }

    private static Map<String, Object> decision(String outcome, String route) {
        return Map.of(
                DetentionProcess.VAR_OUTCOME,
                outcome,
                DetentionProcess.VAR_ROUTE,
                route,
                DetentionProcess.VAR_ACTOR,
                "officer");
    }

    private Job timer(String activityId) {
        return jobQuery().activityId(activityId).singleResult();
    }

    @Test
    void withoutARebuttalTheGoodsAreConfiscatedWhenTheDeadlinePassesAndTheProtestWindowThenCloses() {
        ProcessInstance pi = detain();
        org.assertj.core.api.Assertions.assertThat(
                        timer("Timer_RebuttalDeadline").getDuedate().toInstant())
                .as("the day after the last day for a rebuttal")
                .isEqualTo(Instant.parse("2026-12-29T00:00:00Z"));

        execute(timer("Timer_RebuttalDeadline"));
        verify(decisions).confiscateAtDeadline(caseId);
        assertThat(pi).hasPassed("Task_ConfiscateAtDeadline").isWaitingAt("ReceiveTask_AwaitProtest");
        org.assertj.core.api.Assertions.assertThat(
                        timer("Timer_ProtestWindowClosed").getDuedate().toInstant())
                .isEqualTo(Instant.parse("2027-06-27T00:00:00Z"));

        execute(timer("Timer_ProtestWindowClosed"));
        assertThat(pi).isEnded().hasPassed("EndEvent_ConfiscationFinal");
    }

    @Test
    void theImporterIsRemindedBeforeTheDeadlineAndMayStillFile() {
        ProcessInstance pi = detain();
        Job reminder = timer("Timer_RebuttalReminder");
        org.assertj.core.api.Assertions.assertThat(reminder.getDuedate().toInstant())
                .as("five days before the deadline")
                .isEqualTo(Instant.parse("2026-12-23T00:00:00Z"));

        execute(reminder);
        verify(decisions).remind(caseId);
        assertThat(pi).hasPassed("EndEvent_Reminded").isWaitingAt("ReceiveTask_AwaitRebuttal");

        fileRebuttal("NOT_APPLICABLE");
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_REVIEW_REBUTTAL);
        org.assertj.core.api.Assertions.assertThat(timer("Timer_RebuttalDeadline"))
                .as("the deadline timer goes with the rebuttal")
                .isNull();
    }

    @Test
    void aNotApplicableReleaseFreesTheGoodsOnlyThroughTheGateWhichMayStillRefuse() {
        ProcessInstance pi = detain();
        fileRebuttal("NOT_APPLICABLE");
        assertThat(task(pi)).hasCandidateGroup("customs-officer");

        doThrow(new ConflictException("unmet", List.of(new Problem("TRACE:0", "Trace input 1"))))
                .when(decisions)
                .free(caseId);
        String taskId = task(pi).getId();
        assertThatThrownBy(() -> taskService().complete(taskId, decision("RELEASE", "NOT_APPLICABLE")))
                .isInstanceOf(ProcessEngineException.class)
                .hasRootCauseInstanceOf(ConflictException.class);
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_REVIEW_REBUTTAL);

        org.mockito.Mockito.reset(decisions);
        complete(pi, decision("RELEASE", "NOT_APPLICABLE"));
        verify(decisions).free(caseId);
        assertThat(pi).isEnded().hasPassed(DetentionProcess.TASK_FREE_GOODS, "EndEvent_GoodsFreed");
        assertThat(pi).hasNotPassed("Task_ApproveRelease");
    }

    @Test
    void anExceptionReleaseNeedsAnotherSupervisorsApprovalAndARefusalGoesBackToTheOfficer() {
        ProcessInstance pi = detain();
        fileRebuttal("EXCEPTION");
        complete(pi, decision("RELEASE", "EXCEPTION"));
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_APPROVE_RELEASE);
        assertThat(task(pi)).hasCandidateGroup("customs-supervisor");
        verify(decisions, never()).free(any());

        doThrow(new ForbiddenActionException("own release"))
                .when(decisions)
                .requireIndependentApprover(caseId, "supervisor");
        String approval = task(pi).getId();
        assertThatThrownBy(() -> completeAs("supervisor", approval, Map.of(DetentionProcess.VAR_APPROVED, true)))
                .hasRootCauseInstanceOf(ForbiddenActionException.class);
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_APPROVE_RELEASE);

        completeAs("supervisor-2", pi, Map.of(DetentionProcess.VAR_APPROVED, false));
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_REVIEW_REBUTTAL);
        verify(decisions, never()).free(any());

        complete(pi, decision("RELEASE", "EXCEPTION"));
        completeAs("supervisor-2", pi, Map.of(DetentionProcess.VAR_APPROVED, true));
        verify(decisions).free(caseId);
        assertThat(pi).isEnded().hasPassed("Gateway_Approved", DetentionProcess.TASK_FREE_GOODS, "EndEvent_GoodsFreed");
    }

    @Test
    void requestedInformationAnsweredGoesBackToTheOfficerWhoMayConfiscateAndAProtestUpheldOnTheMeritsPassesTheGate() {
        ProcessInstance pi = detain();
        fileRebuttal("NOT_APPLICABLE");
        complete(pi, decision("REQUEST_INFO", "NOT_APPLICABLE"));
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitInformation");
        org.assertj.core.api.Assertions.assertThat(timer("Timer_InformationDeadline"))
                .isNotNull();
        org.assertj.core.api.Assertions.assertThat(timer("Timer_DecisionDue"))
                .as("the authority's clock stops while the importer is awaited")
                .isNull();

        message(DetentionProcess.MESSAGE_INFORMATION_PROVIDED, Map.of());
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_REVIEW_REBUTTAL);

        complete(pi, decision("CONFISCATE", "NOT_APPLICABLE"));
        verify(decisions, never()).confiscateAtDeadline(any());
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitProtest");

        message(DetentionProcess.MESSAGE_PROTEST_FILED, Map.of());
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_REVIEW_PROTEST);
        assertThat(task(pi)).hasCandidateGroup("customs-supervisor");
        completeAs("supervisor", pi, protest("UPHELD_ON_MERITS"));
        verify(decisions).requireIndependentProtestReviewer(caseId, "supervisor");
        verify(decisions).free(caseId);
        assertThat(pi).isEnded().hasPassed(DetentionProcess.TASK_FREE_GOODS, "EndEvent_GoodsFreed");
    }

    @Test
    void aProtestUpheldOnProcedureSendsTheCaseBackToTheOfficerWithoutReleasingIt() {
        ProcessInstance pi = detain();
        fileRebuttal("NOT_APPLICABLE");
        complete(pi, decision("CONFISCATE", "NOT_APPLICABLE"));
        message(DetentionProcess.MESSAGE_PROTEST_FILED, Map.of());
        when(decisions.rebuttalOnFile(caseId)).thenReturn(true);
        completeAs("supervisor", pi, protest("UPHELD_ON_PROCEDURE"));
        verify(decisions, never()).free(any());
        assertThat(pi).hasPassed("Gateway_RebuttalOnFile").isWaitingAt(DetentionProcess.TASK_REVIEW_REBUTTAL);
        org.assertj.core.api.Assertions.assertThat(timer("Timer_DecisionDue"))
                .as("a fresh decision clock")
                .isNotNull();
    }

    @Test
    void aProtestUpheldOnProcedureBeforeAnyRebuttalGivesTheImporterANewRebuttalPeriod() {
        ProcessInstance pi = detain();
        execute(timer("Timer_RebuttalDeadline"));
        message(DetentionProcess.MESSAGE_PROTEST_FILED, Map.of());
        when(decisions.rebuttalOnFile(caseId)).thenReturn(false);
        completeAs("supervisor", pi, protest("UPHELD_ON_PROCEDURE"));
        verify(decisions, never()).free(any());
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitRebuttal");
        org.assertj.core.api.Assertions.assertThat(timer("Timer_RebuttalDeadline"))
                .as("a fresh rebuttal deadline")
                .isNotNull();
    }

    /**
     * Why the case itself keeps the alert to one per due day: a refused release sends the case
     * back to the officer, and the model arms the alert's timer again for the same, past, day.
     */
    @Test
    void aRefusedReleaseArmsTheDecisionAlertAgainForTheSameDay() {
        when(detention.decisionDue()).thenReturn(LocalDate.parse("2026-12-27"));
        when(settings.decisionAlertDays()).thenReturn(5);
        ProcessInstance pi = detain();
        fileRebuttal("EXCEPTION");
        Job first = timer("Timer_DecisionAlert");
        execute(first);
        complete(pi, decision("RELEASE", "EXCEPTION"));
        completeAs("supervisor-2", pi, Map.of(DetentionProcess.VAR_APPROVED, false));
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_REVIEW_REBUTTAL);

        Job again = timer("Timer_DecisionAlert");
        org.assertj.core.api.Assertions.assertThat(again.getId()).isNotEqualTo(first.getId());
        org.assertj.core.api.Assertions.assertThat(again.getDuedate()).isEqualTo(first.getDuedate());
        execute(again);
        verify(decisions, times(2)).alertDecisionDue(caseId);
    }

    @Test
    void whenTheDecisionIsOverdueSupervisorsAreAlertedThenTheGoodsAreDeemedExcludedNeverReleased() {
        when(detention.decisionDue()).thenReturn(LocalDate.parse("2026-12-27"));
        when(settings.decisionAlertDays()).thenReturn(5);
        ProcessInstance pi = detain();
        fileRebuttal("NOT_APPLICABLE");
        Job alert = timer("Timer_DecisionAlert");
        org.assertj.core.api.Assertions.assertThat(alert.getDuedate().toInstant())
                .isEqualTo(Instant.parse("2026-12-22T00:00:00Z"));
        execute(alert);
        verify(decisions).alertDecisionDue(caseId);
        assertThat(pi).hasPassed("EndEvent_SupervisorsAlerted").isWaitingAt(DetentionProcess.TASK_REVIEW_REBUTTAL);

        Job due = timer("Timer_DecisionDue");
        org.assertj.core.api.Assertions.assertThat(due.getDuedate().toInstant())
                .isEqualTo(Instant.parse("2026-12-28T00:00:00Z"));
        execute(due);
        verify(decisions).deemExcluded(caseId);
        verify(decisions, never()).free(any());
        assertThat(pi).hasPassed("Task_DeemExcluded").isWaitingAt("ReceiveTask_AwaitProtest");
    }

    @Test
    void anApprovalLeftWaitingPastTheDecisionDayExcludesTheGoods() {
        ProcessInstance pi = detain();
        fileRebuttal("EXCEPTION");
        complete(pi, decision("RELEASE", "EXCEPTION"));
        execute(timer("Timer_ApprovalDue"));
        verify(decisions).deemExcluded(caseId);
        verify(decisions, never()).free(any());
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitProtest");
    }

    @Test
    void aProtestNobodyDecidesInTimeIsDeemedDenied() {
        when(detention.protestDecisionDue()).thenReturn(LocalDate.parse("2027-01-31"));
        ProcessInstance pi = detain();
        execute(timer("Timer_RebuttalDeadline"));
        message(DetentionProcess.MESSAGE_PROTEST_FILED, Map.of());
        Job due = timer("Timer_ProtestDecisionDue");
        org.assertj.core.api.Assertions.assertThat(due.getDuedate().toInstant())
                .isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
        execute(due);
        verify(decisions).deemProtestDenied(caseId);
        assertThat(pi).isEnded().hasPassed("Task_DeemProtestDenied", "EndEvent_ProtestDenied");
    }

    private static Map<String, Object> protest(String outcome) {
        return Map.of(
                DetentionProcess.VAR_UPHELD, !"DENIED".equals(outcome), DetentionProcess.VAR_PROTEST_OUTCOME, outcome);
    }

    @Test
    void unansweredRequestForInformationConfiscatesAtTheExtendedDeadlineAndADeniedProtestStands() {
        ProcessInstance pi = detain();
        fileRebuttal("EXCEPTION");
        when(detention.rebuttalDeadline()).thenReturn(LocalDate.parse("2027-01-12"));
        complete(pi, decision("REQUEST_INFO", "EXCEPTION"));
        org.assertj.core.api.Assertions.assertThat(
                        timer("Timer_InformationDeadline").getDuedate().toInstant())
                .as("the day after the extended deadline")
                .isEqualTo(Instant.parse("2027-01-13T00:00:00Z"));

        execute(timer("Timer_InformationDeadline"));
        verify(decisions).confiscateAtDeadline(caseId);
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitProtest");

        message(DetentionProcess.MESSAGE_PROTEST_FILED, Map.of());
        doThrow(new ForbiddenActionException("own confiscation"))
                .when(decisions)
                .requireIndependentProtestReviewer(eq(caseId), eq("officer"));
        String review = task(pi).getId();
        assertThatThrownBy(() -> completeAs("officer", review, protest("UPHELD_ON_MERITS")))
                .hasRootCauseInstanceOf(ForbiddenActionException.class);

        completeAs("supervisor", pi, protest("DENIED"));
        verify(decisions, never()).free(any());
        assertThat(pi).isEnded().hasPassed("EndEvent_ProtestDenied");
    }

    @Test
    void aSupervisorDecisionWithoutANamedSupervisorIsRefused() {
        ProcessInstance pi = detain();
        fileRebuttal("EXCEPTION");
        complete(pi, decision("RELEASE", "EXCEPTION"));
        String approval = task(pi).getId();
        assertThatThrownBy(() -> taskService().complete(approval, Map.of(DetentionProcess.VAR_APPROVED, true)))
                .hasRootCauseInstanceOf(ForbiddenActionException.class);
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_APPROVE_RELEASE);
    }
}
