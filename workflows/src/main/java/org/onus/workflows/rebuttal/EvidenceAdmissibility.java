package org.onus.workflows.rebuttal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.workflows.engine.DecisionTableVersions;
import org.onus.workflows.engine.ProcessEngineBootstrap;

/**
 * Whether a piece of case evidence is admissible, and why, as the {@code evidence-admissibility}
 * decision table (deployed with the processes) says: the domain's {@link AdmissibilityTable},
 * asked on every upload and every reclassification. The table decides on the evidence type, the
 * case's route and the kind of requirement the evidence is linked to; evidence linked to no
 * requirement is judged as supporting material for the route ({@code NONE}).
 */
@ApplicationScoped
public class EvidenceAdmissibility implements AdmissibilityTable {

    public static final String DECISION_KEY = "Decision_EvidenceAdmissibility";

    /** The requirement kind the table is given for evidence not linked to any requirement. */
    public static final String NOT_LINKED = "NONE";

    private DecisionService decisions;
    private RepositoryService repository;

    /** Null outside a server: then the latest version is read on every question. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The engine's database, to read the latest version's id alone; null outside a server. */
    @Resource(lookup = ProcessEngineBootstrap.DATA_SOURCE)
    DataSource database;

    /**
     * Verdicts already given by a deployed version of the table. A deployed decision definition
     * never changes (a new table is a new definition with a new id), and the table is a pure
     * function of its three inputs, so the same question put to the same version gets the same
     * answer: the FEEL evaluation was a tenth of an upload's CPU. At most one entry per evidence
     * type, route and requirement kind for each version deployed while the node runs.
     */
    private final Map<Question, Verdict> answered = new ConcurrentHashMap<>();

    private record Question(String definitionId, CaseEvidenceType type, Route route, String kind) {}

    protected EvidenceAdmissibility() {
        // for CDI
    }

    /** Judging by the latest version without knowing its number (tests of the table alone). */
    public EvidenceAdmissibility(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Inject
    public EvidenceAdmissibility(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    /**
     * @param requirement the requirement the evidence is linked to, or {@code null} if none
     * @throws IllegalStateException if the table has no rule for the combination (a gap the
     *     table's tests rule out)
     */
    public Verdict decide(CaseEvidenceType type, Route route, RequirementCode requirement) {
        return judge(type, route, requirement == null ? null : requirement.kind());
    }

    @Override
    public Verdict judge(CaseEvidenceType type, Route route, RequirementCode.Kind requirementKind) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(route, "route");
        String kind = requirementKind == null ? NOT_LINKED : requirementKind.name();
        DecisionDefinition latest = DecisionTableVersions.latest(repository, database, transactions, DECISION_KEY);
        if (latest == null) {
            return evaluate(null, type, route, kind);
        }
        return answered.computeIfAbsent(
                new Question(latest.getId(), type, route, kind), q -> evaluate(latest, type, route, kind));
    }

    private Verdict evaluate(DecisionDefinition latest, CaseEvidenceType type, Route route, String kind) {
        VariableMap variables = Variables.createVariables()
                .putValue("evidenceType", type.name())
                .putValue("route", route.name())
                .putValue("requirementKind", kind);
        DmnDecisionTableResult result = latest == null
                ? decisions.evaluateDecisionTableByKey(DECISION_KEY, variables)
                : decisions.evaluateDecisionTableById(latest.getId(), variables);
        DmnDecisionRuleResult row = result.getSingleResult();
        if (row == null) {
            throw new IllegalStateException(
                    "The evidence admissibility table has no rule for " + type + " on " + route + " for " + kind);
        }
        Boolean admissible = row.getEntry("admissible");
        String reason = row.getEntry("reason");
        return new Verdict(Boolean.TRUE.equals(admissible), reason, latest == null ? null : latest.getVersion());
    }
}
