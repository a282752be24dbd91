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
    @ConfigProperty(name = "onus.engine.history", defaultValue = EssentialHistoryLevel.NAME)
    String history;

    /** Whether this node runs timers and asynchronous steps (every node of a cluster may). */
    public boolean jobExecutorActive() {
        return jobExecutorActive;
    }

    /**
     * How long a node's job executor holds a job it took (Camunda's default, 300 s). A node that
     * dies holding jobs strands them for at most this long: then another node takes them. Shorter
     * means faster recovery, but a job that runs longer than this may be taken, and run, twice.
     */
    @Inject
    @ConfigProperty(name = "onus.engine.job-lock-seconds", defaultValue = "300")
    int jobLockSeconds;

    public java.time.Duration jobLock() {
        if (jobLockSeconds < 1) {
            throw new IllegalArgumentException(
                    "ONUS_ENGINE_JOB_LOCK_SECONDS=" + jobLockSeconds + " must be at least 1 second");
        }
        return java.time.Duration.ofSeconds(jobLockSeconds);
    }

    /**
     * Engine history level: {@link EssentialHistoryLevel} by default; {@code full} adds every step,
     * variable update and job of every case to the engine's history.
     */
    public String history() {
        return history;
    }

    /**
     * When the engine's own history clean-up runs ({@code HH:mm-HH:mm}, the server's time zone;
     * empty: never). It removes the history of process instances that ended longer ago than their
     * model's {@code historyTimeToLive} (3650 days), besides what retention erases per case.
     */
    @Inject
    @ConfigProperty(name = "onus.engine.history-cleanup-window", defaultValue = "03:00-05:00")
    String historyCleanupWindow;

    public java.util.Optional<String[]> historyCleanupWindow() {
        String w = historyCleanupWindow == null ? "" : historyCleanupWindow.trim();
        if (w.isEmpty()) {
            return java.util.Optional.empty();
        }
        String[] parts = w.split("-");
        if (parts.length != 2
                || !parts[0].trim().matches("\\d{2}:\\d{2}")
                || !parts[1].trim().matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("ONUS_ENGINE_HISTORY_CLEANUP_WINDOW=" + historyCleanupWindow
                    + " is not a window such as 03:00-05:00 (or empty for none)");
        }
        return java.util.Optional.of(new String[] {parts[0].trim(), parts[1].trim()});
    }
}
