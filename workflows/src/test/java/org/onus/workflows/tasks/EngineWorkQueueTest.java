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
import org.onus.core.tasks.WorkQueue;
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

    @Test
    void pagesTogetherHoldEveryTaskOnceInQueueOrderWhereverThePageBoundsFall() {
        TaskService tasks = processEngine.getTaskService();
        java.util.List<String> expected = new java.util.ArrayList<>();
        // 11 with deadlines (two sharing one: the task id breaks the tie), 12 without.
        Instant base = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 11; i++) {
            start("due-" + i, "auditor", null);
            setDue(tasks, "due-" + i, base.plus(Math.min(i, 9), ChronoUnit.HOURS));
        }
        for (int i = 0; i < 12; i++) {
            start("open-" + i, "auditor", null);
        }
        Actor ada = Actor.of("ada", "Ada", Set.of(Role.AUDITOR), null);
        java.util.List<String> whole = queue.page(ada, 1, 100).items().stream()
                .map(WorkItem::businessKey)
                .toList();
        assertThat(whole).hasSize(23);
        assertThat(whole.subList(0, 11)).allSatisfy(k -> assertThat(k).startsWith("due-"));
        assertThat(whole.subList(11, 23)).allSatisfy(k -> assertThat(k).startsWith("open-"));

        for (int size : new int[] {1, 4, 5, 11, 12, 22, 23}) {
            java.util.List<String> paged = new java.util.ArrayList<>();
            WorkQueue.Page first = queue.page(ada, 1, size);
            assertThat(first.total()).isEqualTo(23);
            assertThat(first.pages()).isEqualTo((23 + size - 1) / size);
            for (int p = 1; p <= first.pages(); p++) {
                WorkQueue.Page page = queue.page(ada, p, size);
                assertThat(page.page()).isEqualTo(p);
                assertThat(page.first()).isEqualTo((long) (p - 1) * size + 1);
                assertThat(page.items()).hasSizeLessThanOrEqualTo(size);
                page.items().forEach(i -> paged.add(i.businessKey()));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(whole);
        }
        WorkQueue.Page past = queue.page(ada, 99, 5);
        assertThat(past.page()).as("a page past the last shows the last").isEqualTo(5);
        assertThat(past.items()).hasSize(3);
        assertThat(queue.page(ada, 0, 5).page()).isEqualTo(1);
        WorkQueue.Page none = queue.page(Actor.of("nobody", "Nobody", Set.of(), null), 3, 5);
        assertThat(none.page()).isEqualTo(1);
        assertThat(none.pages()).isEqualTo(1);
        assertThat(none.total()).isZero();
        assertThat(none.first()).isZero();
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
