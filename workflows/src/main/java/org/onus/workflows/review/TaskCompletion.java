package org.onus.workflows.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.onus.core.problem.RuleViolation;

/**
 * Completes user tasks for the services: names who completes the task on the task itself (what
 * {@link FourEyesListener} reads), and turns a rule a listener or delegate refused, which the
 * engine wraps, back into that rule (403, 409) instead of a server error.
 */
@ApplicationScoped
public class TaskCompletion {

    /** The task-local variable naming who completes the task (the detention process sets the same). */
    public static final String COMPLETED_BY = "actor";

    private TaskService tasks;

    protected TaskCompletion() {
        // for CDI proxies
    }

    @Inject
    public TaskCompletion(TaskService tasks) {
        this.tasks = tasks;
    }

    /** The active task of that kind in the process instance with that business key, if it waits there. */
    public Optional<Task> open(String processKey, String businessKey, String taskKey) {
        return Optional.ofNullable(tasks.createTaskQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .active()
                .singleResult());
    }

    /** Completes the task as {@code username}, with the process variables given. */
    public void complete(String taskId, String username, Map<String, Object> variables) {
        unwrapping(() -> {
            tasks.setVariableLocal(taskId, COMPLETED_BY, username);
            tasks.complete(taskId, variables);
        });
    }

    /** Completes a task nobody reviews (resubmitting a draft). */
    public void complete(String taskId, Map<String, Object> variables) {
        unwrapping(() -> tasks.complete(taskId, variables));
    }

    /** Runs an engine call; a rule the model refused comes out as that rule. */
    public static void unwrapping(Runnable engineCall) {
        try {
            engineCall.run();
        } catch (ProcessEngineException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof RuleViolation violation) {
                    throw violation;
                }
            }
            throw e;
        }
    }
}
