package org.onus.core.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the outbox retries (MicroProfile Config, also as environment variables, e.g.
 * {@code ONUS_MAIL_RETRY_SECONDS}) and where links in emails point.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "onus.mail.retry-seconds", defaultValue = "10")
    long retrySeconds;

    @Inject
    @ConfigProperty(name = "onus.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "onus.portal-url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /** How often the outbox looks for mail to send, and the first retry's delay. */
    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The portal's public address, without a trailing slash, for the links in emails. */
    public String portalUrl() {
        return portalUrl.endsWith("/") ? portalUrl.substring(0, portalUrl.length() - 1) : portalUrl;
    }

    /**
     * When to try again after the given number of failed attempts, or null to give up: the delay
     * doubles from the poll interval up to an hour, so a mail server that is down for a while is
     * not hammered, and one back within minutes gets the mail within minutes.
     */
    public static Duration backoff(int failedAttempts, Duration first, int maxAttempts) {
        if (failedAttempts >= maxAttempts) {
            return null;
        }
        long factor = 1L << Math.min(20, Math.max(0, failedAttempts - 1));
        Duration delay = first.multipliedBy(factor);
        Duration cap = Duration.ofHours(1);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public Duration backoff(int failedAttempts) {
        return backoff(failedAttempts, pollInterval(), maxAttempts());
    }
}
