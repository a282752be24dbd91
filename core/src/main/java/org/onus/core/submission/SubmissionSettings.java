package org.onus.core.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits of the public submission point (MicroProfile Config; also as environment variables, e.g.
 * {@code ONUS_SUBMISSION_RATE=5/PT1H}).
 */
@ApplicationScoped
public class SubmissionSettings {

    @Inject
    @ConfigProperty(name = "onus.submission.rate", defaultValue = "5/PT1H")
    String rate;

    @Inject
    @ConfigProperty(name = "onus.submission.lookup-rate", defaultValue = "30/PT1H")
    String lookupRate;

    @Inject
    @ConfigProperty(name = "onus.submission.max-attachments", defaultValue = "5")
    int maxAttachments;

    @Inject
    @ConfigProperty(name = "onus.submission.max-attachment-bytes", defaultValue = "10485760")
    long maxAttachmentBytes;

    @Inject
    @ConfigProperty(name = "onus.submission.min-fill-seconds", defaultValue = "3")
    int minFillSeconds;

    @Inject
    @ConfigProperty(name = "onus.submission.client-address-header")
    Optional<String> clientAddressHeader;

    /** New submissions per address. */
    public Rate rate() {
        return Rate.parse(rate);
    }

    /** Look-ups by receipt code (status, answers) per address: the brake on guessing codes. */
    public Rate lookupRate() {
        return Rate.parse(lookupRate);
    }

    public int maxAttachments() {
        return maxAttachments;
    }

    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** A form sent back sooner than this after it was shown was not filled in by a person. */
    public Duration minFillTime() {
        return Duration.ofSeconds(Math.max(0, minFillSeconds));
    }

    /**
     * The header a trusted reverse proxy puts the client's address in (e.g. {@code X-Forwarded-For},
     * first value); empty: the address of the connection. Only set it behind a proxy that
     * overwrites the header, or clients choose their own address.
     */
    public Optional<String> clientAddressHeader() {
        return clientAddressHeader.filter(h -> !h.isBlank()).map(String::strip);
    }
}
