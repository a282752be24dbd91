package org.onus.workflows.designation;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationProcess;
import org.onus.core.designation.LapseDecision;
import org.onus.core.designation.PendingDecision;
import org.onus.core.designation.ReviewDecision;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.Problem;
import org.onus.workflows.review.TaskCompletion;

/** {@code designation-lifecycle.bpmn} behind core's port: starts it, completes its tasks, asks what is open. */
@ApplicationScoped
public class CamundaDesignationProcess implements DesignationProcess {

    private static final Logger LOG = Logger.getLogger(CamundaDesignationProcess.class.getName());

    @Inject
    RuntimeService runtime;

    @Inject
    TaskCompletion completion;

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
    @PostConstruct
    void checkIntervals() {
        try {
            if (reviewInterval.contains("T")) {
                Duration.parse(reviewInterval);
            } else {
                Period.parse(reviewInterval);
            }
        } catch (DateTimeParseException e) {
            LOG.severe(() -> "onus.designation.review-interval \"" + reviewInterval
                    + "\" is not an ISO 8601 period such as P12M or PT1H; using P12M");
            reviewInterval = "P12M";
        }
        if (!DesignationRules.lead(lapseLead).toString().equals(lapseLead.strip())
                && DesignationRules.lead(lapseLead).equals(DesignationRules.DEFAULT_LAPSE_LEAD)) {
            LOG.severe(() -> "onus.designation.lapse-lead \"" + lapseLead
                    + "\" is not an ISO 8601 period such as P30D; using P30D");
            lapseLead = "P30D";
        }
    }

    @Override
    public void submitted(Designation d, String by) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DesignationModel.VAR_SUBMITTED_BY, by);
        variables.put(DesignationModel.VAR_EFFECTIVE_FROM, d.effectiveFrom().toString());
        Optional<Task> revise = task(d.id(), DesignationModel.TASK_REVISE);
        if (revise.isPresent()) {
            completion.complete(revise.get().getId(), by, variables);
        } else {
            variables.put(DesignationModel.VAR_DESIGNATION_ID, d.id().toString());
            variables.put(DesignationModel.VAR_REVIEW_INTERVAL, reviewInterval);
            variables.put(DesignationModel.VAR_LAPSE_LEAD, lapseLead);
            TaskCompletion.unwrapping(
                    () -> runtime.startProcessInstanceByKey(DesignationModel.KEY, d.id().toString(), variables));
        }
    }

    @Override
    public void reviewed(UUID id, String reviewer, boolean approved) {
        Task review = task(id, DesignationModel.TASK_REVIEW)
                .orElseThrow(() -> new ConflictException("This designation is not waiting for review"));
        completion.complete(
                review.getId(),
                reviewer,
                Map.of(DesignationModel.VAR_DECISION, approved ? DesignationModel.APPROVE : DesignationModel.RETURN));
    }

    @Override
    public void reviewedInForce(UUID id, String by, ReviewDecision decision) {
        Task review = task(id, DesignationModel.TASK_PERIODIC_REVIEW).orElseGet(() -> requestReview(id));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DesignationModel.VAR_REVIEW_DECISION, decision.name());
        variables.put(DesignationModel.VAR_REVIEWED_BY, by);
        completion.complete(review.getId(), by, variables);
    }

    @Override
    public void pendingDecided(UUID id, PendingDecision.Kind kind, String by, boolean approved) {
        String taskKey = kind == PendingDecision.Kind.REVOCATION
                ? DesignationModel.TASK_DECIDE_REVOCATION
                : DesignationModel.TASK_DECIDE_WITHDRAWAL;
        Task decide = task(id, taskKey)
                .orElseThrow(() -> new ConflictException("This designation is not waiting for that decision"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DesignationModel.VAR_DECISION, approved ? DesignationModel.APPROVE : DesignationModel.REFUSE);
        // The revocation and withdrawal steps after the decision record who took it.
        variables.put(DesignationModel.VAR_DECIDED_BY, by);
        completion.complete(decide.getId(), by, variables);
    }

    @Override
    public void requireLapseReviewOpen(UUID id) {
        if (!lapseReviewOpen(id)) {
            throw new ConflictException(
                    "No lapse review of this designation is open",
                    List.of(new Problem(
                            "NO_SILENT_LAPSE",
                            "The lapse review opens " + lapseLead + " before its last day in force")));
        }
    }

    @Override
    public void lapseReviewed(UUID id, String by, LapseDecision decision) {
        requireLapseReviewOpen(id);
        Task review = task(id, DesignationModel.TASK_LAPSE_REVIEW).orElseThrow();
        Map<String, Object> variables = new HashMap<>();
        variables.put(DesignationModel.VAR_LAPSE_DECISION, decision.name());
        variables.put(DesignationModel.VAR_REVIEWED_BY, by);
        completion.complete(review.getId(), by, variables);
    }

    @Override
    public boolean lapseReviewOpen(UUID id) {
        return task(id, DesignationModel.TASK_LAPSE_REVIEW).isPresent();
    }

    /** A regulator need not wait for the periodic timer: asking for a review opens the task now. */
    private Task requestReview(UUID id) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DesignationModel.KEY)
                .processInstanceBusinessKey(id.toString())
                .active()
                .singleResult();
        if (instance == null) {
            throw new ConflictException(
                    "This designation is not in force",
                    List.of(new Problem("status", "Only a published designation can be reviewed, amended or revoked")));
        }
        runtime.createMessageCorrelation(DesignationModel.MESSAGE_REVIEW_REQUESTED)
                .processInstanceId(instance.getId())
                .correlate();
        return task(id, DesignationModel.TASK_PERIODIC_REVIEW)
                .orElseThrow(() -> new ConflictException("This designation is not waiting for review"));
    }

    private Optional<Task> task(UUID id, String definitionKey) {
        return completion.open(DesignationModel.KEY, id.toString(), definitionKey);
    }
}
