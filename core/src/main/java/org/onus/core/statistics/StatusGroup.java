package org.onus.core.statistics;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.onus.core.detention.CaseStatus;

/** How the public reads a case's status: still open, goods released, or goods confiscated. */
public enum StatusGroup {
    /** Detained and not finally decided: awaiting a rebuttal, its review or approval, or a protest. */
    PENDING,
    /** The goods were released, at first or on protest. */
    RELEASED,
    /** The goods were confiscated and the protest, if any, was denied. */
    CONFISCATED,
    /** The entry was refused (deemed or decided exclusion): the goods were never admitted. */
    EXCLUDED;

    public static StatusGroup of(CaseStatus status) {
        return switch (status) {
            case DETAINED, REBUTTAL_SUBMITTED, INFO_REQUESTED, AWAITING_APPROVAL, PROTESTED -> PENDING;
            case RELEASED, PROTEST_UPHELD -> RELEASED;
            case CONFISCATED, PROTEST_DENIED -> CONFISCATED;
            case EXCLUDED -> EXCLUDED;
        };
    }

    /** An unmodifiable copy that lists the groups in this order, every group present (zero when missing). */
    static Map<StatusGroup, Tally> ordered(Map<StatusGroup, Tally> tallies) {
        Map<StatusGroup, Tally> copy = new EnumMap<>(StatusGroup.class);
        for (StatusGroup g : values()) {
            copy.put(g, tallies.getOrDefault(g, Tally.ZERO));
        }
        return Collections.unmodifiableMap(copy);
    }
}
