package org.onus.workflows.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.workflows.testing.ProcessTestEngines;

class ProcessModelDeployerTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    @AfterEach
    void removeDeployments() {
        RepositoryService repository = processEngine.getRepositoryService();
        repository
                .createDeploymentQuery()
                .deploymentName("deployer-test")
                .list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void deploysListedModelsOnceAndKeepsUnchangedOnesOnRestart() {
        ProcessModelDeployer deployer = new ProcessModelDeployer(
                processEngine.getRepositoryService(), getClass().getClassLoader());

        var first = deployer.deploy("deployer-test", List.of("test-processes/deployer-probe.bpmn"));
        var second = deployer.deploy("deployer-test", List.of("test-processes/deployer-probe.bpmn"));

        assertThat(first.processDefinitionKeys()).containsExactly("deployer-probe");
        assertThat(second.processDefinitionKeys()).isEmpty();
        assertThat(processEngine
                        .getRepositoryService()
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("deployer-probe")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void nothingListedMeansNothingDeployed() {
        assertThat(new ProcessModelDeployer(
                                processEngine.getRepositoryService(), getClass().getClassLoader())
                        .deploy("deployer-test", List.of()))
                .isEqualTo(ProcessModelDeployer.Deployed.NOTHING);
    }

    @Test
    void aListedModelMissingFromTheClassPathStopsTheStart() {
        ProcessModelDeployer deployer = new ProcessModelDeployer(
                processEngine.getRepositoryService(), getClass().getClassLoader());

        assertThatThrownBy(() -> deployer.deploy("deployer-test", List.of("processes/no-such-model.bpmn")))
                .hasMessageContaining("no-such-model.bpmn");
    }
}
