package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onus.core.sector.SectorAssignment;
import org.onus.core.sector.SectorAssignment.SectorPrefixes;

/** How cases roll up, with suppression switched off (threshold 1, dominance 100 %); see SuppressionTest. */
class AggregationTest {

    private static final SuppressionRules NONE = new SuppressionRules(1, 100);

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private static final SectorAssignment SECTORS = new SectorAssignment(List.of(
            new SectorPrefixes("COTTON", "Cotton", List.of("5201")),
            new SectorPrefixes("APPAREL", "Apparel", List.of("61"))));

    private static CaseRow row(
            String status, String route, String origin, String hs, String currency, String month, long n, String sum) {
        return new CaseRow(
                "IMP-" + origin, status, route, origin, hs, currency, YearMonth.parse(month), n, new BigDecimal(sum));
    }

    private final CaseStatisticsReport report = Aggregation.report(
            NOW,
            Period.ALL,
            List.of(
                    row("DETAINED", null, "VN", "610910", "USD", "2026-09", 2, "2500.00"),
                    row("REBUTTAL_SUBMITTED", "EXCEPTION", "CN", "520100", "USD", "2026-11", 1, "100.00"),
                    row("PROTEST_UPHELD", "NOT_APPLICABLE", "VN", "610910", "EUR", "2026-11", 1, "40.00"),
                    row("PROTEST_DENIED", "EXCEPTION", "CN", "870300", "USD", "2026-11", 3, "9.00")),
            SECTORS,
            NONE);

    @Test
    void totalsCountCasesAndSumValuesPerCurrency() {
        assertThat(report.total().count()).isEqualTo(7);
        assertThat(report.total().values())
                .containsExactly(
                        new CurrencyAmount("EUR", new BigDecimal("40.00")),
                        new CurrencyAmount("USD", new BigDecimal("2609.00")));
        assertThat(report.group(StatusGroup.PENDING).count()).isEqualTo(3);
        assertThat(report.group(StatusGroup.PENDING).amount("USD")).isEqualByComparingTo("2600");
        assertThat(report.group(StatusGroup.RELEASED).count()).isEqualTo(1);
        assertThat(report.group(StatusGroup.RELEASED).amount("EUR")).isEqualByComparingTo("40");
        assertThat(report.group(StatusGroup.CONFISCATED).count()).isEqualTo(3);
        assertThat(report.byGroup()).containsOnlyKeys(StatusGroup.values());
    }

    @Test
    void everyStatusIsListedInOrderWithItsGroup() {
        assertThat(report.byStatus()).extracting(StatusCount::status).startsWith("DETAINED", "REBUTTAL_SUBMITTED");
        assertThat(report.byStatus()).hasSize(org.onus.core.detention.CaseStatus.values().length);
        StatusCount denied = report.byStatus().stream()
                .filter(s -> s.status().equals("PROTEST_DENIED"))
                .findFirst()
                .orElseThrow();
        assertThat(denied.group()).isEqualTo(StatusGroup.CONFISCATED);
        assertThat(denied.tally().count()).isEqualTo(3);
    }

    @Test
    void sectorsMostCasesFirstAndOtherLast() {
        assertThat(report.bySector()).extracting(Breakdown::key).containsExactly("APPAREL", "COTTON", "OTHER");
        Breakdown apparel = report.bySector().get(0);
        assertThat(apparel.label()).isEqualTo("Apparel");
        assertThat(apparel.total().count()).isEqualTo(3);
        assertThat(apparel.group(StatusGroup.PENDING).count()).isEqualTo(2);
        assertThat(apparel.group(StatusGroup.RELEASED).count()).isEqualTo(1);
        assertThat(apparel.total().values()).hasSize(2);
    }

    @Test
    void originsCarryTheCountryNameAndMonthsHaveNoGaps() {
        assertThat(report.byOrigin()).extracting(Breakdown::key).containsExactly("CN", "VN");
        assertThat(report.byOrigin().get(0).label()).isEqualTo("China");
        assertThat(report.byMonth()).extracting(Breakdown::key).containsExactly("2026-09", "2026-10", "2026-11");
        assertThat(report.byMonth().get(1).total()).isEqualTo(Tally.ZERO);
        assertThat(report.byMonth().get(2).total().count()).isEqualTo(5);
    }

    @Test
    void routesAlwaysListBothRoutesAndNone() {
        assertThat(report.byRoute()).extracting(Breakdown::key).containsExactly("NOT_APPLICABLE", "EXCEPTION", "NONE");
        assertThat(report.byRoute().get(1).total().count()).isEqualTo(4);
        assertThat(report.byRoute().get(2).total().count()).isEqualTo(2);
    }

    @Test
    void hsChaptersAreTheFirstTwoDigits() {
        assertThat(report.byChapter()).extracting(Breakdown::key).containsExactly("52", "61", "87");
        assertThat(report.byChapter().get(1).total().count()).isEqualTo(3);
        assertThat(Aggregation.chapter("6109.10")).isEqualTo("61");
        assertThat(Aggregation.chapter("")).isEqualTo("00");
    }

    @Test
    void noCasesGiveZerosNotGaps() {
        CaseStatisticsReport empty = Aggregation.report(NOW, Period.ALL, List.of(), SECTORS);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.byGroup()).hasSize(StatusGroup.values().length);
        assertThat(empty.byStatus()).hasSize(org.onus.core.detention.CaseStatus.values().length);
        assertThat(empty.bySector()).isEmpty();
        assertThat(empty.byMonth()).isEmpty();
        assertThat(empty.byRoute()).hasSize(3);
    }
}
