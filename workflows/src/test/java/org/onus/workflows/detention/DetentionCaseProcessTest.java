package org.onus.workflows.detention;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.detention.BusinessCalendar;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCases;
import org.onus.workflows.testing.ProcessTestEngines;

/** Every path through detention-case.bpmn, with the case service mocked. */
@Deployment(resources = "processes/detention-case.bpmn")
class DetentionCaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

    private final DetentionCases cases = mock(DetentionCases.class);
    private DetentionCase detention;

    @BeforeEach
    void collaborators() {
        detention = DetentionCase.open(
                UUID.randomUUID(),
                "ACME-IMPORTS",
                "input 1 from 653125 → Xinjiang cotton",
                "screening",
                LocalDate.parse("2026-11-28"),
                Instant.parse("2026-11-28T10:00:00Z"),
                new BusinessCalendar(BusinessCalendar.Counting.CALENDAR, Set.of()),
                5,
                30);
        when(cases.find(detention.id())).thenReturn(Optional.of(detention));
        ProcessTestEngines.beans().put("issueDetentionNotice", new IssueDetentionNotice(cases));
        ProcessTestEngines.beans().put("detentionRules", new DetentionRules(cases, TODAY));
    }

    @AfterEach
    void clear() {
        ProcessTestEngines.beans().clear();
    }

    @Test
    void theNoticeGoesOutAtOnceAndAnOfficerMustDecideWhenTheDeadlineHasPassed() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        DetentionProcess.KEY,
                        detention.id().toString(),
                        Map.of(DetentionProcess.VAR_CASE_ID, detention.id().toString()));

        verify(cases).issueNotice(detention.id());
        assertThat(pi).hasPassed("Task_IssueNotice").isWaitingAt("Timer_RebuttalDeadline");
        org.assertj.core.api.Assertions.assertThat(job().getDuedate().toInstant())
                .as("the day after the last day for a rebuttal (28 December 2026, a Monday)")
                .isEqualTo(Instant.parse("2026-12-29T00:00:00Z"));

        execute(job());
        assertThat(pi).isWaitingAt(DetentionProcess.TASK_DECIDE_AFTER_DEADLINE);
        assertThat(task(pi)).hasCandidateGroup("customs-officer");

        taskService().complete(task(pi).getId());
        assertThat(pi).isEnded().hasPassed("EndEvent_Decided");
    }
}
