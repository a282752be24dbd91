package org.onus.workflows.decisiontable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.decisiontable.ChangeableTable;
import org.onus.workflows.engine.DecisionTableVersions;
import org.onus.workflows.massbalance.MassBalanceThresholdRules;
import org.onus.workflows.testing.OneTransaction;
import org.onus.workflows.testing.ProcessTestEngines;

/**
 * Reading the latest version by its id from the engine's table answers what the engine's own query
 * answers, in every transaction: after a version published elsewhere, after one deployed in the same
 * transaction, after the latest version was removed, and for a table never deployed.
 */
@Deployment(resources = "processes/mass-balance-thresholds.dmn")
class LatestVersionReadByIdTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    static final String KEY = MassBalanceThresholdRules.DECISION_KEY;
    static final List<List<String>> OTHER_ROWS = List.of(
            List.of("\"CANNOT_ACCOUNT\"", "12.5", "\"HOLD\""),
            List.of("\"DESIGNATED_SHARE_TOO_LOW\"", "2", "\"FLAG\""));

    ProcessEngine processEngine;
    RepositoryService repository;
    DataSource database;
    CamundaDecisionTables tables;

    @BeforeEach
    void create() {
        repository = processEngine.getRepositoryService();
        database = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getDataSource();
        tables = new CamundaDecisionTables(repository, processEngine.getDecisionService());
    }

    @AfterEach
    void removeRegulatorsVersions() {
        ProcessTestEngines.removeRegulatorsVersions(processEngine);
    }

    @Test
    void eachTransactionGetsTheVersionTheEnginesQueryGives() {
        assertSameAsTheEngine(new OneTransaction(), 1);

        tables.deploy(ChangeableTable.MASS_BALANCE_THRESHOLDS, OTHER_ROWS); // published elsewhere, committed

        assertSameAsTheEngine(new OneTransaction(), 2);
        assertSameAsTheEngine(null, 2);
    }

    @Test
    void aVersionDeployedInTheTransactionAnswersAtOnceInIt() {
        OneTransaction approval = new OneTransaction();
        tables.transactions = approval;
        assertThat(DecisionTableVersions.latest(repository, database, approval, KEY)
                        .getVersion())
                .isEqualTo(1);

        tables.deploy(ChangeableTable.MASS_BALANCE_THRESHOLDS, OTHER_ROWS);

        assertSameAsTheEngine(approval, 2);
    }

    @Test
    void whenTheLatestVersionIsRemovedTheOneBeforeAnswersAgain() {
        tables.deploy(ChangeableTable.MASS_BALANCE_THRESHOLDS, OTHER_ROWS);
        assertSameAsTheEngine(new OneTransaction(), 2);

        ProcessTestEngines.removeRegulatorsVersions(processEngine);

        assertSameAsTheEngine(new OneTransaction(), 1);
        tables.deploy(ChangeableTable.MASS_BALANCE_THRESHOLDS, OTHER_ROWS); // number 2 again, a new id
        assertSameAsTheEngine(new OneTransaction(), 2);
    }

    @Test
    void aTableNeverDeployedHasNoLatestVersion() {
        assertThat(DecisionTableVersions.latest(repository, database, new OneTransaction(), "Decision_NeverDeployed"))
                .isNull();
    }

    private void assertSameAsTheEngine(OneTransaction transaction, int version) {
        DecisionDefinition engines = repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(KEY)
                .latestVersion()
                .singleResult();
        DecisionDefinition read = DecisionTableVersions.latest(repository, database, transaction, KEY);
        assertThat(read.getId()).isEqualTo(engines.getId());
        assertThat(read.getVersion()).isEqualTo(version);
    }
}
