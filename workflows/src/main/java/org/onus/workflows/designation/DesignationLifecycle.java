package org.onus.workflows.designation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.DesignationStatus;
import org.onus.core.identity.Actor;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;

/**
 * Moves a designation through its process. Each method first asks the domain (which refuses
 * with 403 or 409 and rolls everything back), then moves the process, whose gateways and
 * listeners hold the same rules; both happen in one transaction.
 */
@Stateless
public class DesignationLifecycle {

    @Inject
    DesignationService designations;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    @ConfigProperty(name = "onus.designation.review-interval", defaultValue = "P12M")
    String reviewInterval;

    /**
     * A misconfigured interval would only fail when a timer is created, inside someone's approval;
     * checked when the bean starts instead, and replaced by the default with a clear log line.
     */
    @jakarta.annotation.PostConstruct
    void checkReviewInterval() {
        try {
            if (reviewInterval.contains("T")) {
                java.time.Duration.parse(reviewInterval);
            } else {
                java.time.Period.parse(reviewInterval);
            }
        } catch (java.time.format.DateTimeParseException e) {
            java.util.logging.Logger.getLogger(DesignationLifecycle.class.getName())
                    .severe(() -> "onus.designation.review-interval \"" + reviewInterval
                            + "\" is not an ISO 8601 period such as P12M or PT1H; using P12M");
            reviewInterval = "P12M";
        }
    }

    /** Sends a draft to review: starts the process, or resumes it after the draft was returned. */
    public Designation submit(Actor actor, UUID id) {
        Designation d = designations.submit(actor, id);
        Optional<Task> revise = task(id, DesignationProcess.TASK_REVISE);
        if (revise.isPresent()) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(DesignationProcess.VAR_SUBMITTED_BY, actor.username());
            variables.put(
                    DesignationProcess.VAR_EFFECTIVE_FROM, d.effectiveFrom().toString());
            complete(revise.get().getId(), variables);
        } else {
            Map<String, Object> variables = new HashMap<>();
            variables.put(DesignationProcess.VAR_DESIGNATION_ID, id.toString());
            variables.put(DesignationProcess.VAR_SUBMITTED_BY, actor.username());
            variables.put(
                    DesignationProcess.VAR_EFFECTIVE_FROM, d.effectiveFrom().toString());
            variables.put(DesignationProcess.VAR_REVIEW_INTERVAL, reviewInterval);
            runtime.startProcessInstanceByKey(DesignationProcess.KEY, id.toString(), variables);
        }
        return d;
    }

    /** Approves (never one's own); publishes at once when the effective date has come. */
    public Designation approve(Actor actor, UUID id) {
        designations.approve(actor, id);
        completeReview(actor, id, DesignationProcess.APPROVE);
        return designations.get(Optional.of(actor), id);
    }

    public Designation returnToDrafter(Actor actor, UUID id, String comment) {
        designations.returnToDrafter(actor, id, comment);
        completeReview(actor, id, DesignationProcess.RETURN);
        return designations.get(Optional.of(actor), id);
    }

    /** A periodic (or requested) review found the designation still right. */
    public Designation confirm(Actor actor, UUID id, String comment) {
        designations.recordReview(actor, id, comment);
        decideReview(actor, id, DesignationProcess.ReviewDecision.CONFIRM, Map.of());
        return designations.get(Optional.of(actor), id);
    }

    /** Starts the next version; it supersedes this one when it is published. Returns the new draft. */
    public Designation amend(Actor actor, UUID id) {
        Designation next = designations.amend(actor, id);
        decideReview(actor, id, DesignationProcess.ReviewDecision.AMEND, Map.of());
        return next;
    }

    /** Revokes, only when every linked policy is verified repealed (409 lists those that are not). */
    public Designation revoke(Actor actor, UUID id, String reason) {
        designations.requireRevocable(actor, id, reason);
        decideReview(
                actor,
                id,
                DesignationProcess.ReviewDecision.REVOKE,
                Map.of(
                        DesignationProcess.VAR_REVIEWED_BY,
                        actor.username(),
                        DesignationProcess.VAR_REVOCATION_REASON,
                        reason));
        Designation d = designations.get(Optional.of(actor), id);
        if (d.status() != DesignationStatus.REVOKED) {
            // The engine's gateway disagreed with the service: refuse rather than leave a half-revoked designation.
            throw new ConflictException("The designation could not be revoked", designations.revocationBlockers(id));
        }
        return d;
    }

    private void completeReview(Actor actor, UUID id, String decision) {
        Task review = task(id, DesignationProcess.TASK_REVIEW)
                .orElseThrow(() -> new ConflictException("This designation is not waiting for review"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DesignationProcess.VAR_DECISION, decision);
        variables.put(DesignationProcess.VAR_REVIEWER, actor.username());
        complete(review.getId(), variables);
    }

    private void decideReview(
            Actor actor, UUID id, DesignationProcess.ReviewDecision decision, Map<String, Object> extra) {
        Task review = task(id, DesignationProcess.TASK_PERIODIC_REVIEW).orElseGet(() -> requestReview(id));
        Map<String, Object> variables = new HashMap<>(extra);
        variables.put(DesignationProcess.VAR_REVIEW_DECISION, decision.name());
        variables.put(DesignationProcess.VAR_REVIEWED_BY, actor.username());
        complete(review.getId(), variables);
    }

    /** A regulator need not wait for the periodic timer: asking for a review opens the task now. */
    private Task requestReview(UUID id) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DesignationProcess.KEY)
                .processInstanceBusinessKey(id.toString())
                .active()
                .singleResult();
        if (instance == null) {
            throw new ConflictException(
                    "This designation is not in force",
                    List.of(new Problem("status", "Only a published designation can be reviewed, amended or revoked")));
        }
        runtime.createMessageCorrelation(DesignationProcess.MESSAGE_REVIEW_REQUESTED)
                .processInstanceId(instance.getId())
                .correlate();
        return task(id, DesignationProcess.TASK_PERIODIC_REVIEW)
                .orElseThrow(() -> new ConflictException("This designation is not waiting for review"));
    }

    /**
     * The engine wraps what a listener or delegate throws; a rule the model refused is still that
     * rule (403, 409), not a server error.
     */
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
                .processDefinitionKey(DesignationProcess.KEY)
                .processInstanceBusinessKey(id.toString())
                .taskDefinitionKey(definitionKey)
                .active()
                .singleResult());
    }
}
