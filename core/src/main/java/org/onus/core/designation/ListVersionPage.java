package org.onus.core.designation;

import java.util.List;

/** One page of the list versions, newest first, and how many versions there are. */
public record ListVersionPage(List<ListVersionRow> rows, long total) {

    public ListVersionPage {
        rows = List.copyOf(rows);
    }
}
