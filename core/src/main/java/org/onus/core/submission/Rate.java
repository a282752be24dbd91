package org.onus.core.submission;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** A rate limit as configured: {@code 5/PT1H} is five requests an hour per address. */
public record Rate(int capacity, Duration period) {

    public Rate {
        if (capacity < 1 || period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A rate needs at least one request per positive period");
        }
    }

    /** @throws IllegalArgumentException naming the expected shape */
    public static Rate parse(String raw) {
        String[] parts = raw == null ? new String[0] : raw.strip().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("A rate is written as count/ISO-8601 duration, e.g. 5/PT1H: " + raw);
        }
        try {
            return new Rate(Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("A rate is written as count/ISO-8601 duration, e.g. 5/PT1H: " + raw, e);
        }
    }

    @Override
    public String toString() {
        return capacity + "/" + period;
    }
}
