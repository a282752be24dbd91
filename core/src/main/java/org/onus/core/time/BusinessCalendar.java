package org.onus.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts deadline days the way the authority does: calendar days (a deadline that falls on a
 * weekend or holiday moves to the next working day) or working days only, with a holiday list.
 */
public final class BusinessCalendar {

    /** How days are counted. */
    public enum Counting {
        CALENDAR,
        WORKING
    }

    private final Counting counting;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(Counting counting, Set<LocalDate> holidays) {
        this.counting = counting;
        this.holidays = new TreeSet<>(holidays);
    }

    /** @param holidays ISO dates separated by commas or spaces; blank for none */
    public static BusinessCalendar of(String counting, String holidays) {
        Counting c = Counting.valueOf(counting.strip().toUpperCase(java.util.Locale.ROOT));
        Set<LocalDate> days = new TreeSet<>();
        if (holidays != null && !holidays.isBlank()) {
            Arrays.stream(holidays.split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .map(LocalDate::parse)
                    .forEach(days::add);
        }
        return new BusinessCalendar(c, days);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    /** The day {@code days} days after {@code from}, counted this calendar's way. */
    public LocalDate plus(LocalDate from, int days) {
        if (counting == Counting.CALENDAR) {
            return nextWorkingDayFrom(from.plusDays(days));
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate d = day;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public Counting counting() {
        return counting;
    }

    public List<LocalDate> holidays() {
        return List.copyOf(holidays);
    }
}
