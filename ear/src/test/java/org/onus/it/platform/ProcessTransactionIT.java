package org.onus.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.organisation.OrganisationCode;
import org.onus.core.organisation.OrganisationService;
import org.onus.it.support.Deployments;
import org.onus.it.support.OnusIT;

/**
 * Runs inside WildFly: the process engine shares the application's JTA transactions, so a domain
 * change and a process step commit or roll back together, and jobs run on the managed executor.
 */
@OnusIT
class ProcessTransactionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Inject
    OrganisationService organisations;

    @Inject
    RuntimeService runtime;

    @Inject
    RepositoryService repository;

    @Inject
    HistoryService history;

    @Inject
    UserTransaction transaction;

    private String deploymentId;

    @BeforeEach
    void deployProbes() {
        deploymentId = repository
                .createDeployment()
                .name("transaction-probes")
                .addModelInstance(
                        "waiting-probe.bpmn",
                        Bpmn.createExecutableProcess("waiting-probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Wait")
                                .camundaCandidateGroups("auditor")
                                .endEvent()
                                .done())
                .addModelInstance(
                        "failing-probe.bpmn",
                        Bpmn.createExecutableProcess("failing-probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("Task_Fail")
                                .camundaExpression("${noSuchBean.explode()}")
                                .endEvent()
                                .done())
                .addModelInstance(
                        "async-probe.bpmn",
                        Bpmn.createExecutableProcess("async-probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("Task_Async")
                                .camundaAsyncBefore()
                                .camundaExpression("${true}")
                                .endEvent()
                                .done())
                .deploy()
                .getId();
    }

    @AfterEach
    void removeProbes() {
        repository.deleteDeployment(deploymentId, true);
    }

    @Test
    void aDomainChangeAndAProcessStepRollBackTogether() throws Exception {
        Actor actor = importerOf(uniqueOrganisation());
        String businessKey = "rollback-" + UUID.randomUUID();

        transaction.begin();
        organisations.registerOnFirstUse(actor);
        runtime.startProcessInstanceByKey("waiting-probe", businessKey);
        transaction.rollback();

        assertTrue(
                organisations
                        .find(OrganisationCode.of(actor.organisationCode().orElseThrow()))
                        .isEmpty(),
                "the organisation must be gone with the rolled-back transaction");
        assertEquals(
                0,
                runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .count(),
                "the process instance must be gone with the rolled-back transaction");
    }

    @Test
    void aDomainChangeAndAProcessStepCommitTogether() throws Exception {
        Actor actor = importerOf(uniqueOrganisation());
        String businessKey = "commit-" + UUID.randomUUID();

        transaction.begin();
        organisations.registerOnFirstUse(actor);
        runtime.startProcessInstanceByKey("waiting-probe", businessKey);
        transaction.commit();

        assertTrue(organisations
                .find(OrganisationCode.of(actor.organisationCode().orElseThrow()))
                .isPresent());
        assertEquals(
                1,
                runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(businessKey)
                        .count());
    }

    @Test
    void aFailingProcessStepUndoesTheDomainChangeMadeBeforeIt() throws Exception {
        Actor actor = importerOf(uniqueOrganisation());

        transaction.begin();
        organisations.registerOnFirstUse(actor);
        assertThrows(ProcessEngineException.class, () -> runtime.startProcessInstanceByKey("failing-probe"));
        assertEquals(
                Status.STATUS_MARKED_ROLLBACK,
                transaction.getStatus(),
                "the engine must mark the shared transaction for rollback");
        transaction.rollback();

        assertTrue(organisations
                .find(OrganisationCode.of(actor.organisationCode().orElseThrow()))
                .isEmpty());
    }

    @Test
    void theJobExecutorRunsAsynchronousStepsOnTheManagedExecutor() throws Exception {
        String id = runtime.startProcessInstanceByKey("async-probe").getId();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)
                && history.createHistoricProcessInstanceQuery()
                                .processInstanceId(id)
                                .finished()
                                .count()
                        == 0) {
            Thread.sleep(250);
        }

        assertEquals(
                1,
                history.createHistoricProcessInstanceQuery()
                        .processInstanceId(id)
                        .finished()
                        .count(),
                "the asynchronous step must have been executed by the job executor");
    }

    private static String uniqueOrganisation() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Actor importerOf(String organisation) {
        return Actor.of("it-importer", "IT Importer", Set.of(Role.IMPORTER), organisation);
    }
}
