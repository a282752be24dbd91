package org.onus.core.entry;

import java.util.List;

/** One page of an entry list and how many entries match the filters on all pages. */
public record EntryPage(List<Entry> entries, long total) {

    public EntryPage {
        entries = List.copyOf(entries);
    }

    public static EntryPage empty() {
        return new EntryPage(List.of(), 0);
    }
}
