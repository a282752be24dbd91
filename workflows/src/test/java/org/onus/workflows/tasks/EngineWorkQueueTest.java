package org.onus.workflows.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.tasks.WorkItem;
import org.onus.workflows.testing.ProcessTestEngines;

class EngineWorkQueueTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessTestEngines.extension();

    ProcessEngine processEngine;

    private EngineWorkQueue queue;
    private String deploymentId;

    @BeforeEach
    void setUp() {
        queue = new EngineWorkQueue();
        queue.tasks = processEngine.getTaskService();
        queue.repository = processEngine.getRepositoryService();
        queue.runtime = processEngine.getRuntimeService();
        deploymentId = processEngine
                .getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "review.bpmn",
                        Bpmn.createExecutableProcess("review-probe")
                                .name("Review probe")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .userTask("Task_Review")
                                .name("Review the draft")
                                .camundaCandidateGroups("${group}")
                                .camundaAssignee("${assignee}")
                                .endEvent()
                                .done())
                .deploy()
                .getId();
    }

    @AfterEach
    void tearDown() {
        processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void showsTasksOfferedToTheActorsRolesAndAssignedToThemButNotOthers() {
        start("for-seniors", "senior-regulator", null);
        start("for-rita", "upr-drafter", "rita");
        start("for-officers", "customs-officer", null);

        var items = queue.of(Actor.of("rita", "Rita", Set.of(Role.REGULATOR, Role.SENIOR_REGULATOR), null));

        assertThat(items).extracting(WorkItem::businessKey).containsExactlyInAnyOrder("for-seniors", "for-rita");
        assertThat(items)
                .filteredOn(WorkItem::assignedToMe)
                .extracting(WorkItem::businessKey)
                .containsExactly("for-rita");
        assertThat(items).allSatisfy(i -> {
            assertThat(i.name()).isEqualTo("Review the draft");
            assertThat(i.processName()).isEqualTo("Review probe");
        });
    }

    @Test
    void nearestDeadlineComesFirstAndTasksWithoutDeadlineLast() {
        start("no-deadline", "auditor", null);
        start("later", "auditor", null);
        start("sooner", "auditor", null);
        TaskService tasks = processEngine.getTaskService();
        setDue(tasks, "later", Instant.now().plus(10, ChronoUnit.DAYS));
        setDue(tasks, "sooner", Instant.now().plus(1, ChronoUnit.DAYS));

        var items = queue.of(Actor.of("ada", "Ada", Set.of(Role.AUDITOR), null));

        assertThat(items).extracting(WorkItem::businessKey).containsExactly("sooner", "later", "no-deadline");
        assertThat(items.get(0).due()).isNotNull();
        assertThat(items.get(2).due()).isNull();
    }

    @Test
    void anActorWithoutRolesOrTasksHasAnEmptyQueue() {
        start("for-seniors", "senior-regulator", null);

        assertThat(queue.of(Actor.of("nobody", "Nobody", Set.of(), null))).isEmpty();
    }

    private void start(String businessKey, String group, String assignee) {
        var variables = new java.util.HashMap<String, Object>();
        variables.put("group", group);
        variables.put("assignee", assignee);
        processEngine.getRuntimeService().startProcessInstanceByKey("review-probe", businessKey, variables);
    }

    private void setDue(TaskService tasks, String businessKey, Instant due) {
        var task =
                tasks.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult();
        task.setDueDate(Date.from(due));
        tasks.saveTask(task);
    }
}
