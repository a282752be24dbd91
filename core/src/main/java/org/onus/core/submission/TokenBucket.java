package org.onus.core.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token bucket: {@code capacity} requests at once, refilled evenly over {@code period}. Not
 * thread-safe on its own: {@link RateLimiter} synchronises on it.
 */
final class TokenBucket {

    private final Rate rate;
    private double tokens;
    private Instant last;

    TokenBucket(Rate rate, Instant now) {
        this.rate = rate;
        this.tokens = rate.capacity();
        this.last = now;
    }

    /** Takes one token, or says how long until one is there. */
    Optional<Duration> take(Instant now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return Optional.empty();
        }
        double perToken = (double) rate.period().toMillis() / rate.capacity();
        long waitMillis = (long) Math.ceil((1 - tokens) * perToken);
        return Optional.of(Duration.ofMillis(Math.max(1, waitMillis)));
    }

    /** Full again: nothing to remember about this address. */
    boolean full(Instant now) {
        refill(now);
        return tokens >= rate.capacity();
    }

    private void refill(Instant now) {
        if (now.isAfter(last)) {
            double added = (double) Duration.between(last, now).toMillis()
                    * rate.capacity()
                    / rate.period().toMillis();
            tokens = Math.min(rate.capacity(), tokens + added);
            last = now;
        }
    }
}
