package org.onus.workflows.designation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.ReviewDecision;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.Problem;
import org.onus.workflows.review.TaskCompletion;
import org.onus.workflows.testing.ProcessTestEngines;

/** Every path through designation-lifecycle.bpmn, with the domain service mocked. */
@Deployment(resources = "processes/designation-lifecycle.bpmn")
class DesignationLifecycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private static final UUID ID = UUID.fromString("d0000000-0000-4000-8000-0000000000aa");
    private static final UUID NEXT = UUID.fromString("d0000000-0000-4000-8000-0000000000bb");
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private final DesignationService designations = mock(DesignationService.class);

    @BeforeEach
    void collaborators() {
        ProcessTestEngines.beans().put("designationRules", new DesignationRules(designations, TODAY));
        ProcessTestEngines.beans().put("designationFourEyes", new DesignationFourEyes(designations));
        ProcessTestEngines.beans().put("publishDesignation", new PublishDesignation(designations));
        ProcessTestEngines.beans().put("revokeDesignation", new RevokeDesignation(designations));
        ProcessTestEngines.beans().put("designationDecisionFourEyes", new DesignationDecisionFourEyes(designations));
        ProcessTestEngines.beans().put("designationEnding", new DesignationEnding(designations));
        when(designations.lastDay(any())).thenReturn(java.util.Optional.empty());
        doThrow(new ForbiddenActionException("FOUR_EYES: you asked for it"))
                .when(designations)
                .requireIndependentDecider(any(), eq("proposer"));
        when(designations.publish(any())).thenReturn(new DesignationService.Publication(null, null, null));
        doThrow(new ForbiddenActionException("You drafted it"))
                .when(designations)
                .requireIndependentReviewer(any(), eq("regulator"));
    }

    @AfterEach
    void clear() {
        ProcessTestEngines.beans().clear();
    }

    @Test
    void approvedOnOrAfterItsEffectiveDateIsPublishedAtOnceAndAwaitsItsPeriodicReview() {
        ProcessInstance pi = submit(ID, "2026-11-28");
        assertThat(pi).isWaitingAt(DesignationModel.TASK_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("senior-regulator");

        review(pi, "senior-regulator", DesignationModel.APPROVE);

        assertThat(pi)
                .hasPassed("Gateway_EffectiveDateReached", "Task_PublishDesignation")
                .hasNotPassed("Timer_EffectiveDate")
                .isWaitingAt("Gateway_AwaitReview");
        verify(designations).publish(ID);
    }

    @Test
    void theDrafterCannotCompleteTheReviewTheEngineRefusesIt() {
        ProcessInstance pi = submit(ID, "2026-11-28");

        assertThatThrownBy(() -> review(pi, "regulator", DesignationModel.APPROVE))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> review(pi, "regulator", DesignationModel.RETURN))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() ->
                        taskService().complete(task(pi).getId(), Map.of(DesignationModel.VAR_DECISION, "APPROVE")))
                .as("a review without a named reviewer")
                .hasRootCauseInstanceOf(ForbiddenActionException.class);

        assertThat(pi).isWaitingAt(DesignationModel.TASK_REVIEW);
        verify(designations, never()).publish(any());
    }

    @Test
    void aReviewerNamedInAnEarlierRoundDoesNotStandInForWhoeverCompletesTheNextOne() {
        ProcessInstance pi = submit(ID, "2026-11-28");
        review(pi, "senior-regulator", DesignationModel.RETURN);
        taskService().complete(task(pi).getId());
        assertThat(pi).as("second round").isWaitingAt(DesignationModel.TASK_REVIEW);

        assertThatThrownBy(() ->
                        taskService().complete(task(pi).getId(), Map.of(DesignationModel.VAR_DECISION, "APPROVE")))
                .as("the drafter completes the second review without naming anyone")
                .hasRootCauseInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> review(pi, "regulator", DesignationModel.APPROVE))
                .isInstanceOf(ForbiddenActionException.class);
        assertThat(pi).isWaitingAt(DesignationModel.TASK_REVIEW);
        verify(designations, never()).publish(any());
    }

    @Test
    void aDeciderOfAnEarlierRefusalDoesNotStandInForWhoeverDecidesTheNextRevocation() {
        ProcessInstance pi = published(ID);
        execute(job());
        decide(pi, ReviewDecision.REVOKE, Map.of());
        decideOn(pi, "senior-regulator", DesignationModel.REFUSE);
        runtimeService()
                .createMessageCorrelation(DesignationModel.MESSAGE_REVIEW_REQUESTED)
                .processInstanceBusinessKey(ID.toString())
                .correlate();
        decide(pi, ReviewDecision.REVOKE, Map.of());
        assertThat(pi).as("second proposal").isWaitingAt(DesignationModel.TASK_DECIDE_REVOCATION);

        assertThatThrownBy(() ->
                        taskService().complete(task(pi).getId(), Map.of(DesignationModel.VAR_DECISION, "APPROVE")))
                .as("the proposer approves without naming anyone; decidedBy still names the earlier decider")
                .hasRootCauseInstanceOf(ForbiddenActionException.class);
        assertThat(pi).isWaitingAt(DesignationModel.TASK_DECIDE_REVOCATION);
        verify(designations, never()).revoke(anyString(), any());
    }

    @Test
    void returnedToTheDrafterThenResubmittedAndApproved() {
        ProcessInstance pi = submit(ID, "2026-11-28");

        review(pi, "senior-regulator", DesignationModel.RETURN);
        assertThat(pi).isWaitingAt(DesignationModel.TASK_REVISE);
        assertThat(task(pi)).isAssignedTo("regulator");

        taskService().complete(task(pi).getId());
        assertThat(pi).isWaitingAt(DesignationModel.TASK_REVIEW);

        review(pi, "senior-regulator", DesignationModel.APPROVE);
        assertThat(pi).hasPassed("Task_PublishDesignation").isWaitingAt("Gateway_AwaitReview");
        verify(designations).publish(ID);
    }

    @Test
    void approvedBeforeItsEffectiveDateIsPublishedByTheTimerOnThatDay() {
        ProcessInstance pi = submit(ID, "2027-01-01");
        review(pi, "senior-regulator", DesignationModel.APPROVE);

        assertThat(pi).isWaitingAt("Timer_EffectiveDate");
        Job timer = job();
        org.assertj.core.api.Assertions.assertThat(timer.getDuedate().toInstant())
                .isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
        verify(designations, never()).publish(any());

        execute(timer);

        assertThat(pi).hasPassed("Task_PublishDesignation").isWaitingAt("Gateway_AwaitReview");
        verify(designations).publish(ID);
    }

    @Test
    void periodicReviewThenAmendmentThenTheNewVersionSupersedesIt() {
        when(designations.publish(NEXT)).thenReturn(new DesignationService.Publication(null, null, ID));
        ProcessInstance pi = published(ID);

        execute(job());
        assertThat(pi).isWaitingAt(DesignationModel.TASK_PERIODIC_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("regulator");
        decide(pi, ReviewDecision.AMEND, Map.of());
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");
        assertPassedTimes(pi, "Gateway_AwaitReview", 2);

        ProcessInstance amendment = submit(NEXT, "2026-11-28");
        review(amendment, "senior-regulator", DesignationModel.APPROVE);

        verify(designations).publish(NEXT);
        assertThat(pi).hasPassed("BoundaryEvent_Superseded").isEnded();
        assertThat(pi).hasPassed("EndEvent_Superseded");
        assertThat(amendment).isWaitingAt("Gateway_AwaitReview");
    }

    @Test
    void periodicReviewCanConfirmAndARegulatorCanAskForAReviewBeforeItIsDue() {
        ProcessInstance pi = published(ID);

        runtimeService()
                .createMessageCorrelation(DesignationModel.MESSAGE_REVIEW_REQUESTED)
                .processInstanceBusinessKey(ID.toString())
                .correlate();
        assertThat(pi).hasPassed("Event_ReviewRequested").isWaitingAt(DesignationModel.TASK_PERIODIC_REVIEW);

        decide(pi, ReviewDecision.CONFIRM, Map.of());
        assertThat(pi).isWaitingAt("Gateway_AwaitReview");
        assertPassedTimes(pi, "Gateway_AwaitReview", 2);
    }

    @Test
    void revocationIsDecidedUnderFourEyesRefusedWhileUnprovedAndAllowedOnceProved() {
        ProcessInstance pi = published(ID);
        execute(job());
        decide(pi, ReviewDecision.REVOKE, Map.of());
        assertThat(pi).isWaitingAt(DesignationModel.TASK_DECIDE_REVOCATION);
        assertThat(task(pi)).hasCandidateGroup("senior-regulator");

        assertThatThrownBy(() -> decideOn(pi, "proposer", DesignationModel.APPROVE))
                .as("the proposer cannot decide")
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() ->
                        taskService().complete(task(pi).getId(), Map.of(DesignationModel.VAR_DECISION, "APPROVE")))
                .as("a decision without a named decider")
                .hasRootCauseInstanceOf(ForbiddenActionException.class);

        when(designations.revocationBlockers(ID))
                .thenReturn(List.of(new Problem("TARGETS_NOT_ENFORCED", "Cite evidence")));
        decideOn(pi, "senior-regulator", DesignationModel.APPROVE);
        assertThat(pi).hasPassed("Gateway_AllPoliciesRepealed").isWaitingAt(DesignationModel.TASK_PERIODIC_REVIEW);
        verify(designations, never()).revoke(anyString(), any());

        when(designations.revocationBlockers(ID)).thenReturn(List.of());
        decide(pi, ReviewDecision.REVOKE, Map.of());
        decideOn(pi, "senior-regulator", DesignationModel.APPROVE);

        assertThat(pi).hasPassed("Task_RevokeDesignation", "EndEvent_Revoked").isEnded();
        verify(designations).revoke("senior-regulator", ID);
    }

    @Test
    void aRefusedRevocationLeavesItInForceAwaitingTheNextReview() {
        ProcessInstance pi = published(ID);
        execute(job());
        decide(pi, ReviewDecision.REVOKE, Map.of());
        decideOn(pi, "senior-regulator", DesignationModel.REFUSE);

        assertThat(pi).hasNotPassed("Gateway_AllPoliciesRepealed").isWaitingAt("Gateway_AwaitReview");
        verify(designations, never()).revoke(anyString(), any());
    }

    @Test
    void withdrawalForErrorIsDecidedUnderFourEyesAndEndsAsWithdrawn() {
        ProcessInstance pi = published(ID);
        runtimeService()
                .createMessageCorrelation(DesignationModel.MESSAGE_REVIEW_REQUESTED)
                .processInstanceBusinessKey(ID.toString())
                .correlate();
        decide(pi, ReviewDecision.WITHDRAW, Map.of());
        assertThat(pi).isWaitingAt(DesignationModel.TASK_DECIDE_WITHDRAWAL);
        assertThat(task(pi)).hasCandidateGroup("senior-regulator");
        assertThatThrownBy(() -> decideOn(pi, "proposer", DesignationModel.APPROVE))
                .isInstanceOf(ForbiddenActionException.class);
        verify(designations, never()).withdraw(anyString(), any());

        decideOn(pi, "senior-regulator", DesignationModel.APPROVE);

        verify(designations).withdraw("senior-regulator", ID);
        assertThat(pi)
                .hasPassed("Task_WithdrawDesignation", "EndEvent_Withdrawn")
                .hasNotPassed("EndEvent_Revoked");
        assertThat(pi).isEnded();
    }

    @Test
    void aLapseReviewOpensTheLeadTimeBeforeTheLastDayAndTheDecidedLapseIsRecordedAfterIt() {
        when(designations.lastDay(ID)).thenReturn(java.util.Optional.of(java.time.LocalDate.parse("2027-03-31")));
        ProcessInstance pi = published(ID);
        assertThat(pi).hasPassed("Gateway_EndsOnADay").isWaitingAt("Gateway_AwaitReviewOrLapse");

        Job lapseTimer = timer(pi, "Timer_LapseReviewDue");
        org.assertj.core.api.Assertions.assertThat(lapseTimer.getDuedate().toInstant())
                .as("P10D before 2027-03-31")
                .isEqualTo(Instant.parse("2027-03-21T00:00:00Z"));
        execute(lapseTimer);
        assertThat(pi).isWaitingAt(DesignationModel.TASK_LAPSE_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("regulator");

        taskService().complete(task(pi).getId(), Map.of(DesignationModel.VAR_LAPSE_DECISION, "LAPSE"));
        assertThat(pi).isWaitingAt("Timer_LastDayPassed");
        Job lastDay = job();
        org.assertj.core.api.Assertions.assertThat(lastDay.getDuedate().toInstant())
                .isEqualTo(Instant.parse("2027-04-01T00:00:00Z"));
        verify(designations, never()).lapse(any());

        execute(lastDay);
        verify(designations).lapse(ID);
        assertThat(pi).hasPassed("Task_RecordLapse", "EndEvent_Lapsed").isEnded();
    }

    @Test
    void aLapseReviewMayExtendAndAnUndecidedOneKeepsTheDesignationInForce() {
        when(designations.lastDay(ID)).thenReturn(java.util.Optional.of(java.time.LocalDate.parse("2027-03-31")));
        ProcessInstance pi = published(ID);
        execute(timer(pi, "Timer_LapseReviewDue"));
        assertThat(pi).isWaitingAt(DesignationModel.TASK_LAPSE_REVIEW);

        Job overdue = job();
        org.assertj.core.api.Assertions.assertThat(overdue.getDuedate().toInstant())
                .as("the morning of the last day")
                .isEqualTo(Instant.parse("2027-03-31T00:00:00Z"));
        execute(overdue);
        verify(designations).holdPendingLapseReview(ID, java.time.LocalDate.parse("2027-04-10"));
        assertThat(pi).hasPassed("Task_HoldPendingLapseReview").isWaitingAt(DesignationModel.TASK_LAPSE_REVIEW);

        when(designations.lastDay(ID)).thenReturn(java.util.Optional.empty());
        taskService().complete(task(pi).getId(), Map.of(DesignationModel.VAR_LAPSE_DECISION, "EXTEND"));
        assertThat(pi).hasNotPassed("Task_RecordLapse").isWaitingAt("Gateway_AwaitReview");
        verify(designations, never()).lapse(any());
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .singleResult();
    }

    /** As the service does it: the decider named on the task, and on the process for the steps after. */
    private static void decideOn(ProcessInstance pi, String decider, String decision) {
        new TaskCompletion(taskService())
                .complete(
                        task(pi).getId(),
                        decider,
                        Map.of(DesignationModel.VAR_DECISION, decision, DesignationModel.VAR_DECIDED_BY, decider));
    }

    @Test
    void aNewerVersionPublishedWhileAReviewIsOpenEndsTheOldLifecycle() {
        ProcessInstance pi = published(ID);
        execute(job());
        assertThat(pi).isWaitingAt(DesignationModel.TASK_PERIODIC_REVIEW);

        runtimeService()
                .createMessageCorrelation(DesignationModel.MESSAGE_SUPERSEDED)
                .processInstanceBusinessKey(ID.toString())
                .correlate();

        assertThat(pi).hasPassed("EndEvent_Superseded").isEnded();
    }

    /** Loops show as an activity passed more than once (the engine's history does not keep sequence flows). */
    private static void assertPassedTimes(ProcessInstance pi, String activityId, int times) {
        org.assertj.core.api.Assertions.assertThat(historyService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(pi.getId())
                        .activityId(activityId)
                        .count())
                .as(activityId)
                .isEqualTo(times);
    }

    private ProcessInstance published(UUID id) {
        ProcessInstance pi = submit(id, "2026-11-28");
        review(pi, "senior-regulator", DesignationModel.APPROVE);
        assertThat(pi).hasPassed("Task_PublishDesignation");
        return pi;
    }

    private static ProcessInstance submit(UUID id, String effectiveFrom) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DesignationModel.VAR_DESIGNATION_ID, id.toString());
        variables.put(DesignationModel.VAR_SUBMITTED_BY, "regulator");
        variables.put(DesignationModel.VAR_EFFECTIVE_FROM, effectiveFrom);
        variables.put(DesignationModel.VAR_REVIEW_INTERVAL, "P12M");
        variables.put(DesignationModel.VAR_LAPSE_LEAD, "P10D");
        return runtimeService().startProcessInstanceByKey(DesignationModel.KEY, id.toString(), variables);
    }

    /** As the service does it: the reviewer is named on the task being completed. */
    private static void review(ProcessInstance pi, String reviewer, String decision) {
        new TaskCompletion(taskService())
                .complete(task(pi).getId(), reviewer, Map.of(DesignationModel.VAR_DECISION, decision));
    }

    private static void decide(ProcessInstance pi, ReviewDecision decision, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put(DesignationModel.VAR_REVIEW_DECISION, decision.name());
        taskService().complete(task(pi).getId(), variables);
    }
}
