package org.onus.core.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Retention periods, from MicroProfile Config: system properties or environment variables
 * ({@code onus.retention.closed-cases} or {@code ONUS_RETENTION_CLOSED_CASES}). Checked as a whole
 * when the portal starts ({@link RetentionJob}): a bad value stops the deployment with a message
 * naming the variable.
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "onus.retention.closed-cases", defaultValue = "P10Y")
    String closedCases;

    @Inject
    @ConfigProperty(name = "onus.retention.submissions", defaultValue = "P5Y")
    String submissions;

    @Inject
    @ConfigProperty(name = "onus.retention.address-hashes", defaultValue = "PT24H")
    String addressHashes;

    @Inject
    @ConfigProperty(name = "onus.retention.hour", defaultValue = "3")
    String hour;

    @Inject
    @ConfigProperty(name = "onus.retention.scheduled", defaultValue = "true")
    String scheduled;

    private RetentionConfig config;

    /** @throws IllegalArgumentException naming every misconfigured variable */
    public synchronized RetentionConfig config() {
        if (config == null) {
            config = RetentionConfig.of(closedCases, submissions, addressHashes, hour, scheduled);
        }
        return config;
    }

    public RetentionPeriod closedCases() {
        return config().closedCases();
    }

    /** For the public submissions' rule. */
    public RetentionPeriod submissions() {
        return config().submissions();
    }

    /** For the address-hash rule (never more than 24 hours). */
    public RetentionPeriod addressHashes() {
        return config().addressHashes();
    }
}
