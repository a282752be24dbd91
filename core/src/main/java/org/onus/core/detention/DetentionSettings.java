package org.onus.core.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Detention clocks, from MicroProfile Config ({@code ONUS_DETENTION_*}). Defaults follow the US
 * practice the report's approach grew from: a notice within 5 days of detention, 30 days for the
 * importer's rebuttal.
 */
@ApplicationScoped
public class DetentionSettings {

    @Inject
    @ConfigProperty(name = "onus.detention.notice-days", defaultValue = "5")
    int noticeDays;

    @Inject
    @ConfigProperty(name = "onus.detention.rebuttal-days", defaultValue = "30")
    int rebuttalDays;

    @Inject
    @ConfigProperty(name = "onus.detention.day-counting", defaultValue = "CALENDAR")
    String counting;

    @Inject
    @ConfigProperty(name = "onus.detention.holidays", defaultValue = " ")
    String holidays;

    private BusinessCalendar calendar;

    public int noticeDays() {
        return noticeDays;
    }

    public int rebuttalDays() {
        return rebuttalDays;
    }

    public synchronized BusinessCalendar calendar() {
        if (calendar == null) {
            calendar = BusinessCalendar.of(counting, holidays);
        }
        return calendar;
    }
}
