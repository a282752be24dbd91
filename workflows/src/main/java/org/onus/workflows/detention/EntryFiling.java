package org.onus.workflows.detention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.onus.core.detention.DetentionCase;
import org.onus.core.entry.DetentionGrounds;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryDraft;
import org.onus.core.entry.EntryService;
import org.onus.core.identity.Actor;
import org.onus.core.screening.ScreeningIndex;
import org.onus.workflows.disclosure.DisclosureHold;

/**
 * Files an entry and, when it is detained, starts its detention-case process — in one
 * transaction, so there is never a detained entry without a running case or the other way round.
 * Likewise an entry held for its disclosure has a running disclosure-hold process from the
 * transaction that held it.
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
        if (filing.created() && filing.entry().held()) {
            startHold(filing.entry());
        }
        return filing;
    }

    public EntryService.Filing detain(Actor officer, UUID entryId, DetentionGrounds grounds) {
        boolean wasHeld = entries.get(officer, entryId).held();
        EntryService.Filing filing = entries.detain(officer, entryId, grounds);
        filing.opened().ifPresent(this::start);
        if (wasHeld) {
            tellHold(filing.entry());
        }
        return filing;
    }

    /**
     * The importer refines a required disclosure; the entry is screened again, a detention starts
     * its case, and a running hold learns the outcome — all in one transaction.
     */
    public EntryService.Rescreening refineDisclosure(Actor actor, UUID entryId, List<EntryDraft.InputDraft> inputs) {
        return followUp(entries.refineDisclosure(actor, entryId, inputs));
    }

    /** The hold's deadline passed unrefined: the goods are detained and their case starts. */
    public void detainUnrefined(UUID entryId) {
        entries.detainUnrefined(entryId).ifPresent(this::start);
    }

    /**
     * A new designation list version (not yet committed: called in the publishing transaction)
     * applies at arrival: every entry not yet arrived or still held is screened again with it.
     */
    public List<EntryService.Rescreening> rescreenForList(ScreeningIndex index) {
        List<EntryService.Rescreening> done = new ArrayList<>();
        for (UUID id : entries.awaitingList()) {
            entries.rescreenForList(id, index).map(this::followUp).ifPresent(done::add);
        }
        return done;
    }

    private EntryService.Rescreening followUp(EntryService.Rescreening r) {
        r.opened().ifPresent(this::start);
        if (r.holdStarted()) {
            startHold(r.entry());
        } else if (r.wasHeld()) {
            tellHold(r.entry());
        }
        return r;
    }

    private void startHold(Entry entry) {
        runtime.startProcessInstanceByKey(
                DisclosureHold.KEY,
                entry.id().toString(),
                Map.of(
                        DisclosureHold.VAR_ENTRY_ID, entry.id().toString(),
                        DisclosureHold.VAR_DEADLINE, entry.disclosureDeadline().toString()));
    }

    /** Tells a running hold how the entry came out; nothing happens when none runs. */
    private void tellHold(Entry entry) {
        runtime.createMessageCorrelation(DisclosureHold.MESSAGE_REFINED)
                .processInstanceBusinessKey(entry.id().toString())
                .setVariable(DisclosureHold.VAR_ENTRY_STATUS, entry.status().name())
                .setVariable(DisclosureHold.VAR_HELD, entry.held())
                .correlateAll();
    }

    private void start(DetentionCase c) {
        runtime.startProcessInstanceByKey(
                DetentionProcess.KEY, c.id().toString(), Map.of(DetentionProcess.VAR_CASE_ID, c.id().toString()));
    }
}
