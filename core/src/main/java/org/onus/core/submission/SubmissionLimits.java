package org.onus.core.submission;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** The per-address rate limits of the submission point, keyed by the address hash only. */
@ApplicationScoped
public class SubmissionLimits {

    @Inject
    SubmissionSettings settings;

    @Inject
    ClientAddresses addresses;

    @Inject
    Clock clock;

    private RateLimiter submissions;
    private RateLimiter lookups;

    @PostConstruct
    void start() {
        submissions = new RateLimiter(settings.rate());
        lookups = new RateLimiter(settings.lookupRate());
    }

    /**
     * Takes one new submission from this address.
     *
     * @return the address hash, the only form in which the address is kept
     * @throws SubmissionRateLimitedException when its bucket is empty
     */
    public String takeSubmission(String address) {
        Instant now = clock.instant();
        String hash = addresses.hash(address, now);
        submissions.take(hash, now).ifPresent(wait -> {
            throw new SubmissionRateLimitedException(
                    "Too many submissions from your network (at most " + submissions.rate() + "); try again later",
                    wait);
        });
        return hash;
    }

    /** Takes one look-up by receipt code from this address. */
    public void takeLookup(String address) {
        Instant now = clock.instant();
        String hash = addresses.hash(address, now);
        lookups.take(hash, now).ifPresent(wait -> {
            throw new SubmissionRateLimitedException(
                    "Too many look-ups by receipt code from your network (at most " + lookups.rate()
                            + "); try again later",
                    wait);
        });
    }

    /** Forgets the addresses whose buckets are full again. */
    public void forgetIdle() {
        Instant now = clock.instant();
        submissions.forgetIdle(now);
        lookups.forgetIdle(now);
    }
}
