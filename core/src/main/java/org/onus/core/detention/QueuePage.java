package org.onus.core.detention;

import java.util.List;

/** A page of the work queue and how many cases match in all. */
public record QueuePage(List<QueueRow> rows, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
