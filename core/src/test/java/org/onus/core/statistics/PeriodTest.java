package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;

class PeriodTest {

    @Test
    void blankIsAllTime() {
        assertThat(Period.parse(null, " ", null, 1)).isEqualTo(Period.ALL);
        assertThat(Period.parse("all", null, null, 1).isOpen()).isTrue();
        assertThat(Period.parse(" ALL ", null, null, 1).isOpen()).isTrue();
    }

    @Test
    void monthsQuartersAndFiscalYears() {
        Period march = Period.parse("2026-03", null, null, 1);
        assertThat(march.kind()).isEqualTo(Period.Kind.MONTH);
        assertThat(march.from()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(march.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        Period q1 = Period.parse("2026-q1", null, null, 1);
        assertThat(q1.key()).isEqualTo("2026-Q1");
        assertThat(q1.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Period.parse("2024-Q1", null, null, 1).to()).isEqualTo(LocalDate.of(2024, 3, 31));
        Period fy = Period.parse("FY2026", null, null, 1);
        assertThat(fy.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(fy.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        Period october = Period.parse("fy2026", null, null, 10);
        assertThat(october.key()).isEqualTo("FY2026");
        assertThat(october.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(october.to()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void anythingElseIsRefusedNamingTheAllowedForms() {
        for (String bad : new String[] {"2026-13", "2026-Q5", "2026", "FY26", "last week", "2026-03-01"}) {
            assertThatThrownBy(() -> Period.parse(bad, null, null, 1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2026-Q1")
                    .hasMessageContaining("FY2026")
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                            .extracting(p -> p.code())
                            .containsExactly("period"));
        }
        assertThatThrownBy(() -> Period.parse("2026-03", "2026-03-01", "2026-03-31", 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not both");
    }

    @Test
    void oldFromAndToAreAcceptedOnlyForAFixedPeriod() {
        assertThat(Period.parse(null, "2026-02-01", "2026-02-28", 1)).isEqualTo(Period.month(YearMonth.of(2026, 2)));
        assertThat(Period.parse(null, "2026-04-01", "2026-06-30", 1).key()).isEqualTo("2026-Q2");
        assertThat(Period.parse(null, "2025-10-01", "2026-09-30", 10).key()).isEqualTo("FY2026");
        assertThat(Period.parse(null, "2026-01-01", "2026-12-31", 1).key()).isEqualTo("FY2026");
        for (String[] range : new String[][] {
            {"2026-03-01", "2026-03-15"},
            {"2026-03-02", "2026-03-31"},
            {"2026-01-01", null},
            {null, "2026-01-31"},
            {"2026-02-01", "2026-03-31"},
            {"2026-02-01", "2026-01-01"}
        }) {
            assertThatThrownBy(() -> Period.parse(null, range[0], range[1], 1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("fixed periods only")
                    .hasMessageContaining("2026-Q1");
        }
    }

    @Test
    void badDatesAreRefusedByField() {
        assertThatThrownBy(() -> Period.parse(null, "31/01/2026", null, 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("YYYY-MM-DD")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("from"));
    }

    /** Periods of one kind tile time: each starts the day after the previous one ends; none overlap. */
    @Property
    void periodsOfOneKindAreAdjacentAndDisjoint(
            @ForAll @IntRange(min = 2000, max = 2100) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 1, max = 12) int fiscalStart) {
        for (Period p : new Period[] {
            Period.month(YearMonth.of(year, month)),
            Period.quarter(year, (month - 1) / 3 + 1),
            Period.fiscalYear(year, fiscalStart)
        }) {
            Period next = p.next(fiscalStart);
            assertThat(next.from()).isEqualTo(p.to().plusDays(1));
            assertThat(next.previous(fiscalStart)).isEqualTo(p);
            assertThat(Period.parse(p.key(), null, null, fiscalStart)).isEqualTo(p);
            assertThat(Period.parse(null, p.from().toString(), p.to().toString(), fiscalStart))
                    .isEqualTo(p);
        }
    }
}
