package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.onus.core.detention.CaseProcess;
import org.onus.core.detention.Outcome;
import org.onus.core.detention.ProtestGrounds;
import org.onus.core.identity.Actor;
import org.onus.core.problem.ConflictException;
import org.onus.core.rebuttal.Route;
import org.onus.workflows.review.TaskCompletion;

/**
 * {@link CaseProcess} on the engine: {@code detention-case.bpmn} started, its messages correlated
 * and its user tasks completed in the caller's transaction, so a refusal anywhere rolls the case's
 * change back with it.
 */
@ApplicationScoped
public class CamundaCaseProcess implements CaseProcess {

    private RuntimeService runtime;
    private TaskCompletion completion;

    protected CamundaCaseProcess() {
        // for CDI proxies
    }

    @Inject
    public CamundaCaseProcess(RuntimeService runtime, TaskCompletion completion) {
        this.runtime = runtime;
        this.completion = completion;
    }

    @Override
    public void opened(UUID caseId) {
        runtime.startProcessInstanceByKey(
                DetentionProcess.KEY, caseId.toString(), Map.of(DetentionProcess.VAR_CASE_ID, caseId.toString()));
    }

    @Override
    public void rebuttalFiled(UUID caseId, Route route, boolean answer) {
        engine(() -> runtime.createMessageCorrelation(
                        answer
                                ? DetentionProcess.MESSAGE_INFORMATION_PROVIDED
                                : DetentionProcess.MESSAGE_REBUTTAL_FILED)
                .processInstanceBusinessKey(caseId.toString())
                .setVariable(DetentionProcess.VAR_ROUTE, route.name())
                .correlateWithResult());
    }

    @Override
    public void decided(UUID caseId, Actor officer, Outcome outcome, Route route) {
        Task review = task(caseId, DetentionProcess.TASK_REVIEW_REBUTTAL)
                .orElseThrow(() -> new ConflictException("This case is not waiting for a decision"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DetentionProcess.VAR_OUTCOME, outcome.name());
        variables.put(DetentionProcess.VAR_ROUTE, route.name());
        completeAs(officer, review, variables);
    }

    @Override
    public void releaseApproved(UUID caseId, Actor supervisor, boolean approved) {
        Task approval = task(caseId, DetentionProcess.TASK_APPROVE_RELEASE)
                .orElseThrow(() -> new ConflictException("No release awaits approval in this case"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DetentionProcess.VAR_APPROVED, approved);
        completeAs(supervisor, approval, variables);
    }

    @Override
    public void protested(UUID caseId) {
        engine(() -> runtime.createMessageCorrelation(DetentionProcess.MESSAGE_PROTEST_FILED)
                .processInstanceBusinessKey(caseId.toString())
                .correlateWithResult());
    }

    /**
     * Upheld on the merits, the process's next step frees the goods through the case's gate;
     * upheld on procedure, the case is reviewed again.
     */
    @Override
    public void protestDecided(UUID caseId, Actor supervisor, boolean upheld, ProtestGrounds grounds) {
        Task review = task(caseId, DetentionProcess.TASK_REVIEW_PROTEST)
                .orElseThrow(() -> new ConflictException("No protest awaits a decision in this case"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DetentionProcess.VAR_UPHELD, upheld);
        variables.put(
                DetentionProcess.VAR_PROTEST_OUTCOME,
                !upheld ? "DENIED" : grounds == ProtestGrounds.PROCEDURE ? "UPHELD_ON_PROCEDURE" : "UPHELD_ON_MERITS");
        completeAs(supervisor, review, variables);
    }

    /** The case's open task of that kind, if the process is waiting there. */
    private Optional<Task> task(UUID caseId, String definitionKey) {
        return completion.open(DetentionProcess.KEY, caseId.toString(), definitionKey);
    }

    /** The actor is a task-local variable: the four-eyes listener reads who completes this very task. */
    private void completeAs(Actor actor, Task task, Map<String, Object> variables) {
        completion.complete(task.getId(), actor.username(), variables);
    }

    /**
     * A rule the model refused is still that rule (403, 409), not a server error. A message the
     * process is not waiting for means the case moved on (a timer fired first).
     */
    private static void engine(Runnable call) {
        try {
            TaskCompletion.unwrapping(call);
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("The case has moved on; reload it to see where it stands");
        }
    }
}
