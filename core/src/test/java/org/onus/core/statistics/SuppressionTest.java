package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.sector.SectorAssignment;
import org.onus.core.sector.SectorAssignment.SectorPrefixes;

class SuppressionTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final SectorAssignment SECTORS = new SectorAssignment(List.of(
            new SectorPrefixes("COTTON", "Cotton", List.of("5201")),
            new SectorPrefixes("APPAREL", "Apparel", List.of("61"))));

    static CaseRow row(String importer, String status, String origin, String hs, String currency, long n, String sum) {
        return new CaseRow(
                importer, status, null, origin, hs, currency, YearMonth.of(2026, 11), n, new BigDecimal(sum));
    }

    static CaseStatisticsReport report(List<CaseRow> rows) {
        return Aggregation.report(NOW, Period.ALL, rows, SECTORS, SuppressionRules.DEFAULT);
    }

    static Breakdown key(List<Breakdown> rows, String key) {
        return rows.stream().filter(b -> b.key().equals(key)).findFirst().orElseThrow();
    }

    static StatusCount status(CaseStatisticsReport r, String status) {
        return r.byStatus().stream()
                .filter(s -> s.status().equals(status))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSingleUpheldProtestIsHiddenWithItsValueAndSoIsTheCellThatWouldGiveItAway() {
        CaseStatisticsReport r = report(List.of(
                row("A", "PROTEST_UPHELD", "KH", "610910", "USD", 1, "1250.00"),
                row("B", "DETAINED", "KH", "610910", "USD", 3, "300.00"),
                row("C", "DETAINED", "VN", "610910", "USD", 4, "400.00"),
                row("D", "CONFISCATED", "VN", "610910", "USD", 5, "500.00")));
        StatusCount upheld = status(r, "PROTEST_UPHELD");
        assertThat(upheld.tally().suppressed()).isTrue();
        assertThat(upheld.tally().count()).isZero();
        assertThat(upheld.tally().values()).isEmpty();
        // RELEASED = the one upheld protest alone: hidden; the total (13) is shown, so another group goes.
        assertThat(r.group(StatusGroup.RELEASED).suppressed()).isTrue();
        assertThat(r.total().count()).isEqualTo(13);
        long hidden = r.byGroup().values().stream().filter(Tally::suppressed).count();
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        long shown = r.byGroup().values().stream().mapToLong(Tally::count).sum();
        assertThat(r.total().count() - shown).isGreaterThanOrEqualTo(3);
        // Cambodia: 4 cases, one released: its RELEASED cell and one more are hidden.
        Breakdown kh = key(r.byOrigin(), "KH");
        assertThat(kh.total().count()).isEqualTo(4);
        assertThat(kh.group(StatusGroup.RELEASED).suppressed()).isTrue();
        assertThat(kh.group(StatusGroup.PENDING).suppressed()).isTrue();
    }

    @Test
    void aGrandTotalBelowTheThresholdIsHidden() {
        CaseStatisticsReport r = report(List.of(row("A", "DETAINED", "KH", "610910", "USD", 2, "20.00")));
        assertThat(r.total().suppressed()).isTrue();
        assertThat(r.isEmpty()).isFalse();
        assertThat(r.group(StatusGroup.PENDING).suppressed()).isTrue();
        assertThat(key(r.byMonth(), "2026-11").total().suppressed()).isTrue();
        assertThat(r.anySuppressed()).isTrue();
    }

    @Test
    void oneImporterWithMoreThan85PercentOfAValueHidesTheValueNotTheCount() {
        CaseStatisticsReport r = report(List.of(
                row("BIG", "DETAINED", "KH", "610910", "USD", 1, "9000.00"),
                row("S1", "DETAINED", "KH", "610910", "USD", 1, "500.00"),
                row("S2", "DETAINED", "KH", "610910", "USD", 1, "500.00")));
        assertThat(r.total().count()).isEqualTo(3);
        assertThat(r.total().values()).containsExactly(new CurrencyAmount("USD", null));
        assertThat(r.total().values().get(0).suppressed()).isTrue();
        // 90 % but 95 % allowed: shown.
        CaseStatisticsReport lenient = Aggregation.report(
                NOW,
                Period.ALL,
                List.of(
                        row("BIG", "DETAINED", "KH", "610910", "USD", 1, "9000.00"),
                        row("S1", "DETAINED", "KH", "610910", "USD", 2, "1000.00")),
                SECTORS,
                new SuppressionRules(3, 95));
        assertThat(lenient.total().amount("USD")).isEqualByComparingTo("10000");
    }

    @Test
    void aCurrencyFewerThanThresholdCasesDeclaredHidesOnlyThatValue() {
        CaseStatisticsReport r = report(List.of(
                row("A", "DETAINED", "KH", "610910", "USD", 1, "100.00"),
                row("B", "DETAINED", "KH", "610910", "USD", 1, "100.00"),
                row("C", "DETAINED", "KH", "610910", "USD", 1, "100.00"),
                row("D", "DETAINED", "KH", "610910", "EUR", 1, "777.00")));
        assertThat(r.total().count()).isEqualTo(4);
        assertThat(r.total().amount("USD")).isEqualByComparingTo("300");
        assertThat(r.total().amount("EUR")).isNull();
    }

    @Test
    void aHiddenRowIsSortedByWhatIsShownNotByItsSize() {
        List<CaseRow> rows = new ArrayList<>();
        rows.add(row("A", "DETAINED", "KH", "610910", "USD", 2, "2.00"));
        rows.add(row("B", "DETAINED", "VN", "610910", "USD", 1, "1.00"));
        rows.add(row("C", "DETAINED", "BD", "610910", "USD", 9, "9.00"));
        CaseStatisticsReport r = report(rows);
        List<Breakdown> hidden =
                r.byOrigin().stream().filter(b -> b.total().suppressed()).toList();
        assertThat(hidden).extracting(Breakdown::label).isSortedAccordingTo(Comparator.naturalOrder());
    }
}
