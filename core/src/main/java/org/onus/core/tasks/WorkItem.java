package org.onus.core.tasks;

import java.time.Instant;

/**
 * One task in a person's work queue.
 *
 * @param assignedToMe true when the task is assigned to the person, false when it is offered to a
 *     role they hold and anyone with that role may take it
 * @param link the portal page where the person does the task, or null
 * @param taskKey the task's id in its BPMN model (e.g. {@code Task_ReviewRebuttal}), which names
 *     it in the reader's language; null when unknown, then {@code name} (the model's English) shows
 * @param processKey the process's key (e.g. {@code detention-case}), likewise
 */
public record WorkItem(
        String taskId,
        String name,
        String processName,
        String businessKey,
        Instant created,
        Instant due,
        boolean assignedToMe,
        String link,
        String taskKey,
        String processKey) {

    public WorkItem(
            String taskId,
            String name,
            String processName,
            String businessKey,
            Instant created,
            Instant due,
            boolean assignedToMe,
            String link) {
        this(taskId, name, processName, businessKey, created, due, assignedToMe, link, null, null);
    }
}
