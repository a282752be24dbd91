package org.onus.core.tasks;

import java.util.List;
import org.onus.core.identity.Actor;

/** The tasks waiting for a person, implemented by the process engine (workflows). */
public interface WorkQueue {

    /** How many tasks a page of the queue shows. */
    int PAGE_SIZE = 25;

    /**
     * One page of a queue.
     *
     * @param page the page shown, from 1 (a page past the last shows the last)
     * @param size how many tasks a page holds
     * @param pages how many pages there are, at least 1
     * @param total how many tasks wait in all
     */
    record Page(List<WorkItem> items, int page, int size, int pages, long total) {
        public Page {
            items = List.copyOf(items);
        }

        /** The position (from 1) of the page's first task, 0 when the queue is empty. */
        public long first() {
            return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        /** The position of the page's last task. */
        public long last() {
            return items.isEmpty() ? 0 : first() + items.size() - 1;
        }
    }

    /**
     * A page of the open tasks assigned to the actor or offered to one of their roles: those with a
     * deadline first, nearest deadline first, then the rest oldest first, ties by task id, so that
     * paging neither repeats nor skips a task while the queue stands still.
     */
    Page page(Actor actor, int page, int size);

    /** The first page, {@link #PAGE_SIZE} tasks. */
    default List<WorkItem> of(Actor actor) {
        return page(actor, 1, PAGE_SIZE).items();
    }
}
