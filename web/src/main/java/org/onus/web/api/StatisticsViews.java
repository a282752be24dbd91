package org.onus.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onus.core.statistics.Breakdown;
import org.onus.core.statistics.CaseStatisticsReport;
import org.onus.core.statistics.CurrencyAmount;
import org.onus.core.statistics.StatusCount;
import org.onus.core.statistics.StatusGroup;
import org.onus.core.statistics.Tally;

/**
 * The JSON and CSV shapes of the public case statistics. Aggregates only: the report they are made
 * from holds no organisation, importer, entry number or id.
 */
@ApplicationScoped
public class StatisticsViews {

    /**
     * A sum of declared values in one currency; the amount as a string, exact.
     *
     * @param amount absent when the value is hidden
     * @param suppressed true when the value is hidden (one importer contributed more than the dominance
     *     share, fewer than the threshold of cases declared the currency, or it would let a total reveal
     *     another hidden value); absent otherwise
     */
    @Schema(requiredProperties = {"currency"})
    public record ValueView(String currency, String amount, Boolean suppressed) {

        public ValueView(String currency, String amount) {
            this(currency, amount, null);
        }

        static ValueView of(CurrencyAmount v) {
            return v.suppressed()
                    ? new ValueView(v.currency(), null, Boolean.TRUE)
                    : new ValueView(v.currency(), v.amount().toPlainString(), null);
        }
    }

    /**
     * @param count absent when the cell is suppressed
     * @param values absent when the cell is suppressed
     * @param suppressed true when the cell is hidden (fewer cases than the threshold, or hidden so that a
     *     total cannot reveal another hidden cell); absent otherwise
     */
    public record TallyView(Long count, List<ValueView> values, Boolean suppressed) {

        static TallyView of(Tally t) {
            if (t.suppressed()) {
                return new TallyView(null, null, Boolean.TRUE);
            }
            return new TallyView(
                    t.count(), t.values().stream().map(ValueView::of).toList(), null);
        }
    }

    /**
     * @param cases absent when suppressed
     * @param byGroup PENDING, RELEASED, CONFISCATED and EXCLUDED, always all four
     */
    @Schema(requiredProperties = {"byGroup"})
    public record TotalsView(Long cases, List<ValueView> values, Boolean suppressed, Map<String, TallyView> byGroup) {}

    @Schema(requiredProperties = {"status", "group"})
    public record StatusView(String status, String group, Long count, List<ValueView> values, Boolean suppressed) {}

    /**
     * One row of a dimension.
     *
     * @param key sector code (or OTHER), ISO country code, YYYY-MM, route (or NONE), HS chapter (two
     *     digits)
     * @param name the sector's or country's name; the key for months, routes and chapters
     */
    @Schema(requiredProperties = {"key", "name"})
    public record BreakdownView(
            String key,
            String name,
            Long count,
            List<ValueView> values,
            Boolean suppressed,
            Map<String, TallyView> byGroup) {}

    /**
     * The suppression rules the figures were made with.
     *
     * @param minCount counts from 1 to minCount − 1 are suppressed
     * @param dominancePercent a value is suppressed when one importer contributed more than this share
     */
    @Schema(requiredProperties = {"minCount", "dominancePercent"})
    public record RulesView(int minCount, int dominancePercent) {}

    /**
     * @param period the fixed period: YYYY-MM, YYYY-Qn, FYyyyy or all
     * @param from first detention day counted, absent for all time
     * @param to last detention day counted, absent for all time
     */
    @Schema(
            requiredProperties = {
                "generatedAt",
                "period",
                "suppression",
                "totals",
                "byStatus",
                "bySector",
                "byOrigin",
                "byMonth",
                "byRoute",
                "byChapter"
            })
    public record StatisticsView(
            Instant generatedAt,
            String period,
            LocalDate from,
            LocalDate to,
            RulesView suppression,
            TotalsView totals,
            List<StatusView> byStatus,
            List<BreakdownView> bySector,
            List<BreakdownView> byOrigin,
            List<BreakdownView> byMonth,
            List<BreakdownView> byRoute,
            List<BreakdownView> byChapter) {}

    public StatisticsView view(CaseStatisticsReport r) {
        TallyView total = TallyView.of(r.total());
        return new StatisticsView(
                r.generatedAt(),
                r.period().key(),
                r.period().from(),
                r.period().to(),
                new RulesView(r.rules().threshold(), r.rules().dominancePercent()),
                new TotalsView(total.count(), total.values(), total.suppressed(), groups(r.byGroup())),
                r.byStatus().stream().map(StatisticsViews::status).toList(),
                breakdowns(r.bySector()),
                breakdowns(r.byOrigin()),
                breakdowns(r.byMonth()),
                breakdowns(r.byRoute()),
                breakdowns(r.byChapter()));
    }

    /** The CSV's columns, in order. */
    static final String[] CSV_HEADER = {"dimension", "key", "name", "group", "count", "currency", "value", "suppressed"
    };

    /** The {@code suppressed} column: the whole cell is hidden. */
    static final String CELL = "cell";

    /** The {@code suppressed} column: this currency's value is hidden, the count is shown. */
    static final String VALUE = "value";

    /**
     * One tidy table: a row per dimension, key, group and currency. {@code group} is ALL for every
     * case of the key, or PENDING, RELEASED, CONFISCATED or EXCLUDED; for a status row it is the
     * status's group. A count repeats on each currency row of the same dimension, key and group; a key
     * or group without cases has one row with count 0 and no currency. A suppressed cell has one row
     * with no count, currency or value and {@code cell} in the last column; a hidden value has its
     * currency, no value and {@code value}.
     */
    public String csv(CaseStatisticsReport r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv =
                CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get().print(out)) {
            tally(csv, "total", "ALL", "All cases", "ALL", r.total());
            for (StatusGroup g : StatusGroup.values()) {
                tally(csv, "total", "ALL", "All cases", g.name(), r.group(g));
            }
            for (StatusCount s : r.byStatus()) {
                tally(csv, "status", s.status(), s.status(), s.group().name(), s.tally());
            }
            dimension(csv, "sector", r.bySector());
            dimension(csv, "origin", r.byOrigin());
            dimension(csv, "month", r.byMonth());
            dimension(csv, "route", r.byRoute());
            dimension(csv, "chapter", r.byChapter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void dimension(CSVPrinter csv, String dimension, List<Breakdown> rows) throws IOException {
        for (Breakdown b : rows) {
            tally(csv, dimension, b.key(), b.label(), "ALL", b.total());
            for (StatusGroup g : StatusGroup.values()) {
                tally(csv, dimension, b.key(), b.label(), g.name(), b.group(g));
            }
        }
    }

    private static void tally(CSVPrinter csv, String dimension, String key, String name, String group, Tally t)
            throws IOException {
        if (t.suppressed()) {
            csv.printRecord(dimension, key, name, group, "", "", "", CELL);
            return;
        }
        if (t.values().isEmpty()) {
            csv.printRecord(dimension, key, name, group, t.count(), "", "", "");
            return;
        }
        for (CurrencyAmount v : t.values()) {
            csv.printRecord(
                    dimension,
                    key,
                    name,
                    group,
                    t.count(),
                    v.currency(),
                    v.suppressed() ? "" : v.amount().toPlainString(),
                    v.suppressed() ? VALUE : "");
        }
    }

    private static StatusView status(StatusCount s) {
        TallyView t = TallyView.of(s.tally());
        return new StatusView(s.status(), s.group().name(), t.count(), t.values(), t.suppressed());
    }

    private static List<BreakdownView> breakdowns(List<Breakdown> rows) {
        return rows.stream()
                .map(b -> {
                    TallyView t = TallyView.of(b.total());
                    return new BreakdownView(
                            b.key(), b.label(), t.count(), t.values(), t.suppressed(), groups(b.byGroup()));
                })
                .toList();
    }

    private static Map<String, TallyView> groups(Map<StatusGroup, Tally> byGroup) {
        Map<String, TallyView> out = new LinkedHashMap<>();
        byGroup.forEach((g, t) -> out.put(g.name(), TallyView.of(t)));
        return out;
    }
}
