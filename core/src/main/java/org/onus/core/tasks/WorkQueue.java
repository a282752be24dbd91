package org.onus.core.tasks;

import java.util.List;
import org.onus.core.identity.Actor;

/** The tasks waiting for a person, implemented by the process engine (workflows). */
public interface WorkQueue {

    /**
     * Open tasks assigned to the actor or offered to one of their roles: those with a deadline
     * first, nearest deadline first, then the rest oldest first.
     */
    List<WorkItem> of(Actor actor);
}
