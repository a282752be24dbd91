package org.onus.core.tasks;

import java.time.Instant;

/**
 * One task in a person's work queue.
 *
 * @param assignedToMe true when the task is assigned to the person, false when it is offered to a
 *     role they hold and anyone with that role may take it
 * @param link the portal page where the person does the task, or null
 */
public record WorkItem(
        String taskId,
        String name,
        String processName,
        String businessKey,
        Instant created,
        Instant due,
        boolean assignedToMe,
        String link) {}
