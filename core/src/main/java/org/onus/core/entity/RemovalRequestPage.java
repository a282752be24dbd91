package org.onus.core.entity;

import java.util.List;

/** One page of removal requests (or of decisions on them) and how many there are in all. */
public record RemovalRequestPage(List<RemovalRequest> items, long total) {

    public RemovalRequestPage {
        items = List.copyOf(items);
    }
}
