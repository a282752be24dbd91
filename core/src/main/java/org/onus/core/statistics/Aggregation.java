package org.onus.core.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.onus.core.detention.CaseStatus;
import org.onus.core.rebuttal.Route;
import org.onus.core.sector.SectorAssignment;

/**
 * Rolls the database's groups up into every dimension of the report, then suppresses: one computation
 * that the JSON, the CSV and the page only render.
 */
final class Aggregation {

    private Aggregation() {}

    static CaseStatisticsReport report(
            Instant generatedAt, Period period, List<CaseRow> rows, SectorAssignment sectors) {
        return report(generatedAt, period, rows, sectors, SuppressionRules.DEFAULT);
    }

    static CaseStatisticsReport report(
            Instant generatedAt, Period period, List<CaseRow> rows, SectorAssignment sectors, SuppressionRules rules) {
        Built built = build(period, rows, sectors);
        Suppression.apply(rules, built.lines());
        return built.publish(generatedAt, rules);
    }

    /** Every cell of one period's report, rolled up from the database's groups, not yet suppressed. */
    static Built build(Period period, List<CaseRow> rows, SectorAssignment sectors) {
        Built b = new Built(period, sectors);
        YearMonth first = null;
        YearMonth last = null;
        for (CaseRow row : rows) {
            StatusGroup group = group(row.status());
            add(b.total, row);
            add(b.groups.get(group), row);
            add(b.statuses.computeIfAbsent(row.status(), s -> new Cell()), row);
            for (String code : sectors.sectorsOf(row.hsCode())) {
                b.sector.add(code, group, row);
            }
            b.origin.add(row.originCountry(), group, row);
            b.month.add(row.month().toString(), group, row);
            b.route.add(row.route() == null ? CaseStatisticsReport.NO_ROUTE : row.route(), group, row);
            b.chapter.add(chapter(row.hsCode()), group, row);
            first = first == null || row.month().isBefore(first) ? row.month() : first;
            last = last == null || row.month().isAfter(last) ? row.month() : last;
        }
        for (YearMonth m = first; m != null && !m.isAfter(last); m = m.plusMonths(1)) {
            b.month.row(m.toString());
        }
        return b;
    }

    /** One period's cells: what its report publishes once suppression has run. */
    static final class Built {
        final Period period;
        final Cell total = new Cell();
        final Map<StatusGroup, Cell> groups = new EnumMap<>(StatusGroup.class);
        final Map<String, Cell> statuses = new LinkedHashMap<>();
        final Dimension sector;
        final Dimension origin = new Dimension(Aggregation::countryName);
        final Dimension month = new Dimension(Function.identity());
        final Dimension route = new Dimension(Function.identity());
        final Dimension chapter = new Dimension(Function.identity());

        Built(Period period, SectorAssignment sectors) {
            this.period = period;
            this.sector = new Dimension(sectors::name);
            for (StatusGroup g : StatusGroup.values()) {
                groups.put(g, new Cell());
            }
            for (CaseStatus s : CaseStatus.values()) {
                statuses.put(s.name(), new Cell());
            }
            for (Route r : Route.values()) {
                route.row(r.name());
            }
            route.row(CaseStatisticsReport.NO_ROUTE);
        }

        /**
         * Every cell by a name that means the same count in every period's report (the month rows
         * excepted: they are the months' own totals, see {@link #shareMonth}).
         */
        Map<String, Cell> keyed() {
            Map<String, Cell> cells = new LinkedHashMap<>();
            cells.put("total", total);
            groups.forEach((g, c) -> cells.put("group:" + g, c));
            statuses.forEach((st, c) -> cells.put("status:" + st, c));
            sector.keyed("sector:", cells);
            origin.keyed("origin:", cells);
            route.keyed("route:", cells);
            chapter.keyed("chapter:", cells);
            return cells;
        }

        /**
         * Makes this report's row for a month the very cells of that month's own report (its total and
         * groups), so that suppression treats them as the one number they are.
         */
        void shareMonth(String key, Built monthReport) {
            month.share(key, monthReport.total, monthReport.groups);
        }

        /** Every set of cells that adds up to a total the report shows. */
        List<Suppression.Line> lines() {
            List<Suppression.Line> lines = new ArrayList<>();
            lines.add(new Suppression.Line(total, List.copyOf(groups.values())));
            lines.add(new Suppression.Line(total, List.copyOf(statuses.values())));
            for (StatusGroup g : StatusGroup.values()) {
                List<Cell> of = new ArrayList<>();
                statuses.forEach((st, c) -> {
                    if (group(st) == g) {
                        of.add(c);
                    }
                });
                lines.add(new Suppression.Line(groups.get(g), of));
            }
            for (Dimension d : List.of(sector, origin, month, route, chapter)) {
                d.lines(total, groups, lines);
            }
            return lines;
        }

        CaseStatisticsReport publish(Instant generatedAt, SuppressionRules rules) {
            Map<StatusGroup, Tally> byGroup = new EnumMap<>(StatusGroup.class);
            groups.forEach((g, c) -> byGroup.put(g, c.publish()));
            List<StatusCount> byStatus = new ArrayList<>();
            statuses.forEach((st, c) -> byStatus.add(new StatusCount(st, group(st), c.publish())));

            // Ordered by what is published, so that a hidden row's place says nothing about its size.
            Comparator<Breakdown> mostFirst = Comparator.<Breakdown>comparingLong(
                            b -> b.total().count())
                    .reversed()
                    .thenComparing(Breakdown::label);
            List<Breakdown> bySector = new ArrayList<>(sector.rows());
            bySector.sort(Comparator.<Breakdown, Boolean>comparing(b -> SectorAssignment.OTHER.equals(b.key()))
                    .thenComparing(mostFirst));
            List<Breakdown> byOrigin = new ArrayList<>(origin.rows());
            byOrigin.sort(mostFirst);
            List<Breakdown> byMonth = new ArrayList<>(month.rows());
            byMonth.sort(Comparator.comparing(Breakdown::key));
            List<Breakdown> byChapter = new ArrayList<>(chapter.rows());
            byChapter.sort(Comparator.comparing(Breakdown::key));
            return new CaseStatisticsReport(
                    generatedAt,
                    period,
                    total.publish(),
                    byGroup,
                    List.copyOf(byStatus),
                    List.copyOf(bySector),
                    List.copyOf(byOrigin),
                    List.copyOf(byMonth),
                    route.rows(),
                    List.copyOf(byChapter),
                    rules);
        }
    }

    private static void add(Cell cell, CaseRow row) {
        cell.add(row.count(), row.currency(), row.amount(), row.importer());
    }

    /** The HS chapter: the first two digits of the code, {@code 00} when it has none. */
    static String chapter(String hsCode) {
        String digits = hsCode == null ? "" : hsCode.replaceAll("[^0-9]", "");
        return digits.length() < 2 ? "00" : digits.substring(0, 2);
    }

    /** A status this code does not know yet (added in a later version) is still open. */
    static StatusGroup group(String status) {
        try {
            return StatusGroup.of(CaseStatus.valueOf(status));
        } catch (IllegalArgumentException | NullPointerException e) {
            return StatusGroup.PENDING;
        }
    }

    /** The country's English name from the JDK's data, the code when it has none. */
    static String countryName(String code) {
        if (code == null || code.isBlank()) {
            return "Unknown";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
    }

    /** The rows of one dimension, in the order they were first seen. */
    static final class Dimension {
        private final Function<String, String> label;
        private final Map<String, Row> rows = new LinkedHashMap<>();

        private record Row(Cell total, Map<StatusGroup, Cell> byGroup) {}

        Dimension(Function<String, String> label) {
            this.label = label;
        }

        Row row(String key) {
            return rows.computeIfAbsent(key, k -> {
                Map<StatusGroup, Cell> cells = new EnumMap<>(StatusGroup.class);
                for (StatusGroup g : StatusGroup.values()) {
                    cells.put(g, new Cell());
                }
                return new Row(new Cell(), cells);
            });
        }

        List<String> keys() {
            return List.copyOf(rows.keySet());
        }

        void keyed(String prefix, Map<String, Cell> cells) {
            byKey().forEach((key, r) -> {
                cells.put(prefix + key, r.total());
                r.byGroup().forEach((g, c) -> cells.put(prefix + key + ":" + g, c));
            });
        }

        /** The row for {@code key} becomes these cells (which already count the same cases). */
        void share(String key, Cell total, Map<StatusGroup, Cell> byGroup) {
            rows.put(key, new Row(total, byGroup));
        }

        void add(String key, StatusGroup group, CaseRow row) {
            Row r = row(key);
            Aggregation.add(r.total(), row);
            Aggregation.add(r.byGroup().get(group), row);
        }

        /** Each row's groups add up to its total; each column adds up to the report's group or total. */
        void lines(Cell total, Map<StatusGroup, Cell> groups, List<Suppression.Line> lines) {
            Map<String, Row> sorted = byKey();
            sorted.values()
                    .forEach(r -> lines.add(new Suppression.Line(
                            r.total(), List.copyOf(r.byGroup().values()))));
            lines.add(new Suppression.Line(
                    total, sorted.values().stream().map(Row::total).toList()));
            for (StatusGroup g : StatusGroup.values()) {
                lines.add(new Suppression.Line(
                        groups.get(g),
                        sorted.values().stream().map(r -> r.byGroup().get(g)).toList()));
            }
        }

        /**
         * The rows by key, not in the order they came from the database (PostgreSQL gives none):
         * suppression breaks ties between equal cells by this order, and two answers to the same
         * question must hide the same cells, or set side by side they reveal both.
         */
        private Map<String, Row> byKey() {
            return new TreeMap<>(rows);
        }

        List<Breakdown> rows() {
            List<Breakdown> out = new ArrayList<>();
            rows.forEach((key, r) -> {
                Map<StatusGroup, Tally> byGroup = new EnumMap<>(StatusGroup.class);
                r.byGroup().forEach((g, c) -> byGroup.put(g, c.publish()));
                out.add(new Breakdown(key, label.apply(key), r.total().publish(), byGroup));
            });
            return List.copyOf(out);
        }
    }
}
