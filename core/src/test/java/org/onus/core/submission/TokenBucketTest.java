package org.onus.core.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    @Property
    void exactlyTheCapacityPassesAtOnceAndTheNextIsToldHowLongToWait(
            @ForAll @IntRange(min = 1, max = 50) int capacity, @ForAll @IntRange(min = 1, max = 240) int minutes) {
        Rate rate = new Rate(capacity, Duration.ofMinutes(minutes));
        TokenBucket bucket = new TokenBucket(rate, T0);
        for (int i = 0; i < capacity; i++) {
            assertThat(bucket.take(T0)).isEmpty();
        }
        Optional<Duration> wait = bucket.take(T0);
        assertThat(wait).isPresent();
        Duration perToken = Duration.ofMinutes(minutes).dividedBy(capacity);
        assertThat(wait.get()).isPositive().isLessThanOrEqualTo(perToken.plusMillis(1));
        // After that wait, one more passes.
        assertThat(bucket.take(T0.plus(wait.get()))).isEmpty();
    }

    @Test
    void aBucketRefillsEvenlyAndIsForgottenWhenFull() {
        RateLimiter limiter = new RateLimiter(Rate.parse("2/PT1H"));
        assertThat(limiter.take("a", T0)).isEmpty();
        assertThat(limiter.take("a", T0)).isEmpty();
        assertThat(limiter.take("a", T0)).hasValueSatisfying(d -> assertThat(d).isEqualTo(Duration.ofMinutes(30)));
        assertThat(limiter.take("b", T0)).as("another address").isEmpty();
        assertThat(limiter.take("a", T0.plus(Duration.ofMinutes(30)))).isEmpty();

        limiter.forgetIdle(T0.plus(Duration.ofMinutes(40)));
        assertThat(limiter.size())
                .as("b is full again (one token back after 30 minutes), a is not")
                .isEqualTo(1);
        limiter.forgetIdle(T0.plus(Duration.ofHours(2)));
        assertThat(limiter.size()).isZero();
    }

    @Test
    void ratesAreWrittenAsCountSlashDuration() {
        assertThat(Rate.parse(" 5/PT1H ")).isEqualTo(new Rate(5, Duration.ofHours(1)));
        assertThatThrownBy(() -> Rate.parse("5 per hour")).hasMessageContaining("5/PT1H");
        assertThatThrownBy(() -> Rate.parse("0/PT1H")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rate.parse("5/PT0S")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addressesAreKeyedHashesThatChangeWithTheDailySalt() {
        ClientAddresses addresses = new ClientAddresses();
        String first = addresses.hash("192.0.2.1", T0);
        assertThat(first).matches("[0-9a-f]{64}").doesNotContain("192.0.2.1");
        assertThat(addresses.hash("192.0.2.1", T0.plus(Duration.ofHours(23)))).isEqualTo(first);
        assertThat(addresses.hash("192.0.2.2", T0)).isNotEqualTo(first);
        assertThat(addresses.hash("192.0.2.1", T0.plus(Duration.ofHours(24))))
                .as("a new salt after a day")
                .isNotEqualTo(first);
        assertThat(new ClientAddresses().hash("192.0.2.1", T0))
                .as("salts are random")
                .isNotEqualTo(first);
    }
}
