package org.onus.workflows.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

@Readiness
@ApplicationScoped
public class ProcessEngineHealthCheck implements HealthCheck {

    static final String NAME = "process-engine";

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        ProcessEngine engine = bootstrap.processEngine();
        if (engine == null) {
            return response.down().withData("error", "not started").build();
        }
        try {
            // A query proves the engine can reach its tables, not merely that the object exists.
            long definitions = engine.getRepositoryService()
                    .createProcessDefinitionQuery()
                    .latestVersion()
                    .count();
            var jobExecutor = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                            engine.getProcessEngineConfiguration())
                    .getJobExecutor();
            return response.up()
                    .withData("processDefinitions", definitions)
                    .withData("jobExecutor", jobExecutor != null && jobExecutor.isActive() ? "active" : "inactive")
                    .build();
        } catch (RuntimeException e) {
            return response.down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
