package org.onus.workflows.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.onus.core.designation.DesignationListChanged;
import org.onus.core.entry.EntryService;
import org.onus.core.screening.ScreeningIndexSource;

/**
 * The list applies at arrival: when a new designation list version is made, every entry not yet
 * arrived or still held for its disclosure is screened again against it.
 *
 * <p>A synchronous CDI observer, so it runs <em>in the publishing transaction</em>: the new list
 * version and the detentions it causes commit together or not at all, and no entry can arrive
 * between the publication and its re-screening. The index is therefore built from this
 * transaction's view ({@link ScreeningIndexSource#loadHere()}), which already holds the new
 * version. The price is a slower publication when many entries await arrival; when none does, no
 * index is built.
 */
@ApplicationScoped
public class ListRescreening {

    private static final Logger LOG = Logger.getLogger(ListRescreening.class.getName());

    @Inject
    EntryService entries;

    @Inject
    ScreeningIndexSource source;

    void onListChanged(@Observes DesignationListChanged changed) {
        int n = entries.rescreenForList(source::loadHere).size();
        LOG.info(() -> "Designation list version " + changed.number() + ": " + n + " entries screened again");
    }
}
