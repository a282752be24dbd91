package org.onus.core.publication;

import java.util.List;

/** One page of published decisions, newest decision first, with how many match in all. */
public record DecisionPage(long total, int page, int pageSize, List<PublishedDecision> items) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasNext() {
        return page < pages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
