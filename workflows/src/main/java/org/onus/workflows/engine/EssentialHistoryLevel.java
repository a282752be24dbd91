package org.onus.workflows.engine;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine history Onus keeps by default ({@code ONUS_ENGINE_HISTORY=essential}): each process
 * instance's start and end (what retention and the history clean-up work on), incidents and failed
 * jobs, decision evaluations, batches and the operation log. It leaves out what only repeats the
 * case's own record or the model: every activity passed (gateways, events, service tasks), every
 * human task (the audit trail records who reviewed and decided, and when), every variable update,
 * candidate groups, and the log of jobs that succeeded. The case's record is the audit trail and
 * the case's events, written in the same transactions; {@code full} remains available for an
 * operator who wants the engine's whole history besides.
 *
 * <p>Measured on the lifecycle benchmark: full history cost 20.5 KB per closed case, about as much
 * as all of the application's own tables (docs/BENCHMARKS.md, "Footprint").
 */
public final class EssentialHistoryLevel implements HistoryLevel {

    public static final String NAME = "essential";

    /** Stored in the engine's {@code historyLevel} property; Camunda's own levels are 0-3. */
    public static final int ID = 10;

    public static final EssentialHistoryLevel INSTANCE = new EssentialHistoryLevel();

    private EssentialHistoryLevel() {}

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (!(eventType instanceof HistoryEventTypes type)) {
            return false;
        }
        return switch (type) {
            case PROCESS_INSTANCE_START,
                    PROCESS_INSTANCE_UPDATE,
                    PROCESS_INSTANCE_MIGRATE,
                    PROCESS_INSTANCE_END,
                    INCIDENT_CREATE,
                    INCIDENT_MIGRATE,
                    INCIDENT_DELETE,
                    INCIDENT_RESOLVE,
                    INCIDENT_UPDATE,
                    JOB_FAIL,
                    EXTERNAL_TASK_FAIL,
                    DMN_DECISION_EVALUATE,
                    BATCH_START,
                    BATCH_UPDATE,
                    BATCH_END,
                    USER_OPERATION_LOG -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return NAME + " (" + ID + ")";
    }
}
