package org.onus.core.upr;

import java.util.List;

/**
 * One page of what a search found, newest cycle first, and how many there are in all.
 *
 * @param page from 1
 * @param pageSize the most a page holds
 */
public record UprHits(long total, int page, int pageSize, List<UprHit> items) {

    public UprHits {
        items = List.copyOf(items);
    }

    public int pages() {
        return total == 0 ? 1 : (int) ((total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
