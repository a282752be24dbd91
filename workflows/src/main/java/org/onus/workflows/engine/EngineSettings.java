package org.onus.workflows.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Process engine settings, from MicroProfile Config: system properties or environment variables
 * ({@code onus.engine.job-executor} or {@code ONUS_ENGINE_JOB_EXECUTOR}).
 */
@ApplicationScoped
public class EngineSettings {

    @Inject
    @ConfigProperty(name = "onus.engine.job-executor", defaultValue = "true")
    boolean jobExecutorActive;

    @Inject
    @ConfigProperty(name = "onus.engine.history", defaultValue = "full")
    String history;

    /** Whether this node runs timers and asynchronous steps (every node of a cluster may). */
    public boolean jobExecutorActive() {
        return jobExecutorActive;
    }

    /** Camunda history level; {@code full} keeps every step of every case for the record. */
    public String history() {
        return history;
    }
}
