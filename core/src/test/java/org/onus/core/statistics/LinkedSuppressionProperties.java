package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Answers for different fixed periods, asked one by one as a client would, cannot be set against each
 * other: for random cases over months that cross quarters and fiscal years, a quarter's, fiscal year's
 * or all time's every number beside the same number of each month inside it never leaves a lone hidden
 * cell, and hidden months together stand for at least the threshold; each answer is safe on its own
 * too, and everything shown is true.
 */
class LinkedSuppressionProperties {

    static final List<YearMonth> MONTHS = List.of(
            YearMonth.of(2025, 11),
            YearMonth.of(2025, 12),
            YearMonth.of(2026, 1),
            YearMonth.of(2026, 2),
            YearMonth.of(2026, 3),
            YearMonth.of(2026, 4));

    @Provide
    Arbitrary<CaseRow> rows() {
        return Combinators.combine(
                        Arbitraries.of("IMP-A", "IMP-B", "IMP-C"),
                        Arbitraries.of("DETAINED", "RELEASED", "CONFISCATED", "PROTEST_DENIED"),
                        Arbitraries.of("KH", "VN", "CN"),
                        Arbitraries.of("610910", "520100", "870300"),
                        Arbitraries.of("USD", "EUR"),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 5000),
                        Arbitraries.of(MONTHS))
                .as((importer, status, origin, hs, currency, n, amount, month) -> new CaseRow(
                        importer, status, null, origin, hs, currency, month, n, BigDecimal.valueOf(amount)));
    }

    /**
     * The database returns rows in no fixed order; two answers to the same question must hide the
     * same cells, or set side by side they reveal both (seen on PostgreSQL: two equal cells, one
     * hidden in the JSON and the other in the CSV).
     */
    @Property(tries = 100)
    void theSameQuestionGetsTheSameAnswerWhateverOrderTheRowsComeIn(
            @ForAll @Size(min = 1, max = 24) List<@From("rows") CaseRow> rows,
            @ForAll java.util.Random random,
            @ForAll("fiscalStarts") int fiscalYearStart) {
        SuppressionRules rules = new SuppressionRules(3, 85);
        List<CaseRow> shuffled = new ArrayList<>(rows);
        java.util.Collections.shuffle(shuffled, random);
        for (Period p : List.of(Period.ALL, Period.quarter(2026, 1), Period.month(MONTHS.get(2)))) {
            assertThat(LinkedSuppression.report(
                            SuppressionTest.NOW, p, shuffled, SuppressionTest.SECTORS, rules, fiscalYearStart))
                    .as(p.key())
                    .isEqualTo(LinkedSuppression.report(
                            SuppressionTest.NOW, p, rows, SuppressionTest.SECTORS, rules, fiscalYearStart));
        }
    }

    @Property(tries = 150)
    void noTwoAnswersRevealAHiddenCell(
            @ForAll @Size(min = 1, max = 24) List<@From("rows") CaseRow> rows,
            @ForAll @IntRange(min = 2, max = 4) int threshold,
            @ForAll("fiscalStarts") int fiscalYearStart) {
        SuppressionRules rules = new SuppressionRules(threshold, 85);
        List<Period> months = new ArrayList<>();
        MONTHS.forEach(m -> months.add(Period.month(m)));
        List<Period> longer = new ArrayList<>();
        longer.add(Period.quarter(2025, 4));
        longer.add(Period.quarter(2026, 1));
        longer.add(Period.quarter(2026, 2));
        for (int fy = 2025; fy <= 2027; fy++) {
            longer.add(Period.fiscalYear(fy, fiscalYearStart));
        }
        longer.add(Period.ALL);

        Map<Period, CaseStatisticsReport> shown = new LinkedHashMap<>();
        Map<Period, CaseStatisticsReport> truth = new LinkedHashMap<>();
        List<Period> every = new ArrayList<>(months);
        every.addAll(longer);
        for (Period p : every) {
            shown.put(
                    p,
                    LinkedSuppression.report(
                            SuppressionTest.NOW, p, rows, SuppressionTest.SECTORS, rules, fiscalYearStart));
            truth.put(
                    p,
                    Aggregation.report(
                            SuppressionTest.NOW,
                            p,
                            within(rows, p),
                            SuppressionTest.SECTORS,
                            new SuppressionRules(1, 100)));
        }
        // Each answer on its own.
        for (Period p : every) {
            List<List<Tally>> s = SuppressionProperties.lines(shown.get(p));
            List<List<Tally>> t = SuppressionProperties.lines(truth.get(p));
            assertThat(s).as(p.key()).hasSameSizeAs(t);
            for (int i = 0; i < s.size(); i++) {
                SuppressionProperties.check(rules, s.get(i), t.get(i));
            }
        }
        // A longer period against the months inside it, number by number.
        for (Period parent : longer) {
            List<Period> inside = months.stream()
                    .filter(m -> parent.kind() == Period.Kind.ALL
                            || (!m.from().isBefore(parent.from()) && !m.to().isAfter(parent.to())))
                    .toList();
            Map<String, Tally> parentShown = named(shown.get(parent));
            Map<String, Tally> parentTrue = named(truth.get(parent));
            for (String name : parentShown.keySet()) {
                List<Tally> s = new ArrayList<>();
                List<Tally> t = new ArrayList<>();
                s.add(parentShown.get(name));
                t.add(parentTrue.get(name));
                for (Period m : inside) {
                    s.add(named(shown.get(m)).getOrDefault(name, Tally.ZERO));
                    t.add(named(truth.get(m)).getOrDefault(name, Tally.ZERO));
                }
                SuppressionProperties.check(rules, s, t);
            }
        }
    }

    @Provide
    Arbitrary<Integer> fiscalStarts() {
        return Arbitraries.of(1, 2, 4, 10);
    }

    /** Every number of a report by a name that means the same count in any period's report. */
    static Map<String, Tally> named(CaseStatisticsReport r) {
        Map<String, Tally> named = new LinkedHashMap<>();
        named.put("total", r.total());
        r.byGroup().forEach((g, t) -> named.put("group:" + g, t));
        r.byStatus().forEach(s -> named.put("status:" + s.status(), s.tally()));
        Map<String, List<Breakdown>> dimensions = new LinkedHashMap<>();
        dimensions.put("sector", r.bySector());
        dimensions.put("origin", r.byOrigin());
        dimensions.put("route", r.byRoute());
        dimensions.put("chapter", r.byChapter());
        dimensions.forEach((d, rows) -> rows.forEach(b -> {
            named.put(d + ":" + b.key(), b.total());
            b.byGroup().forEach((g, t) -> named.put(d + ":" + b.key() + ":" + g, t));
        }));
        return named;
    }

    static List<CaseRow> within(List<CaseRow> rows, Period p) {
        if (p.kind() == Period.Kind.ALL) {
            return rows;
        }
        return rows.stream()
                .filter(r -> !r.month().atDay(1).isBefore(p.from())
                        && !r.month().atEndOfMonth().isAfter(p.to()))
                .toList();
    }
}
