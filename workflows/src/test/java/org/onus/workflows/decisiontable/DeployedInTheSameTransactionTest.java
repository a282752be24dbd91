package org.onus.workflows.decisiontable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
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
 * The latest version of a table is read once per transaction; a transaction that deploys a new
 * version itself (a regulator's approval) sees that version in what it asks afterwards.
 */
@Deployment(resources = "processes/mass-balance-thresholds.dmn")
class DeployedInTheSameTransactionTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;
    final OneTransaction approval = new OneTransaction();
    final String key = MassBalanceThresholdRules.DECISION_KEY;
    CamundaDecisionTables tables;

    @BeforeEach
    void create() {
        tables = new CamundaDecisionTables(processEngine.getRepositoryService(), processEngine.getDecisionService());
        tables.transactions = approval;
    }

    @AfterEach
    void removeRegulatorsVersions() {
        ProcessTestEngines.removeRegulatorsVersions(processEngine);
    }

    @Test
    void aVersionDeployedInTheTransactionAnswersAtOnceInIt() {
        assertThat(DecisionTableVersions.latest(processEngine.getRepositoryService(), approval, key)
                        .getVersion())
                .isEqualTo(1);

        tables.deploy(
                ChangeableTable.MASS_BALANCE_THRESHOLDS,
                List.of(
                        List.of("\"CANNOT_ACCOUNT\"", "12.5", "\"HOLD\""),
                        List.of("\"DESIGNATED_SHARE_TOO_LOW\"", "2", "\"FLAG\"")));

        assertThat(DecisionTableVersions.latest(processEngine.getRepositoryService(), approval, key)
                        .getVersion())
                .isEqualTo(2);
    }

    @Test
    void aVersionRefusedForItsGapsIsForgottenInTheTransaction() {
        DecisionTableVersions.latest(processEngine.getRepositoryService(), approval, key);

        assertThatThrownBy(() -> tables.deploy(
                        ChangeableTable.MASS_BALANCE_THRESHOLDS,
                        List.of(List.of("\"CANNOT_ACCOUNT\"", "12.5", "\"HOLD\""))))
                .hasMessageContaining("DESIGNATED_SHARE_TOO_LOW");

        assertThat(DecisionTableVersions.latest(processEngine.getRepositoryService(), approval, key)
                        .getVersion())
                .isEqualTo(1);
    }
}
