package org.onus.workflows.upr;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.onus.core.problem.ConflictException;
import org.onus.core.upr.RecommendationProcess;
import org.onus.workflows.review.TaskCompletion;

/** {@code upr-recommendation.bpmn} behind core's port. */
@ApplicationScoped
public class CamundaRecommendationProcess implements RecommendationProcess {

    @Inject
    RuntimeService runtime;

    @Inject
    TaskCompletion completion;

    @Override
    public void submitted(UUID id, String by) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(UprProcess.VAR_SUBMITTED_BY, by);
        Optional<Task> revise = task(id, UprProcess.TASK_REVISE);
        if (revise.isPresent()) {
            completion.complete(revise.get().getId(), by, variables);
        } else {
            variables.put(UprProcess.VAR_RECOMMENDATION_ID, id.toString());
            TaskCompletion.unwrapping(
                    () -> runtime.startProcessInstanceByKey(UprProcess.KEY, id.toString(), variables));
        }
    }

    @Override
    public void reviewed(UUID id, String reviewer, boolean approved) {
        Task review = task(id, UprProcess.TASK_PEER_REVIEW)
                .orElseThrow(() -> new ConflictException("This recommendation is not waiting for peer review"));
        completion.complete(
                review.getId(),
                reviewer,
                Map.of(UprProcess.VAR_DECISION, approved ? UprProcess.APPROVE : UprProcess.RETURN));
    }

    private Optional<Task> task(UUID id, String definitionKey) {
        return completion.open(UprProcess.KEY, id.toString(), definitionKey);
    }
}
