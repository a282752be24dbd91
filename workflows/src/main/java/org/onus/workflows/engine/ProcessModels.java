package org.onus.workflows.engine;

import java.util.List;

/**
 * Every BPMN and DMN model the application deploys at startup, as class-path resources of this
 * module. Listed rather than scanned because scanning inside an EAR depends on the server's
 * virtual file system; {@code ProcessModelsTest} fails when a file under {@code processes/} is
 * missing here, so the list cannot silently fall behind.
 */
public final class ProcessModels {

    /** Name of the engine deployment that holds the application's models. */
    public static final String DEPLOYMENT_NAME = "onus";

    public static final String ROOT = "processes/";

    public static final List<String> ALL = List.of(
            ROOT + "designation-lifecycle.bpmn",
            ROOT + "detention-case.bpmn",
            ROOT + "disclosure-hold.bpmn",
            ROOT + "evidence-admissibility.dmn",
            ROOT + "mass-balance-thresholds.dmn",
            ROOT + "policy-status-evidence.dmn",
            ROOT + "trace-chain.dmn",
            ROOT + "upr-recommendation.bpmn");

    private ProcessModels() {}
}
