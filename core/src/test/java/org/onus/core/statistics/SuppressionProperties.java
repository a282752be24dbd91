package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
 * For random tallies: no hidden count or value can be worked out from what is shown in its table (a
 * total and the other cells adding up to it), hidden cells together stand for at least the threshold,
 * no shown count is below it, and everything shown is the true figure.
 */
class SuppressionProperties {

    @Provide
    Arbitrary<CaseRow> rows() {
        return Combinators.combine(
                        Arbitraries.of("IMP-A", "IMP-B", "IMP-C", "IMP-D"),
                        Arbitraries.of(
                                "DETAINED",
                                "REBUTTAL_SUBMITTED",
                                "RELEASED",
                                "PROTEST_UPHELD",
                                "CONFISCATED",
                                "PROTEST_DENIED",
                                "EXCLUDED"),
                        Arbitraries.of("KH", "VN", "CN", "BD"),
                        Arbitraries.of("610910", "520100", "870300", "940100"),
                        Arbitraries.of("USD", "EUR"),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(0, 5000),
                        Arbitraries.integers().between(9, 11))
                .as((importer, status, origin, hs, currency, n, amount, month) -> new CaseRow(
                        importer,
                        status,
                        null,
                        origin,
                        hs,
                        currency,
                        YearMonth.of(2026, month),
                        n,
                        BigDecimal.valueOf(amount)));
    }

    @Property(tries = 400)
    void nothingHiddenCanBeWorkedOutFromItsTable(
            @ForAll @Size(max = 14) List<@From("rows") CaseRow> rows,
            @ForAll @IntRange(min = 2, max = 5) int threshold,
            @ForAll @IntRange(min = 50, max = 100) int dominance) {
        SuppressionRules rules = new SuppressionRules(threshold, dominance);
        CaseStatisticsReport shown =
                Aggregation.report(SuppressionTest.NOW, Period.ALL, rows, SuppressionTest.SECTORS, rules);
        CaseStatisticsReport truth = Aggregation.report(
                SuppressionTest.NOW, Period.ALL, rows, SuppressionTest.SECTORS, new SuppressionRules(1, 100));
        List<List<Tally>> shownLines = lines(shown);
        List<List<Tally>> trueLines = lines(truth);
        assertThat(shownLines).hasSameSizeAs(trueLines);
        for (int i = 0; i < shownLines.size(); i++) {
            check(rules, shownLines.get(i), trueLines.get(i));
        }
    }

    static void check(SuppressionRules rules, List<Tally> shown, List<Tally> truth) {
        int t = rules.threshold();
        // Shown numbers are true, and none stands for fewer cases than the threshold.
        for (int i = 0; i < shown.size(); i++) {
            Tally s = shown.get(i);
            Tally real = truth.get(i);
            if (!s.suppressed()) {
                assertThat(s.count()).isEqualTo(real.count());
                assertThat(s.count() == 0 || s.count() >= t)
                        .as("count %s shown", s.count())
                        .isTrue();
                for (CurrencyAmount v : s.values()) {
                    if (!v.suppressed()) {
                        assertThat(v.amount()).isEqualByComparingTo(real.amount(v.currency()));
                    }
                }
            } else {
                assertThat(s.values()).isEmpty();
                assertThat(real.count()).isPositive();
            }
        }
        // Counts: the total is index 0, the cells after it.
        Tally total = shown.get(0);
        List<Integer> hidden = new ArrayList<>();
        for (int i = 1; i < shown.size(); i++) {
            if (shown.get(i).suppressed()) {
                hidden.add(i);
            }
        }
        int unknowns = hidden.size() + (total.suppressed() ? 1 : 0);
        assertThat(unknowns).as("a lone hidden count in %s", truth).isNotEqualTo(1);
        if (!total.suppressed() && !hidden.isEmpty()) {
            long together = hidden.stream().mapToLong(i -> truth.get(i).count()).sum();
            assertThat(together).as("hidden cells together in %s", truth).isGreaterThanOrEqualTo(t);
        }
        // Values, per currency: only cells that truly declared the currency can be worked out.
        Set<String> currencies = new TreeSet<>();
        truth.get(0).values().forEach(v -> currencies.add(v.currency()));
        for (String c : currencies) {
            List<Integer> hiddenValues = new ArrayList<>();
            for (int i = 1; i < shown.size(); i++) {
                if (count(truth.get(i), c) > 0 && valueHidden(shown.get(i), c)) {
                    hiddenValues.add(i);
                }
            }
            boolean totalHidden = valueHidden(total, c);
            assertThat(hiddenValues.size() + (totalHidden ? 1 : 0))
                    .as("a lone hidden %s value in %s", c, truth)
                    .isNotEqualTo(1);
        }
    }

    private static boolean valueHidden(Tally t, String currency) {
        return t.suppressed() || t.values().stream().anyMatch(v -> v.currency().equals(currency) && v.suppressed());
    }

    /** Cases of a currency are not in a published tally; rows with only other currencies give zero. */
    private static long count(Tally truth, String currency) {
        return truth.values().stream().anyMatch(v -> v.currency().equals(currency)) ? 1 : 0;
    }

    /** Every set of tallies that adds up: the total first. The same order for any report of the same rows. */
    static List<List<Tally>> lines(CaseStatisticsReport r) {
        List<List<Tally>> lines = new ArrayList<>();
        List<Tally> groups = new ArrayList<>();
        groups.add(r.total());
        groups.addAll(r.byGroup().values());
        lines.add(groups);
        List<Tally> statuses = new ArrayList<>();
        statuses.add(r.total());
        r.byStatus().forEach(s -> statuses.add(s.tally()));
        lines.add(statuses);
        for (StatusGroup g : StatusGroup.values()) {
            List<Tally> of = new ArrayList<>();
            of.add(r.group(g));
            r.byStatus().stream().filter(s -> s.group() == g).forEach(s -> of.add(s.tally()));
            lines.add(of);
        }
        for (List<Breakdown> d : List.of(r.bySector(), r.byOrigin(), r.byMonth(), r.byRoute(), r.byChapter())) {
            List<Breakdown> rows =
                    d.stream().sorted(Comparator.comparing(Breakdown::key)).toList();
            for (Breakdown b : rows) {
                List<Tally> line = new ArrayList<>();
                line.add(b.total());
                line.addAll(b.byGroup().values());
                lines.add(line);
            }
            List<Tally> all = new ArrayList<>();
            all.add(r.total());
            rows.forEach(b -> all.add(b.total()));
            lines.add(all);
            for (StatusGroup g : StatusGroup.values()) {
                List<Tally> column = new ArrayList<>();
                column.add(r.group(g));
                rows.forEach(b -> column.add(b.group(g)));
                lines.add(column);
            }
        }
        return lines;
    }
}
