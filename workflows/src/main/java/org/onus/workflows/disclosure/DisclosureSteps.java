package org.onus.workflows.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.onus.workflows.detention.EntryFiling;

/** The timer and the service step of disclosure-hold.bpmn. */
@Named("disclosureSteps")
@ApplicationScoped
public class DisclosureSteps {

    private EntryFiling filing;
    private Clock clock;

    protected DisclosureSteps() {
        // for CDI proxies
    }

    @Inject
    public DisclosureSteps(EntryFiling filing, Clock clock) {
        this.filing = filing;
        this.clock = clock;
    }

    /** The deadline is the last day to refine: the timer fires when the next day begins. */
    public Date dayAfter(String deadline) {
        return Date.from(LocalDate.parse(deadline)
                .plusDays(1)
                .atStartOfDay(clock.getZone())
                .toInstant());
    }

    /** Task_DetainUnrefined: the entry is detained and its detention case starts. */
    public void detainUnrefined(String entryId) {
        filing.detainUnrefined(UUID.fromString(entryId));
    }
}
