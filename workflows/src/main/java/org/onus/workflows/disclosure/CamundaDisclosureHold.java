package org.onus.workflows.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.onus.core.entry.DisclosureHoldProcess;
import org.onus.core.entry.Entry;

/** {@link DisclosureHoldProcess} on the engine: {@code disclosure-hold.bpmn}, one instance per held entry. */
@ApplicationScoped
public class CamundaDisclosureHold implements DisclosureHoldProcess {

    private RuntimeService runtime;

    protected CamundaDisclosureHold() {
        // for CDI proxies
    }

    @Inject
    public CamundaDisclosureHold(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void held(Entry entry) {
        runtime.startProcessInstanceByKey(
                DisclosureHold.KEY,
                entry.id().toString(),
                Map.of(
                        DisclosureHold.VAR_ENTRY_ID, entry.id().toString(),
                        DisclosureHold.VAR_DEADLINE, entry.disclosureDeadline().toString()));
    }

    /** Nothing happens when no hold runs for the entry. */
    @Override
    public void screenedAgain(Entry entry) {
        runtime.createMessageCorrelation(DisclosureHold.MESSAGE_REFINED)
                .processInstanceBusinessKey(entry.id().toString())
                .setVariable(DisclosureHold.VAR_ENTRY_STATUS, entry.status().name())
                .setVariable(DisclosureHold.VAR_HELD, entry.held())
                .correlateAll();
    }
}
