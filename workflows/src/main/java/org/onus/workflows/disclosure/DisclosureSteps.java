package org.onus.workflows.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.onus.core.entry.EntryService;

/** The timer and the service step of disclosure-hold.bpmn. */
@Named("disclosureSteps")
@ApplicationScoped
public class DisclosureSteps {

    private EntryService entries;
    private Clock clock;

    protected DisclosureSteps() {
        // for CDI proxies
    }

    @Inject
    public DisclosureSteps(EntryService entries, Clock clock) {
        this.entries = entries;
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
        entries.detainUnrefined(UUID.fromString(entryId));
    }
}
