package org.onus.core.screeningcheck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.onus.core.submission.Rate;

/**
 * The check before shipping's limit per user (MicroProfile Config; as an environment variable
 * {@code ONUS_SCREENING_CHECKS_PER_HOUR}, default 60).
 */
@ApplicationScoped
public class ScreeningCheckSettings {

    @Inject
    @ConfigProperty(name = "onus.screening.checks-per-hour", defaultValue = "60")
    int checksPerHour;

    /** Checks per user per hour, refilled evenly; at least one. */
    public Rate rate() {
        return new Rate(Math.max(1, checksPerHour), Duration.ofHours(1));
    }
}
