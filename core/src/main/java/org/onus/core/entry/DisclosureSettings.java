package org.onus.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.core.time.BusinessCalendar;

/**
 * The disclosure hold's clock, from MicroProfile Config ({@code ONUS_DISCLOSURE_DAYS}, default 5):
 * working days on the authority's holiday list ({@code ONUS_DETENTION_HOLIDAYS}, the list the
 * detention clocks count with).
 */
@ApplicationScoped
public class DisclosureSettings {

    @Inject
    @ConfigProperty(name = "onus.disclosure.days", defaultValue = "5")
    int days;

    @Inject
    @ConfigProperty(name = "onus.detention.holidays", defaultValue = " ")
    String holidays;

    private BusinessCalendar calendar;

    protected DisclosureSettings() {
        // for CDI
    }

    /** Without a container. */
    public DisclosureSettings(int days, String holidays) {
        this.days = days;
        this.holidays = holidays;
    }

    public int days() {
        return days;
    }

    /** The last day to refine a disclosure required on {@code from}: {@link #days()} working days later. */
    public LocalDate deadline(LocalDate from) {
        return calendar().plus(from, days);
    }

    private synchronized BusinessCalendar calendar() {
        if (calendar == null) {
            calendar = BusinessCalendar.of(BusinessCalendar.Counting.WORKING.name(), holidays);
        }
        return calendar;
    }
}
