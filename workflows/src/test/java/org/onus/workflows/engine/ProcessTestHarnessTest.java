package org.onus.workflows.engine;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentMatchers;
import org.onus.workflows.testing.ProcessTestEngines;

/**
 * Proves the harness later process tests stand on: a model on the production schema, a delegate
 * found by name, a user task for a role, and an asynchronous step run by the test.
 */
class ProcessTestHarnessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private final JavaDelegate recordDecision = mock(JavaDelegate.class);
    private String deploymentId;

    @BeforeEach
    void deployModel() {
        ProcessTestEngines.beans().put("recordDecision", recordDecision);
        BpmnModelInstance model = Bpmn.createExecutableProcess("harness-probe")
                .name("Harness probe")
                .camundaHistoryTimeToLive(1)
                .startEvent("Start_Requested")
                .userTask("Task_Review")
                .camundaCandidateGroups("senior-regulator")
                .serviceTask("Task_RecordDecision")
                .camundaAsyncBefore()
                .camundaDelegateExpression("${recordDecision}")
                .endEvent("End_Decided")
                .done();
        deploymentId = processEngine
                .getRepositoryService()
                .createDeployment()
                .addModelInstance("harness-probe.bpmn", model)
                .deploy()
                .getId();
    }

    @AfterEach
    void undeploy() {
        processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
        ProcessTestEngines.beans().clear();
    }

    @Test
    void walksAModelThroughAUserTaskAndAnAsynchronousDelegate() throws Exception {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("harness-probe", "case-1");

        assertThat(instance).isWaitingAt("Task_Review");
        assertThat(task()).hasCandidateGroup("senior-regulator");

        complete(task());
        assertThat(instance).isWaitingAt("Task_RecordDecision");
        execute(job());

        assertThat(instance).hasPassed("Task_RecordDecision").isEnded();
        verify(recordDecision).execute(ArgumentMatchers.any(DelegateExecution.class));
    }
}
