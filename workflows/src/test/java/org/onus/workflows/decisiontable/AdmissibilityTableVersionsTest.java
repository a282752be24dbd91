package org.onus.workflows.decisiontable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
import org.onus.core.problem.InvalidInputException;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.workflows.rebuttal.EvidenceAdmissibility;
import org.onus.workflows.testing.ProcessTestEngines;

/**
 * The admissibility table changed by the four-eyes mechanism: its shipped rows read back unchanged
 * and pass the proposal checks, a new version answers at once, and each verdict names the version
 * that gave it.
 */
@Deployment(resources = "processes/evidence-admissibility.dmn")
class AdmissibilityTableVersionsTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;
    CamundaDecisionTables tables;
    EvidenceAdmissibility admissibility;

    @BeforeEach
    void create() {
        tables = new CamundaDecisionTables(processEngine.getRepositoryService(), processEngine.getDecisionService());
        admissibility =
                new EvidenceAdmissibility(processEngine.getDecisionService(), processEngine.getRepositoryService());
    }

    @AfterEach
    void removeRegulatorsVersions() {
        ProcessTestEngines.removeRegulatorsVersions(processEngine);
    }

    @Test
    void theShippedTableRedeployedRowForRowJudgesAlikeUnderTheNextVersion() {
        TableVersion v1 = tables.latest(ChangeableTable.EVIDENCE_ADMISSIBILITY).orElseThrow();
        assertThat(ChangeableTable.EVIDENCE_ADMISSIBILITY.problems(v1.columns().size(), v1.rows()))
                .isEmpty();
        AdmissibilityTable.Verdict before = admissibility.decide(
                CaseEvidenceType.ORIGIN_TEST, Route.NOT_APPLICABLE, RequirementCode.parse("TRACE:2"));
        assertThat(before.tableVersion()).isEqualTo(v1.version());

        int v2 = tables.deploy(ChangeableTable.EVIDENCE_ADMISSIBILITY, v1.rows());

        AdmissibilityTable.Verdict after = admissibility.decide(
                CaseEvidenceType.ORIGIN_TEST, Route.NOT_APPLICABLE, RequirementCode.parse("TRACE:2"));
        assertThat(v2).isEqualTo(v1.version() + 1);
        assertThat(after.tableVersion()).isEqualTo(v2);
        assertThat(after.admissible()).isEqualTo(before.admissible());
        assertThat(after.reason()).isEqualTo(before.reason());
        assertThat(tables.versions(ChangeableTable.EVIDENCE_ADMISSIBILITY)
                        .get(1)
                        .rows())
                .isEqualTo(v1.rows());
    }

    @Test
    void aRowThatMakesTheTableAmbiguousIsRefusedAndItsVersionRemoved() {
        TableVersion v1 = tables.latest(ChangeableTable.EVIDENCE_ADMISSIBILITY).orElseThrow();
        List<List<String>> rows = new ArrayList<>();
        int columns = v1.columns().size();
        // A first row that makes an origin test inadmissible for a trace, above every other row.
        List<String> first = new ArrayList<>();
        for (TableVersion.Column c : v1.columns()) {
            first.add(c.input() ? "-" : "");
        }
        first.set(0, "\"ORIGIN_TEST\"");
        first.set(columns - 2, "false");
        first.set(columns - 1, "\"Origin tests no longer count (test)\"");
        rows.add(first);
        rows.addAll(v1.rows());

        assertThatThrownBy(() -> tables.deploy(ChangeableTable.EVIDENCE_ADMISSIBILITY, rows))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ORIGIN_TEST");
        assertThat(tables.latest(ChangeableTable.EVIDENCE_ADMISSIBILITY)
                        .orElseThrow()
                        .version())
                .isEqualTo(v1.version());
    }

    @Test
    void aMissingRowIsRefusedToo() {
        TableVersion v1 = tables.latest(ChangeableTable.EVIDENCE_ADMISSIBILITY).orElseThrow();

        assertThatThrownBy(() -> tables.deploy(
                        ChangeableTable.EVIDENCE_ADMISSIBILITY,
                        v1.rows().subList(1, v1.rows().size())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no row");
        assertThat(tables.versions(ChangeableTable.EVIDENCE_ADMISSIBILITY)).hasSize(1);
    }
}
