package org.onus.workflows.engine;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Deploys the application's process models. Unchanged models are not redeployed (duplicate
 * filtering), so a restart keeps running instances on the definitions they started with, and a
 * changed model becomes a new version that new instances use.
 */
public final class ProcessModelDeployer {

    private final RepositoryService repository;
    private final ClassLoader classLoader;

    public ProcessModelDeployer(RepositoryService repository, ClassLoader classLoader) {
        this.repository = repository;
        this.classLoader = classLoader;
    }

    /** What a start deployed: nothing when every model was already deployed unchanged. */
    public record Deployed(List<String> processDefinitionKeys, List<String> decisionDefinitionKeys) {

        static final Deployed NOTHING = new Deployed(List.of(), List.of());

        static Deployed of(DeploymentWithDefinitions deployment) {
            return new Deployed(
                    keys(deployment.getDeployedProcessDefinitions(), ProcessDefinition::getKey),
                    keys(deployment.getDeployedDecisionDefinitions(), DecisionDefinition::getKey));
        }

        private static <T> List<String> keys(List<T> definitions, Function<T, String> key) {
            return definitions == null
                    ? List.of()
                    : definitions.stream().map(key).toList();
        }
    }

    public Deployed deploy(String deploymentName, List<String> resources) {
        if (resources.isEmpty()) {
            return Deployed.NOTHING;
        }
        DeploymentBuilder builder = repository
                .createDeployment()
                .name(deploymentName)
                .source("onus-workflows")
                .enableDuplicateFiltering(true); // deploy changed models only
        for (String resource : resources) {
            InputStream stream = classLoader.getResourceAsStream(resource);
            if (stream == null) {
                throw new IllegalStateException("Process model " + resource + " is listed but not on the class path");
            }
            builder.addInputStream(resource, stream);
        }
        return Deployed.of(builder.deployWithResult());
    }
}
