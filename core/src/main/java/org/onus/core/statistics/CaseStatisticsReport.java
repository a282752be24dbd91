package org.onus.core.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Detention cases in aggregate: what the public statistics page and API show.
 *
 * @param byGroup every group in order, zero when empty
 * @param byStatus every status in the order a case moves through them
 * @param bySector sectors with cases, most cases first, {@code OTHER} last; a case whose HS code two
 *     sectors claim counts in both
 * @param byOrigin countries of origin with cases, most cases first
 * @param byMonth every month from the first detention counted to the last, oldest first
 * @param byRoute the rebuttal routes and {@code NONE} (no route chosen yet)
 */
public record CaseStatisticsReport(
        Instant generatedAt,
        Period period,
        Tally total,
        Map<StatusGroup, Tally> byGroup,
        List<StatusCount> byStatus,
        List<Breakdown> bySector,
        List<Breakdown> byOrigin,
        List<Breakdown> byMonth,
        List<Breakdown> byRoute) {

    /** The key of cases with no rebuttal route chosen yet. */
    public static final String NO_ROUTE = "NONE";

    public CaseStatisticsReport {
        byGroup = StatusGroup.ordered(byGroup);
    }

    public Tally group(StatusGroup group) {
        return byGroup.getOrDefault(group, Tally.ZERO);
    }

    public boolean isEmpty() {
        return total.count() == 0;
    }
}
