package org.onus.workflows.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Makes the engine and its services injectable. The services are thread-safe singletons. */
@ApplicationScoped
public class ProcessEngineServices {

    @Inject
    ProcessEngineBootstrap bootstrap;

    @Produces
    ProcessEngine processEngine() {
        return bootstrap.processEngine();
    }

    @Produces
    RepositoryService repositoryService() {
        return bootstrap.processEngine().getRepositoryService();
    }

    @Produces
    RuntimeService runtimeService() {
        return bootstrap.processEngine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return bootstrap.processEngine().getTaskService();
    }

    @Produces
    HistoryService historyService() {
        return bootstrap.processEngine().getHistoryService();
    }

    @Produces
    ManagementService managementService() {
        return bootstrap.processEngine().getManagementService();
    }

    @Produces
    DecisionService decisionService() {
        return bootstrap.processEngine().getDecisionService();
    }
}
