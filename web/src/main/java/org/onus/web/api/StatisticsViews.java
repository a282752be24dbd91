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
import org.onus.core.statistics.StatusCount;
import org.onus.core.statistics.StatusGroup;
import org.onus.core.statistics.Tally;

/**
 * The JSON and CSV shapes of the public case statistics. Aggregates only: the report they are made
 * from holds no organisation, importer, entry number or id.
 */
@ApplicationScoped
public class StatisticsViews {

    /** A sum of declared values in one currency; the amount as a string, exact. */
    @Schema(requiredProperties = {"currency", "amount"})
    public record ValueView(String currency, String amount) {}

    @Schema(requiredProperties = {"count"})
    public record TallyView(long count, List<ValueView> values) {

        static TallyView of(Tally t) {
            return new TallyView(
                    t.count(),
                    t.values().stream()
                            .map(v -> new ValueView(v.currency(), v.amount().toPlainString()))
                            .toList());
        }
    }

    /**
     * @param byGroup PENDING, RELEASED and CONFISCATED, always all three
     */
    @Schema(requiredProperties = {"cases", "values", "byGroup"})
    public record TotalsView(long cases, List<ValueView> values, Map<String, TallyView> byGroup) {}

    @Schema(requiredProperties = {"status", "group"})
    public record StatusView(String status, String group, long count, List<ValueView> values) {}

    /**
     * One row of a dimension.
     *
     * @param key sector code (or OTHER), ISO country code, YYYY-MM, route (or NONE)
     * @param name the sector's or country's name; the key for months and routes
     */
    @Schema(requiredProperties = {"key", "name"})
    public record BreakdownView(
            String key, String name, long count, List<ValueView> values, Map<String, TallyView> byGroup) {}

    /**
     * @param from first detention day counted, absent when open
     * @param to last detention day counted, absent when open
     */
    @Schema(requiredProperties = {"generatedAt", "totals", "byStatus", "bySector", "byOrigin", "byMonth", "byRoute"})
    public record StatisticsView(
            Instant generatedAt,
            LocalDate from,
            LocalDate to,
            TotalsView totals,
            List<StatusView> byStatus,
            List<BreakdownView> bySector,
            List<BreakdownView> byOrigin,
            List<BreakdownView> byMonth,
            List<BreakdownView> byRoute) {}

    public StatisticsView view(CaseStatisticsReport r) {
        TallyView total = TallyView.of(r.total());
        return new StatisticsView(
                r.generatedAt(),
                r.period().from(),
                r.period().to(),
                new TotalsView(total.count(), total.values(), groups(r.byGroup())),
                r.byStatus().stream().map(StatisticsViews::status).toList(),
                breakdowns(r.bySector()),
                breakdowns(r.byOrigin()),
                breakdowns(r.byMonth()),
                breakdowns(r.byRoute()));
    }

    /** The CSV's columns, in order. */
    static final String[] CSV_HEADER = {"dimension", "key", "name", "group", "count", "currency", "value"};

    /**
     * One tidy table: a row per dimension, key, group and currency. {@code group} is ALL for every
     * case of the key, or PENDING, RELEASED or CONFISCATED; for a status row it is the status's
     * group. A count repeats on each currency row of the same dimension, key and group; a key or
     * group without cases has one row with count 0 and no currency.
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
        if (t.values().isEmpty()) {
            csv.printRecord(dimension, key, name, group, t.count(), "", "");
            return;
        }
        for (var v : t.values()) {
            csv.printRecord(
                    dimension,
                    key,
                    name,
                    group,
                    t.count(),
                    v.currency(),
                    v.amount().toPlainString());
        }
    }

    private static StatusView status(StatusCount s) {
        TallyView t = TallyView.of(s.tally());
        return new StatusView(s.status(), s.group().name(), t.count(), t.values());
    }

    private static List<BreakdownView> breakdowns(List<Breakdown> rows) {
        return rows.stream()
                .map(b -> {
                    TallyView t = TallyView.of(b.total());
                    return new BreakdownView(b.key(), b.label(), t.count(), t.values(), groups(b.byGroup()));
                })
                .toList();
    }

    private static Map<String, TallyView> groups(Map<StatusGroup, Tally> byGroup) {
        Map<String, TallyView> out = new LinkedHashMap<>();
        byGroup.forEach((g, t) -> out.put(g.name(), TallyView.of(t)));
        return out;
    }
}
