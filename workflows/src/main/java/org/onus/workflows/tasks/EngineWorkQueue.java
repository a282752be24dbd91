package org.onus.workflows.tasks;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.tasks.WorkItem;
import org.onus.core.tasks.WorkQueue;

/** The work queue as the engine's task service knows it. */
@Stateless
public class EngineWorkQueue implements WorkQueue {

    @Inject
    TaskService tasks;

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    /**
     * Two counts and at most two page reads, whatever the queue's length: the tasks with a deadline
     * come first and those without after them, so a page may straddle the two.
     */
    @Override
    public Page page(Actor actor, int page, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one task");
        }
        long withDue = visibleTo(actor).dueAfter(new Date(0)).count();
        long total = withDue + visibleTo(actor).withoutDueDate().count();
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int shown = Math.min(Math.max(page, 1), pages);
        long offset = (long) (shown - 1) * size;
        List<Task> open = new ArrayList<>();
        if (offset < withDue) {
            open.addAll(visibleTo(actor)
                    .dueAfter(new Date(0))
                    .orderByDueDate()
                    .asc()
                    .orderByTaskId()
                    .asc()
                    .listPage(Math.toIntExact(offset), size));
        }
        if (open.size() < size && total > withDue) {
            open.addAll(visibleTo(actor)
                    .withoutDueDate()
                    .orderByTaskCreateTime()
                    .asc()
                    .orderByTaskId()
                    .asc()
                    .listPage(Math.toIntExact(Math.max(0, offset - withDue)), size - open.size()));
        }
        Map<String, ProcessDefinition> processes = processes(open);
        Map<String, String> businessKeys = businessKeys(open);
        return new Page(items(actor, open, processes, businessKeys), shown, size, pages, total);
    }

    private static List<WorkItem> items(
            Actor actor, List<Task> open, Map<String, ProcessDefinition> processes, Map<String, String> businessKeys) {
        return open.stream()
                .map(t -> new WorkItem(
                        t.getId(),
                        t.getName(),
                        nameOf(processes.get(t.getProcessDefinitionId())),
                        businessKeys.getOrDefault(t.getProcessInstanceId(), ""),
                        instant(t.getCreateTime()),
                        instant(t.getDueDate()),
                        actor.username().equals(t.getAssignee()),
                        linkFor(
                                keyOf(processes.get(t.getProcessDefinitionId())),
                                businessKeys.get(t.getProcessInstanceId())),
                        t.getTaskDefinitionKey(),
                        keyOf(processes.get(t.getProcessDefinitionId()))))
                .toList();
    }

    /** Where each process's tasks are done: the page of the case the business key names. */
    static String linkFor(String processKey, String businessKey) {
        if (businessKey == null || businessKey.isBlank()) {
            return null;
        }
        return switch (processKey == null ? "" : processKey) {
            case "designation-lifecycle" -> "/designations/" + businessKey;
            case "detention-case" -> "/cases/" + businessKey;
            case "upr-recommendation" -> "/upr/recommendations/" + businessKey;
            default -> null;
        };
    }

    private TaskQuery visibleTo(Actor actor) {
        List<String> groups = actor.roles().stream().map(Role::realmName).toList();
        TaskQuery query = tasks.createTaskQuery()
                .active()
                .or()
                .taskAssignee(actor.username())
                .taskCandidateUser(actor.username());
        if (!groups.isEmpty()) {
            query.taskCandidateGroupIn(groups);
        }
        return query.endOr();
    }

    /** The definitions of the tasks' processes, by id, in one query. */
    private Map<String, ProcessDefinition> processes(List<Task> open) {
        String[] ids = open.stream()
                .map(Task::getProcessDefinitionId)
                .filter(Objects::nonNull)
                .distinct()
                .toArray(String[]::new);
        if (ids.length == 0) {
            return Map.of();
        }
        return repository.createProcessDefinitionQuery().processDefinitionIdIn(ids).list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getId, d -> d, (a, b) -> a));
    }

    private static String nameOf(ProcessDefinition d) {
        return d == null ? "" : d.getName() != null ? d.getName() : d.getKey();
    }

    private static String keyOf(ProcessDefinition d) {
        return d == null ? null : d.getKey();
    }

    private Map<String, String> businessKeys(List<Task> open) {
        Set<String> ids = open.stream()
                .map(Task::getProcessInstanceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(ids).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
