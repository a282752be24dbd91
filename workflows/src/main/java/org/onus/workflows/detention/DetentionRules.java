package org.onus.workflows.detention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;
import org.onus.core.detention.DetentionCases;
import org.onus.core.problem.NotFoundException;

/** What the model's timers ask about a case. */
@Named("detentionRules")
@ApplicationScoped
public class DetentionRules {

    private DetentionCases cases;
    private Clock clock;

    protected DetentionRules() {
        // for CDI proxies
    }

    @Inject
    public DetentionRules(DetentionCases cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The deadline is the last day for a rebuttal: the timer fires when the next day begins. */
    public Date dayAfterDeadline(String caseId) {
        var c = cases.find(UUID.fromString(caseId)).orElseThrow(() -> new NotFoundException("Case " + caseId));
        return Date.from(
                c.rebuttalDeadline().plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    }
}
