package org.onus.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.onus.core.problem.InvalidInputException;

class PeriodTest {

    @Test
    void blankEndsAreOpen() {
        assertThat(Period.parse(null, " ").isOpen()).isTrue();
        assertThat(Period.parse("2026-01-01", "").from()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void badDatesAndReversedPeriodsAreRefusedByField() {
        assertThatThrownBy(() -> Period.parse("31/01/2026", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("YYYY-MM-DD")
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(p -> p.code())
                        .containsExactly("from"));
        assertThatThrownBy(() -> Period.parse("2026-02-01", "2026-01-01"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("before the start date");
    }
}
