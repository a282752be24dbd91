package org.onus.core.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.core.detention.BusinessCalendar;
import org.onus.core.detention.DetentionSettings;

/**
 * The disclosure hold's clock, from MicroProfile Config ({@code ONUS_DISCLOSURE_DAYS}, default 5):
 * working days on the authority's holiday list (that of {@link DetentionSettings}).
 */
@ApplicationScoped
public class DisclosureSettings {

    @Inject
    @ConfigProperty(name = "onus.disclosure.days", defaultValue = "5")
    int days;

    @Inject
    DetentionSettings detention;

    protected DisclosureSettings() {
        // for CDI
    }

    /** Without a container. */
    public DisclosureSettings(int days, DetentionSettings detention) {
        this.days = days;
        this.detention = detention;
    }

    public int days() {
        return days;
    }

    /** The last day to refine a disclosure required on {@code from}: {@link #days()} working days later. */
    public LocalDate deadline(LocalDate from) {
        return new BusinessCalendar(
                        BusinessCalendar.Counting.WORKING,
                        java.util.Set.copyOf(detention.calendar().holidays()))
                .plus(from, days);
    }
}
