package org.onus.workflows.rebuttal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.UUID;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.workflows.testing.AmendedTables;
import org.onus.workflows.testing.ProcessTestEngines;

@Deployment(resources = EvidenceAdmissibilityTableTest.TABLE)
class EvidenceAdmissibilityTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;
    EvidenceAdmissibility admissibility;

    @BeforeEach
    void create() {
        admissibility = new EvidenceAdmissibility(processEngine.getDecisionService());
    }

    @Test
    void tracingEvidenceLinkedToATraceIsAdmissible() {
        AdmissibilityTable.Verdict decision = admissibility.decide(
                CaseEvidenceType.ORIGIN_TEST, Route.NOT_APPLICABLE, RequirementCode.parse("TRACE:2"));

        assertThat(decision.admissible()).isTrue();
        assertThat(decision.reason()).contains("accreditation", "chain of custody");
    }

    @Test
    void aPurchaseOrderOfferedAsRepealEvidenceIsRefusedWithAReason() {
        AdmissibilityTable.Verdict decision = admissibility.decide(
                CaseEvidenceType.PURCHASE_ORDER,
                Route.EXCEPTION,
                RequirementCode.policyRepealed(UUID.fromString("0f000000-0000-4000-8000-000000000001")));

        assertThat(decision.admissible()).isFalse();
        assertThat(decision.reason()).contains("not that a policy was repealed");
    }

    @Test
    void aFactoryAuditIsRefusedWhateverItIsLinkedTo() {
        assertThat(admissibility.decide(
                        CaseEvidenceType.FACTORY_AUDIT,
                        Route.EXCEPTION,
                        RequirementCode.indicator(RequirementCode.Indicator.EXECUTION_STAGES)))
                .extracting(AdmissibilityTable.Verdict::admissible)
                .isEqualTo(false);
        assertThat(admissibility
                        .decide(CaseEvidenceType.FACTORY_AUDIT, Route.NOT_APPLICABLE, null)
                        .admissible())
                .isFalse();
    }

    @Test
    void aRequirementOfTheOtherRouteIsRefused() {
        AdmissibilityTable.Verdict decision =
                admissibility.decide(CaseEvidenceType.INVOICE, Route.EXCEPTION, RequirementCode.trace(0));

        assertThat(decision.admissible()).isFalse();
        assertThat(decision.reason()).contains("belongs to the other route");
    }

    @Test
    void unlinkedEvidenceIsSupportingMaterialOnItsOwnRouteOnly() {
        AdmissibilityTable.Verdict supporting =
                admissibility.decide(CaseEvidenceType.POLICY_ANALYSIS, Route.EXCEPTION, null);
        assertThat(supporting.admissible()).isTrue();
        assertThat(supporting.reason()).contains("supporting material", "until it is linked");

        assertThat(admissibility
                        .decide(CaseEvidenceType.POLICY_ANALYSIS, Route.NOT_APPLICABLE, null)
                        .admissible())
                .isFalse();
    }

    @Test
    void aNewVersionOfTheTableIsAskedAfreshNotAnsweredFromThePreviousOne() {
        EvidenceAdmissibility deployed =
                new EvidenceAdmissibility(processEngine.getDecisionService(), processEngine.getRepositoryService());
        AdmissibilityTable.Verdict first = deployed.judge(CaseEvidenceType.FACTORY_AUDIT, Route.EXCEPTION, null);
        AdmissibilityTable.Verdict again = deployed.judge(CaseEvidenceType.FACTORY_AUDIT, Route.EXCEPTION, null);
        assertThat(again).isEqualTo(first);
        assertThat(first.admissible()).isFalse();

        String deployment = AmendedTables.deploy(
                processEngine,
                EvidenceAdmissibilityTableTest.TABLE,
                "<outputEntry id=\"Rule_FactoryAudit_Reason\"><text>\"",
                "<outputEntry id=\"Rule_FactoryAudit_Reason\"><text>\"Amended: ");
        try {
            AdmissibilityTable.Verdict afterRedeploy =
                    deployed.judge(CaseEvidenceType.FACTORY_AUDIT, Route.EXCEPTION, null);
            assertThat(afterRedeploy.reason()).startsWith("Amended: ");
            assertThat(afterRedeploy.tableVersion()).isEqualTo(first.tableVersion() + 1);
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void aGapInTheTableIsAnErrorNotASilentRefusal() {
        DecisionService empty = mock(DecisionService.class);
        DmnDecisionTableResult none = mock(DmnDecisionTableResult.class);
        when(empty.evaluateDecisionTableByKey(anyString(), any(VariableMap.class)))
                .thenReturn(none);

        assertThatThrownBy(() ->
                        new EvidenceAdmissibility(empty).decide(CaseEvidenceType.INVOICE, Route.NOT_APPLICABLE, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no rule for INVOICE on NOT_APPLICABLE for NONE");
    }
}
