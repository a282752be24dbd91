package org.onus.core.statistics;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onus.core.sector.SectorAssignment;

/**
 * Suppresses the reports of every fixed period together, so that no two answers can be set against
 * each other to find a hidden cell. A quarter is the sum of its months, a fiscal year of its months
 * (and of its quarters when it starts with one), all time of its fiscal years, quarters and months;
 * the month rows of a longer period are the months' own totals. Each of those sums is one more
 * {@link Suppression.Line} beside the lines inside each report, and one suppression runs over all of
 * them: a cell hidden in March forces enough to be hidden in the first quarter, or in the other
 * months, that the difference stands for at least the threshold, as it does inside one report.
 *
 * <p>Whichever period is asked for, the same solution answers, computed from every case detained: a
 * month's report therefore does not depend on which question came first.
 */
final class LinkedSuppression {

    private LinkedSuppression() {}

    static CaseStatisticsReport report(
            Instant generatedAt,
            Period requested,
            List<CaseRow> allRows,
            SectorAssignment sectors,
            SuppressionRules rules,
            int fiscalYearStart) {
        YearMonth first = null;
        YearMonth last = null;
        for (CaseRow row : allRows) {
            first = first == null || row.month().isBefore(first) ? row.month() : first;
            last = last == null || row.month().isAfter(last) ? row.month() : last;
        }
        if (first == null || !overlaps(requested, first, last)) {
            // Nothing was detained in the period: nothing to protect, nothing to link.
            return Aggregation.report(generatedAt, requested, List.of(), sectors, rules);
        }

        Map<YearMonth, Aggregation.Built> months = new LinkedHashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, Aggregation.build(Period.month(m), within(allRows, Period.month(m)), sectors));
        }
        List<Aggregation.Built> quarters = new ArrayList<>();
        for (YearMonth q = quarterOf(first); !q.isAfter(last); q = q.plusMonths(3)) {
            Period p = Period.quarter(q.getYear(), (q.getMonthValue() - 1) / 3 + 1);
            quarters.add(Aggregation.build(p, within(allRows, p), sectors));
        }
        List<Aggregation.Built> years = new ArrayList<>();
        int fy = fiscalYearOf(first, fiscalYearStart);
        for (Period p = Period.fiscalYear(fy, fiscalYearStart);
                !YearMonth.from(p.from()).isAfter(last);
                p = Period.fiscalYear(++fy, fiscalYearStart)) {
            years.add(Aggregation.build(p, within(allRows, p), sectors));
        }
        Aggregation.Built all = Aggregation.build(Period.ALL, allRows, sectors);

        List<Aggregation.Built> longer = new ArrayList<>(quarters);
        longer.addAll(years);
        longer.add(all);
        List<Aggregation.Built> every = new ArrayList<>(months.values());
        every.addAll(longer);
        for (Aggregation.Built b : every) {
            for (String key : b.month.keys()) {
                Aggregation.Built own = months.get(YearMonth.parse(key));
                if (own != null) {
                    b.shareMonth(key, own);
                }
            }
        }

        List<Suppression.Line> lines = new ArrayList<>();
        for (Aggregation.Built b : every) {
            lines.addAll(b.lines());
        }
        Map<Aggregation.Built, Map<String, Cell>> keyed = new LinkedHashMap<>();
        every.forEach(b -> keyed.put(b, b.keyed()));
        for (Aggregation.Built parent : longer) {
            link(parent, inside(parent.period, new ArrayList<>(months.values())), keyed, lines);
            if (parent.period.kind() != Period.Kind.QUARTER) {
                List<Aggregation.Built> q = inside(parent.period, quarters);
                if (covers(parent.period, q)) {
                    link(parent, q, keyed, lines);
                }
            }
            if (parent.period.kind() == Period.Kind.ALL) {
                link(parent, years, keyed, lines);
            }
        }
        Suppression.apply(rules, lines);

        for (Aggregation.Built b : every) {
            if (b.period.key().equals(requested.key())) {
                return b.publish(generatedAt, rules);
            }
        }
        // A period the data only partly overlaps (a fiscal year begun before the first case, say) is
        // among those built; reaching here means a kind this class does not know.
        throw new IllegalStateException("No report built for " + requested.key());
    }

    /** The parent's cells are the sums of the children's cells of the same name. */
    private static void link(
            Aggregation.Built parent,
            List<Aggregation.Built> children,
            Map<Aggregation.Built, Map<String, Cell>> keyed,
            List<Suppression.Line> lines) {
        if (children.isEmpty()) {
            return;
        }
        keyed.get(parent).forEach((name, cell) -> {
            List<Cell> parts = new ArrayList<>();
            for (Aggregation.Built child : children) {
                Cell part = keyed.get(child).get(name);
                if (part != null) {
                    parts.add(part);
                }
            }
            lines.add(new Suppression.Line(cell, parts));
        });
    }

    private static List<Aggregation.Built> inside(Period parent, List<Aggregation.Built> candidates) {
        return candidates.stream()
                .filter(c -> parent.kind() == Period.Kind.ALL
                        || (!c.period.from().isBefore(parent.from())
                                && !c.period.to().isAfter(parent.to())))
                .toList();
    }

    /** Whether the children tile the parent (quarters tile a fiscal year only when it starts with one). */
    private static boolean covers(Period parent, List<Aggregation.Built> children) {
        if (parent.kind() == Period.Kind.ALL) {
            return !children.isEmpty();
        }
        return children.size() == 4;
    }

    private static boolean overlaps(Period p, YearMonth first, YearMonth last) {
        if (p.kind() == Period.Kind.ALL) {
            return true;
        }
        return !YearMonth.from(p.to()).isBefore(first)
                && !YearMonth.from(p.from()).isAfter(last);
    }

    private static List<CaseRow> within(List<CaseRow> rows, Period p) {
        return rows.stream()
                .filter(r -> !r.month().atDay(1).isBefore(p.from())
                        && !r.month().atEndOfMonth().isAfter(p.to()))
                .toList();
    }

    private static YearMonth quarterOf(YearMonth m) {
        return YearMonth.of(m.getYear(), (m.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** The fiscal year (named after the year it ends in) that holds this month. */
    private static int fiscalYearOf(YearMonth m, int start) {
        return start == 1 || m.getMonthValue() < start ? m.getYear() : m.getYear() + 1;
    }
}
