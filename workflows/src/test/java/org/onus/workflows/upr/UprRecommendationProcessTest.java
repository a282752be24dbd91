package org.onus.workflows.upr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.upr.UprService;
import org.onus.workflows.review.TaskCompletion;
import org.onus.workflows.testing.ProcessTestEngines;

/** Every path through upr-recommendation.bpmn, with the domain service mocked. */
@Deployment(resources = "processes/upr-recommendation.bpmn")
class UprRecommendationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private static final UUID ID = UUID.fromString("c0000000-0000-4000-8000-0000000000aa");

    private final UprService upr = mock(UprService.class);

    @BeforeEach
    void collaborators() {
        ProcessTestEngines.beans().put("uprFourEyes", new UprFourEyes(upr));
        doThrow(new ForbiddenActionException("You drafted it"))
                .when(upr)
                .requireIndependentReviewer(any(), eq("upr-drafter"));
    }

    @AfterEach
    void clear() {
        ProcessTestEngines.beans().clear();
    }

    @Test
    void submittedThenApprovedByAnotherReviewerEndsApprovedAndLocked() {
        ProcessInstance pi = submit();
        assertThat(pi).isWaitingAt(UprProcess.TASK_PEER_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("upr-reviewer");

        review(pi, "upr-reviewer", UprProcess.APPROVE);

        assertThat(pi).hasPassed("Gateway_ReviewOutcome").isEnded().hasPassed("EndEvent_Approved");
        verify(upr).requireIndependentReviewer(ID, "upr-reviewer");
    }

    @Test
    void theDrafterCannotCompleteThePeerReviewNorCanAnUnnamedReviewer() {
        ProcessInstance pi = submit();

        assertThatThrownBy(() -> review(pi, "upr-drafter", UprProcess.APPROVE))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> review(pi, "upr-drafter", UprProcess.RETURN))
                .isInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of(UprProcess.VAR_DECISION, "APPROVE")))
                .as("a review without a named reviewer")
                .hasRootCauseInstanceOf(ForbiddenActionException.class);

        assertThat(pi).isWaitingAt(UprProcess.TASK_PEER_REVIEW).hasNotPassed("EndEvent_Approved");
    }

    @Test
    void returnedWithCommentsGoesToTheDrafterThenResubmittedAndApproved() {
        ProcessInstance pi = submit();

        review(pi, "upr-reviewer", UprProcess.RETURN);
        assertThat(pi).isWaitingAt(UprProcess.TASK_REVISE);
        assertThat(task(pi)).isAssignedTo("upr-drafter");

        taskService().complete(task(pi).getId(), Map.of(UprProcess.VAR_SUBMITTED_BY, "upr-drafter"));
        assertThat(pi).isWaitingAt(UprProcess.TASK_PEER_REVIEW);

        review(pi, "upr-reviewer", UprProcess.RETURN);
        assertThat(pi).as("returned a second time").isWaitingAt(UprProcess.TASK_REVISE);
        taskService().complete(task(pi).getId());

        review(pi, "upr-reviewer", UprProcess.APPROVE);
        assertThat(pi).hasPassed(UprProcess.TASK_REVISE).isEnded();
    }

    @Test
    void aReviewerNamedInAnEarlierRoundDoesNotStandInForWhoeverCompletesTheNextOne() {
        ProcessInstance pi = submit();
        review(pi, "upr-reviewer", UprProcess.RETURN);
        taskService().complete(task(pi).getId(), Map.of(UprProcess.VAR_SUBMITTED_BY, "upr-drafter"));
        assertThat(pi).as("second round").isWaitingAt(UprProcess.TASK_PEER_REVIEW);

        assertThatThrownBy(() -> taskService().complete(task(pi).getId(), Map.of(UprProcess.VAR_DECISION, "APPROVE")))
                .as("the drafter completes the second review without naming anyone")
                .hasRootCauseInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> taskService()
                        .complete(
                                task(pi).getId(),
                                Map.of(UprProcess.VAR_DECISION, "APPROVE", "reviewer", "upr-reviewer")))
                .as("nor by naming the first round's reviewer on the process")
                .hasRootCauseInstanceOf(ForbiddenActionException.class);
        assertThatThrownBy(() -> review(pi, "upr-drafter", UprProcess.APPROVE))
                .isInstanceOf(ForbiddenActionException.class);

        assertThat(pi).isWaitingAt(UprProcess.TASK_PEER_REVIEW).hasNotPassed("EndEvent_Approved");
    }

    private static ProcessInstance submit() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(UprProcess.VAR_RECOMMENDATION_ID, ID.toString());
        variables.put(UprProcess.VAR_SUBMITTED_BY, "upr-drafter");
        return runtimeService().startProcessInstanceByKey(UprProcess.KEY, ID.toString(), variables);
    }

    /** As the service does it: the reviewer is named on the task being completed. */
    private static void review(ProcessInstance pi, String reviewer, String decision) {
        new TaskCompletion(taskService())
                .complete(task(pi).getId(), reviewer, Map.of(UprProcess.VAR_DECISION, decision));
    }
}
