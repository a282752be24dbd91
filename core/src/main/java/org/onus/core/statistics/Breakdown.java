package org.onus.core.statistics;

import java.util.Map;

/**
 * One row of a dimension (a sector, a country of origin, a month, a route, a status): all its cases
 * and the same split by outcome.
 *
 * @param key the stable key: sector code, ISO country code, {@code YYYY-MM}, route or status
 * @param label what people read: the sector's name, the country's English name; the key otherwise
 * @param byGroup every group, in order, zero when no case of the row is in it
 */
public record Breakdown(String key, String label, Tally total, Map<StatusGroup, Tally> byGroup) {

    public Breakdown {
        byGroup = StatusGroup.ordered(byGroup);
    }

    public Tally group(StatusGroup group) {
        return byGroup.getOrDefault(group, Tally.ZERO);
    }
}
