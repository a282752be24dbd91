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
import java.util.function.Function;
import org.onus.core.detention.CaseStatus;
import org.onus.core.rebuttal.Route;
import org.onus.core.sector.SectorAssignment;

/** Rolls the database's groups up into every dimension of the report. */
final class Aggregation {

    private Aggregation() {}

    static CaseStatisticsReport report(
            Instant generatedAt, Period period, List<CaseRow> rows, SectorAssignment sectors) {
        Tally.Builder total = new Tally.Builder();
        Map<StatusGroup, Tally.Builder> groups = new EnumMap<>(StatusGroup.class);
        for (StatusGroup g : StatusGroup.values()) {
            groups.put(g, new Tally.Builder());
        }
        Map<String, Tally.Builder> statuses = new LinkedHashMap<>();
        for (CaseStatus s : CaseStatus.values()) {
            statuses.put(s.name(), new Tally.Builder());
        }
        Dimension sector = new Dimension(sectors::name);
        Dimension origin = new Dimension(Aggregation::countryName);
        Dimension month = new Dimension(Function.identity());
        Dimension route = new Dimension(Function.identity());
        for (Route r : Route.values()) {
            route.row(r.name());
        }
        route.row(CaseStatisticsReport.NO_ROUTE);

        YearMonth first = null;
        YearMonth last = null;
        for (CaseRow row : rows) {
            StatusGroup group = group(row.status());
            total.add(row.count(), row.currency(), row.amount());
            groups.get(group).add(row.count(), row.currency(), row.amount());
            statuses.computeIfAbsent(row.status(), s -> new Tally.Builder())
                    .add(row.count(), row.currency(), row.amount());
            for (String code : sectors.sectorsOf(row.hsCode())) {
                sector.add(code, group, row);
            }
            origin.add(row.originCountry(), group, row);
            month.add(row.month().toString(), group, row);
            route.add(row.route() == null ? CaseStatisticsReport.NO_ROUTE : row.route(), group, row);
            first = first == null || row.month().isBefore(first) ? row.month() : first;
            last = last == null || row.month().isAfter(last) ? row.month() : last;
        }
        for (YearMonth m = first; m != null && !m.isAfter(last); m = m.plusMonths(1)) {
            month.row(m.toString());
        }

        Map<StatusGroup, Tally> byGroup = new EnumMap<>(StatusGroup.class);
        groups.forEach((g, b) -> byGroup.put(g, b.build()));
        List<StatusCount> byStatus = new ArrayList<>();
        statuses.forEach((s, b) -> byStatus.add(new StatusCount(s, group(s), b.build())));

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
        return new CaseStatisticsReport(
                generatedAt,
                period,
                total.build(),
                byGroup,
                List.copyOf(byStatus),
                List.copyOf(bySector),
                List.copyOf(byOrigin),
                List.copyOf(byMonth),
                route.rows());
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
    private static final class Dimension {
        private final Function<String, String> label;
        private final Map<String, Map<StatusGroup, Tally.Builder>> rows = new LinkedHashMap<>();

        Dimension(Function<String, String> label) {
            this.label = label;
        }

        Map<StatusGroup, Tally.Builder> row(String key) {
            return rows.computeIfAbsent(key, k -> {
                Map<StatusGroup, Tally.Builder> tallies = new EnumMap<>(StatusGroup.class);
                for (StatusGroup g : StatusGroup.values()) {
                    tallies.put(g, new Tally.Builder());
                }
                return tallies;
            });
        }

        void add(String key, StatusGroup group, CaseRow row) {
            row(key).get(group).add(row.count(), row.currency(), row.amount());
        }

        List<Breakdown> rows() {
            List<Breakdown> out = new ArrayList<>();
            rows.forEach((key, tallies) -> {
                Tally.Builder total = new Tally.Builder();
                Map<StatusGroup, Tally> byGroup = new EnumMap<>(StatusGroup.class);
                tallies.forEach((g, b) -> {
                    Tally t = b.build();
                    byGroup.put(g, t);
                    for (CurrencyAmount v : t.values()) {
                        total.add(0, v.currency(), v.amount());
                    }
                    total.add(t.count(), null, null);
                });
                out.add(new Breakdown(key, label.apply(key), total.build(), byGroup));
            });
            return List.copyOf(out);
        }
    }
}
