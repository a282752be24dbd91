package org.onus.workflows.disclosure;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.entry.EntryService;
import org.onus.workflows.testing.ProcessTestEngines;

/**
 * Every path through disclosure-hold.bpmn: refined and cleared, refined and detained, refined but
 * still too coarse (same deadline), no longer held, and unrefined at the deadline → detained.
 */
@Deployment(resources = "processes/disclosure-hold.bpmn")
class DisclosureHoldProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);

    private final EntryService entries = mock(EntryService.class);
    private final UUID entryId = UUID.randomUUID();

    @BeforeEach
    void collaborators() {
        ProcessTestEngines.beans().put("disclosureSteps", new DisclosureSteps(entries, TODAY));
    }

    @AfterEach
    void clear() {
        ProcessTestEngines.beans().clear();
    }

    private ProcessInstance hold() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(
                        DisclosureHold.KEY,
                        entryId.toString(),
                        Map.of(
                                DisclosureHold.VAR_ENTRY_ID,
                                entryId.toString(),
                                DisclosureHold.VAR_DEADLINE,
                                "2026-12-07"));
        assertThat(pi).isWaitingAt("ReceiveTask_AwaitDisclosure");
        return pi;
    }

    private void screenedAgain(String status, boolean held) {
        runtimeService()
                .createMessageCorrelation(DisclosureHold.MESSAGE_REFINED)
                .processInstanceBusinessKey(entryId.toString())
                .setVariable(DisclosureHold.VAR_ENTRY_STATUS, status)
                .setVariable(DisclosureHold.VAR_HELD, held)
                .correlate();
    }

    private Job deadline() {
        return jobQuery().activityId(DisclosureHold.TIMER_DEADLINE).singleResult();
    }

    @Test
    void unrefinedAtTheDeadlineTheGoodsAreDetained() {
        ProcessInstance pi = hold();
        org.assertj.core.api.Assertions.assertThat(deadline().getDuedate().toInstant())
                .as("the day after the last day to refine")
                .isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));

        execute(deadline());

        verify(entries).detainUnrefined(entryId);
        assertThat(pi).isEnded().hasPassed("Task_DetainUnrefined", "EndEvent_DetainedAtDeadline");
    }

    @Test
    void refinedAndClearedTheHoldEndsWithoutADetention() {
        ProcessInstance pi = hold();

        screenedAgain("CLEARED", false);

        assertThat(pi).isEnded().hasPassed("EndEvent_Cleared").hasNotPassed("Task_DetainUnrefined");
        org.assertj.core.api.Assertions.assertThat(deadline()).isNull();
        verify(entries, never()).detainUnrefined(entryId);
    }

    @Test
    void refinedIntoADesignatedRegionTheHoldEndsAndTheCaseTakesOver() {
        ProcessInstance pi = hold();

        screenedAgain("DETAINED", false);

        assertThat(pi).isEnded().hasPassed("EndEvent_Detained");
        verify(entries, never()).detainUnrefined(entryId);
    }

    @Test
    void refinedButStillTooCoarseTheSameDeadlineRunsOnThenDetains() {
        ProcessInstance pi = hold();

        screenedAgain("DISCLOSURE_REQUIRED", true);

        assertThat(pi).isWaitingAt("ReceiveTask_AwaitDisclosure");
        org.assertj.core.api.Assertions.assertThat(deadline().getDuedate().toInstant())
                .as("a refinement does not restart the clock")
                .isEqualTo(Instant.parse("2026-12-08T00:00:00Z"));
        execute(deadline());
        verify(entries).detainUnrefined(entryId);
        assertThat(pi).isEnded().hasPassed("EndEvent_DetainedAtDeadline");
    }

    @Test
    void stillRequiredButNoLongerHeldTheHoldEnds() {
        ProcessInstance pi = hold();

        screenedAgain("DISCLOSURE_REQUIRED", false);

        assertThat(pi).isEnded().hasPassed("EndEvent_NotHeld");
        verify(entries, never()).detainUnrefined(entryId);
    }
}
