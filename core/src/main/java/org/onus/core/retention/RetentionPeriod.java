package org.onus.core.retention;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long something is kept, written in ISO 8601: a period of the calendar ({@code P10Y},
 * {@code P6M}, {@code P30D}) or an exact duration ({@code PT24H}, {@code PT30M}). Calendar periods
 * are counted back from the run's instant in UTC, so {@code P10Y} on 2036-03-01 means everything
 * before 2026-03-01 at the same time of day.
 */
public final class RetentionPeriod {

    private final String text;
    private final Period period;
    private final Duration duration;

    private RetentionPeriod(String text, Period period, Duration duration) {
        this.text = text;
        this.period = period;
        this.duration = duration;
    }

    /**
     * @throws IllegalArgumentException with a message an operator can act on: not ISO 8601, or negative
     */
    public static RetentionPeriod parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("is empty; give an ISO 8601 period such as P10Y or PT24H");
        }
        try {
            if (t.startsWith("PT") || t.startsWith("-PT")) {
                Duration d = Duration.parse(t);
                if (d.isNegative()) {
                    throw new IllegalArgumentException("'" + text + "' is negative");
                }
                return new RetentionPeriod(t, null, d);
            }
            Period p = Period.parse(t);
            if (p.isNegative()) {
                throw new IllegalArgumentException("'" + text + "' is negative");
            }
            return new RetentionPeriod(t, p, null);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an ISO 8601 period: write e.g. P10Y (ten years), P6M, P30D or PT24H");
        }
    }

    /** The moment before which records fall under this period at {@code now}. */
    public Instant cutoff(Instant now) {
        if (duration != null) {
            return now.minus(duration);
        }
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }

    /** Whether this period is longer than {@code limit} (a calendar period is measured from {@code at}). */
    public boolean longerThan(Duration limit, Instant at) {
        return Duration.between(cutoff(at), at).compareTo(limit) > 0;
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetentionPeriod other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
