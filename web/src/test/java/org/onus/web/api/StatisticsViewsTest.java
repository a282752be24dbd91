package org.onus.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onus.core.statistics.Breakdown;
import org.onus.core.statistics.CaseStatisticsReport;
import org.onus.core.statistics.CurrencyAmount;
import org.onus.core.statistics.Period;
import org.onus.core.statistics.StatusCount;
import org.onus.core.statistics.StatusGroup;
import org.onus.core.statistics.SuppressionRules;
import org.onus.core.statistics.Tally;

class StatisticsViewsTest {

    private static final Tally TWO = new Tally(
            2,
            List.of(
                    new CurrencyAmount("EUR", new BigDecimal("10.50")),
                    new CurrencyAmount("USD", new BigDecimal("1250.00"))));

    private static final Tally HIDDEN_VALUE =
            new Tally(4, List.of(new CurrencyAmount("EUR", null), new CurrencyAmount("USD", new BigDecimal("99.00"))));

    private final CaseStatisticsReport report = new CaseStatisticsReport(
            Instant.parse("2026-11-28T12:00:00Z"),
            Period.quarter(2026, 1),
            TWO,
            Map.of(StatusGroup.PENDING, TWO),
            List.of(new StatusCount("DETAINED", StatusGroup.PENDING, TWO)),
            List.of(new Breakdown("APPAREL", "Apparel, knitted", TWO, Map.of(StatusGroup.PENDING, TWO))),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Breakdown("61", "61", HIDDEN_VALUE, Map.of(StatusGroup.PENDING, Tally.SUPPRESSED))),
            SuppressionRules.DEFAULT);

    @Test
    void csvIsOneTidyTableWithARowPerCurrencyAndOneForAnEmptyCell() {
        List<String> lines = new StatisticsViews().csv(report).lines().toList();

        assertThat(lines.get(0)).isEqualTo("dimension,key,name,group,count,currency,value,suppressed");
        assertThat(lines)
                .contains(
                        "total,ALL,All cases,ALL,2,EUR,10.50,",
                        "total,ALL,All cases,ALL,2,USD,1250.00,",
                        "total,ALL,All cases,RELEASED,0,,,",
                        "status,DETAINED,DETAINED,PENDING,2,USD,1250.00,",
                        "sector,APPAREL,\"Apparel, knitted\",PENDING,2,EUR,10.50,",
                        "sector,APPAREL,\"Apparel, knitted\",CONFISCATED,0,,,",
                        "chapter,61,61,ALL,4,EUR,,value",
                        "chapter,61,61,ALL,4,USD,99.00,",
                        "chapter,61,61,PENDING,,,,cell");
    }

    @Test
    void aSuppressedCellHasTheMarkAndNoCountOrValuesAHiddenValueNoAmount() {
        StatisticsViews.StatisticsView view = new StatisticsViews().view(report);
        StatisticsViews.BreakdownView chapter = view.byChapter().get(0);
        assertThat(chapter.count()).isEqualTo(4);
        assertThat(chapter.suppressed()).isNull();
        assertThat(chapter.values())
                .containsExactly(
                        new StatisticsViews.ValueView("EUR", null, true),
                        new StatisticsViews.ValueView("USD", "99.00"));
        StatisticsViews.TallyView pending = chapter.byGroup().get("PENDING");
        assertThat(pending.suppressed()).isTrue();
        assertThat(pending.count()).isNull();
        assertThat(pending.values()).isNull();
        assertThat(view.suppression()).isEqualTo(new StatisticsViews.RulesView(3, 85));
        assertThat(view.period()).isEqualTo("2026-Q1");
    }

    @Test
    void jsonHasEveryGroupInOrderAndThePeriodsDays() {
        StatisticsViews.StatisticsView view = new StatisticsViews().view(report);

        assertThat(view.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(view.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(view.totals().cases()).isEqualTo(2L);
        assertThat(view.totals().byGroup()).containsOnlyKeys("PENDING", "RELEASED", "CONFISCATED", "EXCLUDED");
        assertThat(view.totals().byGroup().keySet()).containsExactly("PENDING", "RELEASED", "CONFISCATED", "EXCLUDED");
        assertThat(view.totals().byGroup().get("PENDING").values())
                .containsExactly(
                        new StatisticsViews.ValueView("EUR", "10.50"), new StatisticsViews.ValueView("USD", "1250.00"));
        assertThat(view.bySector().get(0).name()).isEqualTo("Apparel, knitted");
        assertThat(view.bySector().get(0).byGroup().get("RELEASED").count()).isZero();
    }

    @Test
    void theCsvFileNameSaysThePeriod() {
        assertThat(StatisticsResource.filename(Period.ALL)).isEqualTo("detention-cases.csv");
        assertThat(StatisticsResource.filename(Period.quarter(2026, 2))).isEqualTo("detention-cases-2026-Q2.csv");
    }
}
