package org.onus.workflows.decisiontable;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.onus.core.decisiontable.ChangeableTable;
import org.onus.core.decisiontable.DecisionTables;
import org.onus.core.decisiontable.TableVersion;
import org.onus.core.massbalance.MassBalance;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.workflows.engine.DecisionTableVersions;

/**
 * Decision tables in the process engine's repository: every deployed version read back as rows,
 * and a new version deployed from the latest one with other rows (its own deployment, so the
 * application's start-up deployment never mistakes it for its own models).
 */
@ApplicationScoped
public class CamundaDecisionTables implements DecisionTables {

    /** The source of deployments made by regulators' approved proposals. */
    public static final String SOURCE = "onus-decision-tables";

    private RepositoryService repository;

    /** Null outside a server. */
    @Resource
    TransactionSynchronizationRegistry transactions;

    private DecisionService decisions;

    protected CamundaDecisionTables() {
        // for CDI
    }

    @Inject
    public CamundaDecisionTables(RepositoryService repository, DecisionService decisions) {
        this.repository = repository;
        this.decisions = decisions;
    }

    @Override
    public List<TableVersion> versions(ChangeableTable table) {
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(table.decisionKey())
                .orderByDecisionDefinitionVersion()
                .asc()
                .list()
                .stream()
                .map(d -> read(table, d))
                .toList();
    }

    @Override
    public Optional<TableVersion> latest(ChangeableTable table) {
        return Optional.ofNullable(latestDefinition(table)).map(d -> read(table, d));
    }

    @Override
    public int deploy(ChangeableTable table, List<List<String>> rows) {
        DecisionDefinition latest = latestDefinition(table);
        if (latest == null) {
            throw new IllegalStateException("No version of " + table.decisionKey() + " is deployed");
        }
        DmnModelInstance model = Dmn.readModelFromStream(repository.getDecisionModel(latest.getId()));
        DecisionTable decisionTable = decisionTable(model, table);
        List<Rule> old = new ArrayList<>(decisionTable.getRules());
        old.forEach(r -> decisionTable.getRules().remove(r));
        int inputs = decisionTable.getInputs().size();
        int next = latest.getVersion() + 1;
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Rule rule = model.newInstance(Rule.class);
            rule.setId("Rule_v" + next + "_" + (r + 1));
            for (int c = 0; c < row.size(); c++) {
                Text text = model.newInstance(Text.class);
                text.setTextContent(row.get(c).equals("-") ? "" : row.get(c));
                if (c < inputs) {
                    InputEntry entry = model.newInstance(InputEntry.class);
                    entry.setId(rule.getId() + "_in" + c);
                    entry.setText(text);
                    rule.getInputEntries().add(entry);
                } else {
                    OutputEntry entry = model.newInstance(OutputEntry.class);
                    entry.setId(rule.getId() + "_out" + (c - inputs));
                    entry.setText(text);
                    rule.getOutputEntries().add(entry);
                }
            }
            decisionTable.getRules().add(rule);
        }
        Dmn.validateModel(model);
        DeploymentWithDefinitions deployed = repository
                .createDeployment()
                .name(SOURCE + ":" + table.key())
                .source(SOURCE)
                .addModelInstance("processes/" + table.key() + ".dmn", model)
                .deployWithResult();
        DecisionTableVersions.deployed(repository, transactions, table.decisionKey());
        DecisionDefinition created = deployed.getDeployedDecisionDefinitions().stream()
                .filter(d -> d.getKey().equals(table.decisionKey()))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("The new version of " + table.key() + " was not deployed"));
        List<String> gaps = gaps(table, created.getId());
        if (!gaps.isEmpty()) {
            repository.deleteDeployment(deployed.getId(), true);
            DecisionTableVersions.deployed(repository, transactions, table.decisionKey());
            throw new InvalidInputException(List.of(new Problem(
                    "rows",
                    "The rows leave no single answer for "
                            + String.join("; ", gaps.subList(0, Math.min(5, gaps.size())))
                            + (gaps.size() > 5 ? " and " + (gaps.size() - 5) + " more" : ""))));
        }
        return created.getVersion();
    }

    /**
     * Every question the application asks the table, asked of a new version: those it cannot
     * answer with exactly one row (none, several under a UNIQUE policy, or an expression that
     * fails). A version with a gap is removed again, so a regulator's rows never make an upload or
     * a filing fail.
     */
    private List<String> gaps(ChangeableTable table, String definitionId) {
        List<Map<String, Object>> questions = new ArrayList<>();
        switch (table) {
            case MASS_BALANCE_THRESHOLDS -> {
                for (MassBalance.FlagKind kind : MassBalance.FlagKind.values()) {
                    questions.add(Map.of("flagKind", kind.name()));
                }
            }
            case EVIDENCE_ADMISSIBILITY -> {
                for (CaseEvidenceType type : CaseEvidenceType.values()) {
                    for (Route route : Route.values()) {
                        questions.add(
                                Map.of("evidenceType", type.name(), "route", route.name(), "requirementKind", "NONE"));
                        for (RequirementCode.Kind kind : RequirementCode.Kind.values()) {
                            if (kind.route() == route) {
                                questions.add(Map.of(
                                        "evidenceType",
                                        type.name(),
                                        "route",
                                        route.name(),
                                        "requirementKind",
                                        kind.name()));
                            }
                        }
                    }
                }
            }
        }
        List<String> gaps = new ArrayList<>();
        for (Map<String, Object> q : questions) {
            try {
                if (decisions
                                .evaluateDecisionTableById(definitionId, Variables.fromMap(q))
                                .getSingleResult()
                        == null) {
                    gaps.add(q.values() + " (no row)");
                }
            } catch (RuntimeException e) {
                gaps.add(q.values() + " (" + e.getMessage() + ")");
            }
        }
        return gaps;
    }

    private DecisionDefinition latestDefinition(ChangeableTable table) {
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(table.decisionKey())
                .latestVersion()
                .singleResult();
    }

    private TableVersion read(ChangeableTable table, DecisionDefinition definition) {
        DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
        DecisionTable decisionTable = decisionTable(model, table);
        List<TableVersion.Column> columns = new ArrayList<>();
        for (Input input : decisionTable.getInputs()) {
            String label = input.getLabel();
            columns.add(new TableVersion.Column(
                    label != null ? label : input.getInputExpression().getText().getTextContent(), true));
        }
        for (Output output : decisionTable.getOutputs()) {
            columns.add(
                    new TableVersion.Column(output.getLabel() != null ? output.getLabel() : output.getName(), false));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Rule rule : decisionTable.getRules()) {
            List<String> cells = new ArrayList<>();
            rule.getInputEntries().forEach(e -> cells.add(cell(e.getText())));
            rule.getOutputEntries().forEach(e -> cells.add(cell(e.getText())));
            rows.add(cells);
        }
        Instant deployedAt = Optional.ofNullable(repository
                        .createDeploymentQuery()
                        .deploymentId(definition.getDeploymentId())
                        .singleResult())
                .map(d -> d.getDeploymentTime().toInstant())
                .orElse(null);
        return new TableVersion(table, definition.getVersion(), deployedAt, columns, rows);
    }

    private static String cell(Text text) {
        String content = text == null ? null : text.getTextContent();
        return content == null || content.isBlank() ? "-" : content.strip();
    }

    private static DecisionTable decisionTable(DmnModelInstance model, ChangeableTable table) {
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        return decisions.stream()
                .filter(d -> d.getId().equals(table.decisionKey()))
                .findFirst()
                .map(d -> (DecisionTable) d.getExpression())
                .orElseThrow(() -> new IllegalStateException("No decision table " + table.decisionKey()));
    }
}
