package org.onus.core.screeningcheck;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.onus.core.submission.RateLimiter;

/** The token bucket of each user who checks before shipping, in memory. */
@ApplicationScoped
public class CheckLimits {

    @Inject
    ScreeningCheckSettings settings;

    @Inject
    Clock clock;

    private RateLimiter checks;

    @PostConstruct
    void start() {
        checks = new RateLimiter(settings.rate());
    }

    /**
     * Takes one check for this user.
     *
     * @throws CheckRateLimitedException when their bucket is empty
     */
    public void take(String username) {
        Instant now = clock.instant();
        checks.take(username, now).ifPresent(wait -> {
            throw new CheckRateLimitedException(
                    "Too many checks before shipping (at most "
                            + settings.rate().capacity() + " an hour per user); try again later",
                    wait);
        });
        checks.forgetIdle(now);
    }
}
