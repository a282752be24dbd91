package org.onus.workflows.decisiontable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
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

    protected CamundaDecisionTables() {
        // for CDI
    }

    @Inject
    public CamundaDecisionTables(RepositoryService repository) {
        this.repository = repository;
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
        return deployed.getDeployedDecisionDefinitions().stream()
                .filter(d -> d.getKey().equals(table.decisionKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The new version of " + table.key() + " was not deployed"))
                .getVersion();
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
