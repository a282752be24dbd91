package org.onus.it.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.onus.core.designation.AssessmentItem;
import org.onus.core.designation.Designation;
import org.onus.core.designation.DesignationDraft;
import org.onus.core.designation.DesignationService;
import org.onus.core.designation.RiskAssessment;
import org.onus.core.detention.CaseStatus;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCaseRepository;
import org.onus.core.detention.DetentionCaseService;
import org.onus.core.entry.EntryAssembler;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryFiling;
import org.onus.core.entry.EntryRepository;
import org.onus.core.entry.EntryService;
import org.onus.core.entry.EntryStatus;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.notification.Inbox;
import org.onus.it.support.Deployments;
import org.onus.it.support.OnusIT;
import org.onus.workflows.detention.DetentionProcess;

/**
 * Runs inside WildFly: a detained entry, its case and its detention-case process commit together;
 * when the process cannot start, neither the entry nor the case is left behind. And the process's
 * own timers act on the case: the deadline confiscates and sends the confiscation notice.
 */
@OnusIT
class DetentionTransactionIT {

    static final UUID EVIDENCE = UUID.fromString("e0000000-0000-4000-8000-000000000001");

    @org.jboss.arquillian.container.test.api.Deployment
    static EnterpriseArchive deployment() {
        return Deployments.onus();
    }

    @Inject
    DesignationService designations;

    @Inject
    EntryService filing;

    @Inject
    EntryRepository entries;

    @Inject
    DetentionCaseRepository cases;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    ManagementService management;

    @Inject
    Inbox inbox;

    @Inject
    DetentionCaseService workflow;

    @Test
    void whenTheAuthorityRunsOutOfTimeSupervisorsAreAlertedTheGoodsAreExcludedAndAnUndecidedProtestIsDeemedDenied() {
        publishDesignationOnXinjiangCotton();
        Actor importer = Actor.of("importer-a", "Alice", Set.of(Role.IMPORTER), "ACME-IMPORTS");
        Actor supervisor = Actor.of("supervisor", "Tomás", Set.of(Role.CUSTOMS_SUPERVISOR, Role.CUSTOMS_OFFICER), null);
        String number = "DX-" + UUID.randomUUID().toString().substring(0, 8);
        UUID caseId = filing.file(importer, draft(number)).openedCase().orElseThrow();
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DetentionProcess.KEY)
                .processInstanceBusinessKey(caseId.toString())
                .singleResult();
        workflow.fileRebuttal(importer, caseId, "NOT_APPLICABLE", "The cotton is from Uzbekistan");
        DetentionCase filed = cases.find(caseId).orElseThrow();
        assertTrue(filed.decisionDue() != null, "the authority's clock runs once the rebuttal is in");

        Job alert = timer(process, "Timer_DecisionAlert");
        management.executeJob(alert.getId());
        assertTrue(
                inbox.of(supervisor).stream()
                        .anyMatch(m ->
                                m.subject().equals("Decision due by " + filed.decisionDue() + ": entry " + number)),
                "the supervisors' shared inbox is alerted before the decision is due");

        Job due = timer(process, "Timer_DecisionDue");
        assertEquals(
                filed.decisionDue().plusDays(1),
                LocalDate.ofInstant(due.getDuedate().toInstant(), ZoneOffset.UTC),
                "the goods are excluded the day after the last day for a decision");
        management.executeJob(due.getId());
        DetentionCase excluded = cases.find(caseId).orElseThrow();
        assertEquals(CaseStatus.EXCLUDED, excluded.status(), "deemed excluded, never released");
        assertTrue(excluded.proof().isEmpty());
        assertTrue(inbox.of(importer).stream().anyMatch(m -> m.subject().equals("Exclusion notice: entry " + number)));

        workflow.protest(importer, caseId, "The review took too long through no fault of ours", null);
        Job undecided = timer(process, "Timer_ProtestDecisionDue");
        management.executeJob(undecided.getId());
        DetentionCase denied = cases.find(caseId).orElseThrow();
        assertEquals(CaseStatus.PROTEST_DENIED, denied.status(), "an undecided protest is deemed denied");
        assertEquals("system", denied.protestDecidedBy());
        assertEquals(
                0,
                runtime.createProcessInstanceQuery()
                        .processInstanceId(process.getId())
                        .count(),
                "the process has ended");
    }

    @Test
    void whenTheDeadlineTimerFiresWithoutARebuttalTheGoodsAreConfiscatedWithANoticeAndTheProtestWindowOpens() {
        publishDesignationOnXinjiangCotton();
        Actor importer = Actor.of("importer-a", "Alice", Set.of(Role.IMPORTER), "ACME-IMPORTS");
        String number = "DL-" + UUID.randomUUID().toString().substring(0, 8);
        UUID caseId = filing.file(importer, draft(number)).openedCase().orElseThrow();
        ProcessInstance process = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DetentionProcess.KEY)
                .processInstanceBusinessKey(caseId.toString())
                .singleResult();

        Job reminder = timer(process, "Timer_RebuttalReminder");
        management.executeJob(reminder.getId());
        assertTrue(
                inbox.of(importer).stream().anyMatch(m -> m.subject().startsWith("Reminder: rebuttal due by")),
                "the importer is reminded before the deadline");
        assertEquals(CaseStatus.DETAINED, cases.find(caseId).orElseThrow().status());

        Job deadline = timer(process, "Timer_RebuttalDeadline");
        assertEquals(
                cases.find(caseId).orElseThrow().rebuttalDeadline().plusDays(1),
                LocalDate.ofInstant(deadline.getDuedate().toInstant(), ZoneOffset.UTC),
                "the timer fires the day after the last day");
        management.executeJob(deadline.getId());

        DetentionCase confiscated = cases.find(caseId).orElseThrow();
        assertEquals(CaseStatus.CONFISCATED, confiscated.status());
        assertEquals("system", confiscated.decidedBy());
        assertTrue(confiscated
                .protestDeadline()
                .isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(170)));
        assertTrue(
                inbox.of(importer).stream()
                        .anyMatch(m -> m.subject().equals("Confiscation notice: entry " + number)
                                && m.link().endsWith("/cases/" + caseId + "/confiscation")),
                "the confiscation notice reaches the importer's inbox, linking to the notice and its PDF");
        assertEquals(
                1,
                runtime.createExecutionQuery()
                        .processInstanceId(process.getId())
                        .activityId("ReceiveTask_AwaitProtest")
                        .count(),
                "the protest window is open");
        assertTrue(timer(process, "Timer_ProtestWindowClosed") != null);
    }

    private Job timer(ProcessInstance process, String activityId) {
        return management
                .createJobQuery()
                .processInstanceId(process.getId())
                .activityId(activityId)
                .singleResult();
    }

    @Test
    void aFailingProcessStartRollsBackTheEntryAndTheCaseAndASuccessfulOneCommitsAllThree() {
        publishDesignationOnXinjiangCotton();
        Actor importer = Actor.of("importer-a", "Alice", Set.of(Role.IMPORTER), "ACME-IMPORTS");
        String number = "TX-" + UUID.randomUUID().toString().substring(0, 8);

        Deployment broken = repository
                .createDeployment()
                .name("broken-detention-case")
                .addModelInstance(
                        "detention-case.bpmn",
                        Bpmn.createExecutableProcess(DetentionProcess.KEY)
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("Task_Explode")
                                .camundaExpression("${noSuchBean.explode()}")
                                .endEvent()
                                .done())
                .deploy();
        try {
            assertThrows(RuntimeException.class, () -> filing.file(importer, draft(number)));
            assertTrue(entries.findByNumber("ACME-IMPORTS", number).isEmpty(), "no entry without its process");
        } finally {
            repository.deleteDeployment(broken.getId(), true);
        }

        EntryService.Filing filed = filing.file(importer, draft(number));
        assertEquals(EntryStatus.DETAINED, filed.entry().status());
        UUID caseId = filed.openedCase().orElseThrow();
        assertTrue(cases.find(caseId).isPresent());
        assertEquals(
                1,
                runtime.createProcessInstanceQuery()
                        .processDefinitionKey(DetentionProcess.KEY)
                        .processInstanceBusinessKey(caseId.toString())
                        .count());
    }

    private void publishDesignationOnXinjiangCotton() {
        Actor regulator = Actor.of("regulator", "Amina", Set.of(Role.REGULATOR), null);
        Actor senior = Actor.of("senior-regulator", "Jonas", Set.of(Role.SENIOR_REGULATOR, Role.REGULATOR), null);
        Designation d = designations.draft(
                regulator,
                new DesignationDraft(
                        "Xinjiang cotton (transaction test)",
                        List.of("650000"),
                        List.of("COTTON"),
                        "Rebuttable presumption",
                        "Test",
                        List.of("a0000000-0000-4000-8000-000000000001"),
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        null));
        Map<AssessmentItem, RiskAssessment.Cell> cells = new EnumMap<>(AssessmentItem.class);
        AssessmentItem.matrix()
                .forEach(item -> cells.put(item, new RiskAssessment.Cell("Shown", List.of(EVIDENCE), null)));
        designations.assess(
                regulator,
                d.id(),
                new RiskAssessment(
                        new RiskAssessment.Precondition(true, "Targets", List.of(EVIDENCE)),
                        new RiskAssessment.Precondition(true, "Work teams", List.of(EVIDENCE)),
                        cells,
                        Set.of(),
                        null));
        designations.submit(regulator, d.id());
        designations.approve(senior, d.id());
    }

    private static EntryFiling draft(String number) {
        return EntryAssembler.filing(
                new EntryDraft(
                        number,
                        "520100",
                        "Raw cotton",
                        "CN",
                        "100.00",
                        "USD",
                        LocalDate.now(ZoneOffset.UTC).toString(),
                        "Hamburg",
                        List.of(new EntryDraft.InputDraft("1", "Cotton", "5201", "Gin", "653125", null, null))),
                new EntryAssembler.References(code -> true, code -> true),
                LocalDate.now(ZoneOffset.UTC));
    }
}
