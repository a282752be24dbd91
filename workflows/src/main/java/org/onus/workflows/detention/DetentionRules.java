package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.onus.core.detention.DetentionCase;
import org.onus.core.detention.DetentionCases;
import org.onus.core.detention.DetentionSettings;
import org.onus.core.problem.NotFoundException;

/** What the model's timers ask about a case. */
@Named("detentionRules")
@ApplicationScoped
public class DetentionRules {

    private DetentionCases cases;
    private DetentionSettings settings;
    private Clock clock;

    protected DetentionRules() {
        // for CDI proxies
    }

    @Inject
    public DetentionRules(DetentionCases cases, DetentionSettings settings, Clock clock) {
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The deadline is the last day for a rebuttal (or for the information requested): the timer
     * fires when the next day begins.
     */
    public Date dayAfterDeadline(String caseId) {
        return startOf(find(caseId).rebuttalDeadline().plusDays(1));
    }

    /** The reminder goes out the configured number of days before the deadline. */
    public Date reminderDate(String caseId) {
        return startOf(find(caseId).rebuttalDeadline().minusDays(settings.reminderDays()));
    }

    /** The protest window closes after its last day. */
    public Date dayAfterProtestWindow(String caseId) {
        LocalDate last = find(caseId).protestDeadline();
        return startOf(last.plusDays(1));
    }

    /** The authority's decision is due by the end of its last day; the case is deemed excluded after it. */
    public Date dayAfterDecisionDue(String caseId) {
        return startOf(decisionDue(find(caseId)).plusDays(1));
    }

    /** Supervisors are alerted the configured number of days before the decision is due. */
    public Date decisionAlertDate(String caseId) {
        return startOf(decisionDue(find(caseId)).minusDays(settings.decisionAlertDays()));
    }

    /** A protest not decided by the end of its last day is deemed denied. */
    public Date dayAfterProtestDecisionDue(String caseId) {
        LocalDate due = find(caseId).protestDecisionDue();
        return startOf((due == null ? LocalDate.now(clock).plusDays(settings.protestDecisionDays()) : due).plusDays(1));
    }

    /** A case under review always has a due day; should one be missing, the full period counts from today. */
    private LocalDate decisionDue(DetentionCase c) {
        return c.decisionDue() == null ? LocalDate.now(clock).plusDays(settings.decisionDays()) : c.decisionDue();
    }

    private DetentionCase find(String caseId) {
        return cases.find(UUID.fromString(caseId)).orElseThrow(() -> new NotFoundException("Case " + caseId));
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(clock.getZone()).toInstant());
    }
}
