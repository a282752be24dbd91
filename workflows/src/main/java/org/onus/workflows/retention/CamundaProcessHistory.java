package org.onus.workflows.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.onus.core.retention.ProcessHistory;

/**
 * {@link ProcessHistory} on the engine, in the caller's transaction: a process instance still
 * running under one of the keys is ended first (without running its listeners), then every
 * historic instance under the keys is deleted with its steps, tasks, variables, comments and
 * incidents.
 */
@ApplicationScoped
public class CamundaProcessHistory implements ProcessHistory {

    private RuntimeService runtime;
    private HistoryService history;

    protected CamundaProcessHistory() {
        // for CDI proxies
    }

    @Inject
    public CamundaProcessHistory(RuntimeService runtime, HistoryService history) {
        this.runtime = runtime;
        this.history = history;
    }

    @Override
    public int erase(Collection<String> businessKeys) {
        List<String> ids = new ArrayList<>();
        for (String key : businessKeys) {
            for (ProcessInstance running : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .list()) {
                runtime.deleteProcessInstance(running.getId(), "retention", true, true, true);
            }
            for (HistoricProcessInstance done : history.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKey(key)
                    .list()) {
                ids.add(done.getId());
            }
        }
        if (!ids.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(ids);
        }
        return ids.size();
    }
}
