package org.onus.workflows.detention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.onus.core.detention.DetentionCase;
import org.onus.core.entry.DetentionGrounds;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryService;
import org.onus.core.identity.Actor;

/**
 * Files an entry and, when it is detained, starts its detention-case process — in one
 * transaction, so there is never a detained entry without a running case or the other way round.
 */
@Stateless
public class EntryFiling {

    @Inject
    EntryService entries;

    @Inject
    RuntimeService runtime;

    public EntryService.Filing file(Actor actor, EntryDraft draft) {
        EntryService.Filing filing = entries.file(actor, draft);
        filing.opened().ifPresent(this::start);
        return filing;
    }

    public EntryService.Filing detain(Actor officer, UUID entryId, DetentionGrounds grounds) {
        EntryService.Filing filing = entries.detain(officer, entryId, grounds);
        filing.opened().ifPresent(this::start);
        return filing;
    }

    private void start(DetentionCase c) {
        runtime.startProcessInstanceByKey(
                DetentionProcess.KEY, c.id().toString(), Map.of(DetentionProcess.VAR_CASE_ID, c.id().toString()));
    }
}
