package org.onus.workflows.detention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.onus.core.detention.CaseDecisions;
import org.onus.core.detention.CaseEvidence;
import org.onus.core.detention.CaseStatus;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCases;
import org.onus.core.detention.Outcome;
import org.onus.core.detention.ProtestGrounds;
import org.onus.core.evidence.ContentStore;
import org.onus.core.identity.Actor;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.RuleViolation;
import org.onus.core.rebuttal.Requirement;
import org.onus.workflows.rebuttal.EvidenceAdmissibility;
import org.onus.workflows.rebuttal.TraceChainRules;

/**
 * Moves a detention case through its process. Each method first asks the case (which refuses
 * with 400, 403, 404 or 409 and rolls everything back), then moves the process, whose gateways
 * and listeners hold the release and four-eyes rules again; both happen in one transaction.
 */
@Stateless
public class CaseWorkflow {

    @Inject
    CaseDecisions decisions;

    @Inject
    DetentionCases cases;

    @Inject
    RuntimeService runtime;

    @Inject
    TaskService tasks;

    @Inject
    EvidenceAdmissibility admissibility;

    @Inject
    TraceChainRules traceChains;

    /** Files the rebuttal, or the answer to a request for information. */
    public DetentionCase fileRebuttal(Actor importer, UUID caseId, String route, String statement) {
        boolean answer = cases.get(importer, caseId).status() == CaseStatus.INFO_REQUESTED;
        DetentionCase c = decisions.fileRebuttal(importer, caseId, route, statement, traceChains);
        engine(() -> runtime.createMessageCorrelation(
                        answer
                                ? DetentionProcess.MESSAGE_INFORMATION_PROVIDED
                                : DetentionProcess.MESSAGE_REBUTTAL_FILED)
                .processInstanceBusinessKey(caseId.toString())
                .setVariable(DetentionProcess.VAR_ROUTE, c.route().name())
                .correlateWithResult());
        return c;
    }

    /**
     * Keeps an uploaded document, judged at once by the admissibility table (the engine's decision
     * service), so the answer comes back with the upload.
     */
    public CaseEvidence offerEvidence(
            Actor importer,
            UUID caseId,
            String type,
            String requirementCode,
            String description,
            ContentStore.Staged staged,
            String mediaType,
            String fileName) {
        return decisions.offerEvidence(
                importer, caseId, type, requirementCode, description, staged, mediaType, fileName, admissibility);
    }

    /** An officer corrects a document's type; the admissibility table judges it again at once. */
    public CaseEvidence reclassifyEvidence(Actor officer, UUID caseId, UUID evidenceId, String type, String reason) {
        return decisions.reclassifyEvidence(officer, caseId, evidenceId, type, reason, admissibility);
    }

    /** What each trace of the case asks for (the notice says it), with the chains of the trace-chain table. */
    public List<Requirement> traceRequirements(DetentionCase c) {
        return decisions.traceRequirements(c, traceChains);
    }

    public CaseEvidence reviewEvidence(Actor officer, UUID caseId, UUID evidenceId, Boolean accepted, String reason) {
        return decisions.reviewEvidence(officer, caseId, evidenceId, accepted, reason);
    }

    /** RELEASE (409 with every unmet requirement), CONFISCATE or REQUEST_INFO. */
    public DetentionCase decide(Actor officer, UUID caseId, String rawOutcome, String reason) {
        Outcome outcome = Outcome.parse(rawOutcome);
        DetentionCase c = decisions.decide(officer, caseId, outcome, reason);
        Task review = task(caseId, DetentionProcess.TASK_REVIEW_REBUTTAL)
                .orElseThrow(() -> new ConflictException("This case is not waiting for a decision"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DetentionProcess.VAR_OUTCOME, outcome.name());
        variables.put(DetentionProcess.VAR_ROUTE, c.route().name());
        completeAs(officer, review, variables);
        return c;
    }

    /** A supervisor approves or refuses an exception-route release (not the officer who proposed it). */
    public DetentionCase approveRelease(Actor supervisor, UUID caseId, Boolean approved, String reason) {
        DetentionCase c = decisions.approveRelease(supervisor, caseId, approved, reason);
        Task approval = task(caseId, DetentionProcess.TASK_APPROVE_RELEASE)
                .orElseThrow(() -> new ConflictException("No release awaits approval in this case"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DetentionProcess.VAR_APPROVED, approved);
        completeAs(supervisor, approval, variables);
        return c;
    }

    public DetentionCase protest(Actor importer, UUID caseId, String statement, String route) {
        DetentionCase c = decisions.protest(importer, caseId, statement, route, traceChains);
        engine(() -> runtime.createMessageCorrelation(DetentionProcess.MESSAGE_PROTEST_FILED)
                .processInstanceBusinessKey(caseId.toString())
                .correlateWithResult());
        return c;
    }

    /**
     * A supervisor decides a protest. Upheld on the merits, the process's next step frees the
     * goods through the case's gate; upheld on procedure, the case is reviewed again.
     */
    public DetentionCase decideProtest(Actor supervisor, UUID caseId, Boolean upheld, String grounds, String reason) {
        DetentionCase c = decisions.decideProtest(supervisor, caseId, upheld, grounds, reason);
        Task review = task(caseId, DetentionProcess.TASK_REVIEW_PROTEST)
                .orElseThrow(() -> new ConflictException("No protest awaits a decision in this case"));
        Map<String, Object> variables = new HashMap<>();
        variables.put(DetentionProcess.VAR_UPHELD, upheld);
        variables.put(
                DetentionProcess.VAR_PROTEST_OUTCOME,
                !upheld
                        ? "DENIED"
                        : c.protestGrounds() == ProtestGrounds.PROCEDURE ? "UPHELD_ON_PROCEDURE" : "UPHELD_ON_MERITS");
        completeAs(supervisor, review, variables);
        return c;
    }

    /** An officer records what became of excluded or confiscated goods (no process step waits for it). */
    public DetentionCase recordDisposition(
            Actor officer, UUID caseId, String kind, java.time.LocalDate on, String reference) {
        return decisions.recordDisposition(officer, caseId, kind, on, reference);
    }

    /** The case's open task of that kind, if the process is waiting there. */
    public Optional<Task> task(UUID caseId, String definitionKey) {
        return Optional.ofNullable(tasks.createTaskQuery()
                .processDefinitionKey(DetentionProcess.KEY)
                .processInstanceBusinessKey(caseId.toString())
                .taskDefinitionKey(definitionKey)
                .active()
                .singleResult());
    }

    /** The actor is a task-local variable: the four-eyes listener reads who completes this very task. */
    private void completeAs(Actor actor, Task task, Map<String, Object> variables) {
        engine(() -> {
            tasks.setVariableLocal(task.getId(), DetentionProcess.VAR_ACTOR, actor.username());
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /**
     * The engine wraps what a listener or delegate throws; a rule the model refused is still that
     * rule (403, 409), not a server error. A message the process is not waiting for means the
     * case moved on (a timer fired first).
     */
    private static <T> T engine(Supplier<T> call) {
        try {
            return call.get();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("The case has moved on; reload it to see where it stands");
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
