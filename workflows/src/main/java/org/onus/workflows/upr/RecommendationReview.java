package org.onus.workflows.upr;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.onus.core.identity.Actor;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.RuleViolation;
import org.onus.core.upr.Recommendation;
import org.onus.core.upr.UprService;

/**
 * Moves a recommendation through {@code upr-recommendation.bpmn}. Each method asks the domain
 * first (which refuses with 403 or 409 and rolls everything back), then moves the process, whose
 * listener holds the four-eyes rule again; both in one transaction.
 */
@Stateless
public class RecommendationReview {

    @Inject
    UprService upr;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    /** Sends a draft to peer review: starts the process, or resumes it after a return. */
    public Recommendation submit(Actor actor, UUID id) {
        Recommendation r = upr.submit(actor, id);
        Map<String, Object> variables = new HashMap<>();
        variables.put(UprProcess.VAR_SUBMITTED_BY, actor.username());
        Optional<Task> revise = task(id, UprProcess.TASK_REVISE);
        if (revise.isPresent()) {
            complete(revise.get().getId(), variables);
        } else {
            variables.put(UprProcess.VAR_RECOMMENDATION_ID, id.toString());
            runtime.startProcessInstanceByKey(UprProcess.KEY, id.toString(), variables);
        }
        return r;
    }

    public Recommendation approve(Actor actor, UUID id) {
        Recommendation r = upr.approve(actor, id);
        completeReview(actor, id, UprProcess.APPROVE);
        return r;
    }

    public Recommendation returnToDrafter(Actor actor, UUID id, String comment) {
        Recommendation r = upr.returnToDrafter(actor, id, comment);
        completeReview(actor, id, UprProcess.RETURN);
        return r;
    }

    private void completeReview(Actor actor, UUID id, String decision) {
        Task review = task(id, UprProcess.TASK_PEER_REVIEW)
                .orElseThrow(() -> new ConflictException("This recommendation is not waiting for peer review"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(UprProcess.VAR_DECISION, decision);
        variables.put(UprProcess.VAR_REVIEWER, actor.username());
        complete(review.getId(), variables);
    }

    /** A rule the model refused is still that rule (403, 409), not a server error. */
    private void complete(String taskId, Map<String, Object> variables) {
        try {
            tasks.complete(taskId, variables);
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleViolation violation) {
                    throw violation;
                }
            }
            throw e;
        }
    }

    private Optional<Task> task(UUID id, String definitionKey) {
        return Optional.ofNullable(tasks.createTaskQuery()
                .processDefinitionKey(UprProcess.KEY)
                .processInstanceBusinessKey(id.toString())
                .taskDefinitionKey(definitionKey)
                .active()
                .singleResult());
    }
}
