package org.onus.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    static final LocalDate FRIDAY = LocalDate.parse("2026-12-18");

    @Test
    void calendarDaysMoveADeadlineOffAWeekendOrHolidayToTheNextWorkingDay() {
        BusinessCalendar calendar = BusinessCalendar.of("CALENDAR", "2026-12-25, 2026-12-28");
        assertThat(calendar.plus(FRIDAY, 6)).isEqualTo(LocalDate.parse("2026-12-24"));
        assertThat(calendar.plus(FRIDAY, 1)).as("Saturday → Monday").isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(calendar.plus(FRIDAY, 7))
                .as("a holiday, a weekend, a holiday")
                .isEqualTo(LocalDate.parse("2026-12-29"));
        assertThat(calendar.plus(LocalDate.parse("2026-11-28"), 30))
                .isEqualTo(LocalDate.parse("2026-12-28").plusDays(1));
    }

    @Test
    void workingDaysSkipWeekendsAndHolidays() {
        BusinessCalendar calendar = BusinessCalendar.of("working", "2026-12-25");
        assertThat(calendar.plus(FRIDAY, 1)).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(calendar.plus(FRIDAY, 5))
                .as("Mon–Thu, then the 25th is a holiday")
                .isEqualTo(LocalDate.parse("2026-12-28"));
        assertThat(calendar.plus(FRIDAY, 0)).isEqualTo(FRIDAY);
    }

    @Test
    void noHolidaysConfiguredMeansWeekendsOnly() {
        BusinessCalendar calendar = BusinessCalendar.of("CALENDAR", " ");
        assertThat(calendar.holidays()).isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-26"))).isFalse();
    }
}
