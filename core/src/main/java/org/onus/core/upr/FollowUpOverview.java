package org.onus.core.upr;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every recommendation a State supported or noted in one cycle, own and imported, each with its
 * latest implementation status, and how many stand at each status.
 */
public record FollowUpOverview(String stateUnderReview, int cycle, List<FollowUpItem> items) {

    public FollowUpOverview {
        items = List.copyOf(items);
    }

    /** How many stand at each status, every status listed (zero included), in the enum's order. */
    public Map<ImplementationStatus, Long> countsByStatus() {
        Map<ImplementationStatus, Long> counts = new EnumMap<>(ImplementationStatus.class);
        for (ImplementationStatus s : ImplementationStatus.values()) {
            counts.put(s, items.stream().filter(i -> i.status() == s).count());
        }
        return counts;
    }

    public long notAssessed() {
        return items.stream().filter(i -> i.latest() == null).count();
    }

    /** Supported and noted, in that order. */
    public Map<StateResponse, Long> countsByResponse() {
        Map<StateResponse, Long> counts = new LinkedHashMap<>();
        for (StateResponse r : List.of(StateResponse.SUPPORTED, StateResponse.NOTED)) {
            counts.put(r, items.stream().filter(i -> i.response() == r).count());
        }
        return counts;
    }

    /** "China, 4th cycle". */
    public String label() {
        return stateUnderReview + ", " + UprReview.ordinal(cycle) + " cycle";
    }
}
