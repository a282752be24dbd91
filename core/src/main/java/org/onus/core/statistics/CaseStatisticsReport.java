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
 * @param byChapter HS chapters (the first two digits of the goods' HS code), most cases first
 * @param rules the suppression rules the report was made with: every tally is already suppressed
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
        List<Breakdown> byRoute,
        List<Breakdown> byChapter,
        SuppressionRules rules) {

    /** The key of cases with no rebuttal route chosen yet. */
    public static final String NO_ROUTE = "NONE";

    public CaseStatisticsReport {
        byGroup = StatusGroup.ordered(byGroup);
    }

    public Tally group(StatusGroup group) {
        return byGroup.getOrDefault(group, Tally.ZERO);
    }

    /** No case at all in the period (a suppressed total is not empty). */
    public boolean isEmpty() {
        return total.count() == 0 && !total.suppressed();
    }

    /** Whether any number of the report is hidden, to explain why on the page. */
    public boolean anySuppressed() {
        java.util.stream.Stream<Tally> tallies = java.util.stream.Stream.of(
                        java.util.stream.Stream.of(total),
                        byGroup.values().stream(),
                        byStatus.stream().map(StatusCount::tally),
                        java.util.stream.Stream.of(bySector, byOrigin, byMonth, byRoute, byChapter)
                                .flatMap(List::stream)
                                .flatMap(b -> java.util.stream.Stream.concat(
                                        java.util.stream.Stream.of(b.total()), b.byGroup().values().stream())))
                .flatMap(s -> s);
        return tallies.anyMatch(t -> t.suppressed() || t.values().stream().anyMatch(CurrencyAmount::suppressed));
    }
}
