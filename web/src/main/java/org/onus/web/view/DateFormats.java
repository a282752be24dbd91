package org.onus.web.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them ("1 December 2026"), in the page's language. Instants are shown in
 * UTC and say so: customs deadlines and audit times must not shift with the reader's time zone.
 */
public final class DateFormats {

    private final DateTimeFormatter day;
    private final DateTimeFormatter dateTime;

    public DateFormats(Locale locale) {
        this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", locale);
    }

    public String day(Instant instant) {
        return instant == null ? "" : day.format(instant.atOffset(ZoneOffset.UTC));
    }

    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant.atOffset(ZoneOffset.UTC));
    }
}
