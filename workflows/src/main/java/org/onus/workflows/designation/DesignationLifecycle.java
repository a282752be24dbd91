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
import org.onus.core.designation.PendingDecision;
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

    /** How long before a designation's last day in force its lapse review opens (ONUS_DESIGNATION_LAPSE_LEAD). */
    @Inject
    @ConfigProperty(name = "onus.designation.lapse-lead", defaultValue = "P30D")
    String lapseLead;

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
        if (!DesignationRules.lead(lapseLead).toString().equals(lapseLead.strip())
                && DesignationRules.lead(lapseLead).equals(DesignationRules.DEFAULT_LAPSE_LEAD)) {
            java.util.logging.Logger.getLogger(DesignationLifecycle.class.getName())
                    .severe(() -> "onus.designation.lapse-lead \"" + lapseLead
                            + "\" is not an ISO 8601 period such as P30D; using P30D");
            lapseLead = "P30D";
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
            variables.put(DesignationProcess.VAR_LAPSE_LEAD, lapseLead);
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

    /**
     * Asks for revocation on the merits (regulator or senior regulator): refused with 409 listing
     * every unmet item of REVOCATION_PROOF; otherwise waits for a senior regulator who did not ask.
     */
    public Designation proposeRevocation(
            Actor actor, UUID id, String reason, Map<String, ? extends java.util.Collection<UUID>> evidence) {
        designations.proposeRevocation(actor, id, reason, evidence);
        decideReview(actor, id, DesignationProcess.ReviewDecision.REVOKE, Map.of());
        return designations.get(Optional.of(actor), id);
    }

    /**
     * A senior regulator who did not ask decides the revocation. Approved, the process's gateway
     * asks the aggregate again; if the proof no longer holds, everything is rolled back (409).
     */
    public Designation decideRevocation(Actor actor, UUID id, boolean approved, String comment) {
        designations.requireDecider(actor, id, PendingDecision.Kind.REVOCATION);
        if (!approved) {
            designations.refuse(actor, id, PendingDecision.Kind.REVOCATION, comment);
        }
        completeDecision(actor, id, DesignationProcess.TASK_DECIDE_REVOCATION, approved);
        Designation d = designations.get(Optional.of(actor), id);
        if (approved && d.status() != DesignationStatus.REVOKED) {
            // The gateway found the proof incomplete: refuse rather than leave it half-decided.
            throw new ConflictException(
                    "A designation is revoked only with the proof an exception release needs for its regions",
                    designations.revocationBlockers(id));
        }
        return d;
    }

    /** Asks for withdrawal for error (reason and legal basis required); a senior regulator who did not ask decides. */
    public Designation proposeWithdrawal(Actor actor, UUID id, String reason, String legalBasis) {
        designations.proposeWithdrawal(actor, id, reason, legalBasis);
        decideReview(actor, id, DesignationProcess.ReviewDecision.WITHDRAW, Map.of());
        return designations.get(Optional.of(actor), id);
    }

    public Designation decideWithdrawal(Actor actor, UUID id, boolean approved, String comment) {
        designations.requireDecider(actor, id, PendingDecision.Kind.WITHDRAWAL);
        if (!approved) {
            designations.refuse(actor, id, PendingDecision.Kind.WITHDRAWAL, comment);
        }
        completeDecision(actor, id, DesignationProcess.TASK_DECIDE_WITHDRAWAL, approved);
        return designations.get(Optional.of(actor), id);
    }

    /** The lapse review, open from the lead time before its last day: LAPSE (recorded then) or EXTEND. */
    public Designation reviewLapse(
            Actor actor,
            UUID id,
            DesignationProcess.LapseDecision decision,
            java.time.LocalDate effectiveTo,
            String comment) {
        Task review = task(id, DesignationProcess.TASK_LAPSE_REVIEW)
                .orElseThrow(() -> new ConflictException(
                        "No lapse review of this designation is open",
                        List.of(new Problem(
                                "NO_SILENT_LAPSE",
                                "The lapse review opens " + lapseLead + " before its last day in force"))));
        if (decision == DesignationProcess.LapseDecision.LAPSE) {
            designations.decideLapse(actor, id, comment);
        } else {
            designations.extend(actor, id, effectiveTo, comment);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(DesignationProcess.VAR_LAPSE_DECISION, decision.name());
        variables.put(DesignationProcess.VAR_REVIEWED_BY, actor.username());
        complete(review.getId(), variables);
        return designations.get(Optional.of(actor), id);
    }

    /** Whether a lapse review of this designation is open now. */
    public boolean lapseReviewOpen(UUID id) {
        return task(id, DesignationProcess.TASK_LAPSE_REVIEW).isPresent();
    }

    private void completeDecision(Actor actor, UUID id, String taskKey, boolean approved) {
        Task decide = task(id, taskKey)
                .orElseThrow(() -> new ConflictException("This designation is not waiting for that decision"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(
                DesignationProcess.VAR_DECISION, approved ? DesignationProcess.APPROVE : DesignationProcess.REFUSE);
        variables.put(DesignationProcess.VAR_DECIDED_BY, actor.username());
        complete(decide.getId(), variables);
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
