package org.onus.workflows.massbalance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.decisiontable.ChangeableTable;
import org.onus.core.decisiontable.TableVersion;
import org.onus.core.massbalance.MassBalance;
import org.onus.workflows.decisiontable.CamundaDecisionTables;
import org.onus.workflows.testing.OneTransaction;
import org.onus.workflows.testing.ProcessTestEngines;

/**
 * The thresholds table as shipped (5 % tolerance, 5 % floor, flag only), and a regulators' new
 * version: deployed from the latest one with other rows, evaluated at once, the old one still
 * readable.
 */
@Deployment(resources = MassBalanceThresholdsTableTest.TABLE)
class MassBalanceThresholdsTableTest {

    static final String TABLE = "processes/mass-balance-thresholds.dmn";

    @RegisterExtension
    static ProcessEngineExtension extension = org.onus.workflows.testing.ProcessTestEngines.extension();

    ProcessEngine processEngine;
    MassBalanceThresholdRules rules;
    CamundaDecisionTables tables;

    @BeforeEach
    void create() {
        rules = new MassBalanceThresholdRules(processEngine.getDecisionService(), processEngine.getRepositoryService());
        tables = new CamundaDecisionTables(processEngine.getRepositoryService(), processEngine.getDecisionService());
    }

    @AfterEach
    void removeRegulatorsVersions() {
        ProcessTestEngines.removeRegulatorsVersions(processEngine);
    }

    @Test
    void theShippedTableFlagsWithFivePercentToleranceAndFloorAndHoldsNothing() {
        MassBalance.Thresholds t = rules.current();

        assertThat(t.tableVersion()).isEqualTo(1);
        assertThat(t.tolerancePercent()).isEqualByComparingTo("5");
        assertThat(t.minDesignatedSharePercent()).isEqualByComparingTo("5");
        assertThat(t.cannotAccount()).isEqualTo(MassBalance.Action.FLAG);
        assertThat(t.designatedShareTooLow()).isEqualTo(MassBalance.Action.FLAG);
    }

    @Test
    void theShippedTableReadsAsRowsAndPassesItsOwnChecks() {
        TableVersion v1 = tables.latest(ChangeableTable.MASS_BALANCE_THRESHOLDS).orElseThrow();

        assertThat(v1.columns()).extracting(TableVersion.Column::input).containsExactly(true, false, false);
        assertThat(v1.rows())
                .containsExactly(
                        List.of("\"CANNOT_ACCOUNT\"", "5", "\"FLAG\""),
                        List.of("\"DESIGNATED_SHARE_TOO_LOW\"", "5", "\"FLAG\""));
        assertThat(ChangeableTable.MASS_BALANCE_THRESHOLDS.problems(3, v1.rows()))
                .isEmpty();
    }

    @Test
    void anApprovedVersionIsDeployedAsTheNextVersionAndAnswersAtOnce() {
        int version = tables.deploy(
                ChangeableTable.MASS_BALANCE_THRESHOLDS,
                List.of(
                        List.of("\"CANNOT_ACCOUNT\"", "12.5", "\"HOLD\""),
                        List.of("\"DESIGNATED_SHARE_TOO_LOW\"", "2", "\"FLAG\"")));

        assertThat(version).isEqualTo(2);
        MassBalance.Thresholds t = rules.current();
        assertThat(t.tableVersion()).isEqualTo(2);
        assertThat(t.tolerancePercent()).isEqualByComparingTo(new BigDecimal("12.5"));
        assertThat(t.cannotAccount()).isEqualTo(MassBalance.Action.HOLD);
        assertThat(t.minDesignatedSharePercent()).isEqualByComparingTo("2");
        assertThat(tables.versions(ChangeableTable.MASS_BALANCE_THRESHOLDS))
                .extracting(TableVersion::version)
                .containsExactly(1, 2);
        assertThat(tables.versions(ChangeableTable.MASS_BALANCE_THRESHOLDS)
                        .get(0)
                        .rows()
                        .get(0))
                .containsExactly("\"CANNOT_ACCOUNT\"", "5", "\"FLAG\"");
    }

    @Test
    void withinOneTransactionTheVersionReadFirstAnswersUntilTheTransactionEnds() {
        OneTransaction filing = new OneTransaction();
        rules.transactions = filing;
        assertThat(rules.current().tableVersion()).isEqualTo(1);

        tables.deploy( // a regulator's approval, committed meanwhile
                ChangeableTable.MASS_BALANCE_THRESHOLDS,
                List.of(
                        List.of("\"CANNOT_ACCOUNT\"", "12.5", "\"HOLD\""),
                        List.of("\"DESIGNATED_SHARE_TOO_LOW\"", "2", "\"FLAG\"")));

        assertThat(rules.current().tableVersion())
                .as("the rest of the filing's transaction, on the version it started with")
                .isEqualTo(1);
        rules.transactions = new OneTransaction();
        assertThat(rules.current().tableVersion()).as("the next transaction").isEqualTo(2);
        rules.transactions = null;
        assertThat(rules.current().tableVersion()).as("outside any transaction").isEqualTo(2);
    }
}
