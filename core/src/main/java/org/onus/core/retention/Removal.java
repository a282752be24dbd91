package org.onus.core.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one rule removed in one run.
 *
 * @param cutoff records before this moment were due
 * @param counts how many of each kind (e.g. {@code cases}, {@code documents}, {@code files})
 * @param ids the ids of the records removed or reduced (the rule's main kind)
 */
public record Removal(Instant cutoff, Map<String, Integer> counts, List<String> ids) {

    public Removal {
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
        ids = List.copyOf(ids);
    }

    public static Removal nothing(Instant cutoff) {
        return new Removal(cutoff, Map.of(), List.of());
    }

    /** The number of records of the rule's main kind. */
    public int removed() {
        return ids.size();
    }
}
