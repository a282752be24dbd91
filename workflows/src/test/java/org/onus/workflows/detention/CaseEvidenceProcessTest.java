package org.onus.workflows.detention;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.detention.CaseDecisions;
import org.onus.workflows.testing.ProcessTestEngines;

/** Both paths through case-evidence.bpmn: the engine judges each upload with the admissibility table. */
@Deployment(resources = {"processes/case-evidence.bpmn", "processes/evidence-admissibility.dmn"})
class CaseEvidenceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private final CaseDecisions decisions = mock(CaseDecisions.class);
    private final UUID caseId = UUID.randomUUID();
    private final UUID evidenceId = UUID.randomUUID();

    @BeforeEach
    void collaborators() {
        ProcessTestEngines.beans().put("recordAdmissibility", new RecordAdmissibility(decisions));
    }

    @AfterEach
    void clear() {
        ProcessTestEngines.beans().clear();
    }

    private ProcessInstance upload(String type, String route, String requirementKind) {
        return runtimeService()
                .startProcessInstanceByKey(
                        DetentionProcess.EVIDENCE_KEY,
                        caseId.toString(),
                        Map.of(
                                DetentionProcess.VAR_CASE_ID, caseId.toString(),
                                DetentionProcess.VAR_EVIDENCE_ID, evidenceId.toString(),
                                DetentionProcess.VAR_EVIDENCE_TYPE, type,
                                DetentionProcess.VAR_ROUTE, route,
                                DetentionProcess.VAR_REQUIREMENT_KIND, requirementKind));
    }

    @Test
    void aFactoryAuditIsKeptOnFileAsInadmissibleWithTheReason() {
        ProcessInstance pi = upload("FACTORY_AUDIT", "NOT_APPLICABLE", "TRACE");
        verify(decisions).recordAdmissibility(eq(caseId), eq(evidenceId), eq(false), contains("audits"));
        assertThat(pi).isEnded().hasPassed("BusinessRuleTask_JudgeAdmissibility", "EndEvent_KeptOnFile");
    }

    @Test
    void anInvoiceTracingAnInputIsAdmissibleAndAwaitsTheOfficer() {
        ProcessInstance pi = upload("INVOICE", "NOT_APPLICABLE", "TRACE");
        verify(decisions).recordAdmissibility(eq(caseId), eq(evidenceId), eq(true), contains("Tracing evidence"));
        assertThat(pi).isEnded().hasPassed("EndEvent_AwaitsReview");
    }

    @Test
    void aPurchaseOrderOfferedAsRepealEvidenceIsRefused() {
        ProcessInstance pi = upload("PURCHASE_ORDER", "EXCEPTION", "POLICY_REPEALED");
        verify(decisions).recordAdmissibility(eq(caseId), eq(evidenceId), eq(false), contains("repeal"));
        assertThat(pi).isEnded().hasPassed("EndEvent_KeptOnFile");
    }
}
