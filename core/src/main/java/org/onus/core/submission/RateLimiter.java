package org.onus.core.submission;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key (an address hash, a user name), in memory; full buckets are forgotten. Also
 * the check before shipping's limit per user.
 */
public final class RateLimiter {

    private final Rate rate;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Rate rate) {
        this.rate = rate;
    }

    /** Empty when the request may go ahead; otherwise how long to wait. */
    public Optional<Duration> take(String key, Instant now) {
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(rate, now));
        synchronized (bucket) {
            return bucket.take(now);
        }
    }

    /** Drops the buckets that are full again, so no address is remembered longer than needed. */
    public void forgetIdle(Instant now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().full(now);
            }
        });
    }

    int size() {
        return buckets.size();
    }

    Rate rate() {
        return rate;
    }
}
