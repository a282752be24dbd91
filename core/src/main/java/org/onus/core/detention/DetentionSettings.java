package org.onus.core.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.core.time.BusinessCalendar;

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

    /** How many days before the rebuttal deadline the importer is reminded. */
    @Inject
    @ConfigProperty(name = "onus.detention.reminder-days", defaultValue = "5")
    int reminderDays;

    /** The importer's new deadline after a request for information, counted from the request. */
    @Inject
    @ConfigProperty(name = "onus.detention.info-days", defaultValue = "15")
    int infoDays;

    /** How many times an officer may ask for more information (each one extends the deadline). */
    @Inject
    @ConfigProperty(name = "onus.detention.info-requests", defaultValue = "1")
    int infoRequests;

    /** How long after a confiscation the importer may protest it. */
    @Inject
    @ConfigProperty(name = "onus.detention.protest-days", defaultValue = "180")
    int protestDays;

    /**
     * The authority's own clock (rule AUTHORITY_CLOCK, after 19 U.S.C. 1499(c)(5)): calendar days
     * from detention to decision, counting only the time the case is with the authority.
     */
    @Inject
    @ConfigProperty(name = "onus.detention.decision-days", defaultValue = "30")
    int decisionDays;

    /** How many days before the decision is due supervisors are alerted. */
    @Inject
    @ConfigProperty(name = "onus.detention.decision-alert-days", defaultValue = "5")
    int decisionAlertDays;

    /** Calendar days for a supervisor to decide a protest before it is deemed denied. */
    @Inject
    @ConfigProperty(name = "onus.detention.protest-decision-days", defaultValue = "30")
    int protestDecisionDays;

    private BusinessCalendar calendar;

    public int decisionDays() {
        return decisionDays;
    }

    public int decisionAlertDays() {
        return decisionAlertDays;
    }

    public int protestDecisionDays() {
        return protestDecisionDays;
    }

    public int reminderDays() {
        return reminderDays;
    }

    public int infoDays() {
        return infoDays;
    }

    public int infoRequests() {
        return infoRequests;
    }

    public int protestDays() {
        return protestDays;
    }

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
